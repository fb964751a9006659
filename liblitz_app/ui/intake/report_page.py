"""Wizard page 5: what the import did — counts, each row set aside and why, export as CSV."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from ...i18n import count, tr, tr_n
from ...intake import ImportReport
from .choices import ImportChoices
from .file_page import ERROR_STYLE
from .report_model import ReportNotesModel

COUNTS = (("rows_read", "ligne lue", "lignes lues"), ("staged", "souvenir mis en attente", "souvenirs mis en attente"),
          ("skipped", "ligne non enregistrée", "lignes non enregistrées"), ("duplicates", "doublon", "doublons"),
          ("flagged", "ligne importée, à vérifier", "lignes importées, à vérifier"),
          ("persona", "fait sur le compagnon", "faits sur le compagnon"),
          ("context", "message du compagnon (contexte)", "messages du compagnon (contexte)"),
          ("malformed", "ligne mal formée, ignorée", "lignes mal formées, ignorées"))
REASON_WIDTH = 320


class ReportPage(QWizardPage):
    """Signals:
        exported(str): the report was written to this CSV path.
    """

    exported = Signal(str)

    def __init__(self, choices: ImportChoices) -> None:
        super().__init__()
        self.choices = choices
        self.model: ReportNotesModel | None = None
        self.setTitle(tr("Rapport d'import"))
        self._init_widgets()
        self._init_layout()

    def _init_widgets(self) -> None:
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.numbers: dict[str, QLabel] = {key: QLabel() for key, *_ in COUNTS}
        self.names: dict[str, QLabel] = {key: QLabel() for key, *_ in COUNTS}  # "1 doublon", "2 doublons"
        for label in self.numbers.values():
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setStyleSheet("font-weight: bold;")
        self.notes_label = QLabel()
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.export_button = QPushButton(tr("Exporter le rapport en CSV…"))
        self.export_button.clicked.connect(self.ask_export)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)

    def _init_layout(self) -> None:
        grid = QGridLayout()
        for i, (key, *_) in enumerate(COUNTS):
            grid.addWidget(self.numbers[key], i // 4, (i % 4) * 2)
            grid.addWidget(self.names[key], i // 4, (i % 4) * 2 + 1)
        grid.setHorizontalSpacing(10)
        for column in (1, 3, 5):
            grid.setColumnMinimumWidth(column, 190)
        grid.setColumnStretch(8, 1)  # an empty column takes the slack: the figures stay in step
        export = QHBoxLayout()
        export.addWidget(self.export_button)
        export.addWidget(self.export_status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(grid)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(export)

    def initializePage(self) -> None:
        report = self.choices.report
        if report is not None:
            self.show_report(report)

    def show_report(self, report: ImportReport) -> None:
        self.headline.setText(headline(report))
        for key, one, many in COUNTS:
            n = getattr(report, key)
            self.numbers[key].setText(count(n))
            self.names[key].setText(tr_n(one, many, n))
        self.model = ReportNotesModel(report.notes)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeColumnToContents(2)
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), REASON_WIDTH))  # the excerpt matters as much
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.notes_label.setText(tr("Lignes mises de côté ou à vérifier ({n}) :", n=report.noted)
                                 if report.notes else tr("Aucune ligne mise de côté."))
        self.table.setVisible(bool(report.notes))

    @Slot()
    def ask_export(self) -> None:
        suggested = f"rapport-import-{Path(self.choices.report.file_name).stem}.csv" if self.choices.report else ""
        path, _ = QFileDialog.getSaveFileName(self, tr("Exporter le rapport"), suggested, tr("CSV (*.csv)"))
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> bool:
        if self.choices.report is None:
            return False
        try:
            written = self.choices.report.to_csv(path)
        except OSError as error:
            self.export_status.setStyleSheet(ERROR_STYLE)
            self.export_status.setText(tr("Le rapport n'a pas pu être écrit dans « {path} » ({why}).",
                                          path=path, why=error.strerror or type(error).__name__))
            return False
        self.export_status.setStyleSheet("")
        self.export_status.setText(tr("Rapport enregistré : {path}", path=written))
        self.exported.emit(str(written))
        return True


def headline(report: ImportReport) -> str:
    said = tr_n("« {name} » : {n} souvenir mis en attente. Il arrivera dans « À relire », au rythme choisi "
                "dans l'onglet « Arrivée ».",
                "« {name} » : {n} souvenirs mis en attente. Ils arriveront peu à peu dans « À relire », au "
                "rythme choisi dans l'onglet « Arrivée ».", report.staged, name=report.file_name)
    if report.previous_import:
        said += " " + tr("Ce fichier avait déjà été importé le {when}.", when=report.previous_import)
    return said
