"""The model worker: one lane that owns the OllamaService. Nothing here blocks the GUI or the store.

The GUI asks through `LlmWorker` (methods return a `Task` at once; see ui/tasks.py for the shape
and the rule on stale answers); answers come back on the GUI thread. The store thread never waits
on a model: the review pane reads the memory there, hands the request here, and gives the returned
proposal back to the store thread to keep. A task cancelled while Ollama is still thinking hangs up
its HTTP exchange, so even a blocked read ends at once.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from ..errors import describe
from ..i18n import tr
from ..llm import Cancelled, LocalModel, OllamaError, OllamaService, RetryPolicy
from ..llm.hangup import Hangup
from ..llm.service import DEFAULT_TIMEOUT
from ..review import EnrichmentRequest, ProposalOutcome, propose
from ..review.enrich import FALLBACK_NOTE, load_readers
from ..llm import DEFAULT_URL as DEFAULT_OLLAMA_URL
from .tasks import Done, Lane, Task

# A local server either answers at once or is not there: a short retry keeps the app responsive.
QUICK_RETRY = RetryPolicy(attempts=2, first_delay=0.25)
T = TypeVar("T")


@dataclass(frozen=True)
class OllamaStatus:
    url: str
    ok: bool
    version: str = ""
    models: tuple[LocalModel, ...] = ()
    message: str = ""  # why it is not ok, as a sentence


class _Models:
    """What lives on the model lane: the service, where it points, and whether Ollama was down."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.timeout = DEFAULT_TIMEOUT  # seconds a request may take (the companion's Ollama settings)
        self.service: OllamaService | None = None
        self.hangup = Hangup()
        self.down = ""  # why Ollama did not answer the last check ("" when it did)

    def open(self) -> OllamaService:
        if self.service is None:
            self.service = OllamaService(self.url, self.timeout, retry=QUICK_RETRY, client_factory=self.hangup.client)
        return self.service

    def set_url(self, url: str) -> None:
        self.close()
        self.url = url

    def set_timeout(self, seconds: float) -> None:
        self.close()
        self.timeout = seconds

    def close(self) -> None:
        if self.service is not None:
            self.service.close()
            self.service = None

    def check(self) -> OllamaStatus:
        health = self.open().health()
        self.down = health.message
        if not health.ok:
            return OllamaStatus(self.url, False, message=health.message)
        try:
            models = tuple(self.open().models())
        except OllamaError as error:
            return OllamaStatus(self.url, False, health.version, message=describe(error))
        return OllamaStatus(self.url, True, health.version, models)

    def propose(self, request: EnrichmentRequest, task: Task) -> ProposalOutcome:
        if not request.model and self.down:  # no model to ask: say why the extractor answers
            outcome = propose(request, None, task)
            return ProposalOutcome(outcome.proposal, tr(FALLBACK_NOTE, why=self.down))
        outcome = propose(request, self.open(), task)
        if outcome.ollama_error is not None:
            self.down = describe(outcome.ollama_error)
        return outcome

    def chat(self, model: str, messages: Sequence[dict[str, str]], task: Task, format: dict[str, Any] | None = None,
             options: dict[str, Any] | None = None) -> str:
        pieces: list[str] = []
        for piece in self.open().chat_stream(model, messages, task, format, options):
            pieces.append(piece)
            task.send(piece)
        return "".join(pieces)


