"""The first rows of an export as the import will read them, with a box per row to mark it as being
about the companion (persona material) and each mapped column's field named in its header."""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from ...i18n import tr
from ...intake import ColumnMapping, Preview
from ...intake.records import is_companion_line
from .wording import FIELD_SHORT

PERSONA_COLUMN = 0
_Index = QModelIndex | QPersistentModelIndex
CELL_CHARS = 160  # a cell shows this much; the tooltip has it all


def cell_display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)  # JSON exports: lists and objects as written


class PreviewModel(QAbstractTableModel):
    """Column 0 is the persona checkbox; then the file's columns, in the file's order."""

    def __init__(self, preview: Preview) -> None:
        super().__init__()
        self.preview = preview
        self.persona_rows: set[int] = set()
        self.companion_rows: set[int] = set()  # the companion's own lines: already kept apart, no box
        self._fields_of: dict[str, list[str]] = {}
        self.text_column: int | None = None  # the table column that feeds the memory's text

    def set_mapping(self, mapping: ColumnMapping | None) -> None:
        """Headers say which field each column feeds ("Souvenir → texte")."""
        self._fields_of = {}
        text = mapping.text if mapping else None
        self.text_column = self.preview.columns.index(text) + 1 if text in self.preview.columns else None
        for name, column in (mapping.columns() if mapping else {}).items():
            self._fields_of.setdefault(column, []).append(tr(FIELD_SHORT.get(name, name)))
        self.companion_rows = {row.number for row in self.preview.rows
                               if mapping is not None and is_companion_line(row, mapping)}
        self.persona_rows -= self.companion_rows
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, PERSONA_COLUMN), self.index(self.rowCount() - 1, PERSONA_COLUMN))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.preview.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.preview.columns) + 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.preview.rows[index.row()]
        if index.column() == PERSONA_COLUMN:
            if row.number in self.companion_rows:
                return tr("Message du compagnon") if role == Qt.ItemDataRole.ToolTipRole else None
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.number in self.persona_rows else Qt.CheckState.Unchecked
            return None
        text = cell_display(row.columns.get(self.preview.columns[index.column() - 1]))
        if role == Qt.ItemDataRole.DisplayRole:
            flat = " ".join(text.split())
            return flat if len(flat) <= CELL_CHARS else flat[:CELL_CHARS - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole and text:
            return text
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        number = self.preview.rows[index.row()].number
        if index.column() != PERSONA_COLUMN or role != Qt.ItemDataRole.CheckStateRole or number in self.companion_rows:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.persona_rows.add(number)
        else:
            self.persona_rows.discard(number)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        offered = index.column() == PERSONA_COLUMN and self.preview.rows[index.row()].number not in self.companion_rows
        return base | Qt.ItemFlag.ItemIsUserCheckable if offered else base

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self.preview.rows[section].number)
        if section == PERSONA_COLUMN:
            return tr("Sur le compagnon")
        column = self.preview.columns[section - 1]
        fields = self._fields_of.get(column)
        return f"{column}\n→ {', '.join(fields)}" if fields else column


def fit_columns(table: QTableView) -> None:
    """Each column as wide as its content, none over half the view; the room left goes to the text
    column, so a long memory is not cut while half the table stands empty."""
    model = table.model()
    if model is None:
        return
    table.resizeColumnsToContents()
    widest = max(240, table.viewport().width() // 2)
    columns = range(model.columnCount())
    for column in columns:
        table.setColumnWidth(column, min(table.columnWidth(column), widest))
    text = getattr(model, "text_column", None)
    used = sum(table.columnWidth(c) for c in columns if not table.isColumnHidden(c))
    room = table.viewport().width() - table.verticalScrollBar().sizeHint().width() - used  # the bar may come
    if text is not None and room > 0:
        table.setColumnWidth(text, table.columnWidth(text) + room)


class FitOnResize(QObject):
    """Fits a preview's columns again whenever its table changes width: the page gets its real width
    after the preview is shown, and the user may widen the wizard (the text column takes the room)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and event.size().width() != event.oldSize().width():
            fit_columns(self.table)
        return False
