"""A Qt table model over the ledger: the listing and the rows are read on the reader thread, sorted and
filtered in SQL (or ordered by whoever supplies the listing, e.g. a recall), shown as they arrive."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor

from ...i18n import language, tr
from ...memory import STATUS_WORDS, Memory, colour, label
from ...store.ledger import LedgerReader
from ...store.query import MemoryQuery, fts_tokens, matched_words
from ..reading import Reading

MEMORY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200
PLACEHOLDER = "…"  # a row being read

_Index = QModelIndex | QPersistentModelIndex


def _columns() -> list[tuple[str, str]]:
    """(header, ledger sort key) for each column."""
    return [(tr("Date"), "event_start"), (tr("Émotion"), "emotion"), (tr("Intensité"), "intensity"),
            (tr("Souvenir"), "text"), (tr("Personnes"), "created_at"), (tr("Lieu"), "place"),
            (tr("Statut"), "status"), (tr("Pourquoi"), "created_at")]

TEXT_COLUMN = 3
STATUS_COLUMN = 6
WHY_COLUMN = 7


def column_order(query: MemoryQuery, column: int, order: Qt.SortOrder) -> MemoryQuery:
    """`query` ordered by one of the table's columns."""
    return replace(query, sort=_columns()[column][1], descending=order == Qt.SortOrder.DescendingOrder)




def when(memory: Memory) -> str:
    time = memory.fields.time
    if time.start:
        return time.start.isoformat() if not time.end or time.end == time.start \
            else f"{time.start.isoformat()} → {time.end.isoformat()}"
    return time.said or tr("sans date")


def first_line(text: str, limit: int = 120) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


@dataclass(frozen=True)
class Listing:
    """What the table shows, in order: every id, and for some of them why they were found (a recall
    fills `why`; the ledger's own listing leaves it empty and the table says which words matched)."""

    ids: tuple[int, ...] = ()
    why: Mapping[int, str] = field(default_factory=dict)


Lister = Callable[[LedgerReader, MemoryQuery], Listing]  # runs on the reader thread


def ledger_listing(reader: LedgerReader, query: MemoryQuery) -> Listing:
    return Listing(tuple(reader.ids(query)))


@dataclass(frozen=True)
class _Answer:
    query: MemoryQuery
    listing: Listing
    first: list[Memory]  # the rows to show at once: the first page and the one around `focus`


