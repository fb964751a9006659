"""Filters on emotion, intensity, person, place and date range; they drive the browser and the timeline."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QToolButton, QVBoxLayout, QWidget,
)

from ...i18n import language, tr
from ...memory import STYLES, Emotion, label
from ...store.query import MemoryQuery
from .memory_form import DateInput


class EmotionToggles(QWidget):
    """One coloured toggle per emotion; none checked means every emotion."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.buttons: dict[Emotion, QToolButton] = {}
        for emotion in Emotion:
            button = QToolButton()
            button.setText(label(emotion, language()))
            button.setCheckable(True)
            colour = STYLES[emotion].colour
            button.setStyleSheet(f"QToolButton {{ border-left: 6px solid {colour}; padding: 2px 4px; }}"
                                 f"QToolButton:checked {{ background: {colour}; color: white; }}")
            button.toggled.connect(self.changed)
            row.addWidget(button)
            self.buttons[emotion] = button

    def selected(self) -> frozenset[Emotion]:
        return frozenset(e for e, b in self.buttons.items() if b.isChecked())

    def set_selected(self, emotions: frozenset[Emotion]) -> None:
        for emotion, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(emotion in emotions)
            button.blockSignals(False)
        self.changed.emit()


class FilterBar(QWidget):
    """Signals: changed(): any filter changed; read them with `apply_to(query)`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.emotions = EmotionToggles()
        self.intensity_min, self.intensity_max = QSpinBox(), QSpinBox()
        for box, value in ((self.intensity_min, 0), (self.intensity_max, 10)):
            box.setRange(0, 10)
            box.setValue(value)
        self.person, self.place = QLineEdit(), QLineEdit()
        self.person.setPlaceholderText(tr("Personne"))
        self.place.setPlaceholderText(tr("Lieu"))
        self.date_from, self.date_to = DateInput(tr("Depuis")), DateInput(tr("Jusqu'au"))
        self.clear_button = QPushButton(tr("Effacer les filtres"))
        self._layout()
        self._connect()

    def _layout(self) -> None:
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.emotions)
        first.addStretch(1)
        for widget in (QLabel(tr("Intensité")), self.intensity_min, QLabel("–"), self.intensity_max,
                       self.person, self.place, self.date_from, self.date_to, self.clear_button):
            second.addWidget(widget)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(first)
        column.addLayout(second)

    def _connect(self) -> None:
        self.emotions.changed.connect(self.changed)
        for box in (self.intensity_min, self.intensity_max):
            box.valueChanged.connect(self.changed)
        for edit in (self.person, self.place):
            edit.editingFinished.connect(self.changed)
        for optional in (self.date_from, self.date_to):
            optional.known.toggled.connect(self.changed)
            optional.edit.dateChanged.connect(self.changed)
        self.clear_button.clicked.connect(self.clear)

    def apply_to(self, query: MemoryQuery) -> MemoryQuery:
        low, high = self.intensity_min.value(), self.intensity_max.value()
        return replace(query, emotions=self.emotions.selected(),
                       intensity_min=low if low > 0 else None, intensity_max=high if high < 10 else None,
                       person=self.person.text().strip(), place=self.place.text().strip(),
                       date_from=self.date_from.day(), date_to=self.date_to.day())

    def clear(self) -> None:
        for widget in (self, self.emotions):
            widget.blockSignals(True)
        self.emotions.set_selected(frozenset())
        self.intensity_min.setValue(0)
        self.intensity_max.setValue(10)
        self.person.clear()
        self.place.clear()
        self.date_from.known.setChecked(False)
        self.date_to.known.setChecked(False)
        for widget in (self, self.emotions):
            widget.blockSignals(False)
        self.changed.emit()
