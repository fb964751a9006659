"""Comparing words the way people read them: case and accents ignored ("Soirée" = "soiree")."""
from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache

_BEYOND_BMP = re.compile("[\U00010000-\U0010ffff]")


def fold(text: str) -> str:
    """Lower case without accents."""
    lowered = text.lower()
    if lowered.isascii():  # nothing to decompose
        return lowered
    folded = _combining_marks(0, 0x10000).sub("", unicodedata.normalize("NFKD", lowered))
    if _BEYOND_BMP.search(folded):  # rare (old scripts, emoji): the few marks up there
        folded = _combining_marks(0x10000, sys.maxunicode + 1).sub("", folded)
    return folded


@cache
def _combining_marks(first: int, end: int) -> re.Pattern[str]:
    """The characters in [first, end) that `unicodedata.combining` counts (an accent once decomposed), as one
    character class. Recall folds each shown memory's text per query, and a test per character cost a sixth of
    a query's time. Built from this Python's own Unicode tables, once (~0.2 s). Kept in two: a class within the
    BMP compiles to a bitmap, one reaching beyond it is tested range by range, several times slower."""
    ranges: list[tuple[int, int]] = []
    for code in (c for c in range(first, end) if unicodedata.combining(chr(c))):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]")
