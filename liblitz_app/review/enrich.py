"""Enriching a released memory: a proposal (a local model's, or the offline extractor's), the guards
run on it, and the memory moves released → proposed → in review.

Three steps, because they run on different threads in the app: `prepare` and `record` on the
store's owner thread (the ledger), `propose` on the model worker (it may take a minute).
`enrich` does all three in a row, for callers without threads.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..enrichment import Proposal, check_proposal, extract, names
from ..enrichment.emotion_check import check_emotion_contradicted
from ..enrichment.emotion_reader import PassageEmbedder
from ..enrichment.known import dated, keep_known
from ..i18n import tr
from ..llm import CancelFlag, Cancelled, OllamaError, OllamaService
from ..store.ledger import Ledger
from .book import submit
from .context import propose_with_context
from .item import ReviewItem
from .queue import review_item
from .request import EnrichmentRequest, prepare

log = logging.getLogger(__name__)

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
    # The guards' readers load once, in seconds: here, on the worker that waits for the model anyway, rather
    # than in `record` on the store's thread, where the browser's reads would queue behind it.
    load_readers()
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
        return ProposalOutcome(_extract(request), tr(FALLBACK_NOTE, why=error.describe()), error)


# Read once by the extractor and the guards, so that every list and pipeline they read lazily is loaded.
_SAMPLES = ("Hier soir, Marc et moi avons dîné chez Léa à Lyon : j'étais heureuse !",
            "Last Sunday I met Kit in Leeds, and we talked about my sister.")


def load_readers() -> bool:
    """Load what the extractor and the guards read (spaCy's French pipeline, the name, word and town lists):
    about 10 s once, on a worker thread, then nothing; True when the pipeline is there."""
    there = names.warm_up()
    _read_samples()
    return there


@lru_cache(maxsize=1)
def _read_samples() -> None:
    """Checking samples loads every list the guards open on first use, even one added after this was written."""
    day = date(2020, 1, 1)
    try:
        for text in _SAMPLES:
            check_proposal(text, day, extract(text, day))
    except Exception:  # noqa: BLE001 — only a head start: the memory's own check says what fails, to the user
        log.exception("the guards' readers could not be loaded ahead")


def _extract(request: EnrichmentRequest) -> Proposal:
    return extract(request.text, request.memory_date, request.persona, request.people, request.reading,
                   request.known.place)


def record(ledger: Ledger, request: EnrichmentRequest, outcome: ProposalOutcome) -> ReviewItem:
    """Guard the proposal, keep it (superseding any pending one), and put the memory in review.

    The guards judge what the proposer said; then fields it left empty keep what the memory already
    had (an imported row's date): a proposal that says nothing about the time must not erase it."""
    said = outcome.proposal
    proposal = dated(keep_known(said, request.known), request.memory_date)
    flags = check_proposal(request.text, request.memory_date, said, request.persona, request.people, request.known)
    if contradicted := check_emotion_contradicted(request.reading, said):
        flags = [*flags, contradicted]
    submit(ledger, request.memory_id, proposal, flags, outcome.note)
    return review_item(ledger, request.memory_id)


def enrich(ledger: Ledger, memory_id: int, service: OllamaService | None = None, model: str = "",
           cancel: CancelFlag | None = None, embedder: PassageEmbedder | None = None) -> ReviewItem:
    """All three steps at once (no threads): prepare, propose, record."""
    request = prepare(ledger, memory_id, model, embedder)
    return record(ledger, request, propose(request, service, cancel))
