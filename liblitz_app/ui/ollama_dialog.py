"""Where Liblitz finds Ollama and how long she waits for it: the two settings the chat's and review's
sentences send the user to ("Mémoire ▸ Ollama…"). Written through the companion's settings (journaled);
the window reconfigures the model worker when they change."""
from __future__ import annotations

import os

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from ..companion import ENV_OLLAMA_URL, CompanionError, OllamaSettings, ollama_address, ollama_timeout
from ..errors import describe
from ..i18n import tr
from .companion_settings import QtCompanionSettings

LONGEST_WAIT = 3600  # seconds: a large model loading on a small machine can take minutes, not hours


class OllamaDialog(QDialog):
    """Address and waiting time, checked before anything is kept; a refusal is told in the dialog, which stays
    open with what the user typed."""

    def __init__(self, companion: QtCompanionSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.companion = companion
        self.setWindowTitle(tr("Ollama"))
        ollama = companion.current.ollama
        self.address = QLineEdit(ollama.url, placeholderText="http://localhost:11434")
        self.from_environment = QLabel(wordWrap=True)
        self.from_environment.hide()
        if os.environ.get(ENV_OLLAMA_URL):  # it wins over the ledger: a change here would not be used
            self.address.setEnabled(False)
            why = tr("Cette adresse vient de la variable d'environnement {name}, qui l'emporte.", name=ENV_OLLAMA_URL)
            self.address.setToolTip(why)
            self.from_environment.setText(why)  # said, not only hovered: the address looks broken otherwise
            self.from_environment.show()
        self.wait = QSpinBox(minimum=1, maximum=LONGEST_WAIT, suffix=tr(" s"))
        self.wait.setValue(min(LONGEST_WAIT, max(1, round(ollama.timeout))))
        self.wait.setToolTip(tr("Combien de temps Liblitz attend une réponse d'Ollama avant de vous le dire "
                                "(un modèle qui se charge peut prendre plus d'une minute)"))
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet("color: #611a15;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(tr("Adresse :"), self.address)
        form.addRow("", self.from_environment)
        form.addRow(tr("Délai d'attente :"), self.wait)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Où Liblitz trouve Ollama, le serveur de vos modèles locaux."), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)  # an address and a sentence fit

    @Slot()
    def save(self) -> None:
        """Check both values, then keep them; the dialog closes once they are durable."""
        try:
            seconds = ollama_timeout(self.wait.value())
            changed = {"url": ollama_address(self.address.text())} if self.address.isEnabled() else {}
        except CompanionError as refused:
            self._refuse(describe(refused))
            return
        self.buttons.setEnabled(False)
        task = self.companion.change(OllamaSettings, timeout=seconds, **changed)
        task.succeeded.connect(lambda _settings: self.accept())
        task.failed.connect(self._refuse)

    @Slot(str)
    def _refuse(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()
        self.adjustSize()  # the sentence's lines, without squeezing the fields above
        self.buttons.setEnabled(True)
