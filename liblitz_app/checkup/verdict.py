"""Judging what a model said against a scenario's expectations: pure functions, one reason per miss.

Words are compared as people read them (case, accents and apostrophe styles aside), as whole words:
"Marc" is not found in "Marcel".
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..enrichment import Flag
from ..memory.folding import fold
from ..store.checkups import Reason
from .scenario import Expectation

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def said(text: str, words: str) -> bool:
    """Whether `words` appear in `text` as whole words (case, accents and apostrophes aside)."""
    wanted = " ".join(_plain(words).split())
    if not wanted:
        return False
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in wanted.split()) + r"(?!\w)"
    return re.search(pattern, _plain(text)) is not None


def asks(text: str) -> bool:
    """A question asked: a question mark (French puts a space before it; both count)."""
    return "?" in text or "？" in text


def judge_replies(replies: Sequence[str], expect: Expectation, name: str) -> list[Reason]:
    """The reasons her replies miss the expectations (none: they pass). `name`: her name, for "{name}"."""
    if not replies:
        return [Reason("Aucune réponse n'est venue.")]
    last = replies[-1]
    reasons = [Reason("La réponse ne dit pas « {words} ».", {"words": w})
               for w in _named(expect.mentions_all, name) if not said(last, w)]
    wanted = _named(expect.mentions_any, name)
    if wanted and not any(said(last, w) for w in wanted):
        reasons.append(Reason("La réponse ne dit aucun de ces mots : {words}.", {"words": ", ".join(wanted)}))
    reasons += [Reason("Une réponse dit « {words} », ce qu'elle ne devait pas dire.", {"words": w})
                for w in _named(expect.mentions_none, name) if any(said(r, w) for r in replies)]
    if expect.asks_question and not asks(last):
        reasons.append(Reason("La réponse ne pose aucune question."))
    return reasons


def judge_flags(text: str, flags: Sequence[Flag]) -> list[Reason]:
    """Each guard's flag on a proposal is a reason (the guards' own sentence, in both languages)."""
    return [Reason("Les garde-fous signalent, pour « {memory} » : {flag}", {"memory": text, "flag": f.message_fr},
                   {"flag": f.message_en})
            for f in flags]


def _named(words: Sequence[str], name: str) -> list[str]:
    return [w.replace("{name}", name) for w in words]


def _plain(text: str) -> str:
    return fold(text.translate(_APOSTROPHES))
