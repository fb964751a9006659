"""Above the plot: the quick ranges (the last one fits everything) and the mood curve's window."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from ...i18n import tr
from ...timeline import DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS, MIN_WINDOW_DAYS, QuickRange
from .point_style import CURVE_COLOUR


def _range_labels() -> dict[QuickRange, str]:
    return {QuickRange.WEEK: tr("Cette semaine"), QuickRange.MONTH: tr("Ce mois"),
            QuickRange.YEAR: tr("Cette année"), QuickRange.ALL: tr("Tout voir")}


class RangeBar(QWidget):
    """Signals:
        range_chosen(object): a QuickRange the user picked (ALL = fit everything).
        window_changed(int): the mood curve's window, in days.
    """

    range_chosen = Signal(object)
    window_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.range_buttons: dict[QuickRange, QPushButton] = {}
        for kind, text in _range_labels().items():
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=kind: self.range_chosen.emit(k))
            layout.addWidget(button)
            self.range_buttons[kind] = button
        self.range_buttons[QuickRange.ALL].setToolTip(tr("Tout voir (touche Origine). Molette ou +/− pour "
                                                         "zoomer, glisser ou flèches pour se déplacer."))
        layout.addStretch(1)
        layout.addWidget(self._init_window())

    def _init_window(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.window = QSpinBox()
        self.window.setRange(MIN_WINDOW_DAYS, MAX_WINDOW_DAYS)
        self.window.setValue(DEFAULT_WINDOW_DAYS)
        self.window.setSuffix(tr(" jours"))
        self.window.setToolTip(tr("La courbe d'humeur fait, pour chaque jour, la moyenne des souvenirs "
                                  "agréables (+) et désagréables (−) pondérés par leur intensité, sur cette "
                                  "fenêtre centrée sur le jour."))
        self.window.valueChanged.connect(self.window_changed)
        # A sample of the curve's line, so the caption reads as its legend.
        words = tr("Courbe d'humeur sur")
        caption = QLabel(f"<span style='color:{CURVE_COLOUR}; font-weight:bold'>━━</span> {words}")
        caption.setBuddy(self.window)
        row.addWidget(caption)
        row.addWidget(self.window)
        return box
