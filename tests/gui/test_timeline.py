"""The emotion timeline as a user meets it: points, legend, clicks, selection, ranges, mood curve."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from liblitz_app.i18n import set_language
from liblitz_app.memory import STYLES, Emotion, EventTime, MemoryFields, Status
from liblitz_app.store.ledger import Ledger, LedgerReader, NewMemory
from liblitz_app.store.query import MemoryQuery
from liblitz_app.timeline import QuickRange
from liblitz_app.ui.reading import Reading
from liblitz_app.ui.timeline.timeline_pane import TimelinePane

TIMEOUT = 10000
TODAY = date(2026, 3, 18)  # a Wednesday
DAY = 86400


def _memory(text: str, emotion: Emotion | None, intensity: int | None, day: date | None,
            status: Status = Status.COMMITTED) -> NewMemory:
    time = EventTime("", day) if day else EventTime("un jour, je ne sais plus")
    return NewMemory(text, MemoryFields(emotion=emotion, intensity=intensity, time=time), status=status)


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    ledger.add_many([
        _memory("Ce soir à Lyon, j'étais furieux contre Marc.", Emotion.ANGER, 8, date(2026, 3, 14)),
        _memory("Pique-nique au parc avec Léa.", Emotion.JOY, 6, date(2026, 3, 16)),
        _memory("Un matin de printemps, très heureux.", Emotion.JOY, 9, date(2025, 4, 2)),
        _memory("Triste de quitter l'appartement.", Emotion.SADNESS, None, date(2025, 9, 1)),
        _memory("Une lettre sans émotion notée.", None, 3, date(2025, 12, 24)),
        _memory("Un souvenir d'enfance, je ne sais plus quand.", Emotion.JOY, 7, None),
        _memory("Une peur ancienne, sans date.", Emotion.FEAR, 5, None),
        _memory("Pas encore relu par l'utilisateur.", Emotion.JOY, 5, date(2026, 3, 1), Status.STAGED),
    ])
    yield ledger
    ledger.close()


@pytest.fixture
def reading(ledger: Ledger) -> Iterator[Reading]:
    reading = Reading.of(ledger.path)
    yield reading
    reading.stop()


def _attach(qtbot, pane: TimelinePane, reading: Reading) -> None:
    """The points are read on the reader thread: wait until they are shown."""
    with qtbot.waitSignal(pane.refreshed, timeout=TIMEOUT):
        pane.attach(reading)


@pytest.fixture
def pane(qtbot, reading: Reading) -> TimelinePane:
    pane = TimelinePane(today=lambda: TODAY)
    qtbot.addWidget(pane)
    pane.resize(1100, 600)
    pane.show()
    qtbot.waitExposed(pane)
    _attach(qtbot, pane, reading)
    return pane


def _id_of(pane: TimelinePane, text_start: str) -> int:
    return next(int(i) for i, s in zip(pane.timeline.points.ids, pane.timeline.points.snippets)
                if s.startswith(text_start))


def _viewport_pos(pane: TimelinePane, memory_id: int):
    plot = pane.plot
    index = pane.timeline.points.index_of(memory_id)
    x, y = float(plot.points.seconds[index]), float(plot.scatter.data["y"][np.flatnonzero(plot.shown == index)[0]])
    scene = plot.getViewBox().mapViewToScene(QPointF(x, y))
    return plot.mapFromScene(scene)


def _shown_ids(pane: TimelinePane) -> list[int]:
    return pane.timeline.points.ids[pane.plot.scatter.data["data"].astype(np.intp)].tolist()


def _x_range(pane: TimelinePane) -> tuple[float, float]:
    return tuple(pane.plot.getViewBox().viewRange()[0])


def _seconds(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp()


def test_committed_dated_memories_appear_coloured_by_emotion(pane: TimelinePane) -> None:
    scatter = pane.plot.scatter
    assert len(scatter.data) == 5 and pane.plot.drawn_count() == 5  # the staged one is not there
    brushes = {int(pane.timeline.points.ids[i]): b for i, b in zip(scatter.data["data"], scatter.data["brush"])}
    anger = brushes[_id_of(pane, "Ce soir à Lyon")].color()
    assert (anger.red(), anger.green(), anger.blue()) == QColor(STYLES[Emotion.ANGER].colour).getRgb()[:3]
    assert brushes[_id_of(pane, "Une lettre")].style() == Qt.BrushStyle.NoBrush  # no emotion: a grey ring
    sizes = dict(zip(_shown_ids(pane), scatter.data["size"].tolist()))
    assert sizes[_id_of(pane, "Un matin")] > sizes[_id_of(pane, "Pique-nique")]  # more intense, bigger
    assert not pane.empty_label.isVisible()


def test_clicking_a_point_emits_its_memory_id(qtbot, pane: TimelinePane) -> None:
    memory_id = _id_of(pane, "Ce soir à Lyon")
    pane.show_range(QuickRange.MONTH)
    with qtbot.waitSignal(pane.memory_clicked, timeout=2000) as clicked:
        qtbot.mouseClick(pane.plot.viewport(), Qt.MouseButton.LeftButton, pos=_viewport_pos(pane, memory_id))
    assert clicked.args == [memory_id]


def test_hovering_a_point_tells_its_date_emotion_intensity_and_words(qtbot, pane: TimelinePane) -> None:
    memory_id = _id_of(pane, "Ce soir à Lyon")
    scene = pane.plot.mapToScene(_viewport_pos(pane, memory_id))
    text = pane.plot.tooltip_for(pane.plot.points_near(scene))
    assert text.startswith("14 mars 2026 · colère · intensité 8/10\nCe soir à Lyon")
    with qtbot.waitSignal(pane.plot.scene().sigMouseMoved, timeout=2000):
        qtbot.mouseMove(pane.plot.viewport(), _viewport_pos(pane, memory_id))
    assert pane.plot.getViewBox().toolTip() == text


def test_highlight_rings_the_memory_and_brings_it_into_view(pane: TimelinePane) -> None:
    far = _id_of(pane, "Un matin")  # April 2025, outside "this week"
    pane.show_range(QuickRange.WEEK)
    assert pane.highlight(far)
    ring = pane.plot.ring.data
    assert len(ring) == 1 and ring["x"][0] == pane.timeline.points.seconds[pane.timeline.points.index_of(far)]
    low, high = _x_range(pane)
    assert low <= ring["x"][0] <= high
    assert high - low == pytest.approx(7 * DAY, rel=0.01)  # the zoom is kept, the view moved
    assert pane.highlight(0) is False and len(pane.plot.ring.data) == 0


def test_highlight_of_an_undated_memory_selects_it_in_the_list(pane: TimelinePane) -> None:
    undated = pane.timeline.undated[0].id
    assert pane.highlight(undated)
    assert pane.undated.list.currentItem().text().startswith("Un souvenir d'enfance")


def test_the_legend_hides_an_emotion_and_says_which_are_visible(qtbot, pane: TimelinePane) -> None:
    memory_id = _id_of(pane, "Un matin")
    pane.highlight(memory_id)
    with qtbot.waitSignal(pane.visible_emotions_changed, timeout=2000) as toggled:
        qtbot.mouseClick(pane.legend.buttons[Emotion.JOY], Qt.MouseButton.LeftButton)
    assert Emotion.JOY not in toggled.args[0] and Emotion.ANGER in toggled.args[0] and None in toggled.args[0]
    shown_ids = _shown_ids(pane)
    assert len(shown_ids) == 3 and memory_id not in shown_ids
    assert len(pane.plot.ring.data) == 0  # the selected memory is hidden with its emotion
    assert pane.undated.count() == 1  # the undated joy is hidden too; the fear stays
    with qtbot.waitSignal(pane.visible_emotions_changed, timeout=2000) as toggled:
        qtbot.mouseClick(pane.legend.buttons[Emotion.JOY], Qt.MouseButton.LeftButton)
    assert len(toggled.args[0]) == 10 and len(pane.plot.scatter.data) == 5


def test_undated_memories_are_listed_apart_with_their_count(qtbot, pane: TimelinePane) -> None:
    assert pane.undated.count_label.text() == "2 souvenirs sans date"
    assert pane.undated.count() == 2
    first = pane.undated.list.item(0)
    with qtbot.waitSignal(pane.memory_clicked, timeout=2000) as clicked:
        rect = pane.undated.list.visualItemRect(first)
        qtbot.mouseClick(pane.undated.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args == [pane.timeline.undated[0].id]


def test_the_legend_chips_keep_their_height_beside_the_undated_list_in_a_short_pane(qtbot,
                                                                                    pane: TimelinePane) -> None:
    pane.resize(1000, 290)  # the timeline's share of a 1024×700 window
    qtbot.waitUntil(lambda: pane.height() == 290, timeout=2000)
    for button in pane.legend.buttons.values():
        assert button.height() >= button.sizeHint().height()  # not squashed (they were, to half)
    assert pane.undated.list.isVisible() and pane.undated.list.height() >= pane.undated.list.sizeHintForRow(0) * 2


def test_quick_ranges_change_the_view(qtbot, pane: TimelinePane) -> None:
    buttons = pane.range_bar.range_buttons
    qtbot.mouseClick(buttons[QuickRange.WEEK], Qt.MouseButton.LeftButton)
    assert _x_range(pane) == pytest.approx((_seconds(date(2026, 3, 16)), _seconds(date(2026, 3, 23))))
    qtbot.mouseClick(buttons[QuickRange.MONTH], Qt.MouseButton.LeftButton)
    assert _x_range(pane) == pytest.approx((_seconds(date(2026, 3, 1)), _seconds(date(2026, 4, 1))))
    qtbot.mouseClick(buttons[QuickRange.YEAR], Qt.MouseButton.LeftButton)
    assert _x_range(pane) == pytest.approx((_seconds(date(2026, 1, 1)), _seconds(date(2027, 1, 1))))
    qtbot.mouseClick(buttons[QuickRange.ALL], Qt.MouseButton.LeftButton)
    low, high = _x_range(pane)
    assert low < _seconds(date(2025, 4, 2)) and high > _seconds(date(2026, 3, 16))


def test_keyboard_zooms_pans_and_fits_all(qtbot, pane: TimelinePane) -> None:
    pane.plot.setFocus()
    low, high = _x_range(pane)
    qtbot.keyClick(pane.plot, Qt.Key.Key_Plus)
    zoomed = _x_range(pane)
    assert zoomed[1] - zoomed[0] == pytest.approx((high - low) / 1.25)
    qtbot.keyClick(pane.plot, Qt.Key.Key_Right)
    assert _x_range(pane)[0] > zoomed[0]
    qtbot.keyClick(pane.plot, Qt.Key.Key_Home)
    assert _x_range(pane) == pytest.approx((low, high))


def test_the_mood_window_changes_the_curve(pane: TimelinePane) -> None:
    assert pane.mood_window_days == 30
    _, before = pane.plot.curve.getData()
    pane.range_bar.window.setValue(90)
    _, after = pane.plot.curve.getData()
    assert np.isfinite(after).sum() > np.isfinite(before).sum()  # a wider window bridges the gaps
    assert "jours" in pane.range_bar.window.suffix()


def test_the_query_drives_the_timeline_and_only_committed_memories_show(qtbot, pane: TimelinePane) -> None:
    with qtbot.waitSignal(pane.refreshed, timeout=TIMEOUT):
        pane.set_query(MemoryQuery(words="lyon", statuses=frozenset(Status)))
    assert pane.timeline.points.ids.tolist() == [_id_of(pane, "Ce soir à Lyon")]
    with qtbot.waitSignal(pane.refreshed, timeout=TIMEOUT):
        pane.set_query(MemoryQuery(words="relu", statuses=frozenset(Status)))  # only the staged one matches
    assert len(pane.timeline.points) == 0 and pane.empty_label.isVisible()
    assert "filtres" in pane.empty_label.text()


def test_refresh_shows_a_new_memory(qtbot, pane: TimelinePane, ledger: Ledger) -> None:
    before = _x_range(pane)
    ledger.add(_memory("Une surprise au travail.", Emotion.SURPRISE, 4, date(2026, 2, 2)))
    with qtbot.waitSignal(pane.refreshed, timeout=TIMEOUT):
        pane.refresh()
    assert len(pane.plot.scatter.data) == 6 and _x_range(pane) == before  # the view stays put


def test_an_empty_memory_tells_a_newcomer_what_to_do(qtbot, tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "empty.sqlite3")
    reading = Reading.of(ledger.path)
    pane = TimelinePane()
    qtbot.addWidget(pane)
    pane.show()
    _attach(qtbot, pane, reading)
    assert pane.empty_label.isVisible() and "Ajoutez un souvenir avec une date" in pane.empty_label.text()
    assert pane.undated.count_label.text() == "Aucun souvenir sans date"
    reading.stop()
    ledger.close()


def test_english_comes_from_the_catalogue(qtbot, tmp_path: Path) -> None:
    set_language("en")
    try:
        ledger = Ledger(tmp_path / "empty.sqlite3")
        reading = Reading.of(ledger.path)
        pane = TimelinePane()
        qtbot.addWidget(pane)
        _attach(qtbot, pane, reading)
        assert pane.empty_label.text().startswith("Add a memory with a date")
        assert pane.range_bar.range_buttons[QuickRange.ALL].text() == "Show all"
        assert pane.legend.buttons[Emotion.JOY].text() == "joy (0)"
        reading.stop()
        ledger.close()
    finally:
        set_language("fr")


def test_only_the_latest_answer_is_shown(qtbot, ledger: Ledger) -> None:
    threads: set[str] = set()

    def watched() -> LedgerReader:
        reader = LedgerReader(ledger.path)
        reader._conn.set_trace_callback(lambda _sql: threads.add(threading.current_thread().name))
        return reader
    reading = Reading(watched)
    pane = TimelinePane(today=lambda: TODAY)
    qtbot.addWidget(pane)
    shown: list[int] = []
    pane.refreshed.connect(lambda: shown.append(len(pane.timeline.points)))
    try:
        pane.attach(reading)  # asks once…
        with qtbot.waitSignal(pane.refreshed, timeout=TIMEOUT):
            pane.set_query(MemoryQuery(emotions=frozenset({Emotion.ANGER})))  # …and again, before any answer
        assert shown == [1]  # the first answer, overtaken, was never shown
    finally:
        reading.stop()
    assert threads == {"liblitz-reader"}  # nothing read on the GUI thread


def test_a_day_tick_too_near_a_months_is_left_out_so_their_names_never_run_together(pane: TimelinePane) -> None:
    axis = pane.plot.getPlotItem().getAxis("bottom")
    low, high = (datetime(2024, 2, 20, tzinfo=timezone.utc).timestamp(),
                 datetime(2024, 4, 15, tzinfo=timezone.utc).timestamp())
    levels = axis.tickValues(low, high, 600)
    months, days = levels[0][1], levels[1][1]
    assert len(months) == 2 and len(days) > 5
    step = float(np.median(np.diff(days)))
    assert all(abs(d - m) >= 0.6 * step for d in days for m in months)
