"""A second reader of her voice: does a reflection sound like her, in her first person, or like a narrator?

The rules in guards/reflection.py name what they can see ("Liblitz pense que…", « elle » with nobody else in
the memory). Reflections that tell the user's day as a story about someone else ("She did it! So proud of her.",
« Il a posé sa démission et il tremblait ») come in more shapes than rules can list: on evaluation sets no rule
was tuned on, a third of these slipped through. This reader learned their shape from labelled pairs (learned.py):
a logistic regression over the reflection's words, word pairs and sentence openings, with her names read as one
word ("_me_") and the memory's people as another ("_name_"), so it learns "Liblitz pense" and "Inès a" as shapes,
not as names, knowing whom else the memory speaks of (a woman, a man), whom "she" or « il » may be, and whose place
in the memory a pronoun takes ("Washing her hands" where the memory's "I" washed them: voice.whose_place). It judges
every reflection but those where she names herself (naming_herself), each against the threshold of its reading:
stricter where it also speaks to the user, or says "I" beside someone else the memory speaks of; it adds a flag only
where the rules saw nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .learned import LinearCard

CARD = "voice"
TO_YOU = "to_you"  # the card's threshold for reflections that speak to the user
WITH_OTHERS = "with_others"  # for those that say "I", not "you", of a memory that speaks of someone else

_TOKEN = re.compile(r"[\w’']+|[^\w\s]")
_SENTENCE_END = {".", "!", "?", ";", "…"}
_FIRST = {"je", "j'", "me", "m'", "moi", "mon", "ma", "mes", "nous",
          "i", "i'm", "i've", "i'd", "i'll", "my", "myself", "we", "our", "us"}
_THIRD = {"il", "elle", "ils", "elles", "lui", "son", "sa", "ses", "he", "she", "him", "her", "his", "they", "them",
          "their", "he's", "she's", "_me_", "_name_"}
# A person's "she" and "he" (not « elle », « il »: a lamp's and a day's as often).
_SHE = {"she", "her", "hers", "herself", "she's"}
_HE = {"he", "him", "his", "himself", "he's"}
_SECOND = {"tu", "t'", "te", "toi", "ton", "ta", "tes", "vous", "votre", "vos",
           "you", "your", "you're", "yours", "yourself", "you've", "you'll"}


@dataclass(frozen=True)
class Word:
    text: str  # as the reader knows it: lower case, her names as "_me_", people as "_name_", other capitals "_cap_"
    start: int
    end: int


def reflection_words(reflection: str, her_names: Iterable[str], people: Iterable[str]) -> list[Word]:
    """The reflection's words as the reader reads them, with where each stands in the reflection."""
    marks = _marks(reflection, her_names, "_me_", re.IGNORECASE) + _marks(reflection, people, "_name_", 0)
    taken: list[tuple[int, int, str]] = []
    for start, end, mark in sorted(marks, key=lambda m: (m[0], -(m[1] - m[0]))):
        if not taken or start >= taken[-1][1]:
            taken.append((start, end, mark))
    words: list[Word] = []
    cursor = 0
    for start, end, mark in [*taken, (len(reflection), len(reflection), "")]:
        for match in _TOKEN.finditer(reflection, cursor, start):
            words.append(Word(_as_read(match.group(), words), match.start(), match.end()))
        if mark:
            words.append(Word(mark, start, end))
        cursor = end
    return words


def _marks(text: str, names: Iterable[str], mark: str, flags: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), mark) for name in {n.strip() for n in names if n and n.strip()}
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, flags)]


def _as_read(token: str, before: list[Word]) -> str:
    """A capital inside a sentence is some name the card does not know: read as one word ("I" is not one)."""
    lower = token.lower().replace("’", "'")
    if token[0].isupper() and before and before[-1].text not in _SENTENCE_END and lower not in _FIRST:
        return "_cap_"
    return lower


