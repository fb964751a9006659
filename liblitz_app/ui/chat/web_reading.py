"""What Liblitz reads on the web for a reply, in the chat: the addresses a message holds (read before the
reply is prepared, when the web is allowed; with the web off, the conversation says so and how to allow
it, and the message goes without the page; « Arrêter » hangs up the reading and the reply is not asked),
and the web search the model may ask for through Ollama's tool calling (when the web is allowed and a
SearXNG address is set: her reply streams with the tool offered, in one call when she does not search).
Each fetch and search shows as it happens (`activity`), and stays in the conversation as a note once done.

Every job goes through QtDocuments (its own web thread, then the store); a reply without the search
offered through the LlmWorker. Nothing here blocks the GUI thread.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QLabel

from ...conversation import ReplyRequest, retry
from ...documents import WebDisabled
from ...documents.web import WebEvent, urls_in
from ...errors import describe
from ...llm import Cancelled, StreamInterrupted
from ...store import conversation_notes as notes
from ..documents import QtDocuments
from ..llm_worker import LlmWorker
from ..store_thread import Store
from ..tasks import Done, Task
from .shared_lines import happening, note_for

Prepared = Callable[[ReplyRequest | None, str | None], None]


class ChatWeb(QObject):
    """The chat's side of the web. `activity` is the line that shows a fetch or a search while it runs.

    Signals:
        happened(object): a documents.web.WebEvent of the chat's own (a fetch or a search), as it happens.
    """

    happened = Signal(object)

    def __init__(self, store: Store, llm: LlmWorker, documents: QtDocuments, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.llm, self.documents = store, llm, documents
        self.activity = QLabel()
        self.activity.setObjectName("chatWebActivity")
        self.activity.setStyleSheet("color: #555; font-style: italic;")
        self.activity.setWordWrap(True)
        self.activity.hide()
        self._running: dict[tuple[str, str], str] = {}  # (kind, subject) → its line, while it runs
        self._read: set[int] = set()  # user turns whose addresses were read (a retry does not read again)
        self._reading: _Reading | None = None  # the addresses of the message sent now, while they are read
        self._without_tools: set[str] = set()  # models Ollama said take no tools
        self.shown: Callable[[int], Any] = lambda conversation_id: None  # the pane shows the conversation again

    # --- addresses pasted in a message ----------------------------------------------------------

    def reads_first(self, request: ReplyRequest, again: Prepared) -> bool:
        """True when the message's addresses are being read: the reply is prepared again once they are
        (`again` gets the new request), unless the user stops the reading (`again` then gets None, None at
        once). With the web off, each address gets its sentence in the conversation and the reply goes on
        without the page (False)."""
        turn = request.user_turn
        addresses = urls_in(turn.text)
        if not addresses or turn.id in self._read:
            return False
        self._read.add(turn.id)
        if not self.documents.web.enabled:
            refused = WebDisabled().describe()
            for address in addresses:
                self._keep(request.conversation_id, notes.Note("fetch", address, "refused", refused))
            return False
        conversation_id = request.conversation_id
        reading = self._reading = _Reading(turn.id, again)
        reading.tasks = self.documents.before_reply(turn.text, lambda: self._prepare_again(conversation_id, reading))
        for task in reading.tasks:
            task.piece.connect(lambda event, c=conversation_id: self._on_event(c, event))
        return True

    def stop_reading(self) -> bool:
        """The user stopped the reply while its addresses are read: each fetch is hung up (its note says it
        was stopped), the reply is not asked, and the pane is told at once. False when nothing was read."""
        reading, self._reading = self._reading, None
        if reading is None:
            return False
        reading.stopped = True
        self._read.discard(reading.turn_id)  # the same message sent again is read again
        for task in reading.tasks:
            task.cancel()
        reading.again(None, None)
        return True

    def _prepare_again(self, conversation_id: int, reading: _Reading) -> Task | None:
        if reading.stopped:
            return None
        return self.store.run(lambda library: retry(library, conversation_id),
                              lambda request, error: self._prepared_again(reading, request, error), changes=False)

    def _prepared_again(self, reading: _Reading, request: ReplyRequest | None, error: str | None) -> None:
        if reading.stopped:  # stopped while the reply was prepared: the pane already knows
            return
        if self._reading is reading:
            self._reading = None
        reading.again(request, error)

    # --- her reply, with the web search offered -------------------------------------------------

    def reply(self, model: str, request: ReplyRequest, done: Done, *, owner: QObject, key: str) -> Task:
        """The reply's task, as LlmWorker.chat gives it (pieces, then the whole reply). When the model may
        search, it is asked with the tool, its words streamed as they come; the searches it asks for are
        run (and shown) and the rest of its reply streams through the same task."""
        if not self.documents.web.can_search or model in self._without_tools:
            return self.llm.chat(model, request.messages, done, owner=owner, key=key)
        reply = Task.driven(done, owner=owner, key=key)  # its pieces and outcome come from the rounds below
        said: list[str] = []
        talking = self.documents.reply_with_search(self.llm.url, self.llm.timeout, model, request.messages)
        reply.on_cancel(talking.cancel)
        talking.piece.connect(lambda piece: self._on_talk(reply, said, request.conversation_id, piece))
        talking.succeeded.connect(lambda text: self._talked(reply, model, request.messages, text))
        talking.failed.connect(lambda sentence: self._talk_failed(reply, model, request.messages, bool(said),
                                                                  sentence))
        return reply

    def _on_talk(self, reply: Task, said: list[str], conversation_id: int, piece: str | WebEvent) -> None:
        if isinstance(piece, WebEvent):
            self._on_event(conversation_id, piece)
        else:
            said.append(piece)
            reply.send(piece)

    def _talked(self, reply: Task, model: str, messages: list[dict[str, Any]], text: str | None) -> None:
        if text is None:  # the model takes no tools: it is asked without, now and from now on
            self._without_tools.add(model)
            self._stream(reply, model, messages)
        else:
            reply.finish(text, None)

    def _talk_failed(self, reply: Task, model: str, messages: list[dict[str, Any]], said: bool,
                     sentence: str) -> None:
        if reply.cancelled():
            reply.finish(None, describe(Cancelled()))
        elif said:  # her words began: what came is kept, and the sentence says the stream broke
            reply.finish(None, describe(StreamInterrupted()))
        else:  # nothing was said: she answers without the search (the model worker says why, if it cannot)
            self._stream(reply, model, messages)

    def _stream(self, reply: Task, model: str, messages: list[dict[str, Any]]) -> None:
        if reply.cancelled():
            reply.finish(None, describe(Cancelled()))
            return
        streaming = self.llm.chat(model, messages, lambda text, error: reply.finish(text, error))
        streaming.piece.connect(reply.send)
        reply.on_cancel(streaming.cancel)

    # --- what happens, shown ----------------------------------------------------------------------

    @Slot(object)
    def _on_event(self, conversation_id: int, event: WebEvent) -> None:
        key = (event.kind, event.subject)
        if event.state == "started":
            self._running[key] = happening(event)
        else:
            self._running.pop(key, None)
            self._keep(conversation_id, note_for(event))
        self.activity.setText("\n".join(self._running.values()))
        self.activity.setVisible(bool(self._running))
        self.happened.emit(event)

    def _keep(self, conversation_id: int, note: notes.Note) -> Task:
        task = self.store.run(lambda library: notes.add_note(library.ledger, conversation_id, note), changes=False)
        task.succeeded.connect(lambda _note: self.shown(conversation_id))
        return task


class _Reading:
    """The addresses of one message, read before its reply: their fetches, and who is told once they are."""

    def __init__(self, turn_id: int, again: Prepared) -> None:
        self.turn_id, self.again = turn_id, again
        self.tasks: list[Task] = []
        self.stopped = False
