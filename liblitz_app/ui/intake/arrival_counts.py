"""Where the imported memories are: waiting, arrived, to review, kept, set aside — one figure each."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...i18n import count, tr
from ...intake import Backlog

STAGES = (("waiting", "en attente", "Importés, pas encore arrivés : ils arriveront au rythme choisi."),
          ("released", "arrivés, à préparer", "Arrivés : une proposition de champs va être préparée."),
          ("in_review", "à relire", "Dans l'onglet « À relire »."),
          ("committed", "gardés", "Acceptés : ils font partie de la mémoire."),
          ("rejected", "écartés", "Refusés à la relecture (gardés, avec la raison)."))


class ArrivalCounts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for key, label, why in STAGES:
            layout.addWidget(self._card(key, tr(label), tr(why)))

    def _card(self, key: str, label: str, why: str) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setToolTip(why)
        figure = QLabel("–")
        figure.setAlignment(Qt.AlignmentFlag.AlignCenter)
        figure.setStyleSheet("font-size: 22pt; font-weight: bold;")
        caption = QLabel(label)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner = QVBoxLayout(card)
        inner.addWidget(figure)
        inner.addWidget(caption)
        self.figures[key] = figure
        return card

    def show_backlog(self, backlog: Backlog) -> None:
        for key, figure in self.figures.items():
            figure.setText(count(getattr(backlog, key)))
