"""The companion's settings on the Qt side: one object for the whole window, read once the store is
ready, written through the store thread, and announced by one signal. Any pane (review, chat, a
persona editor) reads `current` and listens to `changed`; none keeps its own copy."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ..companion import CompanionSettings, Group, save
from .store_thread import Store
from .tasks import Task


class QtCompanionSettings(QObject):
    """Signals:
        changed(object): the CompanionSettings now in force — after the first read, then after each
            write is durable (emitted on the GUI thread).
        failed(str): a read or a write failed; the sentence says why (the settings did not change).
    """

    changed = Signal(object)
    failed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.current = CompanionSettings()  # the defaults until `load` answers
        self.loaded = False

    def load(self) -> Task:
        """Read every group on the store thread (the GUI thread never touches SQLite)."""
        return self.store.run(lambda library: CompanionSettings.read(library.ledger), self._loaded,
                              changes=False)

    def change(self, kind: type[Group], **fields: Any) -> Task:
        """Change some fields of one group, e.g. `change(OllamaSettings, url=…)` (a secret is not
        journaled); `changed` follows once it is durable. Writes queue on the store thread in order."""
        return self.store.run(lambda library: save(library.ledger, kind, **fields), self._written, changes=False)

    def _loaded(self, settings: CompanionSettings | None, error: str | None) -> None:
        self.loaded = error is None
        self._written(settings, error)

    def _written(self, settings: CompanionSettings | None, error: str | None) -> None:
        if error is not None:
            self.failed.emit(error)
            return
        self.current = settings
        self.changed.emit(settings)
