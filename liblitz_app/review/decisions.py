"""What the user decides about an item: accept (possibly edited), reject (with why), answer, skip.

Accepting commits exactly what the user approved, as a new version authored by the user, with the
proposal's provenance; nothing a model proposed is ever written without that.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..enrichment import KnownPerson
from ..enrichment.proposal import FIELD_NAMES
from ..memory import Memory, MemoryFields, Status
from ..store.ledger import Ledger
from ..store.library import MemoryLibrary
from .book import ReviewBook
from .identity import add_people
from .queue import queue_items
from .records import ProposalState, StoredProposal


class ReviewError(ValueError):
    """A review action that cannot be done, with a sentence the user can read."""

    user_facing = True


def edited_fields(proposed: MemoryFields, approved: MemoryFields) -> list[str]:
    before, after = proposed.to_dict(), approved.to_dict()
    return [name for name in FIELD_NAMES if before[name] != after[name]]


def commit_provenance(stored: StoredProposal | None, approved: MemoryFields) -> dict[str, Any]:
    if stored is None:
        return {"proposal_id": None, "model": "", "edited": list(FIELD_NAMES), "flags_acknowledged": []}
    source = stored.proposal.provenance
    return {
        "proposal_id": stored.id, "origin": stored.origin, "model": source.model,
        "prompt_id": source.prompt_id, "prompt_version": source.prompt_version,
        "edited": edited_fields(stored.proposal.fields, approved),
        "flags_acknowledged": [f.kind.value for f in stored.flags],
    }


def _current(book: ReviewBook, memory_id: int, proposal_id: int | None) -> StoredProposal | None:
    """The pending proposal, checked to be the one the user looked at."""
    stored = book.pending(memory_id)
    seen = stored.id if stored else None
    if proposal_id is not None and seen != proposal_id:
        raise ReviewError("Une autre proposition est arrivée pour ce souvenir pendant votre relecture : "
                          "relisez-la avant de décider.")
    return stored


def accept(library: MemoryLibrary, memory_id: int, fields: MemoryFields,
           proposal_id: int | None = None) -> Memory:
    """Commit the approved fields (embedded and indexed); the proposal is marked accepted."""
    book = ReviewBook(library.ledger)
    stored = _current(book, memory_id, proposal_id)
    approved = fields.validated()
    memory = library.commit(memory_id, approved, author="user", provenance=commit_provenance(stored, approved))
    if stored is not None:
        book.decide(stored.id, ProposalState.ACCEPTED)
    return memory


def reject(ledger: Ledger, memory_id: int, reason: str = "", proposal_id: int | None = None) -> Memory:
    """The memory is rejected and kept, with why; so is the proposal, so it is not proposed again blindly."""
    book = ReviewBook(ledger)
    with ledger.transaction():
        stored = _current(book, memory_id, proposal_id)
        memory = ledger.set_status(memory_id, Status.REJECTED, reason=reason.strip(), author="user")
        if stored is not None:
            book.decide(stored.id, ProposalState.REJECTED, reason.strip())
    return memory


def answer(ledger: Ledger, clarification_id: int, text: str, people: Sequence[KnownPerson] = ()) -> None:
    """Keep the user's answer with the memory; people it names go to the who-is-who."""
    if not text.strip():
        raise ReviewError("Écrivez une réponse avant de l'envoyer.")
    with ledger.transaction():
        ReviewBook(ledger).answer(clarification_id, text)
        if people:
            add_people(ledger, people)


def skip(ledger: Ledger, memory_id: int) -> None:
    """Later: the item goes behind the others, unchanged."""
    stored = ReviewBook(ledger).pending(memory_id)
    if stored is not None:
        ReviewBook(ledger).send_to_back(stored.id)


def accept_all_clean(library: MemoryLibrary) -> list[int]:
    """Commit, as proposed, every waiting item with no flag, no question and no failure."""
    clean = [item for item in queue_items(library.ledger) if item.clean]
    for item in clean:
        assert item.proposal is not None
        accept(library, item.memory_id, item.proposal.proposal.fields, item.proposal.id)
    return [item.memory_id for item in clean]
