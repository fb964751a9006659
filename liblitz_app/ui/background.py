"""A long job that belongs neither to the GUI thread nor to the store thread (e.g. a download)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread

from ..errors import describe
from .store_thread import Task


class BackgroundJob(QThread):
    """Runs `work(task)` on its own thread; `task` carries progress, cancel and the outcome signals."""

    def __init__(self, work: Callable[[Task], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task = Task(lambda library, task: None, changes=False)
        self._work = work

    def run(self) -> None:
        try:
            self.task.succeeded.emit(self._work(self.task))
        except Exception as error:  # noqa: BLE001 — every failure becomes a sentence
            self.task.failed.emit(describe(error))
        self.task.ended.emit()

    def stop(self, timeout_ms: int = 10000) -> None:
        self.task.cancel()
        self.wait(timeout_ms)
