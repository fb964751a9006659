"""« Bilan des modèles… »: put an installed Ollama model through the check-up scenarios in the
background (progress, cancel), keep the run in the ledger, and compare models side by side: one row
a scenario, one column a model (its latest run), a click shows what was said. A thin adapter over
liblitz_app.checkup: the check-up runs on a thread of its own, the run is kept by the store's thread.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QProgressBar, QPushButton, QSplitter, QTableWidget,
    QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget,
)

from ..checkup import CheckupOutcome, CheckupRequest, run_checkup
from ..i18n import tr, tr_n
from ..llm.hangup import Hangup
from ..paths import DataDir
from ..store.checkups import CheckupRun, ScenarioResult, keep_run, latest_runs
from .companion_settings import QtCompanionSettings
from .llm_worker import LlmWorker, OllamaStatus
from .store_thread import Store
from .tasks import Lane, Task, run_task

PASSED, FAILED = QColor("#d7f0dc"), QColor("#f9d6d5")
ROLES = {"system": "Consigne donnée au modèle", "user": "La personne", "companion": "Elle",
         "proposals": "Propositions pour la relecture", "memory": "Souvenir à enrichir",
         "enrichment": "Sa proposition"}
LANGUAGE_CHOICES = (("Français et anglais", ("fr", "en")), ("Français", ("fr",)), ("Anglais", ("en",)))


class CheckupWindow(QDialog):
    """Signals:
        checked(object): a check-up ended and its run is kept (the CheckupRun); the table shows it.
        shown(): the table was (re)filled from the ledger.
    """

    checked = Signal(object)
    shown = Signal()

    def __init__(self, store: Store, llm: LlmWorker, companion: QtCompanionSettings, data: DataDir,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.llm, self.companion, self.data = store, llm, companion, data
        self.runs: list[CheckupRun] = []
        self.task: Task | None = None
        self._lane: Lane | None = None  # the running check-up's own thread
        self._hangup = Hangup()  # a cancel ends a model's answer at once, even mid-read
        self.setWindowTitle(tr("Bilan des modèles"))
        # Wide enough for a scenario and its verdict side by side, never larger than the window it opens from.
        wanted = parent.size() if parent is not None else QSize(1100, 720)
        self.resize(min(1100, wanted.width()), min(720, wanted.height()))
        self._init_widgets()
        self._init_layout()
        self.llm.status_changed.connect(self._show_models)
        self._show_models(self.llm.status)
        self.llm.check()
        self.refresh()

    # --- construction -------------------------------------------------------------------------

    def _init_widgets(self) -> None:
        self.models = QComboBox()
        self.languages = QComboBox()
        for label, codes in LANGUAGE_CHOICES:
            self.languages.addItem(tr(label), codes)
        self.run_button = QPushButton(tr("Lancer le bilan"))
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(tr("Annuler"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.state = QLabel(tr("Choisissez un modèle installé et lancez son bilan : il parle à une Liblitz "
                               "d'essai, jamais à vos souvenirs."))
        self.state.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("background: #fdecea; color: #611a15; padding: 6px; border-radius: 4px;")
        self.problem.hide()
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda row, column, *_: self.show_transcript(row, column))
        self.transcript = QTextBrowser()
        self.transcript.setPlaceholderText(tr("Cliquez sur un résultat pour lire l'échange."))

    def _init_layout(self) -> None:
        controls = QHBoxLayout()
        controls.addWidget(QLabel(tr("Modèle :")))
        controls.addWidget(self.models, 2)
        controls.addWidget(QLabel(tr("Scénarios :")))
        controls.addWidget(self.languages, 1)
        controls.addWidget(self.run_button)
        controls.addWidget(self.cancel_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.transcript)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        close = QPushButton(tr("Fermer"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.progress)
        layout.addWidget(self.problem)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

    # --- the models Ollama has ----------------------------------------------------------------

    @Slot(object)
    def _show_models(self, status: OllamaStatus | None) -> None:
        chosen = self.models.currentData()
        self.models.clear()
        if status is None:
            self.models.addItem(tr("Recherche des modèles d'Ollama…"), "")
        elif not status.ok or not status.models:
            self.models.addItem(tr("aucun modèle"), "")
            self._say_problem(status.message if not status.ok else tr(
                "Ollama n'a aucun modèle installé : installez-en un, par exemple avec « ollama pull gemma3:4b »."))
        else:
            self.problem.hide()
            for model in status.models:
                self.models.addItem(model.name, model.name)
            self.models.setCurrentIndex(max(0, self.models.findData(chosen)))
        self._enable()

    # --- running a check-up -------------------------------------------------------------------

    @Slot()
    def start(self) -> Task | None:
        model = self.models.currentData()
        if not model or self.running:
            return None
        settings = self.companion.current
        request = CheckupRequest(model, self.data, settings.ollama.url, settings.ollama.timeout,
                                 settings.embedding.model, self.languages.currentData())

        def work(task: Task) -> CheckupOutcome:
            self._hangup.reset()
            task.on_cancel(self._hangup.hang_up)
            return run_checkup(request, task.report, task, self._hangup.client)
        self._lane, self.task = run_task(work, owner=self, key="checkup", name="liblitz-checkup")
        self.task.progress.connect(self._progressed)
        self.task.succeeded.connect(self._keep)
        self.task.failed.connect(self._failed)
        self.task.ended.connect(self._ended)
        self.problem.hide()
        self.state.setText(tr("Bilan de {model} : préparation…", model=model))
        self.progress.setRange(0, 0)
        self.progress.show()
        self._enable()
        return self.task

    @Slot()
    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    @property
    def running(self) -> bool:
        return self.task is not None

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if done < total:
            self.state.setText(tr("Scénario {done} sur {total}…", done=done + 1, total=total))

    def _keep(self, outcome: CheckupOutcome) -> None:
        run = outcome.run
        if outcome.problems:
            self._say_problem("\n".join(outcome.problems))
        self.state.setText(tr_n("{model} : {n} scénario réussi sur {total}.",
                                "{model} : {n} scénarios réussis sur {total}.",
                                run.passed_count, model=run.model, total=len(run.results)))
        task = self.store.run(lambda library: keep_run(library.ledger, run))
        task.succeeded.connect(lambda _id: self.refresh(run.model))
        task.succeeded.connect(lambda _id: self.checked.emit(run))
        task.failed.connect(self._say_problem)

    def _failed(self, sentence: str) -> None:
        self.state.setText(tr("Bilan interrompu ; rien n'a été gardé."))
        self._say_problem(sentence)

    def _ended(self) -> None:
        self.task = None
        if self._lane is not None:
            self._lane.stop()  # its thread has ended with the task: this joins it at once
            self._lane = None
        self.progress.hide()
        self._enable()

    def _enable(self) -> None:
        self.run_button.setEnabled(not self.running and bool(self.models.currentData()))
        self.cancel_button.setVisible(self.running)
        self.models.setEnabled(not self.running)
        self.languages.setEnabled(not self.running)

    def _say_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()

    # --- the comparison -----------------------------------------------------------------------

    def refresh(self, first: str = "") -> Task:
        """Read each model's latest run (on the store's thread); `first`: the model to show first."""
        task = self.store.run(lambda library: latest_runs(library.ledger), changes=False, owner=self, key="runs")
        task.succeeded.connect(lambda runs: self._show_runs(runs, first))
        task.failed.connect(self._say_problem)
        return task

    def _show_runs(self, runs: list[CheckupRun], first: str) -> None:
        self.runs = sorted(runs, key=lambda run: run.model != first)  # stable: then the most recent first
        rows = _scenario_rows(self.runs)
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(len(self.runs))
        self.table.setVerticalHeaderLabels([f"{title} ({language})" for _, title, language in rows])
        self.table.setHorizontalHeaderLabels([_header(run) for run in self.runs])
        for column, run in enumerate(self.runs):
            results = {r.scenario: r for r in run.results}
            for row, (scenario, _title, _language) in enumerate(rows):
                self.table.setItem(row, column, _cell(results.get(scenario)))
        self.shown.emit()

    @Slot(int, int)
    def show_transcript(self, row: int, column: int) -> None:
        if row < 0 or column < 0 or column >= len(self.runs):
            self.transcript.clear()
            return
        scenario = _scenario_rows(self.runs)[row][0]
        result = next((r for r in self.runs[column].results if r.scenario == scenario), None)
        self.transcript.setHtml(_transcript_html(self.runs[column], result))

    # --- ending -------------------------------------------------------------------------------

    def stop(self) -> None:
        """Cancel a check-up in flight and wait for its thread (the window is closing)."""
        if self._lane is not None:
            self._lane.stop()
            self._lane = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)


def _scenario_rows(runs: list[CheckupRun]) -> list[tuple[str, str, str]]:
    """(scenario id, title, language) of every scenario any run has, in the order first met."""
    rows: dict[str, tuple[str, str, str]] = {}
    for run in runs:
        for result in run.results:
            rows.setdefault(result.scenario, (result.scenario, result.title, result.language))
    return list(rows.values())


def _header(run: CheckupRun) -> str:
    digest = run.digest.removeprefix("sha256:")[:12]
    return "\n".join(part for part in (run.model, digest, run.day.astimezone().strftime("%Y-%m-%d %H:%M"),
                                       tr("{passed}/{total} réussis", passed=run.passed_count,
                                          total=len(run.results))) if part)


def _cell(result: ScenarioResult | None) -> QTableWidgetItem:
    if result is None:
        item = QTableWidgetItem(tr("non passé"))
    else:
        item = QTableWidgetItem(tr("réussi") if result.passed else tr("échoué"))
        item.setBackground(QBrush(PASSED if result.passed else FAILED))
        item.setToolTip("\n".join(reason.describe() for reason in result.reasons))
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


def _transcript_html(run: CheckupRun, result: ScenarioResult | None) -> str:
    if result is None:
        return "<p>" + escape(tr("Ce modèle n'a pas passé ce scénario.")) + "</p>"
    verdict = tr("réussi") if result.passed else tr("échoué")
    parts = ["<h3>" + escape(tr("{title} — {model} : {verdict}", title=result.title, model=run.model,
                                verdict=verdict)) + "</h3>"]
    if result.reasons:
        parts.append("<ul>" + "".join(f"<li>{escape(r.describe())}</li>" for r in result.reasons) + "</ul>")
    # The exchange first; what the model was told (long, the same each time) after it.
    said = [line for line in result.transcript if line.role != "system"]
    told = [line for line in result.transcript if line.role == "system"]
    for line in said + told:
        label = escape(tr(ROLES.get(line.role, line.role)))
        text = escape(line.text).replace("\n", "<br>")
        style = ' style="color:#555"' if line.role == "system" else ""
        parts.append(f"<p{style}><b>{label}</b><br>{text}</p>")
    return "".join(parts)
