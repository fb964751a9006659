"""Every test runs offscreen, and nothing a test does may touch the real user's data folder."""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.blind_flags import BACKGROUND, FLOORS_FILE, BackgroundFlags
from tests.helpers.threads import ThreadWatch

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("liblitz-data")
    monkeypatch.setenv("LIBLITZ_DATA_DIR", str(folder))
    monkeypatch.delenv("LIBLITZ_QDRANT_URL", raising=False)
    return folder


@pytest.fixture(autouse=True)
def _no_thread_left_running(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A test fails if it leaves a thread running (as napari's `_dangling_qthreads`): every Python
    thread and QThread started during the test must have ended by its end."""
    watch = ThreadWatch(monkeypatch)
    yield
    left = watch.left()
    assert not left, f"threads left running: {left}"


@pytest.fixture(scope="session")
def embedder():
    """The real offline model, loaded once for the whole run."""
    from liblitz_app.embedding.choose import build_embedder
    model = build_embedder("default", Path("/nonexistent-models-dir"))
    model.embed_query("bonjour")
    return model


@pytest.fixture(scope="session")
def use_embedder():
    """The other offline model, USE multilingual (~2-4 s to load): the second model of a model change."""
    from liblitz_app.embedding import UseMultilingualEmbedder
    model = UseMultilingualEmbedder()
    model.load()
    return model


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The blind sets' floors last: they wait for the background read below, which runs beside every other test."""
    items.sort(key=lambda item: FLOORS_FILE in item.nodeid)


def pytest_collection_finish(session: pytest.Session) -> None:
    floors = [item for item in session.items if FLOORS_FILE in item.nodeid]
    if floors:
        names = sorted({name for name, _ in floors[0].module.CHECKED})
        out = Path(tempfile.mkdtemp(prefix="liblitz-blind-")) / "flags.json"
        session.config.stash[BACKGROUND] = BackgroundFlags(names, out)


def pytest_sessionfinish(session: pytest.Session) -> None:
    background = session.config.stash.get(BACKGROUND, None)
    if background is not None:
        background.stop()
        shutil.rmtree(background.out.parent, ignore_errors=True)
