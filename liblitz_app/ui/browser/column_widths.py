"""The browser table's column widths: the memory's text keeps most of the width, whatever the window.

The other columns have a width they like; when the table is narrow (a small screen, the "Pourquoi"
column of a search) they give way together, down to a floor — a typical value, whole (a title then
shows in part, whole in its tooltip) — so the text never shrinks to a stub.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView

from .memory_table import TEXT_COLUMN

# Column → the width it likes, in the font's average characters (they follow the font size).
LIKED = {0: 12, 1: 15, 2: 9, 4: 14, 5: 14, 6: 10, 7: 18}  # same keys as SAMPLES
# What a column must show whole at least ("why": enough to tell words from meaning; the emotion: its
# colour and a short name).
SAMPLES = {0: "2026-12-31", 1: "MM colère", 2: "10", 4: "Marc, Léa", 5: "Lyon", 6: "retenu", 7: "mots : lyon"}
TEXT_SHARE = 0.45  # the text's part of the table's width, at least, when the others can give way
PADDING = 18  # a cell's margins and the header's sort arrow


class ColumnWidths(QObject):
    """Fits the columns to the table's width on every resize, and when a column is shown or hidden."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        shown = [c for c in LIKED if c != TEXT_COLUMN and not self.table.isColumnHidden(c)]
        floors = {c: self._floor(c) for c in shown}
        liked = {c: max(floors[c], self._title(c), LIKED[c] * self.table.fontMetrics().averageCharWidth())
                 for c in shown}
        room = self.table.viewport().width() * (1 - TEXT_SHARE) - sum(floors.values())
        spare = sum(liked[c] - floors[c] for c in shown)
        give = min(1.0, max(0.0, room) / spare) if spare else 1.0  # how much of its wish each column gets
        for column in shown:
            self.table.setColumnWidth(column, round(floors[column] + give * (liked[column] - floors[column])))

    def _title(self, column: int) -> int:
        """A column likes its whole title (narrower, it is cut; whole in its tooltip)."""
        model = self.table.model()
        title = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else ""
        return self.table.fontMetrics().horizontalAdvance(str(title or "")) + PADDING

    def _floor(self, column: int) -> int:
        return self.table.fontMetrics().horizontalAdvance(SAMPLES[column]) + PADDING
