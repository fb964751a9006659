"""Adding a memory by hand: a time phrase fills the date, the text suggests an emotion, off the GUI thread."""
from __future__ import annotations

from datetime import date, timedelta

from liblitz_app.memory import Emotion
from liblitz_app.ui.browser.memory_form import MemoryForm

TIMEOUT = 10000


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
