"""Persons and places named in a memory, by careful rules (no NER model needed for short texts)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .folding import fold, fold_str
from .language import ENGLISH, FRENCH
from .persona import KnownPerson, WhoIsWho
from .time_phrases import MONTHS, WEEKDAYS

CITIES = frozenset(fold_str(c) for c in (
    "Paris Lyon Marseille Toulouse Nice Nantes Strasbourg Montpellier Bordeaux Lille Rennes Reims"
    " Toulon Grenoble Dijon Angers Nîmes Brest Tours Limoges Amiens Perpignan Metz Besançon Orléans"
    " Rouen Caen Nancy Avignon Poitiers Pau Calais Annecy Chamonix Biarritz Arles Colmar Bayonne"
    " Bruxelles Genève Lausanne Montréal Québec Londres London Berlin Rome Madrid Barcelone Barcelona"
    " Lisbonne Lisbon Amsterdam Venise Venice Florence Tokyo Dublin Edinburgh Boston Chicago"
    " Bretagne Normandie Provence Alsace Corse Belgique Suisse Espagne Italie Portugal Allemagne"
    " Japon Canada Maroc Grèce France Angleterre England Ireland Irlande Scotland Écosse Spain Italy"
    " Germany Japan Greece Portugal Brooklyn Manhattan Sydney Berlin Prague Vienne Vienna Oslo"
).split()) | {"new york", "los angeles", "san francisco", "la rochelle", "saint-malo", "le havre",
              "aix-en-provence", "clermont-ferrand", "new york city"}
COMMON_PLACES = tuple(fold_str(p) for p in (
    "plage", "mer", "montagne", "maison", "piscine", "gare", "boulangerie", "hôpital", "école",
    "fac", "université", "parc", "cinéma", "ciné", "restaurant", "resto", "bureau", "travail",
    "marché", "musée", "jardin", "lac", "concert", "théâtre", "campagne", "forêt", "zoo", "stade",
    "home", "beach", "park", "office", "cinema", "movies", "hospital", "station", "museum", "lake",
    "mountains", "library", "gym", "café", "bar", "pub", "church", "église", "supermarché",
))
_PLACE_PREPOSITIONS = r"(?:à|a|au|aux|en|dans|sur|in|at|to|near|from|de|du|près de)"
_COMMUNICATION_VERBS = (
    "ecrit", "parle", "dit", "telephone", "appele", "offert", "donne", "envoye", "pense", "repondu",
    "explique", "raconte", "montre", "demande", "ecrire", "parler", "dire", "telephoner",
)
# After these, a capitalised word at the start of a sentence is someone doing something.
_NAME_FOLLOWERS = frozenset(
    "et and m me a est etait m'a s t vient va viendra part est venu called said is was has came told"
    " took gave asked sent visited loves hates came m'appelle dit m'a & avait avaient sont".split()
)
_NOT_NAMES = FRENCH | ENGLISH | frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    "je j'ai c'est c'etait ca hier aujourd demain super genial enfin trop vraiment quel quelle"
    " ce cette on oui non merci bonjour salut ok bref puis alors ensuite finalement heureusement"
    " malheureusement i i'm i've it's we my our today yesterday tomorrow finally then so well"
    " oh ah wow yes no thanks hello hi dad mum mom papa maman noel christmas dieu god".split()
)
_ELISIONS = frozenset("l d j qu n s t m c jusqu lorsqu puisqu".split())
_CAP = r"[A-ZÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ][\wÀ-ÿ'’\-]*"
_NAME = rf"{_CAP}(?:\s+(?:de\s+|van\s+|von\s+|le\s+|du\s+)?{_CAP})*"
_TOKEN = re.compile(_NAME)


@dataclass(frozen=True)
class Mention:
    words: str  # as written in the text
    span: tuple[int, int]
    kind: str  # "person" | "place"
    person: KnownPerson | None = None  # the recorded person these words stand for


def _is_city(words: str) -> bool:
    return fold_str(words) in CITIES


def _preceding(text: str, start: int, count: int = 2) -> list[str]:
    return re.findall(r"[\wÀ-ÿ'’-]+", fold_str(text[max(0, start - 40):start]))[-count:]


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?…\n:;«\"—-"


def _trim_name(text: str, m: re.Match[str]) -> tuple[str, int, int]:
    """Drop leading stopwords and elided articles ("L'Oréal" stays, "J'ai" goes)."""
    start, words = m.start(), m.group()
    while words:
        head, _, rest = words.partition(" ")
        if "'" in head or "’" in head:
            prefix = fold_str(head.replace("’", "'").split("'")[0])
            if fold_str(head) in _NOT_NAMES or prefix in _NOT_NAMES and prefix not in _ELISIONS:
                return "", start, start
            if fold_str(head.replace("’", "'").split("'")[0]) in _ELISIONS:
                cut = len(head.replace("’", "'").split("'")[0]) + 1
                words, start = words[cut:], start + cut
                if not words[:1].isupper():
                    return "", start, start
                continue
        if fold_str(head) in _NOT_NAMES and rest:
            start += len(words) - len(rest)
            words = rest
            continue
        break
    return words.rstrip("'’-"), start, start + len(words.rstrip("'’-"))


def _classify(text: str, words: str, start: int) -> str | None:
    folded = fold_str(words)
    if folded in _NOT_NAMES or len(folded) < 2:
        return None
    if _is_city(words):
        return "place"
    before = _preceding(text, start)
    last = before[-1] if before else ""
    if last in ("avec", "with", "chez", "et", "and", "ami", "amie", "copain", "copine"):
        return "person"
    if last in ("a", "au", "en", "in", "at", "to", "near", "from") and not any(
        b.startswith(_COMMUNICATION_VERBS) for b in before[:-1]
    ):
        return "place"
    if _sentence_start(text, start):
        after = re.findall(r"[\wÀ-ÿ'’&]+", fold_str(text[start + len(words):start + len(words) + 20]))
        return "person" if after and after[0].replace("’", "'") in _NAME_FOLLOWERS else None
    return "person"


def find_capitalised(text: str) -> list[Mention]:
    """Capitalised names (persons or places) by position and neighbouring words."""
    mentions: list[Mention] = []
    for m in _TOKEN.finditer(text):
        words, start, end = _trim_name(text, m)
        if not words:
            continue
        kind = _classify(text, words, start)
        if kind:
            mentions.append(Mention(words, (start, end), kind))
    return mentions


def find_persons(text: str, people: WhoIsWho, companion: str = "") -> list[Mention]:
    """Named persons: recorded names and nicknames first, then capitalised names by rules."""
    found: dict[str, Mention] = {}
    for person, said, span in people.mentioned_in(text):
        found.setdefault(fold_str(person.name), Mention(said, span, "person", person))
    for mention in find_capitalised(text):
        if mention.kind == "person" and fold_str(mention.words) != fold_str(companion):
            if not any(_same_person(mention.words, m) for m in found.values()):
                found.setdefault(fold_str(mention.words), mention)
    return sorted(found.values(), key=lambda m: m.span)


def _same_person(words: str, mention: Mention) -> bool:
    names = mention.person.names if mention.person else (mention.words,)
    tokens = set(fold_str(words).split())
    return any(tokens <= set(fold_str(n).split()) or set(fold_str(n).split()) <= tokens for n in names)


def find_places(text: str, people: WhoIsWho | None = None) -> list[Mention]:
    """Places: known cities and countries, "chez X", a capitalised name after à/en/in, a few common ones."""
    found: list[Mention] = [m for m in find_capitalised(text) if m.kind == "place"]
    for m in re.finditer(rf"\bchez\s+(?:{_NAME}|moi|toi|lui|elle|eux|nous|mes parents|ma \w+|mon \w+)",
                         text, flags=re.IGNORECASE):
        found.append(Mention(m.group(), m.span(), "place"))
    folded = fold(text)
    nouns = "|".join(COMMON_PLACES)
    pattern = rf"(?<!\w)(?:a la|a l'|au|aux|at the|to the|in the|by the|near the|at|to|dans le|dans la|sur la|du|de la|pres du|pres de la)\s*(?P<noun>{nouns})(?!\w)"
    for m in re.finditer(pattern, folded.folded):
        span = folded.span(m.start("noun"), m.end("noun"))
        found.append(Mention(text[span[0]:span[1]], span, "place"))
    return _without_overlaps(found)


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.span[0], -m.span[1])):
        if not kept or mention.span[0] >= kept[-1].span[1]:
            kept.append(mention)
    return kept