def features(words: list[Word], others: frozenset[str], places: dict[int, str] | None = None
             ) -> dict[str, list[int]]:
    """Each feature the reader weighs, with the indices of the words that make it. `others`: whom besides the user
    and her the memory speaks of ("woman", "man", "someone"), whom "she" or « il » may then be. `places`: whose place
    the pronoun starting there takes in the memory, the user's or another's (voice.whose_place)."""
    found: dict[str, list[int]] = {f"others:{o}": [] for o in others or ("none",)}
    texts = [w.text for w in words]
    places = places or {}
    for i, text in enumerate(texts):
        found.setdefault("u:" + text, []).append(i)
        if whose := places.get(words[i].start):
            found.setdefault(f"in:{whose}:{text}", []).append(i)
            for other in others or ("none",):
                found.setdefault(f"in:{whose}|{other}", []).append(i)
        if text in _SHE and "woman" not in others or text in _HE and "man" not in others:  # whom else can it be?
            found.setdefault("nobody:" + ("+".join(sorted(others)) or "none"), []).append(i)
        if text in _THIRD:
            for other in others or ("none",):
                found.setdefault(f"third:{text}|{other}", []).append(i)
        if i + 1 < len(texts):
            found.setdefault(f"b:{text} {texts[i + 1]}", []).extend((i, i + 1))
        if i == 0 or texts[i - 1] in _SENTENCE_END:
            found.setdefault("sstart:" + text, []).append(i)
    if texts:
        found["first:" + texts[0]] = [0]
    first, second = _persons_spoken(texts)
    found[f"pers:{first}{second}"] = []
    return found


def _persons_spoken(texts: list[str]) -> tuple[bool, bool]:
    """Whether the words say "je"/"I" (her first person), and "tu"/"you" (the user)."""
    said = set(texts) | {t.split("'")[0] + "'" for t in texts if "'" in t}
    return bool(said & _FIRST), bool(said & _SECOND)


def reading(words: list[Word], others: frozenset[str]) -> str:
    """Which of the card's thresholds the words are judged against: TO_YOU where they speak to the user (since round
    34); WITH_OTHERS where they say "je", "I" and not "you" of a memory that speaks of someone else (since round 48:
    before, the reader's flags there were wrong about as often as right, « Elle le méritait, ce cadeau. Je lui
    souhaite une belle retraite » of Lucienne; it now weighs too whether a "she" stands where the memory's "I" stood);
    "" the card's own."""
    first, second = _persons_spoken([w.text for w in words])
    return TO_YOU if second else WITH_OTHERS if first and others else ""


def naming_herself(words: list[Word]) -> bool:
    """Her own name in the reflection: the rules' to read, whoever else the memory speaks of; the only reflections
    the reader does not judge (« "Lili", c'est doux à entendre »)."""
    return any(w.text == "_me_" for w in words)


def speaks_to_the_user(words: list[Word]) -> bool:
    """"tu", "you": judged only against the card's stricter threshold ("Tu vois ? Elle se faisait une montagne de ce
    van, et la voilà…" tells the user of herself, and so do most narrated reflections that speak to her once)."""
    return _persons_spoken([w.text for w in words])[1]


@dataclass(frozen=True)
class VoiceReading:
    score: float  # the probability, by the card, that this is not her first-person voice
    threshold: float
    words: tuple[Word, ...]  # the narrator's words that weigh most ("elle", "she", her name), strongest first

    @property
    def narrated(self) -> bool:
        return self.score >= self.threshold


def read_voice(card: LinearCard, words: list[Word], others: frozenset[str], places: dict[int, str] | None = None
               ) -> VoiceReading:
    """How the card reads these words (reflection_words), knowing whom else the memory speaks of and whose place its
    pronouns take (features)."""
    found = features(words, others, places)
    weight_of = [0.0] * len(words)
    for feature, indices in found.items():
        for i in indices:
            weight_of[i] += card.weight(feature)
    strongest = sorted((i for i in range(len(words)) if weight_of[i] > 0), key=lambda i: -weight_of[i])
    # What the user is shown: the pronouns it tells with ("Elle", "he"), not every word that weighs.
    telling = [i for i in strongest if words[i].text in _THIRD - {"_name_"}] or strongest[:1]
    threshold = threshold_of(card, words, others)
    score = 0.0 if threshold is None or naming_herself(words) else card.probability(found)
    return VoiceReading(score, 1.0 if threshold is None else threshold, tuple(words[i] for i in telling[:3]))


def threshold_of(card: LinearCard, words: list[Word], others: frozenset[str]) -> float | None:
    """The card's threshold for these words (reading): a stricter one of its own where they speak to the user or say
    "I" beside someone else; None where the card names none (a card of before round 34, or 48, does not judge those)."""
    name = reading(words, others)
    return card.thresholds.get(name) if name else card.threshold
