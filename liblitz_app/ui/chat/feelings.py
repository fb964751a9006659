"""The model's reading of the user's message, asked after her reply (conversation/feeling.py says why):
a short JSON request on the model lane, its answer kept with the turn on the store thread. Best effort: a
failure is logged, never shown, and the offline reading stays the turn's."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from ...conversation.feeling import FEELING_OPTIONS, FEELING_SCHEMA, keep_feeling
from ...conversation.talk import ReplyRequest
from ...store.conversations import Turn
from ..llm_worker import LlmWorker
from ..store_thread import Store
from ..tasks import Task

log = logging.getLogger("liblitz")


class FeelingReader(QObject):
    """Signals:
        read(object): the user's Turn, as the model read it, once kept.
    """

    read = Signal(object)

    def __init__(self, store: Store, llm: LlmWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.llm = store, llm
        self.asking: Task | None = None

    def ask(self, request: ReplyRequest, model: str) -> Task | None:
        """Have `model` read the emotion of the request's user turn."""
        if not request.feeling or not model:
            return None
        turn_id = request.user_turn.id
        self.asking = self.llm.chat(model, request.feeling, lambda raw, error: self._answered(raw, error, turn_id,
                                                                                              model),
                                    owner=self, key="feeling", format=FEELING_SCHEMA, options=FEELING_OPTIONS)
        return self.asking

    def cancel(self) -> None:
        """The user sent a new message: her next reply goes first (the model lane runs one request at a time)."""
        if self.asking is not None:
            self.asking.cancel()
            self.asking = None

    def _answered(self, raw: str | None, error: str | None, turn_id: int, model: str) -> None:
        self.asking = None
        if error is not None or raw is None:
            log.info("The model %s did not read the emotion of turn %s (%s); the offline reading stays",
                     model, turn_id, error)
            return
        self.store.run(lambda library: keep_feeling(library, turn_id, raw, model), self._kept, owner=self)

    def _kept(self, turn: Turn | None, error: str | None) -> None:
        if error is not None:
            log.warning("The model's reading of a turn could not be kept: %s", error)
        elif turn is not None:
            self.read.emit(turn)
