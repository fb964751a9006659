"""The store's owner thread: the ledger writer, the embedder and the index live there, and only there.

The GUI hands it jobs (`Store.run`); each job runs on that one thread, in order, and its result
or its error comes back on the GUI thread through the job's `Task` signals.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from ..errors import describe
from ..store.library import MemoryLibrary

Opener = Callable[[], MemoryLibrary]
Job = Callable[[MemoryLibrary, "Task"], Any]


class Task(QObject):
    """One job for the store thread.

    Signals:
        progress(int, int): done, total — emitted from the store thread, received on the GUI thread.
        succeeded(object): the job's result.
        failed(str): a sentence for the user.
        ended(): after succeeded or failed.
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    ended = Signal()

    def __init__(self, job: Job, changes: bool) -> None:
        super().__init__()
        self.job = job
        self.changes = changes
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        self.progress.emit(done, total)


class _Owner(QObject):
    """Lives on the store thread; everything here runs there."""

    opened = Signal(object)
    open_failed = Signal(str)
    changed = Signal()

    def __init__(self, opener: Opener) -> None:
        super().__init__()
        self._opener = opener
        self.library: MemoryLibrary | None = None

    @Slot()
    def open(self) -> None:
        try:
            self.library = self._opener()
        except Exception as error:  # noqa: BLE001 — every failure becomes a sentence for the user
            self.open_failed.emit(describe(error))
            return
        self.opened.emit(self.library)

    @Slot(object)
    def execute(self, task: Task) -> None:
        result, error = None, None
        if self.library is None:
            error = describe(RuntimeError("store not open"))
        else:
            try:
                result = task.job(self.library, task)
            except Exception as failure:  # noqa: BLE001 — every failure becomes a sentence
                error = describe(failure)
        if task.changes:
            self.changed.emit()  # views re-read first, so whoever acts on the outcome sees it everywhere
        if error is None:
            task.succeeded.emit(result)
        else:
            task.failed.emit(error)
        task.ended.emit()

    @Slot()
    def close(self) -> None:
        if self.library is not None:
            self.library.close()
            self.library = None
        self.thread().quit()


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
    _submit = Signal(object)
    _open = Signal()
    _close = Signal()

    def __init__(self, opener: Opener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("liblitz-store")
        self._owner = _Owner(opener)
        self._owner.moveToThread(self._thread)
        self._open.connect(self._owner.open)
        self._submit.connect(self._owner.execute)
        self._close.connect(self._owner.close)
        self._owner.opened.connect(self._on_opened)
        self._owner.open_failed.connect(self.unavailable)
        self._owner.changed.connect(self.changed)
        self._tasks: set[Task] = set()
        self.is_ready = False

    def start(self) -> None:
        self._thread.start()
        self._open.emit()

    def run(self, job: Job, *, changes: bool = True) -> Task:
        """Queue `job`; it starts once the GUI event loop turns again, so the caller can connect to
        the returned task's signals first (a job that finished before that could not be heard)."""
        task = Task(job, changes)
        self._tasks.add(task)  # keep it alive until it ends
        task.ended.connect(lambda: self._tasks.discard(task))
        QTimer.singleShot(0, self, lambda: self._submit.emit(task))
        return task

    def stop(self, timeout_ms: int = 30000) -> None:
        """Finish queued jobs, close the ledger and index cleanly, and end the thread."""
        if not self._thread.isRunning():
            return
        for task in self._tasks:
            task.cancel()
        self._close.emit()
        self._thread.wait(timeout_ms)

    @Slot(object)
    def _on_opened(self, library: MemoryLibrary) -> None:
        self.is_ready = True
        self.ready.emit(library)
