"""Persons and places named in a memory, by careful rules (no NER model needed for short texts)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .folding import fold, fold_str
from .language import ENGLISH, FRENCH, detect_language
from .names import entity_at, is_english_word, is_first_name
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


def sentence_start(text: str, start: int) -> bool:
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
    if sentence_start(text, start):
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


# --- persons as the guards see them: the sentence, not its capital letters ----------------------

# Capitalised words that are never someone: holidays, greetings, titles of things.
_NOT_PERSONS = frozenset(fold_str(w) for w in (
    "Noël Pâques Pentecôte Toussaint Ascension Assomption Ramadan Aïd Hanoucca Diwali Carnaval"
    " Halloween Thanksgiving Christmas Easter Hanukkah Passover Eid Pentecost Valentine Valentin"
    " Saint-Valentin Réveillon Nouvel An Mardi Gras Épiphanie Chandeleur Nowruz Yom Kippour Kippur"
    " Seigneur Jésus Allah Bouddha Internet Wi-Fi Covid Ok Okay"
    " Bon Bonne Joyeux Joyeuse Cher Chère Monsieur Madame Mademoiselle Docteur"
    # Voice assistants: the companion's own kind, named by the companion guard when she takes their name.
    " Siri Alexa Cortana Bixby Gemini Copilot ChatGPT"
).split())
_PET_NOUNS = frozenset(
    "chien chienne chiot chat chatte chaton lapin hamster cheval jument poney perroquet poisson"
    " tortue cochon furet dog puppy cat kitten bunny rabbit hamster horse pony parrot fish turtle"
    " pet pup kitty toutou minou".split()
)
# Words that say how someone relates to the user: never a name by themselves.
RELATIONS = frozenset(
    "ami amie amis copain copine copains pote collegue collegues frere soeur sœur cousin cousine voisin"
    " voisine voisins fils fille mari femme epoux epouse compagnon compagne patron patronne cheffe chef"
    " oncle tante neveu niece grand-mere grand-pere parrain marraine belle-mere beau-pere prof"
    " professeur professeure medecin docteur dentiste kine psy coiffeur coiffeuse facteur"
    " friend friends buddy colleague coworker brother sister cousin neighbour neighbor son daughter"
    " husband wife boyfriend girlfriend partner boss uncle aunt nephew niece grandmother grandfather"
    " teacher doctor dentist therapist landlord landlady manager roommate flatmate mate".split()
)
_PERSON_BEFORE = RELATIONS | frozenset(
    "avec with et and chez grandma grandpa papy mamie"
    " appele appelee appeler telephone ecrit vu vue croise croisee revu revue retrouve retrouvee"
    " embrasse quitte rencontre rencontree invite invitee aide aidee called texted met saw visited"
    " hugged kissed told asked invited helped thanked emailed phoned call visit meet see"
    " tell ask thank hug kiss appeler voir rappeler rappele embrasser remercie remercier".split()
)
_PERSON_AFTER = re.compile(
    r"\s*(?:,\s*(?:ma|mon|mes|my|our|notre|his|her|son|sa)\s|et moi\b|and i\b|and me\b"
    r"|m'|me\s|t'|s'est|est\s+venue?|a\s+dit|a\s+appele|said|says|told|called|texted|asked|came|was|is"
    r"|has|had|and\s+(?:his|her|their)\b|'s\b|’s\b)",
    re.IGNORECASE,
)
_PLACE_BEFORE = frozenset("a au aux en in at to near from vers dans sur pres".split())
_PLACE_NOUNS = frozenset(
    "rue avenue boulevard bd place parc gare stade musee lycee college ecole eglise cathedrale hotel"
    " pont tour quai port aeroport hopital clinique restaurant resto bar cafe cinema theatre salle"
    " street road avenue lane square station airport stadium hospital school college university"
    " church cathedral museum bridge tower hotel pub restaurant cafe theatre theater hall mount".split()
)
_PLACE_AFTER = re.compile(
    r"\s+(?:street|st\b|road|rd\b|avenue|lane|square|station|airport|park|stadium|arena|hall|cross"
    r"|bridge|tower|hospital|school|college|university|church|cathedral|museum|centre|center|mall"
    r"|market|hotel|beach|gardens?|heights|hill|valley|river|lake|bay)\b", re.IGNORECASE)
_PET_AFTER = re.compile(
    r"\s*,?\s*(?:(?:\w+['’]s|mon|ma|le|la|my|our|the|notre|son|sa|his|her|their|a|an|un|une)\s+)?"
    r"(?:(?:old|vieux|vieille|petit|petite|little|sweet)\s+)?"
    r"(?:chien|chienne|chiot|chat|chatte|chaton|lapin|hamster|cheval|poney|perroquet|tortue"
    r"|dog|puppy|cat|kitten|rabbit|bunny|horse|pony|parrot|tortoise|turtle|goldfish)\b", re.IGNORECASE)
# Lower-case words that are also given names: a lower-case name needs a person around it anyway.
_COMMON_WORDS = frozenset(
    "rose pierre grace mark june april may will joy faith hope max jean bill frank sue pat rob"
    " amber ruby olive violet lily daisy iris jasmine jade summer autumn dawn eve honey sky river"
    " dean bob nick ray art gene chance lane paris florence victoria georgia austin sydney ali"
    " claire marine france prune capucine violette olivier laurent clement constant blanche"
    " aurore celeste margot noel pascal victor dominique lucky sunny happy merry young royal king"
    " major general star angel precious honor justice journey harmony melody page"
    " victoire esperance fleur".split()
) | FRENCH | ENGLISH
_LOWER_NAME = re.compile(r"(?<![\w'’])[a-zà-ÿ][a-zà-ÿ\-]+(?![\w'’])")


def person_mentions(text: str, people: WhoIsWho, companion_names: tuple[str, ...] = ()) -> list[Mention]:
    """The persons a text names: recorded people, then names the sentence shows to be someone."""
    companions = {fold_str(n) for n in companion_names}
    candidates = [(words, span) for words, span in _name_candidates(text)
                  if not {fold_str(words), *fold_str(words).split()} & companions]
    named = [(words, span) for words, span in candidates if _is_person(text, words, *span)]
    named += _paired_with_a_person(text, candidates, named)
    found: dict[str, Mention] = {}
    for person, said, span in people.mentioned_in(text):
        if fold_str(said).startswith(_POSSESSIVES) and _next_to_a_name(text, span, named):
            continue  # "Inès, ma collègue": the relation says who Inès is, not someone else
        found.setdefault(fold_str(person.name), Mention(said, span, "person", person))
    for words, span in named:
        if not any(_same_person(words, m) or _overlaps(span, m.span) for m in found.values()):
            found.setdefault(fold_str(words), Mention(words, span, "person"))
    return sorted(found.values(), key=lambda m: m.span)


def _paired_with_a_person(text: str, candidates: list[tuple[str, tuple[int, int]]],
                          named: list[tuple[str, tuple[int, int]]]) -> list[tuple[str, tuple[int, int]]]:
    """"Tolu and Anneliese came over": joined by "and" to someone, an unknown name is someone too."""
    paired = []
    for words, (start, end) in candidates:
        if (words, (start, end)) in named or not words[:1].isupper() or _never_a_person(text, words, start, end):
            continue
        for _, (s, e) in named:
            between = text[end:s] if end <= s else text[e:start]
            if re.fullmatch(r"\s*(?:,|et|and|&)\s*", between, re.IGNORECASE) and not _is_city(words):
                paired.append((words, (start, end)))
                break
    return paired


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_POSSESSIVES = ("ma ", "mon ", "my ")


def _next_to_a_name(text: str, span: tuple[int, int], candidates: list[tuple[str, tuple[int, int]]]) -> bool:
    for _, (start, end) in candidates:
        between = text[end:span[0]] if end <= span[0] else text[span[1]:start]
        if re.fullmatch(r"\s*,?\s*", between) and (end <= span[0] or span[1] <= start):
            return True
    return False


def _name_candidates(text: str) -> list[tuple[str, tuple[int, int]]]:
    candidates = []
    for m in _TOKEN.finditer(text):
        words, start, _ = _trim_name(text, m)
        words = re.sub(r"['’]s(?:\s.*)?$", "", words)  # "Jordan's" is Jordan; "New Year's Eve", the year's
        head, _, rest = words.partition(" ")
        if rest and sentence_start(text, start) and not is_first_name(head) and head[:1].isupper():
            start, words = start + len(head) + 1, rest  # "Met Oluwaseun": a verb, then a name
            while (particle := re.match(r"(?:de|du|van|von|le)\s+", words)) is not None:
                start, words = start + particle.end(), words[particle.end():]  # "Concert de Stromae"
        if words:
            candidates.append((words, (start, start + len(words))))
    for m in _LOWER_NAME.finditer(text):
        if fold_str(m.group()) not in _COMMON_WORDS and is_first_name(m.group()):
            candidates.append((m.group(), m.span()))
    return sorted(candidates, key=lambda c: c[1])


def _is_person(text: str, words: str, start: int, end: int) -> bool:
    head = fold_str(words).split()[0]
    if head in _FAMILY_NAMES and words[:1].isupper():
        return True
    if _never_a_person(text, words, start, end):
        return False
    before = _preceding(text, start, 3)
    context = bool(before) and before[-1] in _PERSON_BEFORE or bool(_PERSON_AFTER.match(text, end))
    if words[:1].islower():  # a lower-case name needs someone around it: "dîner avec julien"
        entity = entity_at(text, start, end, detect_language(text) or "")
        return context or entity is not None and entity.label == "PER"
    if _is_city(words) or before and before[-1] in _PLACE_BEFORE and not is_first_name(head):
        return False  # a place: the place guard's concern
    if is_first_name(head.split("-")[0]) and head not in _COMMON_WORDS:
        # The pipeline often reads a lone first name as a place ("Inès" LOC); a first name that
        # is a whole exclamation ("Victoire !") is a word.
        return not re.match(r"\s*[!.…]", text[end:]) or not sentence_start(text, start) or context
    entity = entity_at(text, start, end, detect_language(text) or "")
    if entity is not None and entity.label in ("LOC", "ORG", "MISC"):
        return False  # a monument, a brand, a product
    # At a sentence's start a capital proves nothing, and the pipeline often says PER ("Balade").
    return context or entity is not None and entity.label == "PER" and entity.span[0] == start \
        and not sentence_start(text, start)


# What the user calls a parent or grand-parent, written as a name ("Papa m'a appelé", "call Grandma").
_FAMILY_NAMES = frozenset(
    "papa maman mamie papi papy meme pepe mum mom dad daddy mummy mommy grandma grandpa granny"
    " grandad grandmother grandfather nana nan pops".split()
)


def _never_a_person(text: str, words: str, start: int, end: int) -> bool:
    folded = fold_str(words)
    head = folded.split()[0]
    if folded in _NOT_NAMES or folded in _NOT_PERSONS or head in _NOT_PERSONS or len(folded) < 2:
        return True
    if not is_first_name(head.split("-")[0]) and all(is_english_word(re.sub(r"['’]s$", "", w)) for w in words.split()):
        return True  # "Calm is a gift", "Let's hope", "Honestly, Jordan…": words, capitalised
    if words.isupper() and len(words) <= 6 or re.search(r"\d", words):
        return True  # an acronym or a code: la CAF, un CDD, the NHS, l'A7
    if text[start - 1:start] in ("'", "‘", "\"", "«", "“") and re.match(r"\s*['’\"»”]", text[end:]):
        return True  # a name quoted as a word: my name written 'Jorge' on a cup
    before = _preceding(text, start, 2)
    pet_before = any(b in _PET_NOUNS for b in before[-2:])
    if pet_before or before and before[-1] in _PLACE_NOUNS or _PET_AFTER.match(text, end):
        return True  # "mon chien Biscuit", "Gordon, Mum's cat", "rue Victor Hugo"
    if text[max(0, start - 1):start].isalnum():
        return True  # inside a word: "iPhone"
    if before and before[-1] in _ARTICLES and not text[start - 2:start].startswith("'"):
        return True  # "the Rosetta Stone", "la Joconde", "les Bleus": an article names a thing, not someone
    return bool(_PLACE_AFTER.match(text, end)) or bool(before) and before[-1] in ("ma", "mon", "my", "our")


_ARTICLES = frozenset("the le la les".split())
