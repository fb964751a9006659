"""File ▸ "Jeu d'affinage…": the user chooses which memories (and conversations) become a fine-tuning set,
sees the counts and a few examples, then writes the chat-format JSON Lines (and a Modelfile, if asked).

Every set is built on the ledger reader's lane (ui/reading.py), never on the GUI thread: a newer choice
overtakes the preview in flight (ui/tasks.py, the rule on stale answers)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..finetune import Choice, TrainingSet, build_set, modelfile, write_jsonl
from ..finetune import examples as finetune_examples
from ..i18n import tr, tr_n
from ..store.ledger import LedgerReader
from .browser.filter_bar import EmotionToggles
from .browser.memory_form import DateInput
from .reading import Reading
from .tasks import Task

PREVIEWED = 3  # examples shown
JSONL_FILTER = "JSON Lines (*.jsonl)"


class FinetuneDialog(QDialog):
    """The choice, its counts and preview, and "Écrire…".

    Signals:
        previewed(object): the TrainingSet now shown (after a choice changed).
        written(int): the number of examples written to the file.
    """

    previewed = Signal(object)
    written = Signal(int)

    def __init__(self, reading: Reading, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reading = reading
        self.setWindowTitle(tr("Jeu d'affinage"))
        self.resize(900, 680)
        self._init_choice()
        self._init_outcome()
        self._layout()
        self._connect()

    # --- construction -------------------------------------------------------------------------

    def _init_choice(self) -> None:
        self.emotions = EmotionToggles()
        self.person = QLineEdit()
        self.person.setPlaceholderText(tr("une personne nommée dans les souvenirs"))
        self.since, self.until = DateInput(tr("Depuis")), DateInput(tr("Jusqu'au"))
        self.intensity_min, self.intensity_max = QSpinBox(), QSpinBox()
        for box, value in ((self.intensity_min, 0), (self.intensity_max, 10)):
            box.setRange(0, 10)
            box.setValue(value)
        self.cap = QSpinBox()
        self.cap.setRange(1, 10)
        self.cap.setValue(Choice.cap_per_memory)
        self.conversations = QCheckBox(tr("Inclure des extraits de toutes les conversations"))
        self.base = QLineEdit()
        self.base.setPlaceholderText(tr("facultatif : écrit aussi un Modelfile à côté du fichier"))

    def _init_outcome(self) -> None:
        self.counts = QLabel(tr("Calcul…"))
        self.counts.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background: #fff4e5; color: #663c00; padding: 6px; border-radius: 4px;")
        self.warning.hide()
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.outcome = QLabel()  # what writing did, or why it could not
        self.outcome.setWordWrap(True)
        self.write_button = QPushButton(tr("Écrire…"))
        self.examples = 0  # in the last preview: nothing to write until one says otherwise
        self.close_button = QPushButton(tr("Fermer"))

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(tr("Émotions"), self.emotions)
        form.addRow(tr("Personne"), self.person)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(self.until)
        form.addRow(tr("Période"), dates)
        intensity = QHBoxLayout()
        for widget in (self.intensity_min, QLabel("–"), self.intensity_max):
            intensity.addWidget(widget)
        intensity.addStretch(1)
        form.addRow(tr("Intensité"), intensity)
        cap = QHBoxLayout()
        cap.addWidget(self.cap)
        cap.addStretch(1)
        form.addRow(tr("Exemples par souvenir, au plus"), cap)
        form.addRow("", self.conversations)
        form.addRow(tr("Modèle de base"), self.base)
        buttons = QHBoxLayout()
        buttons.addWidget(self.outcome, 1)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.counts)
        column.addWidget(self.warning)
        column.addWidget(QLabel(tr("Aperçu (chaque exemple commence par sa fiche comme message système) :")))
        column.addWidget(self.preview, 1)
        column.addLayout(buttons)

    def _connect(self) -> None:
        self.emotions.changed.connect(self.refresh)
        self.person.editingFinished.connect(self.refresh)
        for optional in (self.since, self.until):
            optional.known.toggled.connect(self.refresh)
            optional.edit.dateChanged.connect(self.refresh)
        for box in (self.intensity_min, self.intensity_max, self.cap):
            box.valueChanged.connect(self.refresh)
        self.conversations.toggled.connect(self.refresh)
        self.write_button.clicked.connect(lambda: self.write_to())
        self.close_button.clicked.connect(self.reject)

    # --- the choice and its preview -----------------------------------------------------------

    def choice(self) -> Choice:
        low, high = self.intensity_min.value(), self.intensity_max.value()
        return Choice(emotions=self.emotions.selected(), person=self.person.text().strip(),
                      since=self.since.day(), until=self.until.day(),
                      intensity_min=low if low > 0 else None, intensity_max=high if high < 10 else None,
                      cap_per_memory=self.cap.value(), all_conversations=self.conversations.isChecked())

    @Slot()
    def refresh(self) -> Task:
        """Build the set for the current choice in the background; a newer choice overtakes this one."""
        choice = self.choice()
        self.counts.setText(tr("Calcul…"))
        task = self.reading.run(lambda reader: build_set(reader, choice), owner=self, key="preview")
        task.succeeded.connect(self._show)
        task.failed.connect(self.counts.setText)
        return task

    @Slot(object)
    def _show(self, training: TrainingSet) -> None:
        counts = training.counts
        self.counts.setText(tr_n(
            "{n} exemple (souvenirs choisis : {memories}, exemples tirés des souvenirs : {memory_examples}, "
            "extraits de conversations : {conversation_examples})",
            "{n} exemples (souvenirs choisis : {memories}, exemples tirés des souvenirs : {memory_examples}, "
            "extraits de conversations : {conversation_examples})", counts["examples"],
            **{k: counts[k] for k in ("memories", "memory_examples", "conversation_examples")}))
        self.warning.setVisible(training.too_many)
        if training.too_many:
            self.warning.setText(tr_n(
                "Attention : plus de {n} exemple d'un coup noie sa voix ; commencez par un petit jeu choisi.",
                "Attention : plus de {n} exemples d'un coup noient sa voix ; commencez par un petit jeu choisi.",
                finetune_examples.TOO_MANY))  # read at each use: the module's figure
        self.preview.setPlainText("\n\n".join(_shown(e["messages"]) for e in training.preview(PREVIEWED))
                                  or tr("Aucun exemple pour ce choix."))
        self.examples = counts["examples"]
        self.write_button.setEnabled(self.examples > 0)
        self.previewed.emit(training)

    # --- writing ------------------------------------------------------------------------------

    def write_to(self, path: Path | None = None) -> Task | None:
        """Ask where (unless given), then build and write the set there, and a Modelfile beside it if a base
        model is named. Not owned by the dialog: a file half asked for is still written if it closes."""
        path = path or self._ask_path()
        if path is None:
            return None
        choice, base = self.choice(), self.base.text().strip()
        self.write_button.setEnabled(False)
        self.outcome.setText(tr("Écriture…"))
        task = self.reading.run(lambda reader: _write(reader, choice, path, base))
        task.succeeded.connect(lambda n: self._written(n, path, base))
        task.failed.connect(self.outcome.setText)
        task.ended.connect(lambda: self.write_button.setEnabled(self.examples > 0))
        return task

    def _ask_path(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Écrire le jeu d'affinage"),
                                              str(Path.home() / "liblitz.jsonl"), tr(JSONL_FILTER))
        return Path(path) if path else None

    def _written(self, n: int, path: Path, base: str) -> None:
        text = tr_n("{n} exemple écrit dans {file}.", "{n} exemples écrits dans {file}.", n, file=path.name)
        if base:
            text += " " + tr("Modelfile écrit à côté (ollama create NOM -f Modelfile).")
        self.outcome.setText(text)
        self.written.emit(n)


def _write(reader: LedgerReader, choice: Choice, path: Path, base: str) -> int:
    training = build_set(reader, choice)
    n = write_jsonl(training, path)
    if base:
        path.with_name("Modelfile").write_text(modelfile(base, training.system), encoding="utf-8")
    return n


def _shown(messages: list[dict[str, str]]) -> str:
    """One example as the user reads it: who says what (her card, the system message, left out)."""
    return "\n".join(tr("Vous : {text}", text=m["content"]) if m["role"] == "user"
                     else tr("Liblitz : {text}", text=m["content"]) for m in messages if m["role"] != "system")
