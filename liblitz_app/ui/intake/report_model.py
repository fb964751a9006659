"""The import report's row notes as a table: line, outcome, reason, excerpt."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...i18n import tr
from ...intake import RowNote

_Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Ligne", "Résultat", "Raison", "Extrait")


class ReportNotesModel(QAbstractTableModel):
    def __init__(self, notes: list[RowNote]) -> None:
        super().__init__()
        self.notes = notes

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.notes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        note = self.notes[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (2, 3):
            return note.reason if index.column() == 2 else note.excerpt
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        # The outcome and reason are French sentences from the importer; tr() gives English when known.
        return (str(note.row), tr(note.outcome), note.reason, note.excerpt)[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(HEADERS[section])
        return None
