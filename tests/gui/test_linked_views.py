"""The browser and the timeline share one selection and one query, in the real window."""
from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from liblitz_app.memory import Emotion, EventTime, MemoryFields
from liblitz_app.ui.main_window import MainWindow

SAVE = 20000


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The window, on its memories tab (the browser and the timeline in view)."""
    window.tabs.setCurrentWidget(window.memories)
    return window


def _add(qtbot, window: MainWindow, text: str, emotion: Emotion, day: date | None) -> int:
    with qtbot.waitSignal(window.browser.saved, timeout=SAVE) as saved:
        window.browser.add(text, MemoryFields(emotion=emotion, intensity=6,
                                              time=EventTime("", day) if day else EventTime("autrefois")))
    return saved.args[0]


def _fill(qtbot, window: MainWindow) -> dict[str, int]:
    ids = {"lyon": _add(qtbot, window, "Ce soir à Lyon, j'étais furieux contre Marc.", Emotion.ANGER, date(2026, 3, 14)),
           "parc": _add(qtbot, window, "Pique-nique au parc avec Léa.", Emotion.JOY, date(2025, 6, 2)),
           "enfance": _add(qtbot, window, "Un souvenir d'enfance.", Emotion.JOY, None)}
    # The timeline builds its points on the store thread: wait until it shows all three.
    timeline = window.timeline
    qtbot.waitUntil(lambda: len(timeline.timeline.points) == 2 and len(timeline.timeline.undated) == 1,
                    timeout=SAVE)
    return ids


def _point_position(window: MainWindow, memory_id: int):
    plot = window.timeline.plot
    index = window.timeline.timeline.points.index_of(memory_id)
    x = float(plot.points.seconds[index])
    y = float(plot.scatter.data["y"][np.flatnonzero(plot.shown == index)[0]])
    return plot.mapFromScene(plot.getViewBox().mapViewToScene(QPointF(x, y)))


def test_clicking_a_timeline_point_selects_the_memory_in_the_browser(qtbot, window: MainWindow) -> None:
    ids = _fill(qtbot, window)
    window.timeline.fit_all()
    with qtbot.waitSignal(window.browser.memory_selected, timeout=5000) as selected:
        qtbot.mouseClick(window.timeline.plot.viewport(), Qt.MouseButton.LeftButton,
                         pos=_point_position(window, ids["parc"]))
    assert selected.args == [ids["parc"]]
    assert window.browser.selected_memory().text == "Pique-nique au parc avec Léa."


def test_selecting_in_the_browser_highlights_the_timeline(qtbot, window: MainWindow) -> None:
    ids = _fill(qtbot, window)
    window.browser.select_memory(ids["lyon"])
    ring = window.timeline.plot.ring.data
    assert len(ring) == 1
    assert window.timeline.selected == ids["lyon"]


def test_hiding_an_emotion_in_the_legend_filters_the_browser_the_same_way(qtbot, window: MainWindow) -> None:
    ids = _fill(qtbot, window)
    with qtbot.waitSignals([window.timeline.visible_emotions_changed, window.browser.model.listed], timeout=5000):
        qtbot.mouseClick(window.timeline.legend.buttons[Emotion.JOY], Qt.MouseButton.LeftButton)
    shown = [window.browser.model.memory_at(r).id for r in range(window.browser.model.rowCount())]
    assert shown == [ids["lyon"]]
    assert ids["parc"] not in window.timeline.timeline.points.ids[window.timeline.plot.shown].tolist()


def test_undated_memories_are_listed_apart_and_still_in_the_browser(qtbot, window: MainWindow) -> None:
    ids = _fill(qtbot, window)
    assert window.timeline.undated.list.count() == 1
    assert window.browser.model.total == 3
    assert window.browser.select_memory(ids["enfance"])
