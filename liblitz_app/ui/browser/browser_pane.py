"""The memory browser: search (words and meaning), filters, the table, the selected memory's details,
and add / edit / history / forget with undo."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
    QSplitter, QTableView, QVBoxLayout, QWidget,
)

from ...i18n import tr, tr_n
from ...memory import Emotion, Memory, MemoryFields, MemoryVersion, Status
from ...store.ledger import LedgerReader, NewMemory
from ...store.library import MemoryLibrary
from ...store.query import MemoryQuery, fts_tokens
from ..reading import Reading
from ..store_thread import Store
from ..tasks import Task
from .column_widths import ColumnWidths
from .detail_panel import DetailPanel
from .filter_bar import FilterBar
from .history_dialog import HistoryDialog
from .memory_form import MemoryForm
from .highlight_delegate import HighlightDelegate
from .memory_table import (
    STATUS_COLUMN, TEXT_COLUMN, WHY_COLUMN, MemoryTableModel, column_order, ledger_listing,
)
from .search import RELEVANCE, SearchResults, search

SEARCH_DELAY_MS = 200


class BrowserPane(QWidget):
    """Signals:
        memory_selected(int): the memory now selected (0 when none).
        query_changed(object): the MemoryQuery now shown (search + filters), for the timeline.
        message(str): a sentence for the status bar (errors included).
        saved(int): a memory was written, is durable, and the table shows it (id).
        searched(): a search's results (a recall, run on the store thread) are shown.
        details_shown(int): the detail panel shows this memory and its versions (0: none).

    Nothing here reads the ledger on the GUI thread: the table, the details and the history are read
    on the reader thread (ui/reading.py), searches and writes run on the store thread.
    """

    memory_selected = Signal(int)
    query_changed = Signal(object)
    message = Signal(str)
    saved = Signal(int)
    searched = Signal()
    details_shown = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.reading: Reading | None = None
        self.model: MemoryTableModel | None = None
        self.form: MemoryForm | None = None
        self.history: HistoryDialog | None = None
        self._last_forgotten: int | None = None
        self._shown: Memory | None = None  # the memory in the detail panel, as last read
        self._reselect: int | None = None  # kept selected across a re-read of the listing
        self._after_listed: list[Callable[[], None]] = []  # once the listing asked for is shown
        self._searching = ""  # the words being searched (not in the bin): the table lists a recall's results
        self._results: SearchResults | None = None
        self._awaited: SearchResults | None = None  # found, not shown yet: `searched` waits for it
        self._init_widgets()
        self._init_layout()
        self._connect_signals()
        self.setEnabled(False)

    # --- construction -------------------------------------------------------------------------

    def _init_widgets(self) -> None:
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Chercher un souvenir, par ses mots ou par son sens : « cette soirée à Lyon »…"))
        self.filter.setClearButtonEnabled(True)
        self.relevance_button = QPushButton(tr("Pertinence"))
        self.relevance_button.setCheckable(True)
        self.relevance_button.setToolTip(tr("Résultats du plus pertinent au moins pertinent ; un clic sur une "
                                            "colonne les trie autrement."))
        self.relevance_button.hide()
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
        self.column_widths = ColumnWidths(self.table)  # the text keeps most of the width
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
        tools.addWidget(self.relevance_button)
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
        self.relevance_button.clicked.connect(self._order_by_relevance)
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

    def attach(self, reading: Reading) -> None:
        """The ledger is open: show it (read on the reader thread)."""
        self.reading = reading
        self.model = MemoryTableModel(reading, self)
        self.model.listed.connect(self._on_listed)
        self.model.rows_arrived.connect(self._update_state)
        self.model.failed.connect(self.message)
        self.table.setModel(self.model)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest events first: asks the listing
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(WHY_COLUMN, True)
        self.column_widths.fit()
        self.table.setItemDelegateForColumn(TEXT_COLUMN, HighlightDelegate(self._bold_words, self.table))
        header.sectionClicked.connect(self._left_relevance)
        self.table.selectionModel().selectionChanged.connect(self._on_current_changed)
        self.setEnabled(True)
        self._update_state()

    # --- reading ------------------------------------------------------------------------------

    @Slot()
    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Re-read the table (after a write), keeping the selected memory selected; `then` runs
        once the new listing is shown."""
        if self.model is None:
            return
        self._reselect = self.selected_id() or self._reselect
        if then is not None:
            self._after_listed.append(then)
        if self._searching:  # what answers may have changed (a memory forgotten, edited): ask again
            self._search(self.model.query)
        else:
            self.model.refresh(focus=self._reselect)

    def _on_listed(self) -> None:
        if self._reselect is not None:
            self.select_memory(self._reselect)
            self._reselect = None
        self._show_details()
        self._update_state()
        waiting, self._after_listed = self._after_listed, []
        for then in waiting:
            then()
        # An earlier listing may arrive first: only the one made from these results (which passes their
        # `why` on, in either order) says the search is shown.
        if self._awaited is not None and self.model.listing.why is self._awaited.listing.why:
            self._awaited = None
            self.searched.emit()

    @Slot()
    def _apply_filter(self) -> None:
        if self.model is None:
            return
        in_bin = self.bin.isChecked()
        text = self.filter.text()
        self._searching = text if text.strip() and not in_bin else ""
        query = self.filter_bar.apply_to(replace(self.model.query, words="", forgotten=in_bin,
                                                 meaning_ids=frozenset(), ids=None))
        self.forget_button.setText(tr("Remettre") if in_bin else tr("Oublier"))
        self.empty_bin_button.setVisible(in_bin)
        self._show_search_columns(bool(text.strip()))
        if self._searching:
            self._search(query)
            return
        self._results = None
        self.model.lister = ledger_listing
        self.table.horizontalHeader().setSortIndicatorShown(True)
        # In the bin, words still filter the ledger (forgotten memories are out of recall's reach).
        self._show(replace(self._column_order(query), words=text if in_bin else ""))

    def _search(self, query: MemoryQuery) -> None:
        """Every memory that answers, found by the recall on the store thread. A new search starts in
        relevance order; one the user ordered by a column keeps it. A newer search overtakes this one."""
        if self._results is None and query.sort != RELEVANCE:
            query = replace(query, sort=RELEVANCE)
            self.relevance_button.setChecked(True)
            self.table.horizontalHeader().setSortIndicatorShown(False)
        text = self._searching
        self.store.run(lambda library: search(library, text, query),
                       lambda results, error: self._found(query, results, error), changes=False, owner=self,
                       key="search")

    def _found(self, query: MemoryQuery, results: SearchResults | None, error: str | None) -> None:
        if error is not None:
            self.message.emit(error)
        if error is not None or self.model is None or not self._searching:
            return
        self._results = self._awaited = results
        self.model.lister = results.lister()
        self._show(replace(query, ids=frozenset(results.listing.ids)))

    def _show_search_columns(self, searching: bool) -> None:
        """While searching, "why" takes the status column's place: the text keeps its width."""
        self.table.setColumnHidden(WHY_COLUMN, not searching)
        self.table.setColumnHidden(STATUS_COLUMN, searching)
        self.column_widths.fit()
        self.relevance_button.setVisible(bool(self._searching))

    @Slot(bool)
    def _order_by_relevance(self, checked: bool) -> None:
        if self.model is None:
            return
        self.table.horizontalHeader().setSortIndicatorShown(not checked)
        query = self.model.query
        self._show(replace(query, sort=RELEVANCE) if checked else self._column_order(query))

    @Slot(int)
    def _left_relevance(self, _section: int) -> None:
        """A click on a column header orders the results by that column (the model sorts)."""
        self.relevance_button.setChecked(False)
        self.table.horizontalHeader().setSortIndicatorShown(True)

    def _column_order(self, query: MemoryQuery) -> MemoryQuery:
        """The query in the order the header shows (where it was before "Pertinence")."""
        if query.sort != RELEVANCE:
            return query
        header = self.table.horizontalHeader()
        return column_order(query, header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _searched_words(self) -> list[str]:
        return fts_tokens(self.filter.text())

    def _bold_words(self, memory_id: int | None) -> list[str]:
        """The words to embolden in a row: those the recall matched in it, or in the bin the searched words."""
        if self._results is not None and self._searching:
            return list(self._results.words.get(memory_id, ()))
        return self._searched_words() if self.bin.isChecked() else []

    def _show(self, query: MemoryQuery, then: Callable[[], None] | None = None) -> None:
        self._reselect = self.selected_id() or self._reselect
        if then is not None:
            self._after_listed.append(then)
        if query == self.model.query:
            self.model.refresh(focus=self._reselect)  # `then` waits for a listing: ask for one
        else:
            self.model.set_query(query, focus=self._reselect)
        self.query_changed.emit(query)
        self._update_state()

    def set_emotions(self, emotions: frozenset[Emotion]) -> None:
        """Show only these emotions (all when every one is visible), e.g. from the timeline's legend."""
        self.filter_bar.emotions.set_selected(frozenset() if emotions == frozenset(Emotion) else emotions)

    def selected_id(self) -> int | None:
        if self.model is None or self.table.selectionModel() is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def selected_memory(self) -> Memory | None:
        """The selected memory as read (None while its row is still being read)."""
        memory_id = self.selected_id()
        if memory_id is None:
            return None
        memory = self.model.memory_at(self.model.row_of(memory_id))
        if memory is None and self._shown is not None and self._shown.id == memory_id:
            return self._shown
        return memory

    def select_memory(self, memory_id: int) -> bool:
        """Select a memory of the listing (its row is known at once, even at 50k: no read here)."""
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
        self.memory_selected.emit(self.selected_id() or 0)
        self._show_details()
        self._update_state()

    def _show_details(self) -> None:
        """The selected memory and its versions, read together on the reader thread."""
        if self.reading is None:
            return
        memory_id = self.selected_id()

        def read(reader: LedgerReader) -> tuple[Memory | None, list[MemoryVersion]]:
            if not memory_id:
                return None, []
            with reader.snapshot():  # the memory as its newest version says, even if an edit commits between
                return reader.get(memory_id), reader.history(memory_id)
        self.reading.run(read, self._details_read, owner=self, key="details")

    def _details_read(self, answer: tuple[Memory | None, list[MemoryVersion]] | None, error: str | None) -> None:
        memory, versions = answer if answer is not None else (None, [])
        self._shown = memory
        self.details.show_memory(memory, versions)
        self._update_state()
        self.details_shown.emit(memory.id if memory else 0)

    def _update_state(self) -> None:
        if self.model is None:
            return
        has = self.selected_id() is not None
        in_bin = self.bin.isChecked()
        for button in (self.edit_button, self.history_button):
            button.setEnabled(has and not in_bin)
        self.forget_button.setEnabled(has)
        self.add_button.setEnabled(not in_bin)
        searching = bool(self.filter.text()) or self.model.query.narrows  # the box may be ahead of the query
        nothing_at_all = self.model.total == 0 and not searching
        self.empty_label.setVisible(nothing_at_all)
        self.splitter.setVisible(not nothing_at_all)
        self.count_label.setText(tr_n("{n} souvenir", "{n} souvenirs", n=self.model.total))

    # --- writing (on the store thread) --------------------------------------------------------

    def _write(self, job: Callable[[MemoryLibrary], Memory], done_message: str) -> Task:
        return self.store.run(job, lambda memory, error: self._written(memory, error, done_message))

    def _written(self, memory: Memory | None, error: str | None, done_message: str) -> None:
        if error is not None:
            self.message.emit(error)
            return
        self.message.emit(done_message)
        if memory.forgotten:
            self._offer_undo(memory.id)  # before `saved`: whoever hears it sees the whole outcome
            self._reselect = None
        else:
            self._reselect = memory.id
        self.refresh(lambda: self.saved.emit(memory.id))

    @Slot()
    def open_add_form(self) -> None:
        self.form = MemoryForm(parent=self, store=self.store)  # suggestions read with its embedder
        self.form.accepted.connect(lambda: self.add(self.form.result_text, self.form.result_fields))
        self.form.open()

    def add(self, text: str, fields: MemoryFields) -> Task:
        new = NewMemory(text, fields, status=Status.COMMITTED)
        return self._write(lambda library: library.add(new), tr("Souvenir enregistré."))

    @Slot()
    def open_edit_form(self) -> None:
        memory = self.selected_memory()
        if memory is None or memory.forgotten:
            return
        self.form = MemoryForm(memory, parent=self)
        self.form.accepted.connect(lambda: self.edit(memory.id, self.form.result_fields))
        self.form.open()

    def edit(self, memory_id: int, fields: MemoryFields) -> Task:
        return self._write(lambda library: library.edit(memory_id, fields),
                           tr("Nouvelle version enregistrée."))

    @Slot()
    def open_history(self) -> None:
        memory = self.selected_memory()
        if memory is None or self.reading is None:
            return
        self.history = None
        self.reading.run(lambda reader: reader.history(memory.id),
                         lambda versions, error: self._open_history(memory, versions, error), owner=self, key="history")

    def _open_history(self, memory: Memory, versions: list[MemoryVersion] | None, error: str | None) -> None:
        if error is not None:
            self.message.emit(error)
            return
        self.history = HistoryDialog(memory, versions, self)
        self.history.restore_requested.connect(lambda version: self.restore(memory.id, version))
        self.history.open()

    def _restore_selected(self, version: int) -> None:
        memory = self.selected_memory()
        if memory is not None:
            self.restore(memory.id, version)

    def restore(self, memory_id: int, version: int) -> Task:
        return self._write(lambda library: library.restore(memory_id, version),
                           tr("Version {n} restaurée (enregistrée comme nouvelle version).", n=version))

    @Slot()
    def forget_or_bring_back(self) -> None:
        memory = self.selected_memory()
        if memory is None:
            return
        if memory.forgotten:
            self._write(lambda library: library.unforget(memory.id), tr("Souvenir remis."))
        else:
            self.forget(memory.id)

    def forget(self, memory_id: int) -> Task:
        return self._write(lambda library: library.forget(memory_id),
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
        return self._write(lambda library: library.unforget(memory_id), tr("Souvenir remis."))

    @Slot()
    def empty_bin(self) -> None:
        answer = QMessageBox.question(
            self, tr("Vider la corbeille"),
            tr("Effacer définitivement les souvenirs de la corbeille ? Cela ne peut pas être annulé."))
        if answer == QMessageBox.StandardButton.Yes:
            self.store.run(lambda library: library.empty_forgotten(), lambda ids, error: self.message.emit(
                error or tr_n("{n} souvenir effacé.", "{n} souvenirs effacés.", n=len(ids))))
