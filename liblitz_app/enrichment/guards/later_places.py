"""A place the memory names apart from where it happened: after it, in a clause about something else, a plan (« On se
retrouve samedi à Cluny », "Next one at the union hall"), someone else's life (« son fils, parti étudier à Rennes »,
"a guy who runs a firm in Orlando"), a reason ("because the staffroom printer is broken"), a future told in the verb
(« on dînera chez Tom à Mâcon »); or before it, as a plan told in a sentence of its own ("Next Sunday is the race on
Snowdon. Today, a recce in Llanberis").

The memory's own place is the first one it puts the user at with a preposition of place (« au café de la Poste »,
"at Costa"), that no other reading calls somewhere else. Told one after the other with "then" or « le soir », two
places are two parts of the day: either may be the memory's (blind sets' writers chose both), so a sequence alone
is not enough."""
from __future__ import annotations

import re

from ..away import only_elsewhere
from ..folding import find_phrase, fold_str, words
from ..mentions import Mention, find_places
from ..names import read
from .elsewhere import elsewhere

# Where someone is, not where they are going: « au », « chez », « dans le », "at the", "in my".
_AT = re.compile(r"(?:\b(?:à|au|aux|chez|dans|devant|at|in|inside)\s+"
                 r"(?:(?:la|le|les|the|my|our|mon|ma|notre)\s+|l['’])?|\bchez\s*)$", re.IGNORECASE)
# What tells another event than the one the memory is about: a plan or a wish; someone else's story, a reason.
_A_PLAN = {"fr": re.compile(r"\b(?:prevue?s?|prevoit|projet|voyage|prochaine?|demain|on se retrouve|rendez-vous|veut"
                           r"|voulait|invite|propose|prepare|preparer|reserve|reve)\b"),
           "en": re.compile(r"\b(?:will|'ll|going to|next|planning|booked|book (?:a|the|our|my)|tomorrow|wants?|wanted"
                           r"|invited?|asked)\b")}
_SOMEONE_ELSES = {"fr": re.compile(r"\b(?:originaire|nee?|morte?|partie?|qui|dont|venait|parce que|car)\b"),
                  "en": re.compile(r"\b(?:who|whose|born|died|because|where)\b")}
_SENTENCE_END = ".!?;\n"
# The verb itself tells what is to come: « se fera », « on ira », « on pourrait » (the small pipeline reads some
# imperfects as conditionals, « j'allais », and « été » as a future: the ending must say it too).
_FUTURE_ENDING = re.compile(r"r(?:ai|as|a|ons|ez|ont)$")
_CONDITIONAL_ENDING = re.compile(r"r(?:ais|ait|ions|iez|aient)$")
_HERE = re.compile(r"\b(?:ici|here)\s+(?:à|a|au|en|in|at)\s*$", re.IGNORECASE)


def told_after_where_it_happened(text: str, place: str, language: str) -> str | None:
    """The memory's words for where it happened, when every mention of `place` comes after them in a clause
    telling another event, or before them in a plan of its own; None otherwise (and when the memory names `place`
    both before and after them)."""
    spans = _spans_of(text, place)
    if not spans:
        return None  # (before reading where it happened: the slow part, every place mention's "elsewhere")
    anchor = _where_it_happened(text, place)
    if anchor is None or anchor.span[0] < spans[-1][1] and anchor.span[1] > spans[0][0]:
        return None
    if anchor.span[0] > spans[-1][1]:  # told before it: « la fête sera au parc Lakeside. Réunion à la salle »
        return anchor.words if _another_sentence(text, spans[-1][1], anchor.span[0]) and all(
            _another_event(text, start, 0, language, plans_only=True) for start, _ in spans) else None
    if len(text[anchor.span[1]:spans[0][0]]) <= 5:
        return None  # its name right after the kind of place (« au bar Le Galion »)
    if any(_HERE.search(text[max(0, start - 12):start]) for start, _ in spans):
        return None  # « ici à Vancouver »: where the writer is
    if all(_another_event(text, start, anchor.span[1], language) for start, _ in spans):
        return anchor.words
    return None


def _tokens(place: str) -> set[str]:
    return {w for w in words(place) if len(w) > 2}


def named_part(place: str) -> str:
    """"Lisbon" for "Lisbon, Portugal", "lake" for "the lake" (the memory may say "our lake"): the part
    of a proposed place the memory itself says."""
    # Its preposition too: the memory may reach "Oran" by another one ("repensé à Oran" for "à Oran").
    return re.sub(r"^(?:(?:à|a|au|en|in|at|on|dans|sur)\s+)?(?:(?:the|la|le|les)\s+|l['’])?", "",
                  place.split(",")[0].strip(), flags=re.IGNORECASE)


def _spans_of(text: str, place: str) -> list[tuple[int, int]]:
    if spans := find_phrase(text, named_part(place)):
        return spans
    for word in sorted(_tokens(place), key=len, reverse=True):
        if spans := find_phrase(text, word):
            return spans
    return []


def _another_sentence(text: str, start: int, end: int) -> bool:
    return any(c in text[start:end] for c in _SENTENCE_END)


def _where_it_happened(text: str, place: str) -> Mention | None:
    for mention in find_places(text):
        start = mention.span[0]
        if _tokens(mention.words) & _tokens(place):
            continue  # the proposed place itself
        at = mention.words.lower().startswith("chez") or _AT.search(text[max(0, start - 25):start])
        if at and not (elsewhere(text, mention.words) or only_elsewhere(text, mention.words)):
            return mention
    return None


def _another_event(text: str, start: int, after: int, language: str, plans_only: bool = False) -> bool:
    """The clause leading to this mention (from its sentence's start, or the memory's place if later) tells
    another event (`plans_only`: one to come); in French, or its sentence's verb is a future or a conditional."""
    sentence_start = max(text.rfind(c, 0, start) for c in _SENTENCE_END) + 1
    clause_start = max(sentence_start, after)
    clause = fold_str(text[clause_start:start])
    language = "fr" if language == "fr" else "en"
    if _A_PLAN[language].search(clause) or not plans_only and _SOMEONE_ELSES[language].search(clause):
        return True
    return language == "fr" and _a_verb_to_come(text, sentence_start, clause_start, start)


def _a_verb_to_come(text: str, sentence_start: int, clause_start: int, start: int) -> bool:
    ends = [i for i in (text.find(c, start) for c in _SENTENCE_END) if i >= 0]
    doc = read(text[sentence_start:min(ends, default=len(text))])
    if doc is None:
        return False
    return any(t.idx >= clause_start - sentence_start and t.pos_ in ("VERB", "AUX")
               and ("Fut" in t.morph.get("Tense") and _FUTURE_ENDING.search(t.text)
                    or "Cnd" in t.morph.get("Mood") and _CONDITIONAL_ENDING.search(t.text))
               for t in doc)
