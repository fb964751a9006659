"""The first rows of an export as the import will read them, with a box per row to mark it as being
about the companion (persona material) and each mapped column's field named in its header."""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...i18n import tr
from ...intake import ColumnMapping, Preview
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
        self._fields_of: dict[str, list[str]] = {}

    def set_mapping(self, mapping: ColumnMapping | None) -> None:
        """Headers say which field each column feeds ("Souvenir → texte")."""
        self._fields_of = {}
        for name, column in (mapping.columns() if mapping else {}).items():
            self._fields_of.setdefault(column, []).append(tr(FIELD_SHORT.get(name, name)))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.preview.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.preview.columns) + 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.preview.rows[index.row()]
        if index.column() == PERSONA_COLUMN:
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
        if index.column() != PERSONA_COLUMN or role != Qt.ItemDataRole.CheckStateRole:
            return False
        number = self.preview.rows[index.row()].number
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.persona_rows.add(number)
        else:
            self.persona_rows.discard(number)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == PERSONA_COLUMN else base

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
