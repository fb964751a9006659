"""Rejecting an item, with an optional reason that is kept with it."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...i18n import tr


class RejectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Rejeter ce souvenir"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Pourquoi ? (facultatif) — gardé avec le souvenir"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Rejeter"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Le souvenir et la proposition sont gardés, avec votre raison : "
                                   "ils ne seront pas reproposés tels quels.")))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
