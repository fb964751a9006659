"""The model worker: one thread that owns the OllamaService. Nothing here blocks the GUI or the store.

The GUI asks through `LlmWorker` (methods return at once); answers come back as signals, on the
GUI thread. The store thread never waits on a model: the review pane reads the memory there, hands
the request here, and gives the returned proposal back to the store thread to keep.
"""
from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..errors import describe
from ..llm import Cancelled, LocalModel, OllamaError, OllamaService, RetryPolicy
from ..review import EnrichmentRequest, ProposalOutcome, propose
from ..review.enrich import FALLBACK_NOTE
from ..review.identity import DEFAULT_OLLAMA_URL

# A local server either answers at once or is not there: a short retry keeps the app responsive.
QUICK_RETRY = RetryPolicy(attempts=2, first_delay=0.25)


@dataclass(frozen=True)
class OllamaStatus:
    url: str
    ok: bool
    version: str = ""
    models: tuple[LocalModel, ...] = ()
    message: str = ""  # why it is not ok, as a sentence


class _ModelThread(QObject):
    """Lives on the worker thread; every slot runs there, one at a time."""

    checked = Signal(object)  # OllamaStatus
    proposed = Signal(int, object)  # request id, ProposalOutcome
    propose_failed = Signal(int, str)
    chunk = Signal(int, str)
    chat_ended = Signal(int)
    chat_failed = Signal(int, str)

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self.service: OllamaService | None = None
        self.down = ""  # why Ollama did not answer the last check ("" when it did)

    def _service(self) -> OllamaService:
        if self.service is None:
            self.service = OllamaService(self.url, retry=QUICK_RETRY)
        return self.service

    @Slot(str)
    def set_url(self, url: str) -> None:
        self.close_service()
        self.url = url

    @Slot()
    def check(self) -> None:
        health = self._service().health()
        self.down = health.message
        if not health.ok:
            self.checked.emit(OllamaStatus(self.url, False, message=health.message))
            return
        try:
            models = tuple(self._service().models())
        except OllamaError as error:
            self.checked.emit(OllamaStatus(self.url, False, health.version, message=error.message_fr))
            return
        self.checked.emit(OllamaStatus(self.url, True, health.version, models))

    @Slot(int, object, object)
    def propose(self, request_id: int, request: EnrichmentRequest, cancel: threading.Event) -> None:
        try:
            outcome = self._propose(request, cancel)
        except Cancelled as error:
            self.propose_failed.emit(request_id, error.message_fr)
            return
        except Exception as error:  # noqa: BLE001 — every failure becomes a sentence
            self.propose_failed.emit(request_id, describe(error))
            return
        if outcome.ollama_error is not None:
            self.down = outcome.ollama_error.message_fr
            self.checked.emit(OllamaStatus(self.url, False, message=outcome.ollama_error.message_fr))
        self.proposed.emit(request_id, outcome)

    def _propose(self, request: EnrichmentRequest, cancel: threading.Event) -> ProposalOutcome:
        if not request.model and self.down:  # no model to ask: say why the extractor answers
            outcome = propose(request, None, cancel)
            return ProposalOutcome(outcome.proposal, FALLBACK_NOTE.format(why=self.down))
        return propose(request, self._service(), cancel)

    @Slot(int, str, object, object)
    def chat(self, request_id: int, model: str, messages: Sequence[dict[str, str]], cancel: threading.Event) -> None:
        try:
            for piece in self._service().chat_stream(model, messages, cancel):
                self.chunk.emit(request_id, piece)
        except OllamaError as error:
            self.chat_failed.emit(request_id, error.message_fr)
            return
        self.chat_ended.emit(request_id)

    @Slot()
    def close_service(self) -> None:
        if self.service is not None:
            self.service.close()
            self.service = None

    @Slot()
    def finish(self) -> None:
        self.close_service()
        self.thread().quit()


