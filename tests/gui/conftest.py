from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from liblitz_app.paths import DataDir
from liblitz_app.store.opening import open_library
from liblitz_app.ui.main_window import MainWindow
from liblitz_app.ui.store_thread import Store
from tests.helpers.fake_ollama import FakeOllama, fake_ollama


@pytest.fixture
def fake() -> Iterator[FakeOllama]:
    """A loopback server that speaks Ollama's API, scripted by the test."""
    with fake_ollama() as server:
        yield server


@pytest.fixture
def data(tmp_path: Path) -> DataDir:
    return DataDir.open(tmp_path / "data")


@pytest.fixture
def window(qtbot, data: DataDir) -> MainWindow:
    """The real main window over a real store (ledger, Qdrant Edge, offline embeddings) in a tmp dir."""
    store = Store(lambda: open_library(data))
    main = MainWindow(store, data)
    qtbot.addWidget(main)
    # The companion's settings are read once the store is ready: waited for too, so that a test's first
    # change of them is not overtaken by that first read (a web switch seen off again).
    with qtbot.waitSignals([store.ready, main.companion.changed], timeout=30000):
        store.start()
    main.show()
    yield main
    main.close()
    # No thread left behind: the autouse fixture in tests/conftest.py checks the store's, the reader's, the models'.
