"""The memory browser: the table, its word filter, and add / edit / history / forget with undo."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from ...i18n import tr
from ...memory import Memory, MemoryFields
from ...store.ledger import LedgerReader, NewMemory
from ..store_thread import Store, Task
from .history_dialog import HistoryDialog
from .memory_form import MemoryForm
from .memory_table import MemoryTableModel

FILTER_DELAY_MS = 150


class BrowserPane(QWidget):
    """Signals:
        memory_selected(int): the memory now selected (0 when none).
        message(str): a sentence for the status bar (errors included).
        saved(int): a memory was written and is durable (id).
    """

    memory_selected = Signal(int)
    message = Signal(str)
    saved = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model: MemoryTableModel | None = None
        self.form: MemoryForm | None = None
        self.history: HistoryDialog | None = None
        self._last_forgotten: int | None = None
        self._init_widgets()
        self._init_layout()
        self._connect_signals()
        self.setEnabled(False)

    # --- construction -------------------------------------------------------------------------

    def _init_widgets(self) -> None:
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filtrer par mots (sans se soucier des accents)…"))
        self.filter.setClearButtonEnabled(True)
        self.bin = QCheckBox(tr("Corbeille"))
        self.add_button = QPushButton(tr("Ajouter un souvenir"))
        self.edit_button = QPushButton(tr("Modifier"))
        self.history_button = QPushButton(tr("Historique"))
        self.forget_button = QPushButton(tr("Oublier"))
        self.empty_bin_button = QPushButton(tr("Vider la corbeille"))
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.count_label = QLabel()
        self.empty_label = QLabel(tr("Aucun souvenir pour l'instant. Ajoutez-en un avec « Ajouter un souvenir » : "
                                     "il sera gardé mot pour mot, sur votre disque."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.undo_bar = QWidget()
        self.undo_text = QLabel(tr("Souvenir oublié (dans la corbeille)."))
        self.undo_button = QPushButton(tr("Annuler"))
        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)

    def _init_layout(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(self.filter, 1)
        tools.addWidget(self.bin)
        for button in (self.add_button, self.edit_button, self.history_button, self.forget_button,
                       self.empty_bin_button):
            tools.addWidget(button)
        undo = QHBoxLayout(self.undo_bar)
        undo.setContentsMargins(0, 0, 0, 0)
        undo.addWidget(self.undo_text)
        undo.addWidget(self.undo_button)
        undo.addStretch(1)
        self.undo_bar.hide()
        self.empty_bin_button.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def _connect_signals(self) -> None:
        self.filter.textChanged.connect(self._filter_timer.start)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.bin.toggled.connect(self._apply_filter)
        self.add_button.clicked.connect(self.open_add_form)
        self.edit_button.clicked.connect(self.open_edit_form)
        self.history_button.clicked.connect(self.open_history)
        self.forget_button.clicked.connect(self.forget_or_bring_back)
        self.empty_bin_button.clicked.connect(self.empty_bin)
        self.undo_button.clicked.connect(self.undo_forget)
        self.undo_shortcut.activated.connect(self.undo_forget)
        self.table.doubleClicked.connect(self.open_edit_form)
        self.store.changed.connect(self.refresh)

    def attach(self, reader: LedgerReader) -> None:
        """The ledger is open: show it."""
        self.model = MemoryTableModel(reader, self)
        self.table.setModel(self.model)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest events first
        self.model.refresh(keep_loaded=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._update_state)
        self.model.rowsInserted.connect(self._update_state)
        self.setEnabled(True)
        self._update_state()

    # --- reading ------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        if self.model is not None:
            selected = self.selected_memory()
            self.model.refresh()
            if selected:
                self.select_memory(selected.id)

    @Slot()
    def _apply_filter(self) -> None:
        if self.model is None:
            return
        in_bin = self.bin.isChecked()
        self.model.set_query(replace(self.model.query, words=self.filter.text(), forgotten=in_bin))
        self.forget_button.setText(tr("Remettre") if in_bin else tr("Oublier"))
        self.empty_bin_button.setVisible(in_bin)
        self._update_state()

    def selected_memory(self) -> Memory | None:
        if self.model is None:
            return None
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.memory_at(rows[0].row()) if rows else None

    def select_memory(self, memory_id: int) -> bool:
        if self.model is None:
            return False
        row = self.model.row_of(memory_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _on_current_changed(self) -> None:
        memory = self.selected_memory()
        self.memory_selected.emit(memory.id if memory else 0)
        self._update_state()

    def _update_state(self) -> None:
        if self.model is None:
            return
        has = self.selected_memory() is not None
        in_bin = self.bin.isChecked()
        for button in (self.edit_button, self.history_button):
            button.setEnabled(has and not in_bin)
        self.forget_button.setEnabled(has)
        self.add_button.setEnabled(not in_bin)
        nothing_at_all = self.model.total == 0 and not self.filter.text() and not in_bin
        self.empty_label.setVisible(nothing_at_all)
        self.table.setVisible(not nothing_at_all)
        self.count_label.setText(tr("{n} souvenir(s)", n=self.model.total))

    # --- writing (on the store thread) --------------------------------------------------------

    def _write(self, job, done_message: str) -> Task:  # job: Callable[[MemoryLibrary, Task], Memory]
        task = self.store.run(job)
        task.succeeded.connect(lambda memory: self._written(memory, done_message))
        task.failed.connect(self.message)
        return task

    def _written(self, memory: Memory, done_message: str) -> None:
        self.message.emit(done_message)
        self.refresh()
        if not memory.forgotten:
            self.select_memory(memory.id)
        self.saved.emit(memory.id)

    @Slot()
    def open_add_form(self) -> None:
        self.form = MemoryForm(parent=self)
        self.form.accepted.connect(lambda: self.add(self.form.result_text, self.form.result_fields))
        self.form.open()

    def add(self, text: str, fields: MemoryFields) -> Task:
        new = NewMemory(text, fields)
        return self._write(lambda library, task: library.add(new), tr("Souvenir enregistré."))

    @Slot()
    def open_edit_form(self) -> None:
        memory = self.selected_memory()
        if memory is None or memory.forgotten:
            return
        self.form = MemoryForm(memory, parent=self)
        self.form.accepted.connect(lambda: self.edit(memory.id, self.form.result_fields))
        self.form.open()

    def edit(self, memory_id: int, fields: MemoryFields) -> Task:
        return self._write(lambda library, task: library.edit(memory_id, fields),
                           tr("Nouvelle version enregistrée."))

    @Slot()
    def open_history(self) -> None:
        memory = self.selected_memory()
        if memory is None or self.model is None:
            return
        versions = self.model.reader.history(memory.id)
        self.history = HistoryDialog(memory, versions, self)
        self.history.restore_requested.connect(lambda version: self.restore(memory.id, version))
        self.history.open()

    def restore(self, memory_id: int, version: int) -> Task:
        return self._write(lambda library, task: library.restore(memory_id, version),
                           tr("Version {n} restaurée (enregistrée comme nouvelle version).", n=version))

    @Slot()
    def forget_or_bring_back(self) -> None:
        memory = self.selected_memory()
        if memory is None:
            return
        if memory.forgotten:
            self._write(lambda library, task: library.unforget(memory.id), tr("Souvenir remis."))
        else:
            self.forget(memory.id)

    def forget(self, memory_id: int) -> Task:
        task = self._write(lambda library, t: library.forget(memory_id),
                           tr("Souvenir oublié. Ctrl+Z ou « Annuler » pour le remettre."))
        task.succeeded.connect(lambda memory: self._offer_undo(memory.id))
        return task

    def _offer_undo(self, memory_id: int) -> None:
        self._last_forgotten = memory_id
        self.undo_bar.show()

    @Slot()
    def undo_forget(self) -> Task | None:
        if self._last_forgotten is None:
            return None
        memory_id, self._last_forgotten = self._last_forgotten, None
        self.undo_bar.hide()
        return self._write(lambda library, task: library.unforget(memory_id), tr("Souvenir remis."))

    @Slot()
    def empty_bin(self) -> None:
        answer = QMessageBox.question(
            self, tr("Vider la corbeille"),
            tr("Effacer définitivement les souvenirs de la corbeille ? Cela ne peut pas être annulé."))
        if answer == QMessageBox.StandardButton.Yes:
            task = self.store.run(lambda library, t: library.empty_forgotten())
            task.succeeded.connect(lambda ids: self.message.emit(tr("{n} souvenir(s) effacé(s).", n=len(ids))))
            task.failed.connect(self.message)

