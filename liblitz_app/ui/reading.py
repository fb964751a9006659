"""The ledger read on a thread of its own: what the views show is read there, never on the GUI thread.

A read-only connection (WAL lets it read while the store thread writes) belongs to one lane; the
views ask it through `Reading.run` and get the answer on the GUI thread (ui/tasks.py: the shape of
a task and the rule on stale answers).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from ..store.ledger import LedgerReader
from .tasks import Done, Lane, Task

ReadJob = Callable[[LedgerReader], Any]


class Reading:
    """Reads of the ledger, one at a time, in order, on the `liblitz-reader` thread."""

    def __init__(self, opener: Callable[[], LedgerReader]) -> None:
        self._opener = opener
        self._reader: LedgerReader | None = None  # opened, used and closed on the lane only
        self._lane = Lane("liblitz-reader")

    @classmethod
    def of(cls, path: Path) -> Reading:
        return cls(lambda: LedgerReader(path))

    def run(self, job: ReadJob, done: Done | None = None, *, owner: QObject | None = None,
            key: str | None = None) -> Task:
        return self._lane.submit(lambda task: job(self._open()), done, owner=owner, key=key)

    def stop(self, timeout_s: float = 10.0) -> None:
        self._lane.stop(lambda task: self._close(), timeout_s)

    def _open(self) -> LedgerReader:
        if self._reader is None:
            self._reader = self._opener()
        return self._reader

    def _close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
