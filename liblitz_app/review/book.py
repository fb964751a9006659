"""The review book: proposals and clarifications in the ledger. Used on the store's owner thread.

A proposal is written once and never altered (a trigger enforces it); only its state moves:
pending → accepted | rejected | superseded. Nothing here deletes anything.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from ..enrichment import EXTRACTOR, Flag, Proposal, model_origin
from ..store.ledger import Ledger
from ..store.rows import now_iso, to_json
from .flags import flag_to_dict
from .records import (
    Clarification, ProposalState, Rejection, StoredProposal, clarification_from_row, proposal_from_row,
)


def origin_of(proposal: Proposal) -> str:
    return model_origin(proposal.provenance.model) if proposal.provenance.model else EXTRACTOR


class ReviewBook:
    """Proposals and questions for memories, kept beside them in the ledger."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger

    # --- proposals ----------------------------------------------------------------------------

    def add(self, memory_id: int, proposal: Proposal, flags: Sequence[Flag], note: str = "") -> StoredProposal:
        """Keep a new proposal; the one pending before it is superseded, not overwritten."""
        at = now_iso()
        with self.ledger.transaction() as conn:
            _supersede(conn, memory_id, at)
            cursor = conn.execute(
                "INSERT INTO proposals (memory_id, origin, content, flags, note, created_at, queued_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (memory_id, origin_of(proposal), to_json(proposal.to_dict()),
                 to_json([flag_to_dict(f) for f in flags]), note, at, at))
            proposal_id = int(cursor.lastrowid)
            if proposal.asks_question:
                conn.execute("INSERT INTO clarifications (memory_id, proposal_id, question, asked_at) "
                             "VALUES (?, ?, ?, ?)", (memory_id, proposal_id, proposal.question, at))
        return self.get(proposal_id)

    def get(self, proposal_id: int) -> StoredProposal:
        with self.ledger.transaction() as conn:
            row = conn.execute("SELECT * FROM proposals WHERE id = ?", (proposal_id,)).fetchone()
        if row is None:
            raise LookupError(f"La proposition n°{proposal_id} n'existe pas.")
        return proposal_from_row(row)

    def pending(self, memory_id: int) -> StoredProposal | None:
        """The proposal waiting for the user about this memory, if any."""
        with self.ledger.transaction() as conn:
            row = conn.execute("SELECT * FROM proposals WHERE memory_id = ? AND state = 'pending' "
                               "ORDER BY id DESC LIMIT 1", (memory_id,)).fetchone()
        return proposal_from_row(row) if row else None

    def all_for(self, memory_id: int) -> list[StoredProposal]:
        """Every proposal ever made for this memory, oldest first (failed ones included)."""
        with self.ledger.transaction() as conn:
            rows = conn.execute("SELECT * FROM proposals WHERE memory_id = ? ORDER BY id", (memory_id,)).fetchall()
        return [proposal_from_row(r) for r in rows]

    def decide(self, proposal_id: int, state: ProposalState, reason: str = "") -> None:
        with self.ledger.transaction() as conn:
            conn.execute("UPDATE proposals SET state = ?, reason = ?, decided_at = ? WHERE id = ?",
                         (state.value, reason, now_iso(), proposal_id))

    def send_to_back(self, proposal_id: int) -> None:
        """Skip: the item waits behind the others; nothing about it changes."""
        with self.ledger.transaction() as conn:
            conn.execute("UPDATE proposals SET queued_at = ? WHERE id = ?", (now_iso(), proposal_id))

    def rejections(self, memory_id: int) -> list[Rejection]:
        return [Rejection(p.proposal, p.reason) for p in self.all_for(memory_id)
                if p.state is ProposalState.REJECTED]

    # --- clarifications -----------------------------------------------------------------------

    def clarifications(self, memory_id: int) -> list[Clarification]:
        with self.ledger.transaction() as conn:
            rows = conn.execute("SELECT * FROM clarifications WHERE memory_id = ? ORDER BY id",
                                (memory_id,)).fetchall()
        return [clarification_from_row(r) for r in rows]

    def answer(self, clarification_id: int, answer: str) -> None:
        with self.ledger.transaction() as conn:
            conn.execute("UPDATE clarifications SET answer = ?, answered_at = ? WHERE id = ?",
                         (answer.strip(), now_iso(), clarification_id))


def _supersede(conn: sqlite3.Connection, memory_id: int, at: str) -> None:
    conn.execute("UPDATE proposals SET state = 'superseded', decided_at = ? "
                 "WHERE memory_id = ? AND state = 'pending'", (at, memory_id))
