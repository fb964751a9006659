"""The review queue's tables: every proposal made for a memory, and every question asked.

A proposal is written once and never altered (a trigger enforces it); only its state moves:
pending → accepted | rejected | superseded. Nothing here deletes anything. A proposal's content
and flags are JSON the review domain writes and reads; the store keeps them without reading them.
Reads take any `LedgerReader` (a reader thread may ask); writes take the `Ledger`.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any

from ..memory import Memory, MemoryFields, Status
from .ledger import Ledger, LedgerReader
from .rows import now_iso, to_json


class ProposalState(str, Enum):
    PENDING = "pending"  # waiting for the user
    ACCEPTED = "accepted"  # what the user approved (possibly edited) was committed
    REJECTED = "rejected"  # the user said no, with an optional reason
    SUPERSEDED = "superseded"  # a newer proposal replaced it (ask again, an answered question)


@dataclass(frozen=True)
class NewProposal:
    """A proposal about to be kept: `content` and `flags` as the review domain serialises them."""

    memory_id: int
    origin: str  # "extractor" or "model:<name>"
    content: dict[str, Any]
    flags: list[dict[str, Any]]
    note: str = ""
    question: str = ""  # asked instead of guessing: kept as a clarification
    proposer: str = ""  # who proposed, in the journal's words ("extracteur", a model's name)


@dataclass(frozen=True)
class ProposalRecord:
    id: int
    memory_id: int
    origin: str
    content: dict[str, Any]
    flags: list[dict[str, Any]]
    state: ProposalState
    note: str = ""
    reason: str = ""
    created_at: datetime | None = None
    decided_at: datetime | None = None


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


_PENDING = ProposalState.PENDING.value

# In review, the oldest queued first; an item whose proposal is missing (interrupted) last.
_WAITING = f"""
SELECT m.id FROM memories m
LEFT JOIN proposals p ON p.memory_id = m.id AND p.state = '{_PENDING}'
WHERE m.status = '{Status.IN_REVIEW.value}' AND m.forgotten_at IS NULL
ORDER BY p.queued_at IS NULL, p.queued_at, m.id
"""

_TO_PREPARE = f"""
SELECT id FROM memories WHERE status IN ('{Status.RELEASED.value}', '{Status.PROPOSED.value}')
AND forgotten_at IS NULL ORDER BY id
"""


# --- the queue ----------------------------------------------------------------------------------

def waiting_ids(ledger: LedgerReader) -> list[int]:
    """Memories in review, in the order the user meets them."""
    return [int(r[0]) for r in ledger._conn.execute(_WAITING)]


def to_prepare_ids(ledger: LedgerReader) -> list[int]:
    """Memories the feeder released that have no proposal yet (or were interrupted mid-way)."""
    return [int(r[0]) for r in ledger._conn.execute(_TO_PREPARE)]


# --- proposals ----------------------------------------------------------------------------------

def submit(ledger: Ledger, new: NewProposal) -> int:
    """Keep a proposal (the one pending before it is superseded, not overwritten) and put its memory
    in review (released → proposed → in review), all at once."""
    at = now_iso()
    with ledger._transaction() as conn:
        conn.execute("UPDATE proposals SET state = ?, decided_at = ? WHERE memory_id = ? AND state = ?",
                     (ProposalState.SUPERSEDED.value, at, new.memory_id, _PENDING))
        cursor = conn.execute(
            "INSERT INTO proposals (memory_id, origin, content, flags, note, created_at, queued_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (new.memory_id, new.origin, to_json(new.content), to_json(new.flags), new.note, at, at))
        proposal_id = int(cursor.lastrowid)
        if new.question:
            conn.execute("INSERT INTO clarifications (memory_id, proposal_id, question, asked_at) "
                         "VALUES (?, ?, ?, ?)", (new.memory_id, proposal_id, new.question, at))
        if ledger.get(new.memory_id).status is not Status.PROPOSED:
            ledger.set_status(new.memory_id, Status.PROPOSED, reason=f"proposition : {new.proposer}",
                              author="review")
        ledger.set_status(new.memory_id, Status.IN_REVIEW, reason="à relire", author="review")
    return proposal_id


def pending_proposal(ledger: LedgerReader, memory_id: int) -> ProposalRecord | None:
    """The proposal waiting for the user about this memory, if any."""
    row = ledger._conn.execute("SELECT * FROM proposals WHERE memory_id = ? AND state = ? ORDER BY id DESC LIMIT 1",
                               (memory_id, _PENDING)).fetchone()
    return _proposal(row) if row else None


def proposals_for(ledger: LedgerReader, memory_id: int) -> list[ProposalRecord]:
    """Every proposal ever made for this memory, oldest first (failed ones included)."""
    rows = ledger._conn.execute("SELECT * FROM proposals WHERE memory_id = ? ORDER BY id", (memory_id,))
    return [_proposal(r) for r in rows]


def settle(ledger: Ledger, memory_id: int, status: Status, proposal_id: int | None, state: ProposalState, *,
           reason: str = "", fields: MemoryFields | None = None, author: str = "user",
           provenance: dict[str, Any] | None = None) -> Memory:
    """The user's decision, in one transaction: the memory moves to `status` (with the approved
    fields as a new version), and its proposal is marked `state`. A crash leaves both or neither: never
    a committed memory whose proposal still waits. The vector index follows through the outbox."""
    with ledger._transaction() as conn:
        memory = ledger.set_status(memory_id, status, reason=reason, fields=fields, author=author,
                                   provenance=provenance)
        if proposal_id is not None:
            _decide(conn, proposal_id, state, reason)
    return memory


def _decide(conn: sqlite3.Connection, proposal_id: int, state: ProposalState, reason: str) -> None:
    conn.execute("UPDATE proposals SET state = ?, reason = ?, decided_at = ? WHERE id = ?",
                 (state.value, reason, now_iso(), proposal_id))


def send_to_back(ledger: Ledger, proposal_id: int) -> None:
    """Skip: the item waits behind the others; nothing about it changes."""
    with ledger._transaction() as conn:
        conn.execute("UPDATE proposals SET queued_at = ? WHERE id = ?", (now_iso(), proposal_id))


# --- clarifications -----------------------------------------------------------------------------

def clarifications_for(ledger: LedgerReader, memory_id: int) -> list[Clarification]:
    rows = ledger._conn.execute("SELECT * FROM clarifications WHERE memory_id = ? ORDER BY id", (memory_id,))
    return [_clarification(r) for r in rows]


def answer(ledger: Ledger, clarification_id: int, text: str, settings: Mapping[str, Any] | None = None) -> None:
    """Keep the user's answer, with the `settings` that change because of it (the who-is-who gains
    the people it names), in one transaction: the answer is kept with them or not at all."""
    with ledger._transaction() as conn:
        conn.execute("UPDATE clarifications SET answer = ?, answered_at = ? WHERE id = ?",
                     (text.strip(), now_iso(), clarification_id))
        for key, value in (settings or {}).items():
            ledger.set_setting(key, value)


# --- rows ---------------------------------------------------------------------------------------

def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _proposal(row: sqlite3.Row) -> ProposalRecord:
    return ProposalRecord(
        id=int(row["id"]), memory_id=int(row["memory_id"]), origin=row["origin"],
        content=json.loads(row["content"]), flags=json.loads(row["flags"]), state=ProposalState(row["state"]),
        note=row["note"], reason=row["reason"], created_at=_when(row["created_at"]),
        decided_at=_when(row["decided_at"]))


def _clarification(row: sqlite3.Row) -> Clarification:
    return Clarification(
        id=int(row["id"]), memory_id=int(row["memory_id"]), proposal_id=int(row["proposal_id"]),
        question=row["question"], answer=row["answer"], asked_at=_when(row["asked_at"]),
        answered_at=_when(row["answered_at"]))
