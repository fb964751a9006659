"""A change of embedding model, seen from the window (the domain: store/index_migration.py).

The new index is built on a thread of its own (`run_task`), so the store's thread stays free for
search and writes; every ledger step (begin, pause, cancel, the switch) is a store job. One object
lives as long as the window: the build goes on when the dialog is closed, and a build that a closed
window or a crash interrupted resumes at the next start. The shared documents' index is built with
the memories' (same progress, pause, cancel and switch), so that no document waits to be embedded on
the store's thread after the switch.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..documents.shelf import DOCUMENTS, close_shelf
from ..embedding.base import Embedder
from ..i18n import tr
from ..index import IndexedModel
from ..paths import DataDir
from ..store import index_migration
from ..store.index_migration import Migration
from ..store.library import MemoryLibrary
from .store_thread import Store
from .tasks import Lane, Task, run_task

IDLE, BUILDING, STOPPING, PAUSED, SWITCHING = "idle", "building", "stopping", "paused", "switching"
PARTS = (DOCUMENTS,)  # built beside the memories' index and switched with it


class QtMigration(QObject):
    """Signals:
        state_changed(str): IDLE, BUILDING, STOPPING (a pause or cancel waits for the batch under way),
            PAUSED (also after a failure: the user resumes or cancels), SWITCHING.
        progress(int, int): points in the new indexes, points they must hold (memories and the shared
            documents' passages: `progress_text` says which).
        switched(int, str): the new model is in use: how many memories its index holds, the model's id.
        message(str): a sentence for the status line (a failure, a cancel, nothing to do).
        kept_changed(object): list[KeptIndex], the old indexes the user may drop.
    """

    state_changed = Signal(str)
    progress = Signal(int, int)
    switched = Signal(int, str)
    message = Signal(str)
    kept_changed = Signal(object)

    def __init__(self, store: Store, data: DataDir, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.data = store, data
        self.state = IDLE
        self.target: Migration | None = None
        self._lane: Lane | None = None  # the build's thread, while it runs
        self._after_stop: Callable[[], Any] | None = None  # pause or cancel, once the build has stopped
        self.passages = 0  # the documents' passages among what the new indexes must hold (the last pass's)

    # --- asked by the window and the dialog -----------------------------------------------------

    def resume_recorded(self) -> Task:
        """At start: a change the last session left unfinished goes on (or waits, if it was paused)."""
        return self.store.run(lambda library: index_migration.current(library.ledger), self._recorded,
                              changes=False)

    def start(self, setting: str) -> Task | None:
        if self.state != IDLE:
            self.message.emit(tr("Un changement de modèle est déjà en cours : laissez-le finir ou annulez-le."))
            return None
        self._set_state(BUILDING)
        return self.store.run(lambda library: index_migration.begin(library, self.data, setting), self._begun)

    def pause(self) -> None:
        if self.state == BUILDING:
            self._stop_build(lambda: self.store.run(index_migration.pause, self._paused))

    def resume(self) -> Task | None:
        if self.state != PAUSED:
            return None
        self._set_state(BUILDING)
        return self.store.run(index_migration.resume, self._recorded)

    def cancel(self) -> None:
        if self.state == BUILDING:
            self._stop_build(self._cancel_recorded)
        elif self.state == PAUSED:
            self._cancel_recorded()

    def refresh_kept(self) -> Task:
        task = self.store.run(lambda library: index_migration.kept_indexes(library, self.data), changes=False,
                              owner=self, key="kept")
        task.succeeded.connect(self.kept_changed)
        return task

    def drop(self, model: IndexedModel) -> Task:
        task = self.store.run(lambda library: index_migration.drop_kept_index(library, self.data, model))
        task.failed.connect(self.message)
        task.ended.connect(self.refresh_kept)
        return task

    def progress_text(self, done: int, total: int) -> str:
        if self.passages:
            return tr("{done} / {total} souvenirs et passages de documents", done=done, total=total)
        return tr("{done} / {total} souvenirs", done=done, total=total)

    def stop(self) -> None:
        """The window closes: the build stops after its batch (what is built stays: it resumes at the next start)."""
        lane, self._lane = self._lane, None
        if lane is not None:
            lane.stop()

    # --- the steps' answers, on the GUI thread --------------------------------------------------

    def _recorded(self, migration: Migration | None, error: str | None) -> None:
        if migration is None or error is not None:
            self._set_state(IDLE)
        elif migration.paused:
            self.target = migration
            self._set_state(PAUSED)
        else:
            self._build(migration)
        if error is not None:
            self.message.emit(error)
        self.refresh_kept()

    def _begun(self, migration: Migration | None, error: str | None) -> None:
        if error is not None:
            self._set_state(IDLE)
            self.message.emit(error)
        elif migration is None:
            self._set_state(IDLE)
            self.message.emit(tr("Ce modèle est déjà celui de la recherche : rien à reconstruire."))
        else:
            self._build(migration)

    def _build(self, migration: Migration) -> None:
        self.target, self.passages = migration, 0
        self._set_state(BUILDING)
        self._lane, task = run_task(
            lambda task: index_migration.build_in(self.data, migration, task.report, task.cancelled,
                                                  parts=PARTS, planned=task.send),
            self._built, owner=self, name="liblitz-migration")
        task.piece.connect(self._planned)  # before the pass's progress: both come in the order sent
        task.progress.connect(self.progress)

    def _planned(self, wanted: list[int]) -> None:
        self.passages = sum(wanted[1:])

    def _stop_build(self, then: Callable[[], Any]) -> None:
        self._after_stop = then
        self._set_state(STOPPING)
        if self._lane is not None:
            self._lane.cancel_all()

    def _built(self, embedder: Embedder | None, error: str | None) -> None:
        self.stop()  # its thread ends with the task: joined at once
        then, self._after_stop = self._after_stop, None
        if error is not None:
            self._failed(error)
        elif then is not None:  # the user's pause or cancel wins, even over a build that has just completed
            then()
        elif embedder is not None:  # (None: stopped by the closing window; it goes on at the next start)
            self._set_state(SWITCHING)
            migration = self.target
            self.store.run(lambda library: _switch(library, self.data, migration, embedder), self._switched)

    def _switched(self, count: int | None, error: str | None) -> None:
        if error is not None:
            self._failed(error)
            return
        model, self.target = self.target.model.model_id, None
        self._set_state(IDLE)
        self.switched.emit(count, model)
        self.refresh_kept()

    def _paused(self, migration: Migration | None, error: str | None) -> None:
        self._set_state(PAUSED if migration is not None else IDLE)
        if error is not None:
            self.message.emit(error)

    def _failed(self, error: str) -> None:
        """Kept, and paused so that the next start does not fail the same way: the user resumes or cancels."""
        self.message.emit(error)
        self._set_state(STOPPING)
        self.store.run(index_migration.pause, self._paused)

    def _cancel_recorded(self) -> None:
        self._set_state(STOPPING)
        self.store.run(lambda library: index_migration.cancel(library, self.data), self._cancelled)

    def _cancelled(self, _: None, error: str | None) -> None:
        self.target = None
        self._set_state(IDLE)
        self.message.emit(error or tr("Changement de modèle annulé : la recherche garde l'ancien modèle."))
        self.refresh_kept()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)


def _switch(library: MemoryLibrary, data: DataDir, migration: Migration, embedder: Embedder) -> int:
    # The old model's documents index is closed (kept on disk); the new one, complete, opens on its next use.
    close_shelf(library)
    return index_migration.switch(library, data, migration, embedder, PARTS)
