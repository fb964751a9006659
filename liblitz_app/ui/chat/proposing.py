"""Memories proposed from a conversation: when the user leaves a conversation they spoke in, or asks with
« Proposer des souvenirs », the model rereads it for new memories (and maybe a note for her card). They go
to the review queue, never into the memories unseen (conversation.proposals)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton

from ...companion import load_persona
from ...conversation import proposal_messages, read_proposals, record
from ...i18n import tr, tr_n
from ...store import conversations as kept
from ...store.conversations import Conversation
from ...store.library import MemoryLibrary
from ..llm_worker import LlmWorker
from ..store_thread import Store
from ..tasks import Task


class ChatProposals(QObject):
    """`button` takes its place in the pane.

    Signals:
        proposed(int): this many memories from a conversation went to review.
        message(str): a sentence for the status line.
        problem(str): a sentence the pane shows as the chat's problem.
    """

    proposed = Signal(int)
    message = Signal(str)
    problem = Signal(str)

    def __init__(self, store: Store, llm: LlmWorker, no_model: Callable[[], str], parent: QObject) -> None:
        super().__init__(parent)
        self.store, self.llm, self._no_model = store, llm, no_model
        self.unread: set[int] = set()  # conversations the user spoke in since their memories were last proposed
        self.button = QPushButton(tr("Proposer des souvenirs"))
        self.button.setToolTip(tr("Le modèle relit la conversation et propose des souvenirs, à relire."))

    def spoken_in(self, conversation_id: int) -> None:
        self.unread.add(conversation_id)

    def after_leaving(self, conversation_id: int) -> None:
        """The user left a conversation they spoke in: the model rereads it, if there is one."""
        if conversation_id in self.unread and self.llm.model_for("chat"):
            self.propose(conversation_id)

    def propose(self, conversation_id: int | None) -> Task | None:
        """Ask the model which memories this conversation holds; they go to the review queue."""
        model = self.llm.model_for("chat")
        if conversation_id is None or not model:
            self.problem.emit(tr("Aucune conversation à relire.") if conversation_id is None else self._no_model())
            return None
        self.unread.discard(conversation_id)
        self._busy(True)
        return self.store.run(lambda library: _proposal_request(library, conversation_id),
                              lambda asked, error: self._ask(asked, error, model), changes=False)

    def _ask(self, asked: tuple[Conversation, list[dict[str, str]]] | None, error: str | None, model: str) -> None:
        if error is not None or asked is None:
            self._failed(error or "")
            return
        conversation, messages = asked
        self.llm.load_guards()  # the same lane, before the reply: ready when the store thread checks it
        self.llm.chat(model, messages, lambda raw, err: self._read(raw, err, conversation, model))

    def _read(self, raw: str | None, error: str | None, conversation: Conversation, model: str) -> None:
        if error is not None:
            self._failed(error)
            return
        proposals = read_proposals(raw or "", conversation, model)
        self.store.run(lambda library: record(library.ledger, conversation.id, proposals), self._kept)

    def _kept(self, ids: list[int] | None, error: str | None) -> None:
        if error is not None:
            self._failed(error)
            return
        self._busy(False)
        if not ids:
            self.message.emit(tr("Le modèle n'a trouvé dans cette conversation aucun souvenir à garder."))
        else:
            self.message.emit(tr_n("{n} souvenir proposé d'après la conversation, à relire dans « À relire ».",
                                   "{n} souvenirs proposés d'après la conversation, à relire dans « À relire ».",
                                   n=len(ids)))
        self.proposed.emit(len(ids or []))

    def _failed(self, sentence: str) -> None:
        self._busy(False)
        self.problem.emit(sentence)

    def _busy(self, rereading: bool) -> None:
        """The button says what is going on while the model rereads (seconds, with a local model)."""
        self.button.setEnabled(not rereading)
        self.button.setText(tr("Relecture en cours…") if rereading else tr("Proposer des souvenirs"))


def _proposal_request(library: MemoryLibrary, conversation_id: int) -> tuple[Conversation, list[dict[str, str]]]:
    conversation = kept.conversation(library.ledger, conversation_id)
    return conversation, proposal_messages(load_persona(library.ledger), conversation)
