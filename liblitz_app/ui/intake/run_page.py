"""Wizard page 4: the import runs as one store job (all or nothing), with a bar per phase and Cancel.

Cancelled or failed, the page says so in a sentence and the ledger is exactly as before; Back
returns to the options. Succeeded, the wizard moves on to the report (no going back: it is written).
"""
from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from ...i18n import language, tr
from ...intake import PHASES, ImportReport
from ..store_thread import Store
from ..tasks import Task
from .choices import ImportChoices
from .file_page import ERROR_STYLE
from .import_job import SCALE, PhaseReporter, import_job


class RunPage(QWizardPage):
    """Signals:
        finished(object): the ImportReport; the import is durable.
        stopped(str): cancelled or failed; the sentence shown (the ledger is unchanged).
    """

    finished = Signal(object)
    stopped = Signal(str)

    def __init__(self, store: Store, choices: ImportChoices) -> None:
        super().__init__()
        self.store = store
        self.choices = choices
        self.task: Task | None = None
        self.reporter = PhaseReporter(self)
        self.reporter.progress.connect(self._on_progress)
        self.setTitle(tr("Import"))
        self.setCommitPage(True)  # once written, Back cannot re-run it
        self._init_widgets()

    def _init_widgets(self) -> None:
        self.phase = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, SCALE)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(tr("Annuler l'import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phase)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.start()

    def cleanupPage(self) -> None:
        self.cancel()  # going Back while it runs: nothing is written

    def start(self) -> Task:
        self.choices.report = None
        self.outcome.setStyleSheet("")
        self.outcome.setText(tr("Rien n'est enregistré avant la fin : annuler laisse tout comme avant."))
        self.cancel_button.setEnabled(True)
        self.bar.setValue(0)
        self._show_phase("analyse")
        self.task = self.store.track(import_job(self.choices, self.reporter))
        self.task.succeeded.connect(self._on_succeeded)
        self.task.failed.connect(self._on_failed)
        self.completeChanged.emit()
        return self.task

    def is_running(self) -> bool:
        return self.task is not None

    @Slot()
    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.phase.setText(tr("Annulation…"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, phase: str) -> None:
        if self.task is None or self.task.cancelled():
            return
        self._show_phase(phase)
        self.bar.setValue(done if total else 0)

    def _show_phase(self, phase: str) -> None:
        fr, en = PHASES.get(phase, (phase, phase))
        self.phase.setText((fr if language() == "fr" else en) + "…")

    @Slot(object)
    def _on_succeeded(self, report: ImportReport) -> None:
        self.task = None
        self.choices.report = report
        self.bar.setValue(SCALE)
        self.phase.setText(tr("Terminé."))
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()
        self.finished.emit(report)

    @Slot(str)
    def _on_failed(self, sentence: str) -> None:
        self.task = None
        self.phase.setText(tr("L'import n'a pas eu lieu."))
        self.bar.setValue(0)
        self.cancel_button.setEnabled(False)
        self.outcome.setStyleSheet(ERROR_STYLE)
        self.outcome.setText(sentence + " " + tr("Revenez en arrière pour changer de fichier ou d'options."))
        self.completeChanged.emit()
        self.stopped.emit(sentence)

    def isComplete(self) -> bool:
        return self.choices.report is not None
