"""The memory's words: rewritten by the proposal, or told back as her reflection."""
from __future__ import annotations

import re

from liblitz_app.memory import terms

from .. import voice
from ..folding import normalise_space, words
from ..proposal import Proposal
from .flags import Flag, FlagKind, GuardContext, Span


def check_text_verbatim(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    if proposal.text is None or normalise_space(proposal.text) == normalise_space(ctx.original):
        return []
    (o_start, o_end), (p_start, p_end) = _changed_region(ctx.original, proposal.text)
    return [Flag(
        FlagKind.TEXT_REWRITTEN,
        "Le texte d'un souvenir ne se réécrit pas : la proposition l'a modifié.",
        "A memory's text is never rewritten: the proposal changed it.",
        "text", (Span("original", o_start, o_end), Span("text", p_start, p_end)),
    )]


def _changed_region(a: str, b: str) -> tuple[tuple[int, int], tuple[int, int]]:
    prefix = 0
    while prefix < min(len(a), len(b)) and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(a), len(b)) - prefix and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    while prefix and a[prefix - 1].isalnum():  # whole words, for a readable highlight
        prefix -= 1
    while suffix and a[len(a) - suffix].isalnum() and b[len(b) - suffix].isalnum():
        suffix -= 1
    return (prefix, len(a) - suffix), (prefix, len(b) - suffix)


# Told back to the user, the memory changes its persons ("she said she doesn't" → "I said I don't"): the same
# words, whoever says them. Persons and their contracted verbs count as one word; a verb's "-s", "-t" goes.
_PERSONS = frozenset("i me my mine myself you your yours yourself she her hers he him his we us our je j moi tu te"
                     " toi ton ta tes mon ma mes elle il m re ve ll d".split())
_AGREEMENT = {"doesn": "don", "does": "do", "has": "have", "is": "am", "are": "am", "was": "were", "isn": "aren"}


def _anyones(word: str) -> str:
    if word in _PERSONS:
        return "@"
    word = _AGREEMENT.get(word, word)
    # "gets" / "get", "aimait" / "aimais": the ending that agrees with the person.
    return word[:-1] if len(word) > 3 and word[-1] in "st" and not word.endswith(("ss", "tt")) else word


