"""Guards: pure checks of a proposal against the memory's own words, the persona and who is who.

Each returns flags, never a verdict: the user decides in the review queue. Spans point at exact
characters — `Span.target` is "original" (the memory's text) or the proposal's field
("reflection", "place", "time.said", "persons[2]", "text").
"""
from __future__ import annotations

from datetime import date

from ...memory import MemoryFields
from ..persona import Persona, WhoIsWho
from ..proposal import Proposal
from .companion import check_companion
from .flags import Flag, FlagKind, Guard, GuardContext, Span
from .invented import check_persons_invented
from .persons import check_persons_dropped
from .places import check_place
from .reflection import check_first_person, check_language
from .text import check_reflection_restates, check_text_verbatim
from .times import check_time
from .values import check_emotion, check_intensity

__all__ = ["Flag", "FlagKind", "GuardContext", "Span", "check_proposal"]


GUARDS: tuple[Guard, ...] = (
    check_companion, check_persons_dropped, check_persons_invented, check_time, check_place,
    check_first_person, check_language, check_emotion, check_intensity, check_text_verbatim,
    check_reflection_restates,
)


def check_proposal(original: str, memory_date: date, proposal: Proposal, persona: Persona | None = None,
                   people: WhoIsWho | None = None, known: MemoryFields | None = None) -> list[Flag]:
    """Every flag the guards raise on a proposal; a failed proposal has nothing to check. `known`:
    the fields the memory came with (an imported row's date), which a proposal may repeat."""
    if proposal.failed or proposal.asks_question and proposal.fields == MemoryFields():
        return []  # nothing proposed: a failure to retry, or a question for the user
    ctx = GuardContext(original, memory_date, persona or Persona(), people or WhoIsWho(), known or MemoryFields())
    return [flag for guard in GUARDS for flag in guard(ctx, proposal)]
