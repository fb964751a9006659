"""Beside a memory proposed from a conversation, the committed memory it contradicts, and the choice:
keep both (a change over time), only the new one, only the earlier one, or neither."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...i18n import tr
from ...memory import Memory
from ..chat.transcript import safe

CHOICES = ("both", "new", "old", "neither")


class ContradictionBox(QFrame):
    """Signals:
        chosen(str): "both", "new", "old" or "neither".
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.earlier: Memory | None = None
        self.setObjectName("contradiction")
        self.setStyleSheet("#contradiction { background: #fff8e1; border: 1px solid #ffb300; border-radius: 4px; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.buttons = {
            "both": QPushButton(tr("Garder les deux (un changement dans le temps)")),
            "new": QPushButton(tr("Garder seulement le nouveau")),
            "old": QPushButton(tr("Garder seulement l'ancien")),
            "neither": QPushButton(tr("Aucun des deux")),
        }
        row = QHBoxLayout()
        for choice in CHOICES:
            row.addWidget(self.buttons[choice])
            self.buttons[choice].clicked.connect(lambda _=False, c=choice: self.chosen.emit(c))
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.hide()

    def show_earlier(self, earlier: Memory | None) -> None:
        """The memory this proposal contradicts, or None to hide the box."""
        self.earlier = earlier
        if earlier is None:
            self.hide()
            return
        self.label.setText(tr("Ce que vous avez dit contredit un souvenir déjà retenu (n°{id}) : « {text} »",
                              id=earlier.id, text=safe(earlier.text)))
        self.show()
