"""A note for her card in review: what she learnt about herself in a conversation, in words the user may
correct before it goes onto her card (never among her memories, so no memory form beside it)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...companion.notes import note_from
from ...i18n import short_day, tr
from ...memory import Memory


class NoteView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("color: #555;")
        self.text = QPlainTextEdit()
        self.text.setStyleSheet("QPlainTextEdit { font-size: 11pt; background: #fbfaf7; }")
        self.meta = QLabel()
        self.meta.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.caption, self.explanation):
            layout.addWidget(widget)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.meta)

    def show_note(self, memory: Memory, companion: str) -> None:
        self.caption.setText(tr("Note pour la fiche de {name}", name=companion))
        self.explanation.setText(tr(
            "Ce que {name} a appris sur elle-même en parlant avec vous. Acceptée, cette note va sur sa fiche, "
            "que chaque modèle lit ; elle n'entre pas dans ses souvenirs. Vous pouvez la corriger avant.",
            name=companion))
        self.text.setPlainText(note_from(memory.text))
        self.meta.setText(tr("Proposée le {day}", day=short_day(memory.created_at.astimezone())))

    def note(self) -> str:
        return self.text.toPlainText()
