"""What the review queue keeps: every proposal made for a memory, and every question asked."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..enrichment import EXTRACTOR, Flag, Proposal
from ..store.review_records import Clarification, ProposalRecord, ProposalState
from .flags import flag_from_dict


@dataclass(frozen=True)
class StoredProposal:
    """A proposal as kept in the ledger; `note` says why it came from the extractor, if it did."""

    id: int
    memory_id: int
    proposal: Proposal
    flags: tuple[Flag, ...]
    state: ProposalState
    origin: str  # "extractor" or "model:<name>"
    note: str = ""
    reason: str = ""
    created_at: datetime | None = None
    decided_at: datetime | None = None

    @property
    def model(self) -> str:
        return self.proposal.provenance.model

    @property
    def from_extractor(self) -> bool:
        return self.origin == EXTRACTOR

    @property
    def failed(self) -> bool:
        return self.proposal.failed

    @property
    def clean(self) -> bool:
        """Nothing for the user to look at twice: no flag, no question, no failure."""
        return not (self.flags or self.proposal.asks_question or self.proposal.failed)


@dataclass(frozen=True)
class Rejection:
    """An earlier proposal the user refused, and why: given to the next proposer."""

    proposal: Proposal
    reason: str = ""


def stored_proposal(record: ProposalRecord) -> StoredProposal:
    """The store's record, read back into the proposal and flags it was written from."""
    return StoredProposal(
        id=record.id, memory_id=record.memory_id, proposal=Proposal.from_dict(record.content),
        flags=tuple(flag_from_dict(f) for f in record.flags), state=record.state, origin=record.origin,
        note=record.note, reason=record.reason, created_at=record.created_at, decided_at=record.decided_at,
    )


__all__ = ["Clarification", "ProposalState", "Rejection", "StoredProposal", "stored_proposal"]
