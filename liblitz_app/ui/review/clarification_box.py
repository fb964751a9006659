"""A question the proposer asked instead of guessing, with a box for the user's answer."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...enrichment import KnownPerson
from ...i18n import tr


class ClarificationBox(QFrame):
    """Signals:
        answered(int, str, object): clarification id, the answer, the persons to record (tuple[KnownPerson]).
    """

    answered = Signal(int, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clarification")
        self.setStyleSheet("#clarification { background: #eaf2fb; border: 1px solid #8fb3de; border-radius: 4px; }")
        self.clarification_id = 0
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.answer = QLineEdit()
        self.answer.setPlaceholderText(tr("Votre réponse, avec vos mots"))
        self.person_name, self.person_relation, self.person_alias = QLineEdit(), QLineEdit(), QLineEdit()
        self.person_name.setPlaceholderText(tr("Nom (facultatif)"))
        self.person_relation.setPlaceholderText(tr("Lien : ma sœur, un collègue…"))
        self.person_alias.setPlaceholderText(tr("Surnom : Mimi"))
        self.send = QPushButton(tr("Répondre et redemander"))
        self.send.clicked.connect(self._send)
        self.answer.returnPressed.connect(self._send)
        self._layout()
        self.hide()

    def _layout(self) -> None:
        person = QHBoxLayout()
        person.addWidget(QLabel(tr("Si c'est une personne, la retenir :")))
        for box in (self.person_name, self.person_relation, self.person_alias):
            person.addWidget(box)
        reply = QHBoxLayout()
        reply.addWidget(self.answer, 1)
        reply.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(reply)
        layout.addLayout(person)

    def ask(self, clarification_id: int, question: str, companion: str) -> None:
        self.clarification_id = clarification_id
        self.question.setText(tr("{name} demande : « {question} »", name=companion, question=question))
        for box in (self.answer, self.person_name, self.person_relation, self.person_alias):
            box.clear()
        self.show()

    def persons(self) -> tuple[KnownPerson, ...]:
        name = self.person_name.text().strip()
        if not name:
            return ()
        alias = self.person_alias.text().strip()
        return (KnownPerson(name, self.person_relation.text().strip(), (alias,) if alias else ()),)

    def _send(self) -> None:
        if self.answer.text().strip():
            self.answered.emit(self.clarification_id, self.answer.text().strip(), self.persons())
