from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from liblitz_app.index import IndexedModel, index_folder_for, open_index
from liblitz_app.memory import Status
from liblitz_app.paths import DataDir
from liblitz_app.store.ledger import Ledger, NewMemory
from liblitz_app.store.library import MemoryLibrary
from tests.unit.llm.conftest import fake, service, waits  # noqa: F401 — the fake Ollama, reused

LIBLITZ = "Hier soir, j'ai parlé à Liblitz de ma journée avec Marc à Lyon."


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    opened = Ledger(tmp_path / "ledger.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def library(tmp_path: Path, embedder) -> Iterator[MemoryLibrary]:
    data = DataDir.open(tmp_path / "data")
    model = IndexedModel(embedder.model_id, embedder.dim)
    index = open_index(model, folder=index_folder_for(data.index_root, model))
    opened = MemoryLibrary(Ledger(data.ledger), index, embedder)
    yield opened
    opened.close()


def released(ledger: Ledger, text: str = LIBLITZ) -> int:
    return ledger.add(NewMemory(text, status=Status.RELEASED)).id
