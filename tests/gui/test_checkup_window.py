"""« Bilan des modèles… »: two models checked in the background against the loopback Ollama, their
results side by side (scenario rows × model columns), a click shows the exchange; a cancel keeps
nothing; no Ollama is a sentence saying how to start it."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from liblitz_app.paths import DataDir
from liblitz_app.store.checkups import latest_runs
from liblitz_app.store.ledger import LedgerReader
from liblitz_app.store.opening import open_library
from liblitz_app.ui.checkup_window import CheckupWindow
from liblitz_app.ui.main_window import MainWindow
from liblitz_app.ui.store_thread import Store
from tests.helpers.fake_ollama import FakeOllama, Reply, closed_port_url
from tests.unit.checkup.scripted import scripted

TIMEOUT = 240000  # two check-ups of six scenarios each, on a loaded machine
FRENCH = 1  # the languages box: "Français"


@pytest.fixture
def open_checkups(qtbot, tmp_path, monkeypatch) -> Iterator[Callable[[str], CheckupWindow]]:
    opened: list[MainWindow] = []

    def open_(url: str) -> CheckupWindow:
        monkeypatch.setenv("LIBLITZ_OLLAMA_URL", url)
        data = DataDir.open(tmp_path / "data")
        store = Store(lambda: open_library(data))
        main = MainWindow(store, data)
        qtbot.addWidget(main)
        with qtbot.waitSignals([store.ready, main.llm.status_changed], timeout=60000):
            store.start()
        main.show()
        opened.append(main)
        main.checkup_action.trigger()
        return main.checkup_window

    yield open_
    for main in opened:
        main.close()


def _run(qtbot, window: CheckupWindow, model: str) -> None:
    window.models.setCurrentIndex(window.models.findData(model))
    with qtbot.waitSignal(window.shown, timeout=TIMEOUT, check_params_cb=lambda: window.task is None):
        qtbot.mouseClick(window.run_button, Qt.MouseButton.LeftButton)


def test_two_models_are_compared_side_by_side(qtbot, open_checkups, fake: FakeOllama, tmp_path) -> None:
    fake.responder = lambda body: scripted(body["model"] == "gemma3:4b")(body)  # gemma passes, mistral fails
    window = open_checkups(fake.url)
    qtbot.waitUntil(lambda: window.models.count() == 2 and window.run_button.isEnabled())
    window.languages.setCurrentIndex(FRENCH)
    _run(qtbot, window, "gemma3:4b")
    _run(qtbot, window, "mistral:7b")
    table = window.table
    assert table.columnCount() == 2 and table.rowCount() == 6
    headers = [table.horizontalHeaderItem(c).text() for c in range(2)]
    assert headers[0].startswith("mistral:7b") and headers[0].endswith("0/6 réussis")  # the latest first
    assert headers[1].startswith("gemma3:4b") and headers[1].endswith("6/6 réussis")
    assert {table.item(r, 0).text() for r in range(6)} == {"échoué"}
    assert {table.item(r, 1).text() for r in range(6)} == {"réussi"}
    identity = next(r for r in range(6) if table.verticalHeaderItem(r).text() == "Qui es-tu ? (fr)")
    table.setCurrentCell(identity, 0)
    shown = window.transcript.toPlainText()
    assert "Je suis un grand modèle de langage" in shown and "ce qu'elle ne devait pas dire" in shown
    assert "Tu es Liblitz" in shown  # what the model was told
    reader = LedgerReader(DataDir(tmp_path / "data").ledger)
    assert [run.model for run in latest_runs(reader)] == ["mistral:7b", "gemma3:4b"]
    reader.close()


def test_a_cancelled_check_up_keeps_nothing(qtbot, open_checkups, fake: FakeOllama, tmp_path) -> None:
    release = threading.Event()
    asked = threading.Event()

    def thinking(body: dict[str, Any]) -> Reply:
        asked.set()
        return Reply.slow("Je suis Liblitz.", release)  # a model that thinks until the test is over
    fake.responder = thinking
    window = open_checkups(fake.url)
    qtbot.waitUntil(lambda: window.run_button.isEnabled())
    qtbot.mouseClick(window.run_button, Qt.MouseButton.LeftButton)
    assert window.cancel_button.isVisible() and not window.run_button.isEnabled()
    qtbot.waitUntil(asked.is_set, timeout=TIMEOUT)
    with qtbot.waitSignal(window.task.ended, timeout=30000):
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert window.state.text() == "Bilan interrompu ; rien n'a été gardé."
    assert window.problem.text() == "Demande annulée." and window.run_button.isEnabled()
    release.set()
    reader = LedgerReader(DataDir(tmp_path / "data").ledger)
    assert latest_runs(reader) == []
    reader.close()


def test_without_ollama_the_window_says_how_to_start_it(qtbot, open_checkups) -> None:
    window = open_checkups(closed_port_url())
    qtbot.waitUntil(lambda: window.problem.isVisible())
    assert "ollama serve" in window.problem.text() and not window.run_button.isEnabled()