class LlmWorker(QObject):
    """The GUI's handle on the model lane (`liblitz-models`).

    Signals (received on the GUI thread):
        status_changed(object): an OllamaStatus, after a check or when a call found Ollama down.

    Every request returns its Task: `done(result, error)` / `succeeded` / `failed` give the outcome;
    a chat's pieces arrive by `task.piece` (str) and its result is the whole reply. A cancelled
    request fails with the sentence of `llm.Cancelled`.
    """

    status_changed = Signal(object)

    def __init__(self, url: str = DEFAULT_OLLAMA_URL, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.timeout = DEFAULT_TIMEOUT
        self.status: OllamaStatus | None = None
        self.models: dict[str, str] = {"enrich": "", "chat": ""}  # task → chosen model ("" = none)
        self.readers_loaded = False  # the guards' readers: a first load takes seconds, worth a sentence
        self._models = _Models(url)  # touched on the lane only
        self._lane = Lane("liblitz-models")

    # --- asking -------------------------------------------------------------------------------

    def set_url(self, url: str) -> None:
        self.url = url
        self._lane.submit(lambda task: self._models.set_url(url))

    def set_timeout(self, seconds: float) -> None:
        """How long a request may take; the next request uses it (the companion's Ollama settings)."""
        if seconds != self.timeout:
            self.timeout = seconds
            self._lane.submit(lambda task: self._models.set_timeout(seconds))

    def choose_model(self, task: str, model: str) -> None:
        self.models[task] = model

    def model_for(self, task: str) -> str:
        """The chosen model; when none was chosen, the first one Ollama has; "" for the extractor."""
        chosen = self.models.get(task, "")
        if chosen or self.status is None or not self.status.ok or not self.status.models:
            return chosen
        return self.status.models[0].name

    def check(self) -> Task:
        """Ask Ollama whether it is there and which models it has; `status_changed` follows."""
        return self._ask(lambda task: self._models.check(), self._on_checked)

    def propose(self, request: EnrichmentRequest, done: Done | None = None, *, owner: QObject | None = None,
                key: str | None = None) -> Task:
        """A ProposalOutcome for `request` (the extractor's when Ollama could not answer)."""
        return self._ask(lambda task: self._models.propose(request, task), done, owner=owner, key=key,
                         after=self._after_proposal)

    def chat(self, model: str, messages: Sequence[dict[str, str]], done: Done | None = None, *,
             owner: QObject | None = None, key: str | None = None, format: dict[str, Any] | None = None,
             options: dict[str, Any] | None = None) -> Task:
        """Stream `model`'s reply to `messages`: each piece by `task.piece`, the whole reply as the result.
        `format`: a JSON schema the answer is held to (Ollama's `format`); `options`: the model's options."""
        messages = [dict(m) for m in messages]  # a copy: the caller may go on editing its list
        return self._ask(lambda task: self._models.chat(model, messages, task, format, options), done, owner=owner,
                         key=key)

    def load_guards(self, done: Done | None = None, *, owner: QObject | None = None) -> Task:
        """Load the guards' name lists and French pipeline here (seconds, once), so that the store thread, which
        checks a proposal the model made, does not stop for them (review's `propose` does the same)."""
        task = self._ask(lambda task: load_readers(), done, owner=owner)
        task.succeeded.connect(self._on_readers_loaded)
        return task

    def _ask(self, call: Callable[[Task], T], done: Done | None, *, owner: QObject | None = None,
             key: str | None = None, after: Callable[[Any], None] | None = None) -> Task:
        def work(task: Task) -> T:
            self._models.hangup.reset()  # a hang-up ends the exchange it was meant for, not this one
            task.on_cancel(self._models.hangup.hang_up)
            try:
                result = call(task)
            except OllamaError:
                if task.cancelled():
                    raise Cancelled() from None  # the hang-up's broken read is not a failure of Ollama
                raise
            if task.cancelled():
                raise Cancelled()
            return result
        task = self._lane.submit(work, done, owner=owner, key=key)
        if after is not None:
            task.succeeded.connect(after)
        return task

    def _on_checked(self, status: OllamaStatus | None, error: str | None) -> None:
        if status is None:
            status = OllamaStatus(self.url, False, message=error or "")
        self.status = status
        self.status_changed.emit(status)

    def _on_readers_loaded(self, _pipeline_there: bool) -> None:
        self.readers_loaded = True

    def _after_proposal(self, outcome: ProposalOutcome) -> None:
        self.readers_loaded = True  # `propose` loads them first
        if outcome.ollama_error is not None:  # Ollama was found down: say so everywhere
            self._on_checked(OllamaStatus(self.url, False, message=describe(outcome.ollama_error)), None)

    # --- ending -------------------------------------------------------------------------------

    def stop(self, timeout_s: float = 30.0) -> None:
        """Cancel what runs (hanging up a stream in flight), close the HTTP client on its own
        thread, and end the thread (LaneStuck if it does not)."""
        self._lane.stop(lambda task: self._models.close(), timeout_s)
