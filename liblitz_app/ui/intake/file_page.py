"""Wizard page 1: choose the file, and see how it reads — format, recognised layout, first rows.

The file is inspected on the store thread (it hashes the whole file, and recalls a remembered
mapping from the ledger): a 100 MB export never freezes the window.
"""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from ...i18n import language, tr
from ...intake import Inspection, inspect_file
from ...store.library import MemoryLibrary
from ..store_thread import Store
from ..tasks import Task
from .choices import PREVIEW_ROWS, ImportChoices
from .preview_model import PERSONA_COLUMN, FitOnResize, PreviewModel, fit_columns
from .separator_box import SeparatorBox
from .wording import LAYOUT_NAMES, format_sentence

ERROR_STYLE = "color: #8a1c12;"
FILE_FILTER = "Exports (*.csv *.json *.txt *.tsv);;Tous les fichiers (*)"


class FilePage(QWizardPage):
    """Signals:
        inspected(object): the chosen file's Inspection is shown.
        inspection_failed(str): it cannot be read; the sentence is shown on the page.
    """

    inspected = Signal(object)
    inspection_failed = Signal(str)

    def __init__(self, store: Store, choices: ImportChoices) -> None:
        super().__init__()
        self.store = store
        self.choices = choices
        self.model: PreviewModel | None = None
        self._inspecting: Task | None = None  # a late answer about a file no longer chosen is ignored
        self.setTitle(tr("Choisir l'export"))
        self.setSubTitle(tr("Un fichier CSV ou JSON exporté d'une autre application. Rien n'est enregistré "
                            "avant la dernière étape."))
        self._init_widgets()
        self._init_layout()

    def _init_widgets(self) -> None:
        self.path_edit = QLineEdit()
        # A path pasted or typed is read on Enter, as one chosen with "Parcourir…" (a terminal's copy, a path
        # from a file manager).
        self.path_edit.setPlaceholderText(tr("Aucun fichier choisi : collez son chemin ou cliquez « Parcourir… »"))
        self.path_edit.returnPressed.connect(self._typed)
        self.browse_button = QPushButton(tr("Parcourir…"))
        self.browse_button.clicked.connect(self.browse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.format_label = QLabel()
        self.format_label.setWordWrap(True)
        self.layout_label = QLabel()
        self.layout_label.setWordWrap(True)
        self.reading = SeparatorBox()
        self.reading.separator_chosen.connect(self.read_with)
        self.reading.skip_changed.connect(self._on_skip_changed)
        self.table = QTableView()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        FitOnResize(self.table)

    def _init_layout(self) -> None:
        chooser = QHBoxLayout()
        chooser.addWidget(self.path_edit, 1)
        chooser.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.format_label)
        layout.addWidget(self.reading)
        layout.addWidget(self.layout_label)
        layout.addWidget(self.status)  # right above the rows it introduces (or alone, saying what failed)
        layout.addWidget(self.table, 1)

    @Slot()
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Importer un export"), "", tr(FILE_FILTER))
        if path:
            self.choose(Path(path))

    @Slot()
    def _typed(self) -> None:
        typed = self.path_edit.text().strip().strip('"\'')
        if typed and Path(typed).expanduser() != self.choices.path:
            self.choose(Path(typed).expanduser())

    def choose(self, path: Path) -> Task:
        """Inspect `path` on the store thread; the page completes when the preview is shown."""
        self.choices.delimiter, self.choices.skip_malformed = None, False
        return self._read(path)

    @Slot(str)
    def read_with(self, delimiter: str) -> Task | None:
        """Read the chosen file again with the separator the user picked."""
        if self.choices.path is None:
            return None
        self.choices.delimiter = delimiter
        return self._read(self.choices.path)

    def _read(self, path: Path) -> Task:
        self.choices.path, self.choices.inspection, self.choices.mapping = path, None, None
        self.choices.persona_rows.clear()
        self.path_edit.setText(str(path))
        self._show_busy(path)
        delimiter = self.choices.delimiter
        task = self.store.run(lambda library: self._inspect(library, path, delimiter), changes=False)
        self._inspecting = task
        # Bound slots: Qt drops them if the wizard is gone before the answer comes back.
        task.succeeded.connect(self._on_inspected)
        task.failed.connect(self._on_failed)
        return task

    @staticmethod
    def _inspect(library: MemoryLibrary, path: Path, delimiter: str | None) -> Inspection:
        """Runs on the store thread: the ledger remembers mappings chosen for these columns before."""
        return inspect_file(path, library.ledger, rows=PREVIEW_ROWS, delimiter=delimiter)

    def _show_busy(self, path: Path) -> None:
        self.status.setStyleSheet("")
        self.status.setText(tr("Lecture de « {name} »…", name=path.name))
        self.format_label.clear()
        self.layout_label.clear()
        self.table.setModel(None)
        self.model = None
        self.completeChanged.emit()

    @Slot(object)
    def _on_inspected(self, inspection: Inspection) -> None:
        if self.sender() is not self._inspecting:
            return
        self.choices.inspection = inspection
        self.choices.mapping = inspection.detected.mapping
        self.model = PreviewModel(inspection.preview)
        self.model.persona_rows = self.choices.persona_rows  # one set, shared with the options page
        self.model.set_mapping(inspection.detected.mapping)
        self.table.setModel(self.model)
        self.table.setColumnHidden(PERSONA_COLUMN, True)  # marked on the options page
        fit_columns(self.table)
        self.choices.skip_malformed = self.choices.skip_malformed and inspection.bad_lines.count > 0
        if inspection.bad_lines.count:
            self.status.setText(tr("Les {n} premières lignes bien formées, telles qu'elles seront lues si vous "
                                   "ignorez les autres :", n=len(inspection.preview.rows)))
        else:
            self.status.setText(tr("Les {n} premières lignes, telles qu'elles seront lues :",
                                   n=len(inspection.preview.rows)))
        self.format_label.setText(format_sentence(inspection.preview.format))
        self.reading.show_inspection(inspection, inspection.preview.format.path.name, self.choices.skip_malformed)
        self.layout_label.setText(layout_sentence(inspection))
        self.completeChanged.emit()
        self.inspected.emit(inspection)

    @Slot(str)
    def _on_failed(self, sentence: str) -> None:
        if self.sender() is not self._inspecting:
            return
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(sentence)
        self.completeChanged.emit()
        self.inspection_failed.emit(sentence)

    @Slot(bool)
    def _on_skip_changed(self, skip: bool) -> None:
        self.choices.skip_malformed = skip
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """A file with malformed rows goes on only once the user chose to skip them (or another separator)."""
        inspection = self.choices.inspection
        return inspection is not None and (inspection.bad_lines.count == 0 or self.choices.skip_malformed)


def layout_sentence(inspection: Inspection) -> str:
    """The recognised layout, in bold, and what importing it will do."""
    detected = inspection.detected
    name = tr(LAYOUT_NAMES[detected.layout])
    note = detected.effect(language())
    if detected.remembered:
        note = tr("Vous aviez choisi les colonnes de ce format la dernière fois : elles sont reprises.")
    elif detected.mapping is not None and detected.layout.value == "custom":
        note = tr("Les colonnes ont été reconnues d'après leur nom : vérifiez-les à l'étape suivante.")
    return f"<b>{html.escape(name)}</b> — {html.escape(note)}"
