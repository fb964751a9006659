"""Background work, one shape for all of it (in the spirit of Picard's `run_task(func, next_func)`).

A `Task` is a piece of work run off the GUI thread, on a `Lane`: one thread that runs its tasks one
at a time, in the order given (the store's, the model worker's, the ledger reader's, a download's).
The work is a function of the task, `work(task) -> result`; it may call `task.report(done, total)`,
`task.send(piece)` for streamed pieces, and look at `task.cancelled()`. Its outcome comes back on
the GUI thread as one call `done(result, error)` (error: a sentence for the user, or None) and as
the signals `succeeded` / `failed`; an exception never vanishes: its traceback goes to the log and
its sentence to `done`.

The one rule for stale answers
------------------------------
A task may belong to an *owner* (a QObject) under a *key* (a string). When the owner starts a new
task under the same key, every earlier one under that key is *overtaken*; when the owner is
deleted, all its tasks are *orphaned*. Either way the task is *stale*: its answer is dropped when it
arrives (neither `done`, nor `succeeded` / `failed`, nor later `progress` / `piece` reach anyone;
`ended` is still emitted, always, once). A stale task is also cancelled at once (a blocked HTTP read
is hung up) and, if it has not started, skipped — unless it writes (`skip=False`, as every store job
with `changes=True`): a write always runs to its end, a newer one never undoes an older one. A task
without an owner is never stale.
"""
from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ..errors import describe

log = logging.getLogger("liblitz")

Work = Callable[["Task"], Any]
Done = Callable[[Any, "str | None"], None]

_latest: dict[tuple[int, str], Task] = {}  # (id of the owner, key) → its newest task (GUI thread only)


class LaneStuck(RuntimeError):
    """A lane's thread did not end when asked: a bug (a job that ignores cancel and blocks)."""


class Task(QObject):
    """One piece of background work and its outcome. Create it on the GUI thread (through a Lane).

    Signals (all received on the GUI thread, none once the task is stale, but `ended`):
        progress(int, int): done, total — from `report`.
        piece(object): a streamed piece — from `send` (e.g. the next words of a chat reply).
        succeeded(object): the result.
        failed(str): a sentence for the user.
        ended(): after succeeded or failed, or after a stale answer was dropped; always, once.
    """

    progress = Signal(int, int)
    piece = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str)
    ended = Signal()
    _outcome = Signal(object, object)  # result, error sentence: crosses to the GUI thread
    _progress = Signal(int, int)
    _piece = Signal(object)

    def __init__(self, work: Work, done: Done | None = None, *, owner: QObject | None = None,
                 key: str | None = None, skip: bool = True) -> None:
        super().__init__()
        # The owner is not kept: a task holding the last reference to its owner would destroy it while
        # being destroyed itself, and the owner's `destroyed` would call `_orphan` on a half-deleted task
        # (a segfault in PySide). `destroyed` alone says it is gone.
        self.work, self.key = work, key
        self.skip = skip  # may be skipped when overtaken before it starts (never for a write)
        self._done = done
        self._cancel = threading.Event()
        self._on_cancel: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self.stale = False  # overtaken or orphaned: its answer will be dropped
        self.overtaken = False
        self._slot = (id(owner), key) if owner is not None and key is not None else None
        self._outcome.connect(self._deliver)  # the task lives on the GUI thread: these are queued
        self._progress.connect(self._relay_progress)
        self._piece.connect(self._relay_piece)
        if owner is not None:
            owner.destroyed.connect(self._orphan)
        if self._slot is not None:
            self._overtake()

    @classmethod
    def driven(cls, done: Done | None = None, *, owner: QObject | None = None, key: str | None = None) -> Task:
        """A task no lane runs: its pieces and outcome come from the tasks it chains (a chat reply made of
        several model rounds). Whoever drives it calls `send` for each piece and `finish` once; the rule for
        stale answers holds as for any task."""
        return cls(_never_run, done, owner=owner, key=key)

    # --- from the work's thread ---------------------------------------------------------------

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_set(self) -> bool:
        """So that a task can be passed where a cancel flag (`threading.Event`-like) is expected."""
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        self._progress.emit(done, total)

    def send(self, piece: Any) -> None:
        self._piece.emit(piece)

    def finish(self, result: Any, error: str | None = None) -> None:
        """The outcome of a driven task (see `driven`): sent to the GUI thread like a work's."""
        self._outcome.emit(result, error)

    def on_cancel(self, hang_up: Callable[[], None]) -> None:
        """Call `hang_up` (from whichever thread cancels) to end a blocking call of the work's; at
        once if already cancelled. The work removes it with `clear_on_cancel` when the call is over."""
        with self._lock:
            if not self._cancel.is_set():
                self._on_cancel.append(hang_up)
                return
        hang_up()

    def clear_on_cancel(self) -> None:
        with self._lock:
            self._on_cancel.clear()

    def execute(self) -> None:
        """Run the work here (the lane's thread) and send the outcome to the GUI thread."""
        result, error = None, None
        if self.overtaken and self.skip:  # before it started: a newer one asks the same, nobody wants this
            self._outcome.emit(result, error)
            return
        try:
            result = self.work(self)
        except Exception as failure:  # noqa: BLE001 — every failure becomes a sentence; describe() logs bugs
            error = describe(failure)
        finally:
            self.clear_on_cancel()
        self._outcome.emit(result, error)

    # --- from any thread ----------------------------------------------------------------------

    def cancel(self) -> None:
        with self._lock:
            self._cancel.set()
            hang_ups, self._on_cancel = self._on_cancel, []
        for hang_up in hang_ups:
            hang_up()

    # --- on the GUI thread --------------------------------------------------------------------

    def is_current(self) -> bool:
        """Not overtaken, and its owner (if it has one) still exists (its deletion made the task stale)."""
        return not self.stale

    def _overtake(self) -> None:
        earlier = _latest.get(self._slot)
        if earlier is not None:
            earlier.overtaken = True
            earlier._drop()
        _latest[self._slot] = self

    @Slot()
    def _orphan(self) -> None:
        self._forget_slot()
        self._drop()  # the owner is gone: nothing may be handed to it

    def _drop(self) -> None:
        self.stale = True
        if self.skip:  # a write is never stopped for being stale
            self.cancel()

    @Slot(int, int)
    def _relay_progress(self, done: int, total: int) -> None:
        if self.is_current():
            self.progress.emit(done, total)

    @Slot(object)
    def _relay_piece(self, piece: Any) -> None:
        if self.is_current():
            self.piece.emit(piece)

    @Slot(object, object)
    def _deliver(self, result: Any, error: str | None) -> None:
        self._forget_slot()
        try:
            if self.is_current():
                if self._done is not None:
                    self._done(result, error)  # a bug in it reaches sys.excepthook (logged, told)
                if error is None:
                    self.succeeded.emit(result)
                else:
                    self.failed.emit(error)
        finally:
            self.ended.emit()  # always: whoever keeps the task alive lets it go

    def _forget_slot(self) -> None:
        if self._slot is not None and _latest.get(self._slot) is self:
            del _latest[self._slot]


