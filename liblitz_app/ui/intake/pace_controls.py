"""The pace of arrival: N a day / N each start / only when asked, the order, and pause."""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...i18n import tr, tr_n
from ...intake import Pace, PaceMode, ReleaseOrder
from .wording import MODES, ORDERS

MAX_COUNT = 500


class PaceControls(QWidget):
    """Signals:
        pace_chosen(object): the user changed the pace (a Pace, to be saved).
    """

    pace_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pace = Pace()
        self.count = QSpinBox()
        self.count.setRange(1, MAX_COUNT)
        self.count.setKeyboardTracking(False)  # one change when the user is done typing, not per digit
        self.count.valueChanged.connect(self._show_suffix)  # "1 souvenir", "3 souvenirs"
        self._show_suffix(self.count.value())
        self.mode = QComboBox()
        for mode, label in MODES:
            self.mode.addItem(tr(label), mode.value)
        self.order = QComboBox()
        for order, label in ORDERS:
            self.order.addItem(tr(label), order.value)
        self.pause_button = QPushButton(tr("Mettre en pause"))
        self.pause_button.setCheckable(True)
        self._init_layout()
        self.count.valueChanged.connect(self._emit)
        self.mode.currentIndexChanged.connect(self._emit)
        self.order.currentIndexChanged.connect(self._emit)
        self.pause_button.toggled.connect(self._emit)

    def _init_layout(self) -> None:
        how_many = QHBoxLayout()
        how_many.addWidget(self.count)
        how_many.addWidget(self.mode, 1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QLabel(tr("Combien")), how_many)
        form.addRow(QLabel(tr("Dans quel ordre")), self.order)
        pause = QHBoxLayout()
        pause.addWidget(self.pause_button)
        pause.addStretch(1)
        form.addRow(QLabel(""), pause)

    def show_pace(self, pace: Pace) -> None:
        """Show the saved pace without echoing it back as a change."""
        self.pace = pace
        blockers = [QSignalBlocker(w) for w in (self.count, self.mode, self.order, self.pause_button)]
        self.count.setValue(pace.count)
        self._show_suffix(pace.count)
        self.mode.setCurrentIndex(self.mode.findData(pace.mode.value))
        self.order.setCurrentIndex(self.order.findData(pace.order.value))
        self.pause_button.setChecked(pace.paused)
        del blockers
        self._update_enabled()

    def chosen(self) -> Pace:
        return Pace(mode=PaceMode(self.mode.currentData()), count=self.count.value(),
                    order=ReleaseOrder(self.order.currentData()), paused=self.pause_button.isChecked())

    @Slot()
    def _emit(self) -> None:
        self._update_enabled()
        pace = self.chosen()
        if pace != self.pace:
            self.pace = pace
            self.pace_chosen.emit(pace)

    def _show_suffix(self, count: int) -> None:
        self.count.setSuffix(tr_n(" souvenir", " souvenirs", count))

    def _update_enabled(self) -> None:
        manual = self.mode.currentData() == PaceMode.MANUAL.value
        self.count.setEnabled(not manual)
        self.pause_button.setEnabled(not manual)
        self.pause_button.setText(tr("Reprendre") if self.pause_button.isChecked() else tr("Mettre en pause"))
