"""A check-up from start to end, as the window and the command line ask for it: the scenarios found
(shipped and the user's), the embedder the user chose, Ollama where the settings say, the model's
digest, then every scenario (runner.check_model). The run is returned, not kept: the caller keeps it
(store.checkups.keep_run) on the thread that owns the ledger.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..embedding.choose import build_embedder
from ..llm import CancelFlag, Cancelled, LocalModel, ModelNotFound, OllamaError, OllamaService, RetryPolicy
from ..paths import DataDir
from ..store.checkups import CheckupRun
from .errors import NoScenario
from .runner import Progress, check_model
from .scenario import LANGUAGES, load_scenarios, scenario_folders
from .stand_in import sweep_leftovers

SCRATCH = "checkup-scratch"  # inside the data folder: the throwaway companions' folders, removed after each
QUICK_RETRY = RetryPolicy(attempts=2, first_delay=0.25)  # a local server answers at once or is not there
ClientFactory = Callable[[str, float], Any]  # an ollama.Client maker (llm.hangup.Hangup.client: cancel hangs up)


@dataclass(frozen=True)
class CheckupRequest:
    model: str
    data: DataDir
    url: str  # Ollama's address (the companion's settings)
    timeout: float
    embedding: str = "default"  # the embedding setting (the user's: recall behaves as it will for them)
    languages: tuple[str, ...] = LANGUAGES
    folders: tuple[Path, ...] | None = None  # where the scenarios are; None: the shipped ones, then the user's
    only: tuple[str, ...] = ()  # these scenarios' ids only (none: all)


@dataclass(frozen=True)
class CheckupOutcome:
    run: CheckupRun
    problems: tuple[str, ...]  # scenario files that could not be read (each a sentence)


def run_checkup(request: CheckupRequest, progress: Progress | None = None, cancel: CancelFlag | None = None,
                client_factory: ClientFactory | None = None) -> CheckupOutcome:
    """Raises NoScenario, an OllamaError (Ollama away, model not installed…), Cancelled."""
    folders = request.folders if request.folders is not None else scenario_folders(request.data.root)
    book = load_scenarios(folders, request.languages)
    scenarios = [s for s in book.scenarios if not request.only or s.id in request.only]
    if not scenarios:
        raise NoScenario()
    sweep_leftovers(request.data.root / SCRATCH)
    service = OllamaService(request.url, request.timeout, retry=QUICK_RETRY, client_factory=client_factory)
    try:
        installed = installed_model(service.models(), request.model)
        embedder = build_embedder(request.embedding, request.data.models)
        embedder.load()
        run = check_model(service, installed.name, scenarios, embedder, request.data.root / SCRATCH,
                          digest=installed.digest, progress=progress, cancel=cancel)
    except OllamaError:
        if cancel is not None and cancel.is_set():
            raise Cancelled() from None  # a hung-up read is the cancel, not Ollama failing
        raise
    finally:
        service.close()
    return CheckupOutcome(run, book.problems)


def installed_model(models: list[LocalModel], name: str) -> LocalModel:
    """The installed model by that name ("gemma3" is "gemma3:latest", as Ollama says)."""
    for model in models:
        if model.name in (name, f"{name}:latest"):
            return model
    raise ModelNotFound(name)
