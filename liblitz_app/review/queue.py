"""What waits for the user, in order, and how much of it. Runs on the store's owner thread
(the reads take any `LedgerReader`, so a reader thread may ask too)."""
from __future__ import annotations

from ..companion.notes import is_card_note
from ..memory import Status
from ..store import review_records
from ..store.ledger import LedgerReader
from .book import ReviewBook
from .item import QueueCounts, ReviewItem


def waiting_ids(ledger: LedgerReader) -> list[int]:
    return review_records.waiting_ids(ledger)


def to_prepare(ledger: LedgerReader) -> list[int]:
    """Memories the feeder released that have no proposal yet (or were interrupted mid-way)."""
    return review_records.to_prepare_ids(ledger)


def review_item(ledger: LedgerReader, memory_id: int, book: ReviewBook | None = None) -> ReviewItem:
    """`book`: one shared by a whole read of the queue (it reads who-is-who once)."""
    book = book or ReviewBook(ledger)
    memory = ledger.get(memory_id)
    return ReviewItem(memory, book.pending(memory_id, memory.text), tuple(book.clarifications(memory_id)),
                      card_note=is_card_note(ledger, memory_id))


def queue_items(ledger: LedgerReader) -> list[ReviewItem]:
    book = ReviewBook(ledger)
    return [review_item(ledger, memory_id, book) for memory_id in waiting_ids(ledger)]


def first_item(ledger: LedgerReader) -> ReviewItem | None:
    ids = waiting_ids(ledger)
    return review_item(ledger, ids[0]) if ids else None


def counts(ledger: LedgerReader) -> QueueCounts:
    items = queue_items(ledger)
    proposals = [i.proposal for i in items if i.proposal is not None]
    return QueueCounts(
        waiting=len(items),
        flagged=sum(1 for p in proposals if p.flags and not p.failed and not p.proposal.asks_question),
        questions=sum(1 for p in proposals if p.proposal.asks_question and not p.failed),
        failed=sum(1 for p in proposals if p.failed) + sum(1 for i in items if i.proposal is None),
        released=ledger.count_by_status().get(Status.RELEASED, 0),
        card_notes=sum(1 for i in items if i.clean and i.card_note),
    )
