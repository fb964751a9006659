"""Preparing memories one after another: read on the store thread, propose on the model worker,
keep the proposal on the store thread. Cancel stops after the memory in hand (its proposal is
cancelled too, a stream in flight hung up); what was prepared is kept."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ...review import EnrichmentRequest, ProposalOutcome, ReviewItem, prepare, record
from ..llm_worker import LlmWorker
from ..store_thread import Store
from ..tasks import Task


class Preparation(QObject):
    """Signals:
        loading(): the guards' readers load first (seconds, once): before any `progress`.
        progress(int, int): done, total.
        recorded(object): a ReviewItem, durable in the ledger.
        finished(int): how many were prepared (also after a cancel or a failure).
        failed(str): a sentence; `finished` follows.
    """

    loading = Signal()
    progress = Signal(int, int)
    recorded = Signal(object)
    finished = Signal(int)
    failed = Signal(str)

    def __init__(self, store: Store, llm: LlmWorker, memory_ids: list[int], model: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.llm = store, llm
        self.memory_ids, self.model = list(memory_ids), model
        self.done = 0
        self.cancelled = self.ended = False
        self._asking: Task | None = None  # the model request in flight

    def start(self) -> None:
        if self.llm.readers_loaded:
            self.progress.emit(0, len(self.memory_ids))
        else:  # on the model lane, before the first proposal: the memories are read meanwhile
            self.loading.emit()
            self.llm.load_guards(self._on_readers_loaded, owner=self)
        self._next()

    def _on_readers_loaded(self, _pipeline_there: bool | None, _error: str | None) -> None:
        # A failed load is not the user's concern here: the proposal loads them again, and says what failed.
        if not self.ended and self.done == 0:
            self.progress.emit(0, len(self.memory_ids))

    def cancel(self) -> None:
        self.cancelled = True
        if self._asking is not None:
            self._asking.cancel()

    def _next(self) -> None:
        if self.cancelled or self.done >= len(self.memory_ids):
            self._end()
            return
        memory_id, model = self.memory_ids[self.done], self.model
        # The embedder lives on the store thread: the text's emotion is read there, with it.
        self.store.run(lambda library: prepare(library.ledger, memory_id, model, library.embedder),
                       self._on_prepared, changes=False, owner=self)

    def _on_prepared(self, request: EnrichmentRequest | None, error: str | None) -> None:
        if error is not None:
            self._fail(error)
        elif self.cancelled:
            self._end()
        else:
            self._asking = self.llm.propose(request, lambda outcome, why: self._on_proposed(request, outcome, why),
                                            owner=self)

    def _on_proposed(self, request: EnrichmentRequest, outcome: ProposalOutcome | None, error: str | None) -> None:
        self._asking = None
        if error is not None:
            self._end() if self.cancelled else self._fail(error)
            return
        self.store.run(lambda library: record(library.ledger, request, outcome), self._on_recorded, owner=self)

    def _on_recorded(self, item: ReviewItem | None, error: Any) -> None:
        if error is not None:
            self._fail(error)
            return
        self.done += 1
        self.progress.emit(self.done, len(self.memory_ids))
        self.recorded.emit(item)
        self._next()

    def _fail(self, sentence: str) -> None:
        self.failed.emit(sentence)
        self._end()

    def _end(self) -> None:
        self.ended = True
        self.finished.emit(self.done)
