"""Accent- and case-folded views of a text that still know where each character came from.

Guards compare words without caring for case, accents or curly apostrophes, yet must point at
the exact characters of the user's text: every folded character keeps its original offset.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"}
_LIGATURES = {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae"}
WORD = re.compile(r"[0-9a-zœæß]+(?:-[0-9a-zœæß]+)*")


def _fold_char(char: str) -> str:
    if char in _APOSTROPHES:
        return "'"
    if char in _LIGATURES:  # "Sacré-Cœur" is written "Sacré-Coeur" as often
        return _LIGATURES[char]
    decomposed = unicodedata.normalize("NFKD", char.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Folded:
    """`folded[i]` came from `original[origin[i]]`; `origin` has one extra entry: len(original)."""

    original: str
    folded: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the folded slice [start, end)."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


@lru_cache(maxsize=4096)
def fold(text: str) -> Folded:
    parts: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        parts.append(folded)
        origin.extend([index] * len(folded))
    origin.append(len(text))
    return Folded(text, "".join(parts), tuple(origin))


def fold_str(text: str) -> str:
    return fold(text).folded


def words(text: str) -> list[str]:
    """Folded words; an apostrophe splits ("j'ai" → "j", "ai")."""
    return WORD.findall(fold_str(text))


@lru_cache(maxsize=4096)
def phrase_pattern(phrase: str) -> re.Pattern[str] | None:
    """A pattern matching the folded phrase as whole words, any spacing between them (compiled once
    per phrase: the guards look for every recorded name and nickname in every memory)."""
    tokens = WORD.findall(fold_str(phrase))
    if not tokens:
        return None
    # (a hyphenated name written with a space, a user name's underscores: "jean yves" for « Jean-Yves », round 70)
    body = r"[\s'\-,._]*".join(re.escape(t).replace(r"\-", r"[\s\-]") for t in tokens)
    return re.compile(rf"(?<![0-9a-zœæß]){body}(?![0-9a-zœæß])")


def find_phrase(text: str, phrase: str) -> list[tuple[int, int]]:
    """Original-text spans where `phrase` occurs as whole words, ignoring case and accents."""
    pattern = phrase_pattern(phrase)
    if pattern is None:
        return []
    folded = fold(text)
    return [folded.span(m.start(), m.end()) for m in pattern.finditer(folded.folded)]


def contains_phrase(text: str, phrase: str) -> bool:
    return bool(find_phrase(text, phrase))


def normalise_space(text: str) -> str:
    return " ".join(text.split())
