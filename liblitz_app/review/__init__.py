"""The review queue: proposals for released memories, the guards' flags, and the user's decisions.

Pure Python (no Qt). Everything that touches the ledger runs on the store's owner thread; only
`propose` (which may call a local model) runs elsewhere, on the model worker.
"""
from .book import ReviewBook
from .decisions import (
    ReviewError, accept, accept_all_clean, accept_clean, accept_note, answer, clean_ids, commit_provenance, edited_fields, reject,
    skip,
)
from .enrich import ProposalOutcome, enrich, propose, record
from .item import QueueCounts, ReviewItem, memory_date
from .queue import counts, first_item, queue_items, review_item, to_prepare, waiting_ids
from .records import Clarification, ProposalState, Rejection, StoredProposal
from .request import Answer, EnrichmentRequest, prepare

__all__ = [
    "Answer", "Clarification", "EnrichmentRequest", "ProposalOutcome", "ProposalState", "QueueCounts",
    "Rejection", "ReviewBook", "ReviewError", "ReviewItem", "StoredProposal", "accept", "accept_all_clean",
    "accept_clean", "accept_note", "answer", "clean_ids", "commit_provenance", "counts", "edited_fields", "enrich", "first_item",
    "memory_date", "prepare",
    "propose", "queue_items", "record", "reject", "review_item", "skip", "to_prepare", "waiting_ids",
]
