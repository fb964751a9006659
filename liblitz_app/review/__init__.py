"""The review queue: proposals for released memories, the guards' flags, and the user's decisions.

Pure Python (no Qt). Everything that touches the ledger runs on the store's owner thread; only
`propose` (which may call a local model) runs elsewhere, on the model worker.
"""
from .book import ReviewBook
from .decisions import ReviewError, accept, accept_all_clean, answer, commit_provenance, edited_fields, reject, skip
from .enrich import ProposalOutcome, enrich, propose, record
from .identity import (
    ENV_OLLAMA_URL, OllamaSettings, add_people, choose_model, load_people, load_persona, save_persona,
)
from .item import QueueCounts, ReviewItem, memory_date
from .queue import counts, first_item, queue_items, review_item, to_prepare, waiting_ids
from .records import Clarification, ProposalState, Rejection, StoredProposal
from .request import Answer, EnrichmentRequest, prepare

__all__ = [
    "ENV_OLLAMA_URL", "Answer", "Clarification", "EnrichmentRequest", "OllamaSettings", "ProposalOutcome",
    "ProposalState", "QueueCounts", "Rejection", "ReviewBook", "ReviewError", "ReviewItem", "StoredProposal",
    "accept", "accept_all_clean", "add_people", "answer", "choose_model", "commit_provenance", "counts",
    "edited_fields", "enrich", "first_item", "load_people", "load_persona", "memory_date", "prepare",
    "propose", "queue_items", "record", "reject", "review_item", "save_persona", "skip", "to_prepare",
    "waiting_ids",
]
