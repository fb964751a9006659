"""Where Ollama stands, in one sentence, and which local model proposes (or the offline extractor)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ...i18n import tr
from ..llm_worker import OllamaStatus


def status_sentence(status: OllamaStatus | None, model: str) -> str:
    if status is None:
        return tr("Recherche d'Ollama…")
    if not status.ok:
        return tr("Ollama ne répond pas à {url} : lancez « ollama serve ». Les propositions viennent de "
                  "l'extracteur hors ligne.", url=status.url)
    if not status.models:
        return tr("Ollama {version} répond, mais n'a aucun modèle : installez-en un (« ollama pull gemma3 »). "
                  "En attendant, l'extracteur hors ligne propose.", version=status.version)
    if not model:
        return tr("Ollama {version} répond ; vous avez choisi l'extracteur hors ligne.", version=status.version)
    return tr("Ollama {version} répond à {url} · les propositions viennent de {model}.",
              version=status.version, url=status.url, model=model)


class OllamaStatusLine(QWidget):
    """Signals:
        model_chosen(str): the user picked the model for proposals ("" = the offline extractor).
        address_requested(): the user wants to change where Ollama is.
        recheck_requested(): the user started Ollama and asks Liblitz to look again.
    """

    model_chosen = Signal(str)
    address_requested = Signal()
    recheck_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sentence = QLabel(status_sentence(None, ""))
        self.sentence.setWordWrap(True)
        self.models = QComboBox()
        self.models.setToolTip(tr("Le modèle local qui propose les champs"))
        self.models.addItem(tr("Extracteur hors ligne"), "")
        self.models.activated.connect(lambda _: self.model_chosen.emit(self.models.currentData() or ""))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sentence, 1)
        row.addWidget(QLabel(tr("Modèle :")))
        row.addWidget(self.models)
        self.recheck = QPushButton(tr("Vérifier"))
        self.recheck.setToolTip(tr("Chercher Ollama de nouveau (après l'avoir lancé)"))
        self.address = QPushButton(tr("Adresse…"))
        self.address.setToolTip(tr("Où Liblitz trouve Ollama (par défaut http://localhost:11434)"))
        row.addWidget(self.recheck)
        row.addWidget(self.address)
        self.recheck.clicked.connect(self.recheck_requested)
        self.address.clicked.connect(self.address_requested)

    def show_status(self, status: OllamaStatus | None, model: str) -> None:
        ok = status is not None and status.ok
        self.sentence.setText(status_sentence(status, model))
        self.sentence.setStyleSheet("" if ok or status is None else "color: #8a1c00;")
        self.models.clear()
        self.models.addItem(tr("Extracteur hors ligne"), "")
        for local in status.models if ok else ():
            self.models.addItem(local.name, local.name)
        self.models.setCurrentIndex(max(0, self.models.findData(model)))
