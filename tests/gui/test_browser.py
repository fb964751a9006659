"""The memory browser as a user drives it: add, see, edit, history, restore, forget, undo."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from liblitz_app.memory import Emotion
from liblitz_app.ui.main_window import MainWindow

SAVE_TIMEOUT = 20000


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


def test_the_word_filter_ignores_accents(qtbot, window: MainWindow) -> None:
    pane = window.browser
    _add_through_the_form(qtbot, window)
    with qtbot.waitSignal(pane.model.modelReset, timeout=5000):
        pane.filter.setText("furieux lyon")
    assert pane.model.total == 1
    with qtbot.waitSignal(pane.model.modelReset, timeout=5000):
        pane.filter.setText("plage")
    assert pane.model.total == 0


def test_the_bin_shows_forgotten_memories(qtbot, window: MainWindow) -> None:
    pane = window.browser
    _add_through_the_form(qtbot, window)
    with qtbot.waitSignal(pane.saved, timeout=SAVE_TIMEOUT):
        pane.forget(pane.selected_memory().id)
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
