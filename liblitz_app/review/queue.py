"""What waits for the user, in order, and how much of it. Runs on the store's owner thread."""
from __future__ import annotations

from ..memory import Status
from ..store.ledger import Ledger
from .book import ReviewBook
from .item import QueueCounts, ReviewItem

_WAITING = """
SELECT m.id FROM memories m
LEFT JOIN proposals p ON p.memory_id = m.id AND p.state = 'pending'
WHERE m.status = 'in_review' AND m.forgotten_at IS NULL
ORDER BY p.queued_at IS NULL, p.queued_at, m.id
"""

_TO_PREPARE = """
SELECT id FROM memories WHERE status IN ('released', 'proposed') AND forgotten_at IS NULL ORDER BY id
"""


def waiting_ids(ledger: Ledger) -> list[int]:
    with ledger.transaction() as conn:
        return [int(r[0]) for r in conn.execute(_WAITING)]


def to_prepare(ledger: Ledger) -> list[int]:
    """Memories the feeder released that have no proposal yet (or were interrupted mid-way)."""
    with ledger.transaction() as conn:
        return [int(r[0]) for r in conn.execute(_TO_PREPARE)]


def review_item(ledger: Ledger, memory_id: int) -> ReviewItem:
    book = ReviewBook(ledger)
    return ReviewItem(ledger.get(memory_id), book.pending(memory_id), tuple(book.clarifications(memory_id)))


def queue_items(ledger: Ledger) -> list[ReviewItem]:
    return [review_item(ledger, memory_id) for memory_id in waiting_ids(ledger)]


def first_item(ledger: Ledger) -> ReviewItem | None:
    ids = waiting_ids(ledger)
    return review_item(ledger, ids[0]) if ids else None


def counts(ledger: Ledger) -> QueueCounts:
    items = queue_items(ledger)
    proposals = [i.proposal for i in items if i.proposal is not None]
    return QueueCounts(
        waiting=len(items),
        flagged=sum(1 for p in proposals if p.flags and not p.failed and not p.proposal.asks_question),
        questions=sum(1 for p in proposals if p.proposal.asks_question and not p.failed),
        failed=sum(1 for p in proposals if p.failed) + sum(1 for i in items if i.proposal is None),
        released=len([i for i in to_prepare(ledger) if ledger.get(i).status is Status.RELEASED]),
    )
