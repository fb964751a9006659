"""« Tout accepter sans signalement », as a run the user sees and can stop: a few items per store job,
so a search or a count asked meanwhile waits one short step, not for the whole run."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...review import accept_clean, clean_ids
from ..store_thread import Store

STEP = 10  # items per store job


class AcceptAll(QObject):
    """Signals:
        progress(int, int): done, total.
        committed(int): a memory was committed (its id).
        failed(str): a sentence; `finished` follows.
        finished(int): how many were committed (the run ended, was cancelled, or failed).
    """

    progress = Signal(int, int)
    committed = Signal(int)
    failed = Signal(str)
    finished = Signal(int)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.left: list[int] = []
        self.total = 0
        self.done = 0
        self._cancelled = False

    def start(self) -> None:
        task = self.store.run(lambda library: clean_ids(library.ledger), changes=False)
        task.succeeded.connect(self._begin)
        task.failed.connect(self._fail)

    def cancel(self) -> None:
        self._cancelled = True  # the step under way ends; no other starts

    def _begin(self, memory_ids: list[int]) -> None:
        self.left, self.total = list(memory_ids), len(memory_ids)
        self.progress.emit(0, self.total)
        self._step()

    def _step(self) -> None:
        if self._cancelled or not self.left:
            self.finished.emit(self.done)
            return
        batch, self.left = self.left[:STEP], self.left[STEP:]
        task = self.store.run(lambda library: accept_clean(library, batch))
        task.succeeded.connect(self._stepped)
        task.failed.connect(self._fail)

    def _stepped(self, memory_ids: list[int]) -> None:
        for memory_id in memory_ids:
            self.committed.emit(memory_id)
        self.done += len(memory_ids)
        self.progress.emit(self.done, self.total)
        self._step()

    def _fail(self, sentence: str) -> None:
        self.failed.emit(sentence)
        self.finished.emit(self.done)
