"""Adding a memory by hand: a time phrase fills the date, the text suggests an emotion, off the GUI thread."""
from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from liblitz_app.cli import main
from liblitz_app.enrichment.emotion_lexicon import guess_emotion
from liblitz_app.memory import Emotion, MemoryFields
from liblitz_app.paths import DataDir
from liblitz_app.store.ledger import LedgerReader
from liblitz_app.ui.browser.memory_form import MemoryForm
from liblitz_app.ui.main_window import MainWindow

TIMEOUT = 10000
# The emotion reader of the default embedder reads anger here; the lexicon alone reads nothing.
ANGRY = "Scandaleux ! Ils m'ont facturé deux fois et personne ne répond."


def test_hier_soir_fills_yesterday_and_says_so(qtbot) -> None:
    form = MemoryForm()
    qtbot.addWidget(form)
    assert form.start.day() is None
    with qtbot.waitSignal(form.hints.time_found, timeout=TIMEOUT):
        form.said.setText("hier soir")
    yesterday = date.today() - timedelta(days=1)
    assert form.start.day() == yesterday and form.end.day() is None
    assert yesterday.strftime("%d/%m/%Y") in form.resolved.text()
    with qtbot.waitSignal(form.hints.time_found, timeout=TIMEOUT):
        form.said.setText("un jour")
    assert "Aucune date" in form.resolved.text()
    form.reject()
    assert not form.hints.lane.running


def test_the_text_suggests_an_emotion_but_the_user_s_choice_stays(qtbot) -> None:
    form = MemoryForm()
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.hints.emotion_found, timeout=TIMEOUT):
        form.text.setPlainText("Quelle joie de revoir Léa, j'étais si heureux !")
    assert form.emotion.emotion() == Emotion.JOY and form.emotion_hint.text()
    form.emotion.set_emotion(Emotion.SADNESS)
    with qtbot.waitSignal(form.hints.emotion_found, timeout=TIMEOUT):
        form.text.setPlainText("Quelle joie de revoir Léa, j'étais si heureux ! Encore.")
    assert form.emotion.emotion() == Emotion.SADNESS
    form.reject()


def added_by_the_command(folder: Path, *options: str) -> MemoryFields:
    """`liblitz add ANGRY [options]` in a data folder of its own: the fields it committed."""
    assert main(["add", ANGRY, *options, "--data-dir", str(folder)]) == 0
    reader = LedgerReader(DataDir.open(folder).ledger)
    try:
        return reader.get(1).fields
    finally:
        reader.close()


def open_add_form(qtbot, window: MainWindow) -> MemoryForm:
    window.tabs.setCurrentWidget(window.browser)
    qtbot.mouseClick(window.browser.add_button, Qt.MouseButton.LeftButton)
    form = window.browser.form
    assert form is not None and form.hints.store is window.store
    return form


def test_the_form_suggests_what_liblitz_add_reads(qtbot, window: MainWindow, tmp_path: Path) -> None:
    by_command = added_by_the_command(tmp_path / "cli")
    assert by_command.emotion is Emotion.ANGER and by_command.intensity is not None
    assert guess_emotion(ANGRY) is None  # so the form did ask the store's embedder, not the lexicon
    form = open_add_form(qtbot, window)
    with qtbot.waitSignal(form.hints.emotion_found, timeout=TIMEOUT):
        form.text.setPlainText(ANGRY)
    assert (form.emotion.emotion(), form.intensity.intensity()) == (by_command.emotion, by_command.intensity)
    assert form.emotion_hint.text()
    form.reject()


def test_a_suggestion_read_before_the_user_s_pick_does_not_overwrite_it(qtbot, window: MainWindow,
                                                                         tmp_path: Path) -> None:
    form = open_add_form(qtbot, window)
    with qtbot.waitSignal(form.hints.text_pause.timeout, timeout=TIMEOUT):
        form.text.setPlainText(ANGRY)  # the look is now queued on the store thread
    behind = threading.Event()
    window.store.run(lambda library: behind.set(), changes=False)
    assert behind.wait(TIMEOUT / 1000)  # the look has run: its answer waits for the GUI thread
    form.emotion.set_emotion(Emotion.SADNESS)  # the user picks, before that answer is received
    with qtbot.waitSignal(form.hints.emotion_found, timeout=TIMEOUT) as late:
        pass
    assert late.args[0].emotion is Emotion.ANGER  # the answer read before the pick…
    assert form.emotion.emotion() is Emotion.SADNESS and not form.emotion_hint.text()  # …changed nothing
    assert form.intensity.intensity() is None
    with qtbot.waitSignal(form.hints.emotion_found, timeout=TIMEOUT):
        pass  # asked again after the pick: the intensity follows her emotion, as `--emotion tristesse` does
    by_command = added_by_the_command(tmp_path / "cli", "--emotion", "tristesse")
    assert form.emotion.emotion() is Emotion.SADNESS
    assert form.intensity.intensity() == by_command.intensity
    form.intensity.set_intensity(2)
    with qtbot.waitSignal(form.hints.emotion_found, timeout=TIMEOUT):
        form.text.setPlainText(ANGRY + " Encore !")
    assert (form.emotion.emotion(), form.intensity.intensity()) == (Emotion.SADNESS, 2)
    form.reject()
