"""The memory browser: search (words and meaning), filters, the table, the selected memory's details,
and add / edit / history / forget with undo."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
    QSplitter, QTableView, QVBoxLayout, QWidget,
)

from ...i18n import tr
from ...index import IndexFilter
from ...memory import Emotion, Memory, MemoryFields
from ...store.ledger import LedgerReader, NewMemory
from ...store.library import SearchHit, day_seconds
from ...store.query import MemoryQuery, fts_expression, fts_tokens
from ..store_thread import Store, Task
from .detail_panel import DetailPanel
from .filter_bar import FilterBar
from .history_dialog import HistoryDialog
from .memory_form import MemoryForm
from .highlight_delegate import HighlightDelegate
from .memory_table import TEXT_COLUMN, WHY_COLUMN, MemoryTableModel

SEARCH_DELAY_MS = 200
MEANING_HITS = 15


def index_filter(query: MemoryQuery) -> IndexFilter:
    """The filters the index applies itself before ranking by meaning (the ledger applies the rest)."""
    return IndexFilter(emotions=frozenset(e.value for e in query.emotions), intensity_min=query.intensity_min,
                       intensity_max=query.intensity_max, date_from=day_seconds(query.date_from),
                       date_to=day_seconds(query.date_to))


class BrowserPane(QWidget):
    """Signals:
        memory_selected(int): the memory now selected (0 when none).
        query_changed(object): the MemoryQuery now shown (search + filters), for the timeline.
        message(str): a sentence for the status bar (errors included).
        saved(int): a memory was written and is durable (id).
        searched(): the meaning part of a search has come back and is shown.
    """

    memory_selected = Signal(int)
    query_changed = Signal(object)
    message = Signal(str)
    saved = Signal(int)
    searched = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model: MemoryTableModel | None = None
        self.form: MemoryForm | None = None
        self.history: HistoryDialog | None = None
        self._last_forgotten: int | None = None
        self._search_generation = 0
        self._init_widgets()
        self._init_layout()
        self._connect_signals()
        self.setEnabled(False)

    # --- construction -------------------------------------------------------------------------

    def _init_widgets(self) -> None:
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Chercher un souvenir, par ses mots ou par son sens : « cette soirée à Lyon »…"))
        self.filter.setClearButtonEnabled(True)
        self.filters_button = QPushButton(tr("Filtres"))
        self.filters_button.setCheckable(True)
        self.filter_bar = FilterBar()
        self.filter_bar.hide()
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
        self.table.setWordWrap(False)  # one line a memory; the whole text is in the tooltip and the details
        self.table.verticalHeader().hide()
        self.details = DetailPanel()
        self.count_label = QLabel()
        self.empty_label = QLabel(tr("Aucun souvenir pour l'instant. Ajoutez-en un avec « Ajouter un souvenir », "
                                     "ou importez un export (menu Fichier) : chaque souvenir est gardé mot pour mot, "
                                     "sur votre disque."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.undo_bar = QWidget()
        self.undo_text = QLabel(tr("Souvenir oublié (dans la corbeille)."))
        self.undo_button = QPushButton(tr("Annuler l'oubli"))
        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

    def _init_layout(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(self.filter, 1)
        tools.addWidget(self.filters_button)
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
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)

    def _connect_signals(self) -> None:
        # Search and filters
        self.filter.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self._apply_filter)
        self.filters_button.toggled.connect(self.filter_bar.setVisible)
        self.filter_bar.changed.connect(self._apply_filter)
        self.bin.toggled.connect(self._apply_filter)
        # Actions
        self.add_button.clicked.connect(self.open_add_form)
        self.edit_button.clicked.connect(self.open_edit_form)
        self.history_button.clicked.connect(self.open_history)
        self.forget_button.clicked.connect(self.forget_or_bring_back)
        self.empty_bin_button.clicked.connect(self.empty_bin)
        self.undo_button.clicked.connect(self.undo_forget)
        self.undo_shortcut.activated.connect(self.undo_forget)
        self.table.doubleClicked.connect(self.open_edit_form)
        # The detail panel
        self.details.edit_requested.connect(self.open_edit_form)
        self.details.forget_requested.connect(self.forget_or_bring_back)
        self.details.restore_requested.connect(self._restore_selected)
        self.store.changed.connect(self.refresh)

    def attach(self, reader: LedgerReader) -> None:
        """The ledger is open: show it."""
        self.model = MemoryTableModel(reader, self)
        self.table.setModel(self.model)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest events first
        self.model.refresh(keep_loaded=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 95), (1, 120), (2, 70), (4, 110), (5, 110), (6, 80), (7, 140)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(WHY_COLUMN, True)
        self.table.setItemDelegateForColumn(TEXT_COLUMN, HighlightDelegate(self._searched_words, self.table))
        self.table.selectionModel().selectionChanged.connect(self._on_current_changed)
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
            self._show_details()

    @Slot()
    def _apply_filter(self) -> None:
        if self.model is None:
            return
        in_bin = self.bin.isChecked()
        words = self.filter.text()
        query = self.filter_bar.apply_to(replace(self.model.query, words=words, forgotten=in_bin,
                                                 meaning_ids=frozenset()))
        self._show(query)
        self.forget_button.setText(tr("Remettre") if in_bin else tr("Oublier"))
        self.empty_bin_button.setVisible(in_bin)
        self.table.setColumnHidden(WHY_COLUMN, not words.strip())
        if fts_expression(words) and not in_bin:
            self._search_by_meaning(query)

    def _searched_words(self) -> list[str]:
        return fts_tokens(self.model.query.words) if self.model is not None else []

    def _show(self, query: MemoryQuery) -> None:
        self.model.set_query(query)
        self.query_changed.emit(query)
        self._update_state()

    def _search_by_meaning(self, query: MemoryQuery) -> None:
        """Words answer at once from the ledger; meaning comes back from the store thread and joins in."""
        self._search_generation += 1
        generation = self._search_generation
        where = index_filter(query)
        task = self.store.run(lambda library, t: library.search(query.words, MEANING_HITS, where, relevant_only=True), changes=False)
        task.succeeded.connect(lambda hits: self._meaning_found(generation, hits))
        task.failed.connect(self.message)

    def _meaning_found(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._search_generation or self.model is None:
            return  # the user typed on since: a newer search is coming
        self._show(replace(self.model.query, meaning_ids=frozenset(h.memory.id for h in hits)))
        self.searched.emit()

    def set_emotions(self, emotions: frozenset[Emotion]) -> None:
        """Show only these emotions (all when every one is visible), e.g. from the timeline's legend."""
        self.filter_bar.emotions.set_selected(frozenset() if emotions == frozenset(Emotion) else emotions)

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
        self._show_details()
        self._update_state()

    def _show_details(self) -> None:
        memory = self.selected_memory()
        versions = self.model.reader.history(memory.id) if memory and self.model else []
        self.details.show_memory(memory, versions)

    def _update_state(self) -> None:
        if self.model is None:
            return
        has = self.selected_memory() is not None
        in_bin = self.bin.isChecked()
        for button in (self.edit_button, self.history_button):
            button.setEnabled(has and not in_bin)
        self.forget_button.setEnabled(has)
        self.add_button.setEnabled(not in_bin)
        searching = bool(self.filter.text()) or self.model.query.narrows  # the box may be ahead of the query
        nothing_at_all = self.model.total == 0 and not searching
        self.empty_label.setVisible(nothing_at_all)
        self.splitter.setVisible(not nothing_at_all)
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
        if memory.forgotten:
            self._offer_undo(memory.id)  # before `saved`: whoever hears it sees the whole outcome
        else:
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
        self.history = HistoryDialog(memory, self.model.reader.history(memory.id), self)
        self.history.restore_requested.connect(lambda version: self.restore(memory.id, version))
        self.history.open()

    def _restore_selected(self, version: int) -> None:
        memory = self.selected_memory()
        if memory is not None:
            self.restore(memory.id, version)

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
        return self._write(lambda library, t: library.forget(memory_id),
                           tr("Souvenir oublié. Ctrl+Z ou « Annuler l'oubli » pour le remettre."))

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