def _never_run(task: Task) -> None:
    raise AssertionError("a driven task is never run on a lane")  # its outcome comes from `finish`


class Lane:
    """One thread that runs tasks one at a time, in the order they were given.

    Whatever must stay on one thread (the ledger writer, the index, the Ollama client) is created
    and used only inside the lane's work. `stop` cancels every task, lets the queue drain (writes
    already asked for still land), runs `last` there, and checks that the thread really ended; a
    stopped lane runs nothing more.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._queue: queue.SimpleQueue[Task | None] = queue.SimpleQueue()
        self._tasks: set[Task] = set()  # alive until they end (a Python-owned QObject would be collected)
        self._thread: threading.Thread | None = None
        self._stopped = False  # for good: a late request (a timer, a queued signal) must not revive it

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
            self._thread.start()

    def submit(self, work: Work, done: Done | None = None, *, owner: QObject | None = None,
               key: str | None = None, skip: bool = True) -> Task:
        """Queue `work`; its outcome comes back on the GUI thread (see the module's rule on stale answers).
        `skip=False` for work that must run even when overtaken (a write)."""
        task = Task(work, done, owner=owner, key=key, skip=skip)
        if self._stopped:  # the window is closing: nobody will hear the answer
            # A late read (a timer, a queued signal) is expected while closing; a late write is worth a look.
            log.log(logging.DEBUG if skip else logging.WARNING, "Tâche refusée : le fil %s est arrêté", self.name)
            task.stale = True
            task._outcome.emit(None, None)  # dropped: only `ended`
            return task
        self._tasks.add(task)
        task.ended.connect(lambda: self._tasks.discard(task))
        self.start()
        self._queue.put(task)
        return task

    def finish(self) -> None:
        """No more tasks: the thread ends once those queued are done."""
        self._queue.put(None)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def stop(self, last: Work | None = None, timeout_s: float = 30.0) -> None:
        """Cancel everything, run `last` on the thread after what is queued, and end the thread.
        Raises LaneStuck (after logging it) if the thread is still running after `timeout_s`."""
        self._stopped = True
        if self._thread is None:
            return
        self.cancel_all()
        if last is not None:
            self._queue.put(Task(last))
        self._queue.put(None)
        self._thread.join(timeout_s)  # a thread already ended (after `finish`) joins at once
        if self._thread.is_alive():
            log.error("Le fil %s ne s'est pas arrêté en %s s", self.name, timeout_s)
            raise LaneStuck(self.name)
        self._thread = None

    def _loop(self) -> None:
        while (task := self._queue.get()) is not None:
            task.execute()


def run_task(work: Work, done: Done | None = None, *, owner: QObject | None = None, key: str | None = None,
             name: str = "liblitz-task") -> tuple[Lane, Task]:
    """One task on a thread of its own (e.g. a download), which ends with it; `lane.stop()` cancels
    it and waits for the thread."""
    lane = Lane(name)
    task = lane.submit(work, done, owner=owner, key=key)
    lane.finish()
    return lane, task
