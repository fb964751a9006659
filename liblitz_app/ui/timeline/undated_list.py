"""Memories whose event has no resolved date: listed apart, counted, never dropped from view."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...i18n import tr
from ...timeline import UndatedMemory
from .point_style import swatch
from .wording import describe_memory, first_words, undated_count

ID_ROLE = Qt.ItemDataRole.UserRole


class UndatedList(QWidget):
    """Signals:
        memory_clicked(int): the user picked an undated memory (its id).
    """

    memory_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count_label = QLabel()  # one line: a wrapping label let the legend above be squashed
        self.list = QListWidget()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # elide, do not scroll
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        # Two lines at least, not a scroll area's default: the timeline gives way to the browser below.
        self.list.setMinimumHeight(2 * self.fontMetrics().height() + 4 * self.list.frameWidth() + 8)
        self.list.setToolTip(tr("Ces souvenirs n'ont pas de date résolue : donnez-leur-en une pour les placer "
                                "sur la frise."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list, 1)
        self.list.itemClicked.connect(self._on_item)
        self.list.itemActivated.connect(self._on_item)
        self.set_memories(())

    def set_memories(self, memories: Sequence[UndatedMemory]) -> None:
        self.list.clear()
        for memory in memories:
            item = QListWidgetItem(swatch(memory.emotion), first_words(memory.snippet, 60))
            item.setData(ID_ROLE, memory.id)
            item.setToolTip(describe_memory(None, memory.emotion, memory.intensity, memory.snippet))
            self.list.addItem(item)
        self.count_label.setText(undated_count(len(memories)))
        self.list.setVisible(bool(memories))

    def count(self) -> int:
        return self.list.count()

    def select(self, memory_id: int) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == memory_id:
                self.list.setCurrentRow(row)
                self.list.scrollToItem(self.list.item(row))
                return True
        self.list.clearSelection()
        return False

    def _on_item(self, item: QListWidgetItem) -> None:
        self.memory_clicked.emit(int(item.data(ID_ROLE)))
