"""Preparing memories one after another: read on the store thread, propose on the model worker,
keep the proposal on the store thread. Cancel stops after the memory in hand (its proposal is
cancelled too); what was prepared is kept."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from ...review import EnrichmentRequest, ProposalOutcome, ReviewItem, prepare, record
from ..llm_worker import LlmWorker
from ..store_thread import Store


class Preparation(QObject):
    """Signals:
        progress(int, int): done, total.
        recorded(object): a ReviewItem, durable in the ledger.
        finished(int): how many were prepared (also after a cancel or a failure).
        failed(str): a sentence; `finished` follows.
    """

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
        self.cancelled = False
        self._request_id = 0
        self._request: EnrichmentRequest | None = None
        llm.proposed.connect(self._on_proposed)
        llm.propose_failed.connect(self._on_propose_failed)

    def start(self) -> None:
        self.progress.emit(0, len(self.memory_ids))
        self._next()

    def cancel(self) -> None:
        self.cancelled = True
        self.llm.cancel(self._request_id)

    def _next(self) -> None:
        if self.cancelled or self.done >= len(self.memory_ids):
            self._end()
            return
        memory_id, model = self.memory_ids[self.done], self.model
        task = self.store.run(lambda library, _task: prepare(library.ledger, memory_id, model), changes=False)
        task.succeeded.connect(self._on_prepared)
        task.failed.connect(self._fail)

    @Slot(object)
    def _on_prepared(self, request: EnrichmentRequest) -> None:
        self._request = request
        self._request_id = self.llm.propose(request)

    @Slot(int, object)
    def _on_proposed(self, request_id: int, outcome: ProposalOutcome) -> None:
        if request_id != self._request_id or self._request is None:
            return  # another run's answer
        request = self._request
        task = self.store.run(lambda library, _task: record(library.ledger, request, outcome))
        task.succeeded.connect(self._on_recorded)
        task.failed.connect(self._fail)

    @Slot(object)
    def _on_recorded(self, item: ReviewItem) -> None:
        self.done += 1
        self.progress.emit(self.done, len(self.memory_ids))
        self.recorded.emit(item)
        self._next()

    @Slot(int, str)
    def _on_propose_failed(self, request_id: int, sentence: str) -> None:
        if request_id == self._request_id:
            self._fail(sentence) if not self.cancelled else self._end()

    def _fail(self, sentence: str) -> None:
        self.failed.emit(sentence)
        self._end()

    def _end(self) -> None:
        self.llm.proposed.disconnect(self._on_proposed)
        self.llm.propose_failed.disconnect(self._on_propose_failed)
        self.finished.emit(self.done)
