"""Talking to a local Ollama: health, models, streamed chat, and proposing fields for a memory.

Synchronous and thread-agnostic: the Qt worker that calls it owns the thread. Long calls take a
cancel flag (anything with `is_set()`, e.g. threading.Event) checked between streamed chunks.
Every failure surfaces as an OllamaError: a sentence for the user, in their language (errors.UserError).
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol, TypeVar

import httpx
import ollama

from liblitz_app.enrichment.persona import Persona, WhoIsWho
from liblitz_app.enrichment.prompts import enrich_messages
from liblitz_app.enrichment.proposal import Proposal, Provenance
from liblitz_app.enrichment.schema import PROPOSAL_SCHEMA, MalformedOutput, read_output
from liblitz_app.i18n import tr

from .errors import (
    Cancelled, ModelNotFound, ModelStopped, OllamaError, OllamaFailure, OllamaTimeout, OllamaUnavailable,
    StreamInterrupted,
)
from .retry import RetryPolicy

DEFAULT_URL = "http://localhost:11434"
DEFAULT_TIMEOUT = 120.0
FORMAT_ATTEMPTS = 2  # a malformed answer is asked for once more, then kept as a failed proposal
T = TypeVar("T")


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


class _NeverCancelled:
    def is_set(self) -> bool:
        return False


@dataclass(frozen=True)
class Health:
    ok: bool
    version: str = ""
    message: str = ""  # why not, in the current language, when not ok


@dataclass(frozen=True)
class LocalModel:
    name: str
    size: int  # bytes
    family: str = ""
    parameter_size: str = ""
    digest: str = ""  # of its weights: a name ("gemma3:4b") can be pulled again and change (model check-ups keep it)


class OllamaService:
    """One Ollama server; `client_factory` lets tests or callers supply their own ollama.Client."""

    def __init__(self, url: str = DEFAULT_URL, timeout: float = DEFAULT_TIMEOUT,
                 retry: RetryPolicy | None = None,
                 client_factory: Callable[[str, float], ollama.Client] | None = None) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        factory = client_factory or (lambda host, seconds: ollama.Client(host=host, timeout=seconds))
        self._client = factory(self.url, timeout)

    def close(self) -> None:
        self._client.close()

    # --- plain requests -----------------------------------------------------------------------

    def version(self) -> str:
        """The server's version; the ollama client has no method for GET /api/version."""
        def call() -> str:
            response = self._client._client.get("/api/version")
            response.raise_for_status()
            return str(response.json().get("version", ""))
        return self._with_retry(call)

    def health(self) -> Health:
        try:
            return Health(ok=True, version=self.version())
        except OllamaError as error:
            return Health(ok=False, message=error.describe())

    def models(self) -> list[LocalModel]:
        listed = self._with_retry(self._client.list)
        return [
            LocalModel(m.model or "", m.size or 0, (m.details.family or "") if m.details else "",
                       (m.details.parameter_size or "") if m.details else "", m.digest or "")
            for m in listed.models
        ]

    # --- streaming ----------------------------------------------------------------------------

    def chat_stream(self, model: str, messages: Sequence[dict[str, str]],
                    cancel: CancelFlag | None = None, format: dict[str, Any] | None = None,
                    options: dict[str, Any] | None = None) -> Iterator[str]:
        """Text chunks as they come. Stops quietly once `cancel` is set (the stream is closed)."""
        cancel = cancel or _NeverCancelled()
        stream = self._with_retry(lambda: self._open_stream(model, messages, format, options), model)
        finished = False
        try:
            for part in self._translated(stream, model):
                if cancel.is_set():
                    return
                if part.message and part.message.content:
                    yield part.message.content
                finished = finished or bool(part.done)
        finally:
            stream.close()
        if not finished and not cancel.is_set():
            raise StreamInterrupted()

    def _open_stream(self, model: str, messages: Sequence[dict[str, str]],
                     format: dict[str, Any] | None, options: dict[str, Any] | None) -> Iterator[Any]:
        """Open the stream and read its first part, so connection errors happen here (retried)."""
        stream = self._client.chat(model=model, messages=list(messages), stream=True,
                                   format=format, options=options)
        first = next(stream, None)
        return _Prepended(first, stream)

    def _translated(self, stream: Iterator[Any], model: str) -> Iterator[Any]:
        try:
            yield from stream
        except (httpx.RemoteProtocolError, httpx.ReadError, json.JSONDecodeError):
            raise StreamInterrupted() from None
        except Exception as error:  # noqa: BLE001 - every failure becomes a sentence
            raise self._translate(error, model) from error

    # --- proposing ----------------------------------------------------------------------------

    def propose(self, text: str, memory_date: date, model: str, persona: Persona | None = None,
                people: WhoIsWho | None = None, cancel: CancelFlag | None = None,
                language: str | None = None) -> Proposal:
        """Ask `model` for fields about a memory; a malformed answer is retried once, then kept
        as a failed Proposal. Raises OllamaError (server down, unknown model, …) or Cancelled."""
        persona, people = persona or Persona(), people or WhoIsWho()
        prompt, messages = enrich_messages(text, memory_date, persona, people, language)
        outputs: list[str] = []
        error = ""
        for _ in range(FORMAT_ATTEMPTS):
            raw = "".join(self.chat_stream(model, messages, cancel, PROPOSAL_SCHEMA, {"temperature": 0}))
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            provenance = Provenance(model, prompt.id, prompt.version, raw, tuple(outputs))
            try:
                return read_output(raw, provenance)
            except MalformedOutput as malformed:
                outputs.append(raw)
                error = malformed.describe()  # kept with the proposal: in the user's language
        provenance = Provenance(model, prompt.id, prompt.version, outputs[-1], tuple(outputs[:-1]))
        return Proposal.failure(tr("Réponse du modèle illisible après {n} essais : {error}", n=FORMAT_ATTEMPTS,
                                   error=error), provenance)

    # --- errors and retries -------------------------------------------------------------------

    def _with_retry(self, call: Callable[[], T], model: str = "") -> T:
        delays = self.retry.delays()
        for attempt in range(len(delays) + 1):
            try:
                return call()
            except (ConnectionError, httpx.ConnectError, httpx.RemoteProtocolError) as error:
                if attempt == len(delays):
                    raise self._translate(error, model) from error
                self.retry.sleep(delays[attempt])
            except OllamaError:
                raise
            except Exception as error:  # noqa: BLE001 - every failure becomes a sentence
                raise self._translate(error, model) from error
        raise AssertionError("unreachable")

    def _translate(self, error: Exception, model: str) -> OllamaError:
        if isinstance(error, OllamaError):
            return error
        if isinstance(error, (ConnectionError, httpx.ConnectError)):
            return OllamaUnavailable(self.url)
        if isinstance(error, httpx.TimeoutException):
            return OllamaTimeout(self.timeout)
        if isinstance(error, (httpx.RemoteProtocolError, httpx.ReadError)):
            return StreamInterrupted()
        status = getattr(error, "status_code", None) or getattr(getattr(error, "response", None), "status_code", -1)
        if isinstance(error, (ollama.ResponseError, httpx.HTTPStatusError)):
            if status == -1:  # the client's mark for an {"error": …} line inside a stream
                return ModelStopped(getattr(error, "error", str(error)))
            if status == 404 and model:
                return ModelNotFound(model)
            return OllamaFailure(status, getattr(error, "error", str(error)))
        return OllamaError("Erreur inattendue avec Ollama : {error}", error=error)


class _Prepended:
    """An iterator with its first item already read; close() closes the HTTP stream."""

    def __init__(self, first: Any, rest: Iterator[Any]) -> None:
        self._first, self._rest, self._started = first, rest, False

    def __iter__(self) -> _Prepended:
        return self

    def __next__(self) -> Any:
        if not self._started:
            self._started = True
            if self._first is not None:
                return self._first
        return next(self._rest)

    def close(self) -> None:
        close = getattr(self._rest, "close", None)
        if close:
            close()
