"""One item of the review queue: the memory, what is proposed for it, and what looks wrong."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..enrichment import Flag
from ..memory import Memory
from .records import Clarification, StoredProposal


def memory_date(memory: Memory) -> date:
    """The day relative phrases ("hier soir") count from: the event's day if known, else its arrival."""
    return memory.fields.time.start or memory.created_at.date()


@dataclass(frozen=True)
class ReviewItem:
    memory: Memory
    proposal: StoredProposal | None
    clarifications: tuple[Clarification, ...] = ()
    card_note: bool = False  # a note for her card (companion/notes.py), not a memory

    @property
    def memory_id(self) -> int:
        return self.memory.id

    @property
    def flags(self) -> tuple[Flag, ...]:
        return self.proposal.flags if self.proposal else ()

    @property
    def question(self) -> Clarification | None:
        """The current proposal's question, while it waits for an answer."""
        if self.proposal is None:
            return None
        return next((c for c in self.clarifications
                     if c.proposal_id == self.proposal.id and not c.answered), None)

    @property
    def clean(self) -> bool:
        return self.proposal is not None and self.proposal.clean


@dataclass(frozen=True)
class QueueCounts:
    waiting: int = 0  # in review, waiting for the user
    flagged: int = 0  # … of which the guards flagged something
    questions: int = 0  # … of which the proposer asked a question
    failed: int = 0  # … of which the proposal failed (to ask again)
    released: int = 0  # released by the feeder, not yet prepared
    card_notes: int = 0  # … of which notes for her card, nothing flagged (never accepted in bulk)

    @property
    def clean(self) -> int:
        return self.waiting - self.flagged - self.questions - self.failed - self.card_notes
