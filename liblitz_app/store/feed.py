"""What the gradual feeder reads and writes: staged memories in release order, the order the user
chose (`feed_order`), and a release (statuses and the feeder's state together, one transaction)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any

from ..memory import Status
from .ledger import Ledger, LedgerReader

_STAGED = Status.STAGED.value


class ReleaseOrder(str, Enum):
    CHRONOLOGICAL = "chronological"  # as they were written in the export (staging order)
    OLDEST_FIRST = "oldest_first"  # by the event's date; undated ones last
    CHOSEN = "chosen"  # the order the user arranged (`Feeder.choose_order`)


_ORDERS = {
    ReleaseOrder.CHRONOLOGICAL: ("", "m.id"),
    ReleaseOrder.OLDEST_FIRST: ("", "m.event_start IS NULL, m.event_start, m.id"),
    ReleaseOrder.CHOSEN: ("LEFT JOIN feed_order f ON f.memory_id = m.id", "f.position IS NULL, f.position, m.id"),
}


def next_staged(ledger: LedgerReader, count: int, order: ReleaseOrder) -> list[int]:
    """The ids the feeder would release next, in order."""
    if count < 1:
        return []
    join, clause = _ORDERS[order]
    sql = f"SELECT m.id FROM memories m {join} WHERE m.status = ? AND m.forgotten_at IS NULL ORDER BY {clause} LIMIT ?"
    return [int(r[0]) for r in ledger._conn.execute(sql, (_STAGED, count))]


def choose_order(ledger: Ledger, memory_ids: Sequence[int]) -> None:
    """The user's order: these first, in this order (it replaces the earlier one)."""
    with ledger._transaction() as conn:
        conn.execute("DELETE FROM feed_order")
        conn.executemany("INSERT INTO feed_order(memory_id, position) VALUES (?, ?)",
                         [(memory_id, position) for position, memory_id in enumerate(memory_ids)])


def chosen_order(ledger: LedgerReader) -> list[int]:
    """The user's order as it stands (memories that arrived since are no longer listed)."""
    rows = ledger._conn.execute("SELECT f.memory_id FROM feed_order f JOIN memories m ON m.id = f.memory_id "
                                "WHERE m.status = ? ORDER BY f.position", (_STAGED,))
    return [int(r[0]) for r in rows]


def release(ledger: Ledger, memory_ids: Sequence[int], *, reason: str, author: str,
            settings: Mapping[str, Any]) -> None:
    """Release these staged memories and write the feeder's `settings` (its progress), all or nothing."""
    with ledger._transaction():
        for memory_id in memory_ids:
            ledger.set_status(memory_id, Status.RELEASED, reason=reason, author=author)
        for key, value in settings.items():
            ledger.set_setting(key, value)
