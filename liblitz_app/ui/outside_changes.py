"""Changes made by another process (an import run from a terminal while the window is open): the
store asks SQLite whether someone else committed, when the window comes back to the front and on a
slow timer, and views re-read as after one of our own writes."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication

from .store_thread import Store

CHECK_EVERY_MS = 15000  # a cheap PRAGMA; often enough that a terminal import shows up while one looks


class OutsideChanges(QObject):
    """Emits `store.changed` when the ledger was written by someone else."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QGuiApplication.instance().applicationStateChanged.connect(self._on_state)

    @Slot(Qt.ApplicationState)
    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    @Slot()
    def check(self) -> None:
        if not self.store.is_ready:
            return
        task = self.store.run(lambda library: library.changed_elsewhere(), changes=False, owner=self, key="check")
        task.succeeded.connect(lambda changed: changed and self.store.changed.emit())
