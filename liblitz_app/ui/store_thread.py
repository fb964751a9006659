"""The store's owner thread: the ledger writer, the embedder and the index live there, and only there.

The GUI hands it jobs (`Store.run`); each runs on that one lane, in order, and its outcome comes
back on the GUI thread as a `Task` (see ui/tasks.py for the shape and the rule on stale answers).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..store.library import MemoryLibrary
from .tasks import Done, Lane, Task

Opener = Callable[[], MemoryLibrary]
Job = Callable[[MemoryLibrary], Any]
TrackedJob = Callable[[MemoryLibrary, Task], Any]


class StoreNotOpen(RuntimeError):
    """A bug: the GUI waits for `ready` before asking."""


class Store(QObject):
    """The GUI's handle on the store thread.

    Signals:
        ready(object): the MemoryLibrary is open (use it only through `run`).
        unavailable(str): it could not be opened; the sentence says why.
        changed(): a job that writes has ended; views re-read the ledger.
    """

    ready = Signal(object)
    unavailable = Signal(str)
    changed = Signal()
    _wrote = Signal()  # from the store thread, before the job's outcome: views re-read first

    def __init__(self, opener: Opener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opener = opener
        self._library: MemoryLibrary | None = None  # touched on the store thread only
        self._lane = Lane("liblitz-store")
        self._wrote.connect(self.changed)
        self.is_ready = False

    def start(self) -> None:
        self._lane.submit(lambda task: self._open(), self._on_opened)

    def run(self, job: Job, done: Done | None = None, *, changes: bool = True, owner: QObject | None = None,
            key: str | None = None) -> Task:
        """Queue `job(library)`. Connect to the task (or pass `done`) before the GUI event loop turns
        again: the outcome is delivered by it, so an answer cannot be missed."""
        return self.track(lambda library, task: job(library), done, changes=changes, owner=owner, key=key)

    def track(self, job: TrackedJob, done: Done | None = None, *, changes: bool = True,
              owner: QObject | None = None, key: str | None = None) -> Task:
        """Queue a long `job(library, task)`, which reports progress on the task and stops when it is cancelled."""
        def work(task: Task) -> Any:
            try:
                return job(self._opened(), task)
            finally:
                if changes:
                    self._wrote.emit()
        return self._lane.submit(work, done, owner=owner, key=key, skip=not changes)  # a write always runs

    def stop(self, timeout_s: float = 30.0) -> None:
        """Cancel long jobs, finish those queued (writes land), close the ledger and index, end the thread."""
        self._lane.stop(lambda task: self._close(), timeout_s)

    # --- on the store thread ------------------------------------------------------------------

    def _open(self) -> MemoryLibrary:
        self._library = self._opener()
        return self._library

    def _opened(self) -> MemoryLibrary:
        if self._library is None:
            raise StoreNotOpen("store not open")
        return self._library

    def _close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None

    # --- on the GUI thread --------------------------------------------------------------------

    def _on_opened(self, library: MemoryLibrary | None, error: str | None) -> None:
        if error is not None:
            self.unavailable.emit(error)
            return
        self.is_ready = True
        self.ready.emit(library)
