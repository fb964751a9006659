"""Enriching a released memory: a proposal (a local model's, or the offline extractor's), the guards
run on it, and the memory moves released → proposed → in review.

Three steps, because they run on different threads in the app: `prepare` and `record` on the
store's owner thread (the ledger), `propose` on the model worker (it may take a minute).
`enrich` does all three in a row, for callers without threads.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..enrichment import Proposal, check_proposal, extract
from ..llm import CancelFlag, Cancelled, OllamaError, OllamaService
from ..memory import Status
from ..store.ledger import Ledger
from .book import ReviewBook
from .context import propose_with_context
from .item import ReviewItem
from .queue import review_item
from .request import EnrichmentRequest, prepare

NO_MODEL_NOTE = "Aucun modèle local choisi : proposition de l'extracteur hors ligne."
FALLBACK_NOTE = "{why} Cette proposition vient de l'extracteur hors ligne."


@dataclass(frozen=True)
class ProposalOutcome:
    """A proposal, and why it came from the extractor when a model was wanted (`note`)."""

    proposal: Proposal
    note: str = ""
    ollama_error: OllamaError | None = None  # Ollama could not answer: the status line says so


def propose(request: EnrichmentRequest, service: OllamaService | None,
            cancel: CancelFlag | None = None) -> ProposalOutcome:
    """The model's proposal when Ollama answers and a model is chosen, else the extractor's."""
    if service is None or not request.model:
        return ProposalOutcome(_extract(request), NO_MODEL_NOTE if service is not None else "")
    try:
        if request.has_context:
            return ProposalOutcome(propose_with_context(service, request, cancel))
        return ProposalOutcome(service.propose(request.text, request.memory_date, request.model,
                                               request.persona, request.people, cancel))
    except Cancelled:
        raise
    except OllamaError as error:
        return ProposalOutcome(_extract(request), FALLBACK_NOTE.format(why=error.message_fr), error)


def _extract(request: EnrichmentRequest) -> Proposal:
    return extract(request.text, request.memory_date, request.persona, request.people)


def record(ledger: Ledger, request: EnrichmentRequest, outcome: ProposalOutcome) -> ReviewItem:
    """Guard the proposal, keep it (superseding any pending one), and put the memory in review."""
    proposal = outcome.proposal
    flags = check_proposal(request.text, request.memory_date, proposal, request.persona, request.people)
    with ledger.transaction():
        ReviewBook(ledger).add(request.memory_id, proposal, flags, outcome.note)
        _into_review(ledger, request.memory_id, proposal)
    return review_item(ledger, request.memory_id)


def _into_review(ledger: Ledger, memory_id: int, proposal: Proposal) -> None:
    status = ledger.get(memory_id).status
    origin = proposal.provenance.model or "extracteur"
    if status is not Status.PROPOSED:
        ledger.set_status(memory_id, Status.PROPOSED, reason=f"proposition : {origin}", author="review")
    ledger.set_status(memory_id, Status.IN_REVIEW, reason="à relire", author="review")


def enrich(ledger: Ledger, memory_id: int, service: OllamaService | None = None, model: str = "",
           cancel: CancelFlag | None = None) -> ReviewItem:
    """All three steps at once (no threads): prepare, propose, record."""
    request = prepare(ledger, memory_id, model)
    return record(ledger, request, propose(request, service, cancel))
