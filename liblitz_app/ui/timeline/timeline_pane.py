"""The emotion timeline pane: committed memories on a date axis, the mood curve, the undated apart.

Its points are read and built on the reader thread (ui/reading.py: ~0.3 s at 50k memories, kept
off the GUI thread); only the answer to the latest request is shown (ui/tasks.py). Everything
after the read is vectorised numpy in `liblitz_app.timeline`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ...i18n import tr
from ...memory import Emotion, Status
from ...store.library import day_seconds
from ...store.conversations import user_turn_days
from ...store.query import MemoryQuery
from ...timeline import (
    EMOTION_ORDER,
    QuickRange,
    Timeline,
    build_timeline,
    mood_curve,
    quick_range,
)
from ...timeline.conversations import ConversationDays, conversation_days
from ..reading import Reading
from .emotion_legend import EmotionLegend
from .range_bar import RangeBar
from .timeline_plot import TimelinePlot
from .undated_list import UndatedList

COMMITTED = frozenset({Status.COMMITTED})


class TimelinePane(QWidget):
    """Signals:
        memory_clicked(int): the user picked a memory (a point, or an undated one): its id.
        visible_emotions_changed(object): frozenset of the emotions the legend shows
            (None in it stands for memories without an emotion); all of them when nothing is hidden.
        refreshed(): the points now shown are those of the latest query and ledger.
        failed(str): the points could not be read; the sentence says why.
    """

    memory_clicked = Signal(int)
    visible_emotions_changed = Signal(object)
    refreshed = Signal()
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.reading: Reading | None = None
        self.query = MemoryQuery(statuses=COMMITTED)
        self.timeline = build_timeline([])
        self._today = today
        self._selected: int | None = None
        self._fit_next = False
        self._init_widgets()
        self._init_layout()
        self._connect_signals()
        self._show_state()
        self.setEnabled(False)

    # --- construction -------------------------------------------------------------------------

    def _init_widgets(self) -> None:
        self.range_bar = RangeBar()
        self.plot = TimelinePlot()
        self.legend = EmotionLegend()
        self.undated = UndatedList()
        self.talks_box = QCheckBox(tr("Conversations avec Liblitz"))  # their own kind of point, hideable
        self.talks_box.setChecked(True)
        self.talks = conversation_days([])
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot)
        self.stack.addWidget(self.empty_label)

    def _init_layout(self) -> None:
        side = QWidget()
        side.setFixedWidth(self.legend.preferred_width())
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.legend)
        column.addWidget(self.talks_box)
        column.addSpacing(8)
        column.addWidget(self.undated, 1)
        body = QHBoxLayout()
        body.addWidget(self.stack, 1)
        body.addWidget(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.range_bar)
        layout.addLayout(body, 1)

    def _connect_signals(self) -> None:
        self.range_bar.range_chosen.connect(self.show_range)
        self.range_bar.window_changed.connect(self._update_curve)
        self.legend.visible_changed.connect(self._on_legend)
        self.talks_box.toggled.connect(self.plot.talks.setVisible)
        self.plot.memory_clicked.connect(self.memory_clicked)
        self.undated.memory_clicked.connect(self.memory_clicked)

    # --- public API ---------------------------------------------------------------------------

    def attach(self, reading: Reading) -> None:
        """The ledger is open: show it, everything in view."""
        self.reading = reading
        self.setEnabled(True)
        self._fit_next = True
        self.refresh()

    def set_query(self, query: MemoryQuery) -> None:
        """Show what the browser's filters and search select (committed memories only)."""
        self.query = replace(query, statuses=COMMITTED)
        self._fit_next = True
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Re-read the ledger (after a write); the view and the selection stay where they were."""
        if self.reading is None:
            return
        query = self.query
        self.reading.run(lambda reader: build_timeline(reader.timeline_rows(query)), self._delivered,
                         owner=self, key="points")  # a newer request overtakes this one
        self.reading.run(lambda reader: conversation_days(user_turn_days(reader)), self._talks_read,
                         owner=self, key="talks")

    def _talks_read(self, talks: ConversationDays | None, error: str | None) -> None:
        if error is None and talks is not None:
            self.talks = talks
            self.plot.set_conversations(talks, self.talks_box.isChecked())

    def _delivered(self, timeline: Timeline | None, error: str | None) -> None:
        if error is not None:
            self.failed.emit(error)
        else:
            self._show_timeline(timeline)

    def _show_timeline(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self._apply()
        if self._fit_next:
            self._fit_next = False
            self.plot.fit_all()
        self.refreshed.emit()

    @property
    def selected(self) -> int | None:
        """The memory marked on the timeline, if any."""
        return self._selected

    @Slot(int)
    def highlight(self, memory_id: int) -> bool:
        """Mark this memory (0 clears) and bring it into view; False if it is not on the timeline."""
        self._selected = memory_id or None
        index = self.timeline.points.index_of(memory_id) if memory_id else None
        on_plot = self.plot.mark(index)
        in_list = self.undated.select(memory_id) if memory_id else False
        return on_plot or in_list

    @Slot(object)
    def show_range(self, kind: QuickRange) -> None:
        period = quick_range(kind, self._today())
        if period is None:
            self.plot.fit_all()
        else:
            self.plot.show_span(day_seconds(period[0]), day_seconds(period[1]))

    @Slot()
    def fit_all(self) -> None:
        self.plot.fit_all()

    @property
    def mood_window_days(self) -> int:
        return self.range_bar.window.value()

    def set_mood_window(self, days: int) -> None:
        self.range_bar.window.setValue(days)

    def visible_emotions(self) -> frozenset[Emotion | None]:
        return self.legend.visible()

    # --- drawing ------------------------------------------------------------------------------

    def _shown_mask(self) -> np.ndarray:
        visible = self.legend.visible()
        table = np.array([kind in visible for kind in (*EMOTION_ORDER, None)])  # code -1 → the None slot
        return table[self.timeline.points.emotions.astype(np.intp)]

    def _apply(self) -> None:
        self.plot.set_points(self.timeline.points, self._shown_mask())
        self._update_curve()
        visible = self.legend.visible()
        self.undated.set_memories([m for m in self.timeline.undated if m.emotion in visible])
        self.legend.set_counts(_counts(self.timeline))
        if self._selected is not None:
            self.highlight(self._selected)
        self._show_state()

    @Slot()
    def _update_curve(self) -> None:
        self.plot.set_curve(mood_curve(self.timeline.points, self.mood_window_days, shown=self._shown_mask()))

    def _on_legend(self, visible: frozenset[Emotion | None]) -> None:
        self._apply()
        self.visible_emotions_changed.emit(visible)

    def _show_state(self) -> None:
        has_points = len(self.timeline.points) > 0
        self.stack.setCurrentWidget(self.plot if has_points else self.empty_label)
        self.empty_label.setText(self._empty_text())

    def _empty_text(self) -> str:
        if self.timeline.undated:
            return tr("Ces souvenirs n'ont pas encore de date : donnez-leur-en une pour les placer sur la frise.")
        if self.query.narrows:
            return tr("Aucun souvenir retenu ne correspond à ces filtres.")
        return tr("Ajoutez un souvenir avec une date pour le voir ici : chacun devient un point, coloré par son "
                  "émotion et d'autant plus gros qu'il a été intense. La courbe montre l'humeur au fil du temps.")


def _counts(timeline: Timeline) -> dict[Emotion | None, int]:
    # Shifted by one so that NO_EMOTION (-1) lands in slot 0.
    per_code = np.bincount(timeline.points.emotions.astype(np.intp) + 1, minlength=len(EMOTION_ORDER) + 1)
    counts: dict[Emotion | None, int] = {None: int(per_code[0])}
    counts.update({emotion: int(n) for emotion, n in zip(EMOTION_ORDER, per_code[1:])})
    for memory in timeline.undated:
        counts[memory.emotion] += 1
    return counts
