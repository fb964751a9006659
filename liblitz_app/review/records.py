"""What the review queue keeps: every proposal made for a memory, and every question asked."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from ..enrichment import EXTRACTOR, Flag, Proposal
from .flags import flag_from_dict


class ProposalState(str, Enum):
    PENDING = "pending"  # waiting for the user
    ACCEPTED = "accepted"  # what the user approved (possibly edited) was committed
    REJECTED = "rejected"  # the user said no, with an optional reason
    SUPERSEDED = "superseded"  # a newer proposal replaced it (ask again, an answered question)


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
class Clarification:
    """A question the proposer asked instead of guessing, and the user's answer once given."""

    id: int
    memory_id: int
    proposal_id: int
    question: str
    answer: str | None = None
    asked_at: datetime | None = None
    answered_at: datetime | None = None

    @property
    def answered(self) -> bool:
        return self.answer is not None


@dataclass(frozen=True)
class Rejection:
    """An earlier proposal the user refused, and why: given to the next proposer."""

    proposal: Proposal
    reason: str = ""


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def proposal_from_row(row: sqlite3.Row) -> StoredProposal:
    return StoredProposal(
        id=int(row["id"]), memory_id=int(row["memory_id"]),
        proposal=Proposal.from_dict(json.loads(row["content"])),
        flags=tuple(flag_from_dict(f) for f in json.loads(row["flags"])),
        state=ProposalState(row["state"]), origin=row["origin"], note=row["note"], reason=row["reason"],
        created_at=_when(row["created_at"]), decided_at=_when(row["decided_at"]),
    )


def clarification_from_row(row: sqlite3.Row) -> Clarification:
    return Clarification(
        id=int(row["id"]), memory_id=int(row["memory_id"]), proposal_id=int(row["proposal_id"]),
        question=row["question"], answer=row["answer"], asked_at=_when(row["asked_at"]),
        answered_at=_when(row["answered_at"]),
    )


__all__ = ["Clarification", "ProposalState", "Rejection", "StoredProposal"]
