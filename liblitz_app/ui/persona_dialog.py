"""Her card and the who-is-who, editable: name, pronoun, voice, relationship, boundaries, language, the
notes accepted in review (companion/notes.py), and the people of the user's life (name, nicknames,
relation). Read and saved on the store thread through `liblitz_app.companion`; each save keeps the
earlier card in the journal."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..companion import load_people, load_persona, save_people, save_persona
from ..enrichment.persona import KnownPerson, Persona, WhoIsWho
from ..i18n import tr
from ..store.library import MemoryLibrary
from .store_thread import Store
from .tasks import Task

LANGUAGES = (("fr", "Français"), ("en", "English"))


class PersonaDialog(QDialog):
    """Signals:
        saved(object): the Persona now in force, once durable.
    """

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.persona = Persona()
        self.setWindowTitle(tr("Sa fiche"))
        self.resize(640, 620)
        self._init_widgets()
        self._init_layout()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.add_person.clicked.connect(lambda: self._add_row(KnownPerson("")))
        self.remove_person.clicked.connect(self._remove_row)

    def _init_widgets(self) -> None:
        self.name = QLineEdit()
        self.pronoun = QLineEdit(placeholderText=tr("elle, il, iel…"))
        self.other_names = QLineEdit(placeholderText=tr("autres noms acceptés, séparés par des virgules"))
        self.voice = QPlainTextEdit()
        self.relationship = QPlainTextEdit()
        self.boundaries = QPlainTextEdit(placeholderText=tr("une limite par ligne"))
        self.notes = QPlainTextEdit(placeholderText=tr("une note par ligne : ce que vos conversations ont révélé "
                                                       "d'elle, une fois acceptée dans « À relire »"))
        for box in (self.voice, self.relationship, self.boundaries, self.notes):
            box.setMaximumHeight(70)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.people = QTableWidget(0, 3)
        self.people.setHorizontalHeaderLabels([tr("Nom"), tr("Surnoms"), tr("Relation")])
        self.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_person = QPushButton(tr("Ajouter une personne"))
        self.remove_person = QPushButton(tr("Retirer"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuler"))

    def _init_layout(self) -> None:
        form = QFormLayout()
        form.addRow(tr("Nom"), self.name)
        form.addRow(tr("Pronom"), self.pronoun)
        form.addRow(tr("Autres noms"), self.other_names)
        form.addRow(tr("Voix"), self.voice)
        form.addRow(tr("Relation avec vous"), self.relationship)
        form.addRow(tr("Limites"), self.boundaries)
        form.addRow(tr("Ses notes"), self.notes)
        form.addRow(tr("Langue"), self.language)
        row = QHBoxLayout()
        row.addWidget(self.add_person)
        row.addWidget(self.remove_person)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Les personnes de votre vie")))
        layout.addWidget(self.people, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    # --- reading and saving -------------------------------------------------------------------

    def load(self) -> Task:
        return self.store.run(lambda library: (load_persona(library.ledger), load_people(library.ledger)),
                              self._loaded, changes=False, owner=self, key="read")

    def _loaded(self, answer: tuple[Persona, WhoIsWho] | None, error: str | None) -> None:
        if error is not None or answer is None:
            self._show_problem(error or "")
            return
        persona, people = answer
        self.persona = persona
        self.name.setText(persona.name)
        self.pronoun.setText(persona.pronoun)
        self.other_names.setText(", ".join(persona.other_names))
        self.voice.setPlainText(persona.voice)
        self.relationship.setPlainText(persona.relationship)
        self.boundaries.setPlainText("\n".join(persona.boundaries))
        self.notes.setPlainText("\n".join(persona.notes))
        self.language.setCurrentIndex(max(0, self.language.findData(persona.language)))
        self.people.setRowCount(0)
        for person in people.people:
            self._add_row(person)

    def edited(self) -> tuple[Persona, WhoIsWho]:
        persona = replace(self.persona, name=self.name.text().strip(), pronoun=self.pronoun.text().strip(),
                          other_names=_listed(self.other_names.text()), voice=self.voice.toPlainText().strip(),
                          relationship=self.relationship.toPlainText().strip(),
                          boundaries=_lines(self.boundaries.toPlainText()), notes=_lines(self.notes.toPlainText()),
                          language=self.language.currentData())
        people = []
        for row in range(self.people.rowCount()):
            name = self._cell(row, 0)
            if name:
                people.append(KnownPerson(name, self._cell(row, 2), _listed(self._cell(row, 1))))
        return persona, WhoIsWho(tuple(people))

    @Slot()
    def save(self) -> Task | None:
        persona, people = self.edited()
        if not persona.name:
            self._show_problem(tr("Elle a besoin d'un nom."))
            return None
        return self.store.run(lambda library: _save(library, persona, people), self._saved, owner=self)

    def _saved(self, persona: Persona | None, error: str | None) -> None:
        if error is not None:
            self._show_problem(error)
            return
        self.saved.emit(persona)
        self.accept()

    # --- rows ---------------------------------------------------------------------------------

    def _add_row(self, person: KnownPerson) -> None:
        row = self.people.rowCount()
        self.people.insertRow(row)
        for column, text in enumerate((person.name, ", ".join(person.aliases), person.relation)):
            self.people.setItem(row, column, QTableWidgetItem(text))

    @Slot()
    def _remove_row(self) -> None:
        if self.people.currentRow() >= 0:
            self.people.removeRow(self.people.currentRow())

    def _cell(self, row: int, column: int) -> str:
        item = self.people.item(row, column)
        return item.text().strip() if item is not None else ""

    def _show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.setVisible(bool(sentence))


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _listed(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))


def _save(library: MemoryLibrary, persona: Persona, people: WhoIsWho) -> Persona:
    """Both journaled (the ledger keeps what each replaced)."""
    save_persona(library.ledger, persona)
    save_people(library.ledger, people)
    return persona
