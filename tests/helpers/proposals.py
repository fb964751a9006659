"""The guards' flags on one proposal, as a test writes it: the memory, then the proposed fields by name.

(Each round's test file from round 3 to 33 carries its own copy of this; new ones use this one.)
"""
from __future__ import annotations

from datetime import date

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.memory import Emotion, MemoryFields

DAY = date(2026, 5, 12)


def flag_kinds(original: str, *, day: date = DAY, persona: Persona | None = None, people: WhoIsWho | None = None,
               known: MemoryFields | None = None, **fields: object) -> set[FlagKind]:
    """The kinds of the flags raised on a proposal of `fields` (a joyful 5 unless they say otherwise)."""
    proposed = MemoryFields(**{"emotion": Emotion.JOY, "intensity": 5, **fields})
    flags = check_proposal(original, day, Proposal(fields=proposed), persona or Persona(), people or WhoIsWho(),
                           known or MemoryFields())
    return {flag.kind for flag in flags}