def _common_subsequence(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


RESTATE_RATIO, COPIED_OWN = 0.6, 0.5
SHUFFLED_COVERED, SHUFFLED_OWN = 0.9, 0.15


# A paraphrase told back ("Ton rendez-vous à la CAF a permis de compléter ton dossier"): most of the
# memory's words, by their stems, and hardly a word of her own.
TOLD_BACK_COVERED, TOLD_BACK_OWN = 0.6, 0.2
FLAT_TOLD_BACK_COVERED, FLAT_TOLD_BACK_OWN = 0.45, 0.1
# Told back at length, flatly, with no "I": its rewording ("tu as révisé… en enchaînant les exercices") is words of its
# own too (round 62: « Tu es rentré à 4 h du matin, Sherpa dort dans la baignoire… »; on the open sets, 63
# restatements more for 14 faithful reflections flagged, against 85 for 43 with no length asked).
LONG_TOLD_BACK_WORDS, LONG_TOLD_BACK_COVERED, LONG_TOLD_BACK_OWN = 22, 0.55, 0.33


# Texting's short forms, spelt out so that a memory written as a text message is compared word for word
# with a reflection that writes them in full ("jsuis", "tte la nuit", "avc", "bcp", "tmrw").
_SHORT_FORMS = {
    "jsuis": "je suis", "chui": "je suis", "tte": "toute", "ttes": "toutes", "tt": "tout", "tjrs": "toujours",
    "avc": "avec", "bcp": "beaucoup", "pr": "pour", "ds": "dans", "qd": "quand", "pcq": "parce que",
    "pck": "parce que", "mtn": "maintenant", "auj": "aujourd'hui", "dem": "demain", "rdv": "rendez-vous",
    "slt": "salut", "jpp": "je n'en peux plus", "tmrw": "tomorrow", "tho": "though", "bc": "because",
    "cuz": "because", "ppl": "people", "msg": "message", "tonite": "tonight", "pls": "please", "thx": "thanks",
    # (round 70: « tro fatigué jai fait 2 services », "boiled 14 hrs w/ owen… hes a natural")
    "tro": "trop", "jai": "j'ai", "jvais": "je vais", "jsais": "je sais", "ct": "c'était", "nite": "night",
    "hrs": "hours", "mins": "minutes", "mtg": "meeting", "w": "with", "hes": "he's", "shes": "she's",
}
_SHORT_FORM = re.compile(rf"(?<![\w'’])(?:{'|'.join(_SHORT_FORMS)})(?![\w'’])", re.IGNORECASE)


def spelt_out(text: str) -> str:
    return _SHORT_FORM.sub(lambda m: _SHORT_FORMS[m.group().lower()], text)


def _told_back(original: str, reflection: str, hers: set[str]) -> bool:
    """The memory retold to the user ("tu", "you"), or reported of the others in it ("Derek said in the group chat
    that…", « Tía Pilar a annoncé… »): what it says, in other forms, with no thought of hers added."""
    overlap = _overlap(original, reflection, hers)
    if overlap is None:
        return False
    covered, own = overlap
    flat = not re.search(r"[!?]", reflection)
    if voice.addresses_user(reflection):
        # Told back flatly, with no "I" of hers and hardly a word of her own, it needs less of the memory to be a
        # retelling (round 51: « Au marché de Noël, tu as vendu onze bols et deux vases » — 40 restatements more, no
        # faithful reflection flagged, on the open sets).
        return covered >= TOLD_BACK_COVERED and own <= TOLD_BACK_OWN or flat and not _HER_I.search(reflection) \
            and (covered >= FLAT_TOLD_BACK_COVERED and own <= FLAT_TOLD_BACK_OWN
                 or _its_opening_told_back(original, reflection, hers)
                 or len(words(reflection)) >= LONG_TOLD_BACK_WORDS and covered >= LONG_TOLD_BACK_COVERED
                 and own <= LONG_TOLD_BACK_OWN)
    # Neither "you" nor "I": a report of the memory (her thoughts say "I", her care says "you").
    if _EXCLAIMED.search(reflection):
        return False  # "…, what an achievement for Beatrix!": her wonder, not a report
    return not _HER_I.search(reflection) and own <= REPORTED_OWN \
        and covered >= (FLAT_REPORT_COVERED if flat else REPORTED_COVERED)


def _its_opening_told_back(original: str, reflection: str, hers: set[str]) -> bool:
    """The memory's first sentences told back and nothing else (round 59: « Inès part en mai pour s'installer en
    Ardèche ; tu as un pincement, mais… » of a memory that goes on about her land: 8 restatements more, no faithful
    reflection flagged, on the open sets)."""
    ends = [m.end() for m in _A_SENTENCES_END.finditer(original)][:-1]
    for end in ends:
        if len(words(original[:end])) >= OPENING_WORDS \
                and (overlap := _overlap(original[:end], reflection, hers)) is not None \
                and overlap[0] >= OPENING_COVERED and overlap[1] <= OPENING_OWN:
            return True
    return False


_A_SENTENCES_END = re.compile(r"[.!?;:]+(?:\s|$)")
OPENING_WORDS, OPENING_COVERED, OPENING_OWN = 6, 0.7, 0.2
_EXCLAIMED = re.compile(r"\b(?:what an?|how|quel(?:le)?s?|que c['’]est|comme c['’]est)\b[^.!?]*!", re.IGNORECASE)
_HER_I = re.compile(r"(?<![\w'’])(?:(?:je|moi|me|I|I['’]m|I['’]d|I['’]ll|I['’]ve|my|mine)(?![\w'’])|[jm]['’](?=\w))",
                    re.IGNORECASE)
# A report said flatly (no "!", no "?": no reaction of hers) needs less of the memory to be one.
REPORTED_COVERED, FLAT_REPORT_COVERED, REPORTED_OWN = 0.6, 0.45, 0.2


def _overlap(original: str, reflection: str, hers: set[str]) -> tuple[float, float] | None:
    """The share of the memory's words the reflection says again, and the share of the reflection's own."""
    told = [w for w in dict.fromkeys(terms.words(spelt_out(original))) if w not in hers and not w.isdigit()]
    said = [w for w in terms.words(reflection) if w not in hers and not w.isdigit()]
    if len(told) < 3 or not said:
        return None
    told_stems = {s for w in told for s in terms.stems(w)}
    said_stems = {s for w in said for s in terms.stems(w)}
    covered = sum(1 for w in told if said_stems.intersection(terms.stems(w))) / len(told)
    own = sum(1 for w in said if not told_stems.intersection(terms.stems(w))) / len(said)
    return covered, own


def check_reflection_restates(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    reflection = proposal.fields.reflection
    # Her names are how the user speaks to her, not what the memory tells: they do not count.
    hers = {w for n in ctx.persona.names for w in words(n)}
    original = [w for w in words(ctx.original) if w not in hers]
    if not reflection or len(original) < 5:
        return []
    said = [w for w in words(reflection) if w not in hers]
    # In order, whoever says it; her own words are still the words the memory lacks ("you", "miss her" count).
    kept = _common_subsequence([_anyones(w) for w in original], [_anyones(w) for w in said])
    own = sum(w not in original for w in said) / max(1, len(said))
    # Copied in order with little of her own ("Bonne nuit ! C'est moi, ta Lili, et je serai là demain" keeps
    # three words of five, yet is mostly hers), or shuffled: every word of it, hardly one added.
    copied = kept >= RESTATE_RATIO * len(original) and own <= COPIED_OWN
    shuffled = len(set(original) & set(said)) >= SHUFFLED_COVERED * len(set(original)) and own <= SHUFFLED_OWN
    if not copied and not shuffled and not _told_back(ctx.original, reflection, hers):
        return []
    return [Flag(
        FlagKind.REFLECTION_RESTATES_TEXT,
        "La réflexion répète le souvenir au lieu d'en donner une pensée.",
        "The reflection restates the memory instead of offering a thought about it.",
        "reflection", (Span("reflection", 0, len(reflection)),),
    )]
