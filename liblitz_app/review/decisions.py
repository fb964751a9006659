"""What the user decides about an item: accept (possibly edited), reject (with why), answer, skip.

Accepting commits exactly what the user approved, as a new version authored by the user, with the
proposal's provenance; nothing a model proposed is ever written without that.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import reduce
from typing import Any

from ..companion import PEOPLE_KEY, PERSONA_KEY, load_people, load_persona, merged
from ..companion.notes import is_card_note, note_from, with_note
from ..enrichment import KnownPerson
from ..enrichment.proposal import FIELD_NAMES
from ..errors import UserError
from ..memory import Memory, MemoryFields, Status
from ..store import conversations, review_records
from ..store.ledger import Ledger, LedgerReader
from ..store.library import MemoryLibrary
from .book import ReviewBook
from .queue import queue_items
from .records import ProposalState, StoredProposal


class ReviewError(UserError, ValueError):
    """A review action that cannot be done, with a sentence the user can read."""


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


def _current(ledger: LedgerReader, memory_id: int, proposal_id: int | None) -> StoredProposal | None:
    """The pending proposal, checked to be the one the user looked at."""
    stored = ReviewBook(ledger).pending(memory_id)
    seen = stored.id if stored else None
    if proposal_id is not None and seen != proposal_id:
        raise ReviewError("Une autre proposition est arrivée pour ce souvenir pendant votre relecture : "
                          "relisez-la avant de décider.")
    return stored


def accept(library: MemoryLibrary, memory_id: int, fields: MemoryFields,
           proposal_id: int | None = None) -> Memory:
    """Commit the approved fields and mark the proposal accepted, in one transaction; then the memory
    is embedded and indexed (through the outbox, so a crash before that is finished on the next start)."""
    memory = _settle_accepted(library.ledger, memory_id, fields, proposal_id)
    library.sync_index()
    return memory


def _settle_accepted(ledger: Ledger, memory_id: int, fields: MemoryFields, proposal_id: int | None) -> Memory:
    """The ledger half of an accept; the caller carries the outbox to the index (one item, or a batch)."""
    stored = _current(ledger, memory_id, proposal_id)
    if is_card_note(ledger, memory_id):
        return _onto_card(ledger, memory_id, stored)
    approved = fields.validated()
    return review_records.settle(
        ledger, memory_id, Status.COMMITTED, stored.id if stored else None, ProposalState.ACCEPTED,
        fields=approved, author="user", provenance=commit_provenance(stored, approved))


def accept_note(ledger: Ledger, memory_id: int, note: str, proposal_id: int | None = None) -> Memory:
    """A note for her card, as the user left it in review, goes onto her card."""
    if not note.strip():
        raise ReviewError("Écrivez la note avant de l'ajouter à sa fiche, ou rejetez-la.")
    if not is_card_note(ledger, memory_id):
        raise ReviewError("Ce souvenir n'est pas une note pour sa fiche.")
    return _onto_card(ledger, memory_id, _current(ledger, memory_id, proposal_id), note)


def _onto_card(ledger: Ledger, memory_id: int, stored: StoredProposal | None, note: str | None = None) -> Memory:
    """A note for her card becomes a line of her card, not a memory (companion/notes.py)."""
    card = with_note(load_persona(ledger), note_from(ledger.get(memory_id).text) if note is None else note.strip())
    return conversations.note_accepted(ledger, memory_id, stored.id if stored else None,
                                       {PERSONA_KEY: card.to_dict()}, "ajoutée à sa fiche")


def reject(ledger: Ledger, memory_id: int, reason: str = "", proposal_id: int | None = None) -> Memory:
    """The memory is rejected and kept, with why; so is the proposal, so it is not proposed again blindly."""
    stored = _current(ledger, memory_id, proposal_id)
    return review_records.settle(ledger, memory_id, Status.REJECTED, stored.id if stored else None,
                                 ProposalState.REJECTED, reason=reason.strip(), author="user")


def answer(ledger: Ledger, clarification_id: int, text: str, people: Sequence[KnownPerson] = ()) -> None:
    """Keep the user's answer with the memory; people it names go to the who-is-who (both or neither)."""
    if not text.strip():
        raise ReviewError("Écrivez une réponse avant de l'envoyer.")
    settings = {PEOPLE_KEY: reduce(merged, people, load_people(ledger)).to_dict()} if people else None
    review_records.answer(ledger, clarification_id, text, settings)


def skip(ledger: Ledger, memory_id: int) -> None:
    """Later: the item goes behind the others, unchanged."""
    stored = ReviewBook(ledger).pending(memory_id)
    if stored is not None:
        review_records.send_to_back(ledger, stored.id)


def accept_all_clean(library: MemoryLibrary) -> list[int]:
    """Commit, as proposed, every waiting item with no flag, no question and no failure."""
    return accept_clean(library, clean_ids(library.ledger))


def clean_ids(ledger: Ledger) -> list[int]:
    """The waiting items with no flag, no question and no failure, in queue order (a note for her card
    is never accepted in bulk: who she is changes only by a look at each)."""
    return [item.memory_id for item in queue_items(ledger) if item.clean and not item.card_note]


def accept_clean(library: MemoryLibrary, memory_ids: list[int]) -> list[int]:
    """Commit these items as proposed, if they are still waiting and clean (a step of a long accept-all:
    the GUI runs it a few at a time, so searches and counts are never long behind it)."""
    wanted = set(memory_ids)
    done = []
    for item in queue_items(library.ledger):
        if item.memory_id in wanted and item.clean and item.proposal is not None:
            _settle_accepted(library.ledger, item.memory_id, item.proposal.proposal.fields, item.proposal.id)
            done.append(item.memory_id)
    library.sync_index()  # the step's memories are embedded together: one batch, not one call each
    return done
