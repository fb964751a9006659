"""A Qt table model over the ledger: fetches memories a page at a time, sorts and filters in SQL."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...i18n import language, tr
from ...memory import Memory, colour, label
from ...store.ledger import LedgerReader
from ...store.query import MemoryQuery, fts_tokens, matched_words

MEMORY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200

_Index = QModelIndex | QPersistentModelIndex


def _columns() -> list[tuple[str, str]]:
    """(header, ledger sort key) for each column."""
    return [(tr("Date"), "event_start"), (tr("Émotion"), "emotion"), (tr("Intensité"), "intensity"),
            (tr("Souvenir"), "text"), (tr("Personnes"), "created_at"), (tr("Lieu"), "place"),
            (tr("Statut"), "status"), (tr("Pourquoi"), "created_at")]

TEXT_COLUMN = 3
WHY_COLUMN = 7


_STATUS = {"staged": "en attente", "released": "libéré", "proposed": "proposé", "in_review": "à revoir",
           "committed": "retenu", "rejected": "écarté"}


def when(memory: Memory) -> str:
    time = memory.fields.time
    if time.start:
        return time.start.isoformat() if not time.end or time.end == time.start \
            else f"{time.start.isoformat()} → {time.end.isoformat()}"
    return time.said or tr("sans date")


def first_line(text: str, limit: int = 120) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class MemoryTableModel(QAbstractTableModel):
    """Rows are memories matching `query`, loaded `PAGE` at a time as the view scrolls."""

    def __init__(self, reader: LedgerReader, parent: Any = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._query = MemoryQuery()
        self._rows: list[Memory] = []
        self._total = 0
        self._columns = _columns()

    # --- what to show -------------------------------------------------------------------------

    @property
    def reader(self) -> LedgerReader:
        return self._reader

    @property
    def query(self) -> MemoryQuery:
        return self._query

    def set_query(self, query: MemoryQuery) -> None:
        if query != self._query:
            self._query = query
            self.refresh(keep_loaded=False)

    def refresh(self, keep_loaded: bool = True) -> None:
        """Re-read from the ledger (after a write), keeping as many rows loaded as before."""
        wanted = max(len(self._rows), PAGE) if keep_loaded else PAGE
        self.beginResetModel()
        self._total = self._reader.count(self._query)
        self._rows = self._reader.find(self._query, 0, wanted)
        self.endResetModel()

    def memory_at(self, row: int) -> Memory | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, memory_id: int) -> int | None:
        """The row of a memory, loading pages up to it if it matches the query."""
        for row, memory in enumerate(self._rows):
            if memory.id == memory_id:
                return row
        while self.canFetchMore(QModelIndex()):
            start = len(self._rows)
            self.fetchMore(QModelIndex())
            for row in range(start, len(self._rows)):
                if self._rows[row].id == memory_id:
                    return row
        return None

    @property
    def total(self) -> int:
        return self._total

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid():
            return
        page = self._reader.find(self._query, len(self._rows), PAGE)
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column][1]
        self.set_query(replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        memory = self.memory_at(index.row())
        if memory is None:
            return None
        if role == MEMORY_ID_ROLE:
            return memory.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(memory, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return memory.text
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 1 and memory.fields.emotion:
            return QColor(colour(memory.fields.emotion))
        return None

    def _display(self, memory: Memory, column: int) -> str:
        fields = memory.fields
        values = [
            when(memory),
            label(fields.emotion, language()) if fields.emotion else "",
            "" if fields.intensity is None else str(fields.intensity),
            first_line(memory.text),
            ", ".join(fields.persons),
            fields.place,
            tr(_STATUS[memory.status.value]),
            self.why(memory),
        ]
        return values[column]

    def why(self, memory: Memory) -> str:
        """Why a memory matched the search: the words found in it, or its meaning."""
        if not self._query.words.strip():
            return ""
        fields = memory.fields
        words = matched_words(self._query.words, " ".join((memory.text, fields.reflection, fields.place,
                                                            " ".join(fields.persons))))
        if words and len(words) == len(fts_tokens(self._query.words)):  # as the word search: all of them
            return tr("mots : {words}", words=", ".join(w for w in words if len(w) > 1))
        return tr("par le sens") if memory.id in self._query.meaning_ids else ""