class MemoryTableModel(QAbstractTableModel):
    """Rows are the memories of `query`, read on the reader thread, never on the GUI thread.

    A query (or a refresh after a write) asks for the whole listing — the ordered ids — with the
    first rows; until it arrives the table keeps showing the previous answer. Rows not read yet
    show a placeholder and are fetched a page at a time when the view paints them. Every read is a
    task owned by the model (ui/tasks.py): a newer listing overtakes an older one, newer rows
    overtake older rows (whose pages are asked again), so an overtaken answer is never shown.

    Signals:
        listed(): the listing of the latest query is shown (total, order, the first rows).
        rows_arrived(): more rows were read and are shown.
        failed(str): a read failed; the sentence says why.
    """

    listed = Signal()
    rows_arrived = Signal()
    failed = Signal(str)

    def __init__(self, reading: Reading, parent: QObject | None = None, lister: Lister = ledger_listing) -> None:
        super().__init__(parent)
        self._reading = reading
        self.lister = lister  # a recall may set its own: it runs on the reader thread
        self._query = MemoryQuery()
        self._listing = Listing()
        self._rows: dict[int, int] = {}  # memory id → row
        self._memories: dict[int, Memory] = {}  # read since the last write
        self._earlier: dict[int, Memory] = {}  # read before it: shown until re-read, never kept
        self._asked: set[int] = set()  # pages asked for, not arrived
        self._why: dict[int, str] = {}  # per listing: a paint asks often, and finding the words folds the text
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.timeout.connect(self._fetch)
        self._columns = _columns()

    # --- what to show -------------------------------------------------------------------------

    @property
    def query(self) -> MemoryQuery:
        return self._query

    def set_query(self, query: MemoryQuery, focus: int | None = None) -> None:
        if query != self._query:
            self._query = query
            self._ask(focus, written=False)

    def refresh(self, focus: int | None = None) -> None:
        """Read the listing again (after a write); with `focus`, that memory's row is read with it."""
        self._ask(focus, written=True)

    def show_listing(self, query: MemoryQuery, listing: Listing, focus: int | None = None) -> None:
        """Show `listing` (ids in order, and why each was found, e.g. a recall's) for `query`."""
        self._query = query
        self._ask(focus, written=False, lister=lambda reader, _query: listing)

    @property
    def listing(self) -> Listing:
        return self._listing

    def _ask(self, focus: int | None, written: bool, lister: Lister | None = None) -> None:
        query, lister = self._query, lister or self.lister

        def read(reader: LedgerReader) -> _Answer:
            listing = lister(reader, query)
            wanted = list(listing.ids[:PAGE])
            if focus is not None and focus in listing.ids:
                page = listing.ids.index(focus) // PAGE
                wanted += listing.ids[page * PAGE:(page + 1) * PAGE]
            return _Answer(query, listing, reader.get_many(wanted))
        self._reading.run(read, lambda answer, error: self._listed(answer, error, written), owner=self,
                          key="listing")

    def _listed(self, answer: _Answer | None, error: str | None, written: bool) -> None:
        if error is not None:
            self.failed.emit(error)
            return
        self.beginResetModel()
        self._listing = answer.listing
        self._rows = {memory_id: row for row, memory_id in enumerate(answer.listing.ids)}
        if written:
            self._earlier, self._memories = self._memories, {}
        self._keep(answer.first)
        self._asked.clear()
        self._why.clear()
        self.endResetModel()
        self.listed.emit()

    def _keep(self, memories: list[Memory]) -> None:
        for memory in memories:
            self._memories[memory.id] = memory
            self._earlier.pop(memory.id, None)

    # --- rows, read a page at a time ----------------------------------------------------------

    def _want(self, row: int) -> None:
        page = row // PAGE
        if page not in self._asked:
            self._asked.add(page)
            self._fetch_timer.start(0)  # once the view has painted: one read for every page it wants

    def _fetch(self) -> None:
        ids = self._listing.ids
        pages = frozenset(self._asked)  # those of an overtaken read too: they are asked again here
        wanted = [i for page in sorted(pages) for i in ids[page * PAGE:(page + 1) * PAGE]]
        self._reading.run(lambda reader: reader.get_many(wanted),
                          lambda memories, error: self._arrived(pages, memories, error), owner=self, key="rows")

    def _arrived(self, pages: frozenset[int], memories: list[Memory] | None, error: str | None) -> None:
        self._asked -= pages
        if error is not None:
            self.failed.emit(error)
            return
        self._keep(memories)
        rows = [self._rows[m.id] for m in memories if m.id in self._rows]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(self._columns) - 1))
        self.rows_arrived.emit()

    def id_at(self, row: int) -> int | None:
        ids = self._listing.ids
        return ids[row] if 0 <= row < len(ids) else None

    def memory_at(self, row: int) -> Memory | None:
        """The memory shown on `row`; None while it is being read (it is asked for)."""
        memory_id = self.id_at(row)
        if memory_id is None:
            return None
        memory = self._memories.get(memory_id)
        if memory is None:
            self._want(row)
            memory = self._earlier.get(memory_id)
        return memory

    def row_of(self, memory_id: int) -> int | None:
        """The row of a memory in the listing (no read: the listing holds every id)."""
        return self._rows.get(memory_id)

    @property
    def total(self) -> int:
        return len(self._listing.ids)

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._listing.ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.DisplayRole,
                                                                  Qt.ItemDataRole.ToolTipRole):
            return self._columns[section][0]  # the tooltip: whole, when a narrow column cuts the title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.set_query(column_order(self._query, column, order))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == MEMORY_ID_ROLE:
            return self.id_at(index.row())
        memory = self.memory_at(index.row())
        if memory is None:
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole and index.column() == TEXT_COLUMN else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(memory, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TEXT_COLUMN:
            return memory.text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == WHY_COLUMN:
            return self.why(memory) or None  # the whole of it, when the column is too narrow
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 1 and memory.fields.emotion:
            return QColor(colour(memory.fields.emotion))
        return None

    def _display(self, memory: Memory, column: int) -> str:
        """Only the column asked for: a paint asks every cell, and `why` folds the text."""
        fields = memory.fields
        if column == 0:
            return when(memory)
        if column == 1:
            return label(fields.emotion, language()) if fields.emotion else ""
        if column == 2:
            return "" if fields.intensity is None else str(fields.intensity)
        if column == TEXT_COLUMN:
            return first_line(memory.text)
        if column == 4:
            return ", ".join(fields.persons)
        if column == 5:
            return fields.place
        if column == 6:
            return tr(STATUS_WORDS[memory.status])
        return self.why(memory)

    def why(self, memory: Memory) -> str:
        """Why a memory matched the search: what the listing says, or the words found in it, or its meaning."""
        if memory.id not in self._why:
            self._why[memory.id] = self._find_why(memory)
        return self._why[memory.id]

    def _find_why(self, memory: Memory) -> str:
        if memory.id in self._listing.why:
            return self._listing.why[memory.id]
        if not self._query.words.strip():
            return ""
        fields = memory.fields
        words = matched_words(self._query.words, " ".join((memory.text, fields.reflection, fields.place,
                                                            " ".join(fields.persons))))
        if words and len(words) == len(fts_tokens(self._query.words)):  # as the word search: all of them
            return tr("mots : {words}", words=", ".join(w for w in words if len(w) > 1))
        return tr("par le sens") if memory.id in self._query.meaning_ids else ""
