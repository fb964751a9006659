"""The review book: proposals and clarifications, read and kept through the store
(store/review_records.py owns the tables). Used on the store's owner thread.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property

from ..companion.identity import load_people
from ..enrichment import EXTRACTOR, Flag, Proposal, WhoIsWho, model_origin
from ..store import review_records
from ..store.ledger import Ledger, LedgerReader
from .animals import TAKEN_FOR_SOMEONE, without_animals
from .flags import flag_to_dict, span_texts
from .records import Clarification, ProposalState, Rejection, StoredProposal, stored_proposal


def origin_of(proposal: Proposal) -> str:
    return model_origin(proposal.provenance.model) if proposal.provenance.model else EXTRACTOR


def submit(ledger: Ledger, memory_id: int, proposal: Proposal, flags: Sequence[Flag], note: str = "") -> int:
    """Keep a new proposal (the one pending before it is superseded, not overwritten) and put the
    memory in review, at once; returns the proposal's id."""
    asked = proposal.question if proposal.asks_question else ""
    return review_records.submit(ledger, review_records.NewProposal(
        memory_id, origin_of(proposal), proposal.to_dict(), [flag_to_dict(f) for f in flags], note, asked,
        proposal.provenance.model or "extracteur"))


class ReviewBook:
    """Proposals and questions for memories, kept beside them in the ledger (reads only: the
    decisions write through the store's operations, each one transaction)."""

    def __init__(self, ledger: LedgerReader) -> None:
        self.ledger = ledger

    @cached_property
    def people(self) -> WhoIsWho:
        return load_people(self.ledger)

    def pending(self, memory_id: int, text: str | None = None) -> StoredProposal | None:
        """The proposal waiting for the user about this memory, if any, its flags read through who-is-who: a name
        the user has since said is an animal's is no one's (review/animals.py). `text`: the memory's, if the caller
        has read it already."""
        record = review_records.pending_proposal(self.ledger, memory_id)
        if record is None:
            return None
        stored = stored_proposal(record)
        if not any(f.kind is TAKEN_FOR_SOMEONE for f in stored.flags):
            return stored
        values = span_texts(self.ledger.get(memory_id).text if text is None else text, stored.proposal)
        return replace(stored, flags=without_animals(stored.flags, values, self.people))

    def all_for(self, memory_id: int) -> list[StoredProposal]:
        """Every proposal ever made for this memory, oldest first (failed ones included)."""
        return [stored_proposal(r) for r in review_records.proposals_for(self.ledger, memory_id)]

    def rejections(self, memory_id: int) -> list[Rejection]:
        return [Rejection(p.proposal, p.reason) for p in self.all_for(memory_id)
                if p.state is ProposalState.REJECTED]

    def clarifications(self, memory_id: int) -> list[Clarification]:
        return review_records.clarifications_for(self.ledger, memory_id)