class LlmWorker(QObject):
    """The GUI's handle on the model thread.

    Signals (all received on the GUI thread):
        status_changed(object): an OllamaStatus, after a check or when a call found Ollama down.
        proposed(int, object): request id, ProposalOutcome (the extractor's when Ollama could not answer).
        propose_failed(int, str): request id, a sentence (cancelled, or an unexpected error).
        chat_chunk(int, str): request id, the next piece of a streamed reply.
        chat_ended(int) / chat_failed(int, str): the stream is over / broke, with a sentence.
    """

    status_changed = Signal(object)
    proposed = Signal(int, object)
    propose_failed = Signal(int, str)
    chat_chunk = Signal(int, str)
    chat_ended = Signal(int)
    chat_failed = Signal(int, str)
    _set_url = Signal(str)
    _check = Signal()
    _propose = Signal(int, object, object)
    _chat = Signal(int, str, object, object)
    _finish = Signal()

    def __init__(self, url: str = DEFAULT_OLLAMA_URL, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.status: OllamaStatus | None = None
        self.models: dict[str, str] = {"enrich": "", "chat": ""}  # task → chosen model ("" = none)
        self._cancels: dict[int, threading.Event] = {}
        self._next_id = 0
        self._thread = QThread()
        self._thread.setObjectName("liblitz-models")
        self._worker = _ModelThread(url)
        self._worker.moveToThread(self._thread)
        self._wire()
        self._thread.start()

    def _wire(self) -> None:
        self._set_url.connect(self._worker.set_url)
        self._check.connect(self._worker.check)
        self._propose.connect(self._worker.propose)
        self._chat.connect(self._worker.chat)
        self._finish.connect(self._worker.finish)
        self._worker.checked.connect(self._on_checked)
        self._worker.proposed.connect(self._ended(self.proposed))
        self._worker.propose_failed.connect(self._ended(self.propose_failed))
        self._worker.chunk.connect(self.chat_chunk)
        self._worker.chat_ended.connect(lambda i: (self._cancels.pop(i, None), self.chat_ended.emit(i)))
        self._worker.chat_failed.connect(self._ended(self.chat_failed))

    def _ended(self, signal: Signal):  # -> Callable[[int, object], None]
        def forward(request_id: int, value: object) -> None:
            self._cancels.pop(request_id, None)
            signal.emit(request_id, value)
        return forward

    # --- asking -------------------------------------------------------------------------------

    def set_url(self, url: str) -> None:
        self.url = url
        self._set_url.emit(url)

    def choose_model(self, task: str, model: str) -> None:
        self.models[task] = model

    def model_for(self, task: str) -> str:
        """The chosen model; when none was chosen, the first one Ollama has; "" for the extractor."""
        chosen = self.models.get(task, "")
        if chosen or self.status is None or not self.status.ok or not self.status.models:
            return chosen
        return self.status.models[0].name

    def check(self) -> None:
        self._check.emit()

    def propose(self, request: EnrichmentRequest) -> int:
        request_id = self._new_request()
        self._propose.emit(request_id, request, self._cancels[request_id])
        return request_id

    def chat(self, model: str, messages: Sequence[dict[str, str]]) -> int:
        request_id = self._new_request()
        self._chat.emit(request_id, model, list(messages), self._cancels[request_id])
        return request_id

    def cancel(self, request_id: int) -> None:
        event = self._cancels.get(request_id)
        if event is not None:
            event.set()

    def _new_request(self) -> int:
        self._next_id += 1
        self._cancels[self._next_id] = threading.Event()
        return self._next_id

    @Slot(object)
    def _on_checked(self, status: OllamaStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    # --- ending -------------------------------------------------------------------------------

    def stop(self, timeout_ms: int = 30000) -> None:
        """Cancel what runs, close the HTTP client on its own thread, and end the thread."""
        if not self._thread.isRunning():
            return
        for event in self._cancels.values():
            event.set()
        self._finish.emit()
        self._thread.wait(timeout_ms)
