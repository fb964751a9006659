"""Choosing what arrives first: find waiting memories by their words, tick them, put them first."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QStyle, QVBoxLayout, QWidget,
)

from ...i18n import tr

SEARCH_DELAY_MS = 250
EXCERPT = 120


class ChooseFirstBox(QGroupBox):
    """Signals:
        search_requested(str): find waiting memories with these words ("" lists the first ones).
        put_first_requested(object): the ticked memory ids, in list order, to arrive before the rest.
    """

    search_requested = Signal(str)
    put_first_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Choisir ce qui arrive d'abord"), parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Chercher parmi les souvenirs en attente…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.put_first = QPushButton(tr("Faire arriver en premier"))
        self.put_first.setEnabled(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.put_first)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.results)
        self.search.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(lambda: self.search_requested.emit(self.search.text()))
        self.results.itemChanged.connect(self._update_button)
        self.put_first.clicked.connect(lambda: self.put_first_requested.emit(self.ticked()))

    def show_results(self, found: list[tuple[int, str]]) -> None:
        self.results.clear()
        for memory_id, text in found:
            line = " ".join(text.split())
            item = QListWidgetItem(line if len(line) <= EXCERPT else line[:EXCERPT - 1] + "…")
            item.setData(Qt.ItemDataRole.UserRole, memory_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setSizeHint(QSize(0, self._row_height()))
            self.results.addItem(item)
        self._update_button()

    def _row_height(self) -> int:
        """A row tall enough for its check box as well as its text (the text's height alone clipped the box)."""
        box = self.results.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, self.results)
        return max(box, self.results.fontMetrics().height()) + 6

    def ticked(self) -> list[int]:
        items = (self.results.item(row) for row in range(self.results.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _update_button(self) -> None:
        self.put_first.setEnabled(bool(self.ticked()))
