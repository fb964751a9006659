"""The chat pane, the first tab: talk with Liblitz.

A thin adapter over `liblitz_app.conversation`: the store thread keeps the user's turn (durable
before it is sent), reads its emotion, asks recall and assembles the prompt; the model worker streams
her reply piece by piece; the store thread keeps the reply, whole or partial. The GUI thread only
shows. A failure keeps the typed message and says, in the user's language, what to do.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)

from ...companion import OllamaSettings, load_persona
from ...conversation import ReplyRequest, keep_reply, retry, say
from ...conversation.summary import FoldRequest, fold_in, summary_messages
from ...conversation.talk import given_memories
from ...enrichment.persona import DEFAULT_NAME
from ...i18n import tr, tr_n
from ...memory import Memory
from ...store import conversations as kept
from ...store.conversation_notes import Shared, shared_in
from ...store.conversations import Conversation, ConversationListing, Turn
from ...store.library import MemoryLibrary
from ..companion_settings import QtCompanionSettings
from ..documents import QtDocuments
from ..llm_worker import LlmWorker, OllamaStatus
from ..persona_dialog import PersonaDialog
from ..store_thread import Store
from ..tasks import Task
from .empty_hint import EmptyHint
from .feelings import FeelingReader
from .proposing import ChatProposals
from .shared_lines import under_turns
from .sharing import ChatSharing
from .transcript import in_her_name, safe, transcript

NO_MODEL = ("Aucun modèle de conversation n'est installé dans Ollama. Installez-en un, par exemple avec "
            "« ollama pull gemma3:4b ».")
NOT_INSTALLED = "Le modèle « {model} » n'est pas installé. Choisissez l'un des modèles installés : {models}."
HINT = ("Ici, vous parlez avec {name}. Elle retrouve d'elle-même les souvenirs que vous lui avez confiés. "
        "Pour répondre, il lui faut Ollama et un modèle local (menu Mémoire ▸ Ollama…).")


class ChatPane(QWidget):
    """Signals:
        message(str): a sentence for the status line.
        memory_opened(int): show this memory in the browser.
        memory_correction(int): open this memory's form in the browser.
        memory_forgotten(int): the user asked to forget this memory (the browser does it, with undo).
        proposed(int): this many memories from a conversation went to review.
    """

    message = Signal(str)
    memory_opened = Signal(int)
    memory_correction = Signal(int)
    memory_forgotten = Signal(int)
    proposed = Signal(int)

    def __init__(self, store: Store, llm: LlmWorker, settings: QtCompanionSettings,
                 documents: QtDocuments | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.llm, self.settings = store, llm, settings
        self.conversation: Conversation | None = None
        self.memories: dict[int, Memory] = {}
        self.name = DEFAULT_NAME
        self.request: ReplyRequest | None = None  # the reply being streamed
        self.reply_task: Task | None = None
        self.pieces: list[str] = []
        self._reply_model = ""
        self._stopping = False
        self._closing = False  # the window closes: what came was kept by keep_before_closing
        self._problem_kind = ""  # "model" (Ollama, a reply, proposals) or "store": what may clear it
        self._ollama_up = True  # as last seen: coming back clears a problem of the model's
        self._markdown = ""  # what the view shows
        self._shared = Shared()  # the documents and notes of the conversation shown
        self._opened_once = False
        self._wanted: int | None = None  # the conversation the user asked to see last
        self.feelings = FeelingReader(store, llm, self)  # the model's reading of each message, after her reply
        self._init_widgets()
        # Files shared into the chat, and what she reads on the web for a reply (sharing.py, web_reading.py)
        self.sharing = ChatSharing(self, store, llm, documents or QtDocuments(store, settings, self))
        self._show_name()
        self._init_layout()
        self._connect_signals()
        self._set_streaming(False)

    # --- construction -------------------------------------------------------------------------

    def _init_widgets(self) -> None:
        self.search = QLineEdit(placeholderText=tr("Chercher dans les conversations…"))
        self.search.setClearButtonEnabled(True)
        self.listing = QListWidget()
        # A long first line ends in "…" (whole in the conversation) instead of hiding behind a sideways scroll bar.
        self.listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.listing.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.new_button = QPushButton(tr("Nouvelle conversation"))
        self.model_box = QComboBox()
        self.model_box.setMinimumContentsLength(16)
        self.model_label = QLabel(tr("Modèle :"))
        self.proposals = ChatProposals(self.store, self.llm, self._no_model_sentence, self)
        self.propose_button = self.proposals.button
        self.persona_button = QPushButton(tr("Sa fiche…"))
        self.summary_button = QPushButton(tr("Résumé…"))
        self.persona_dialog: PersonaDialog | None = None
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.empty_hint = EmptyHint("", self.view)  # a first start: what this is, and what she needs to answer
        self.live = QTextBrowser()  # her reply while it streams
        self.live.setOpenLinks(False)
        self.live.hide()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("chatProblem")
        self.problem.setStyleSheet("background: #fdecea; color: #611a15; padding: 6px; border-radius: 4px;")
        self.problem.hide()
        self.notice = QLabel()  # what a finished job of the pane's came to (memories proposed)
        self.notice.setWordWrap(True)
        self.notice.setObjectName("chatNotice")
        self.notice.setStyleSheet("color: #33691e; padding: 2px 6px;")
        self.notice.hide()
        self.input = QPlainTextEdit()
        self.input.setMaximumHeight(90)
        self.send_button = QPushButton(tr("Envoyer"))
        self.stop_button = QPushButton(tr("Arrêter"))
        self.send_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.input)

    def _init_layout(self) -> None:
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.new_button)
        side_layout.addWidget(self.search)
        side_layout.addWidget(self.listing, 1)
        top = QHBoxLayout()
        top.addWidget(self.model_label)
        top.addWidget(self.model_box)
        top.addStretch(1)
        top.addWidget(self.sharing.share_button)
        top.addWidget(self.summary_button)
        top.addWidget(self.persona_button)
        top.addWidget(self.propose_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.input, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        bottom.addLayout(buttons)
        talk = QWidget()
        talk_layout = QVBoxLayout(talk)
        talk_layout.setContentsMargins(0, 0, 0, 0)
        talk_layout.addLayout(top)
        talk_layout.addWidget(self.view, 3)
        talk_layout.addWidget(self.live, 1)
        talk_layout.addWidget(self.sharing.bar)
        talk_layout.addWidget(self.notice)
        talk_layout.addWidget(self.problem)
        talk_layout.addLayout(bottom)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        splitter.addWidget(talk)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect_signals(self) -> None:
        self.send_button.clicked.connect(self.send)
        self.send_shortcut.activated.connect(self.send)
        self.stop_button.clicked.connect(self.stop)
        self.new_button.clicked.connect(self.new_conversation)
        self.propose_button.clicked.connect(lambda: self.propose_memories())
        self.proposals.proposed.connect(self.proposed)
        self.proposals.message.connect(self.message)
        self.proposals.message.connect(self._show_notice)
        self.proposals.problem.connect(self._show_problem)
        self.proposals.proposed.connect(lambda _n: self._clear_problem("model"))  # the model answered
        self.persona_button.clicked.connect(self.open_persona)
        self.summary_button.clicked.connect(self.edit_summary)
        self.search.textChanged.connect(self.refresh_listing)
        self.listing.itemActivated.connect(self._open_item)
        self.listing.itemClicked.connect(self._open_item)
        self.view.anchorClicked.connect(self._on_link)
        self.live.anchorClicked.connect(self._on_link)
        self.model_box.activated.connect(self._model_chosen)
        self.llm.status_changed.connect(self._on_status)
        self.settings.changed.connect(lambda settings: self._show_models())

    def attach(self) -> None:
        """The store is open: list the conversations, and know her name."""
        self.refresh_listing()
        self.store.run(lambda library: _persona_name(library), self._named, changes=False, owner=self, key="name")

    # --- conversations ------------------------------------------------------------------------

    @Slot()
    def refresh_listing(self) -> Task:
        words = self.search.text()
        return self.store.run(lambda library: kept.listing(library.ledger, words), self._listed, changes=False,
                              owner=self, key="listing")

    def _listed(self, listed: list[ConversationListing] | None, error: str | None) -> None:
        if error is not None:
            self.message.emit(error)
            return
        self.listing.clear()
        if not self._opened_once:  # at start, the latest conversation is open
            self._opened_once = True
            if listed and self.conversation is None:
                self.open_conversation(listed[0].id)
        for line in listed or []:
            when = line.updated_at.astimezone().strftime("%d/%m/%Y %H:%M")
            item = QListWidgetItem(f"{line.title or tr('Conversation sans titre')}\n{when} · "
                                   + tr_n("{n} message", "{n} messages", n=line.turns))
            item.setData(Qt.ItemDataRole.UserRole, line.id)
            self.listing.addItem(item)
        self._highlight()

    def _highlight(self) -> None:
        """The conversation shown is the one highlighted in the list (none for a new one)."""
        shown = self.conversation.id if self.conversation is not None else None
        rows = [i for i in range(self.listing.count())
                if self.listing.item(i).data(Qt.ItemDataRole.UserRole) == shown]
        self.listing.setCurrentRow(rows[0] if rows else -1)
        if not rows:
            self.listing.clearSelection()

    @Slot()
    def new_conversation(self) -> None:
        """A blank page: no conversation highlighted, no line left from the last one. A draft in the message
        box stays (it may be what the user wants to say in the new one; nothing typed is thrown away)."""
        self.stop()
        self._leave()
        self.conversation = None
        self._wanted = None
        self.memories = {}
        self._markdown = ""
        self.view.clear()
        self._hide_problem()
        self.notice.hide()
        self.sharing.clear_problem()
        self._highlight()
        self.input.setFocus()

    @Slot(QListWidgetItem)
    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_conversation(int(item.data(Qt.ItemDataRole.UserRole)))

    def open_conversation(self, conversation_id: int) -> Task:
        self._wanted = conversation_id
        if self.conversation is not None and self.conversation.id != conversation_id:
            self.stop()
            self._leave()
        return self.store.run(lambda library: _read(library, conversation_id), self._shown, changes=False,
                              owner=self, key="conversation")

    def _shown(self, answer: tuple[Conversation, dict[int, Memory], Shared] | None, error: str | None) -> None:
        if error is not None or answer is None:
            self.message.emit(error or "")
            return
        self.conversation, self.memories, self._shared = answer
        self._render()
        self._highlight()

    def _render(self) -> None:
        if self.conversation is None:
            return
        self._markdown = transcript(self.conversation.turns, self.memories, self.name,
                                    under_turns(self._shared, self.name), waiting=not self.send_button.isEnabled())
        self.view.setMarkdown(self._markdown)
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().maximum())

    # --- talking ------------------------------------------------------------------------------

    @Slot()
    def send(self) -> Task | None:
        text = self.input.toPlainText().strip()
        if not text or self.reply_task is not None or not self.send_button.isEnabled():  # (a reply being prepared)
            return None
        self._hide_problem()
        self.notice.hide()
        self._stopping = False
        conversation_id = self.conversation.id if self.conversation is not None else None
        self.input.clear()
        self._set_streaming(True)
        self._show_sent(text)
        return self.store.run(lambda library: say(library, conversation_id or kept.start(library.ledger), text),
                              lambda request, error: self._prepared(request, error, text), owner=self, key="say")

    def _show_sent(self, text: str) -> None:
        """The message appears at once; the store's answer (its turn, as kept) replaces the view."""
        sent = f"**{tr('Vous')}**\n\n{safe(text)}"
        self.view.setMarkdown(self._markdown + "\n\n---\n\n" + sent if self._markdown else sent)
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().maximum())

    @Slot()
    def retry(self) -> Task | None:
        if self.conversation is None or self.reply_task is not None:
            return None
        self._hide_problem()
        self._stopping = False
        self._set_streaming(True)
        conversation_id = self.conversation.id
        return self.store.run(lambda library: retry(library, conversation_id),
                              lambda request, error: self._prepared(request, error, ""), changes=False, owner=self,
                              key="say")

    def _prepared(self, request: ReplyRequest | None, error: str | None, typed: str) -> None:
        if error is not None or request is None:
            self._failed_before_reply(error or "", typed)
            return
        self.request = request
        self.proposals.spoken_in(request.conversation_id)
        self.open_conversation(request.conversation_id)  # the user's turn, as kept
        self.refresh_listing()
        self._reply_to(request, typed)

    def _reply_to(self, request: ReplyRequest, typed: str, checked: bool = False) -> None:
        model = self.llm.model_for("chat")
        if self._stopping or self._closing:  # the message stays in its conversation, with « Réessayer » under it
            self._failed_before_reply("", "")
            return
        if not model and not checked:  # Ollama may be back since it was seen away: asked once, then answered
            self.llm.check().ended.connect(lambda: self._reply_to(request, typed, checked=True))
            return
        if not model:
            self._failed_before_reply(self._no_model_sentence(), typed)
            return
        self.pieces = []
        self._reply_model = model
        self.live.setMarkdown(f"**{self.name}** …")
        self.live.show()
        self.feelings.cancel()  # a reading still running would hold her reply back on the model lane
        if self.sharing.web.reads_first(request, lambda again, err: self._prepared(again, err, typed)):
            return  # the addresses it holds are read first; then the reply is prepared again, with the pages
        self.reply_task = self.sharing.web.reply(model, request, lambda reply, err: self._replied(reply, err, model,
                                                                                                   typed),
                                                 owner=self, key="reply")
        self.reply_task.piece.connect(self._on_piece)

    @Slot(object)
    def _on_piece(self, piece: str) -> None:
        self.pieces.append(piece)
        self.live.setMarkdown(f"**{self.name}**\n\n" + safe("".join(self.pieces)))
        self.live.verticalScrollBar().setValue(self.live.verticalScrollBar().maximum())

    @Slot()
    def stop(self) -> None:
        """Stop her reply: what came is kept, marked as cut short (or the pages it waits for, unread)."""
        if self.reply_task is not None:
            self._stopping = True
            self.reply_task.cancel()
        elif not self.sharing.web.stop_reading() and not self.send_button.isEnabled():
            self._stopping = True  # a reply being prepared (or Ollama asked whether it is back): not asked

    def keep_before_closing(self) -> Task | None:
        """The window closes while her reply streams: what came is kept, marked as cut short, like « Arrêter »
        does. The store finishes this write before it closes (its lane drains on stop); her late answer is
        not kept again."""
        request, task, text = self.request, self.reply_task, "".join(self.pieces)
        self._closing = True
        if task is None or request is None:
            return None
        self.reply_task = None
        task.cancel()
        model = self._reply_model
        return self.store.run(lambda library: keep_reply(library, request, text, partial=True, model=model))

    def _replied(self, reply: str | None, error: str | None, model: str, typed: str) -> None:
        if self._closing:
            return
        request, text = self.request, "".join(self.pieces)
        self.reply_task = None
        if error is not None and not text:
            self._failed_before_reply("" if self._stopping else error, typed)
            if not self._stopping:
                self.llm.check()  # Ollama away, or the model gone: the model list follows
            return
        partial = error is not None
        if partial and not self._stopping:
            self._show_problem(error + " " + tr("Le début de la réponse est gardé ; « Réessayer » la redemande."))
        self.store.run(lambda library: keep_reply(library, request, reply or text, partial=partial, model=model),
                       self._kept, owner=self)

    def _kept(self, turn: Turn | None, error: str | None) -> None:
        self._set_streaming(False)
        if self.request is not None and turn is not None and not turn.partial:
            self._fold_older(self.request)
            self._clear_problem("model")  # a whole reply: Ollama and the model are fine again
        if self.request is not None and turn is not None:
            self.feelings.ask(self.request, self.llm.model_for("chat"))
        if error is not None:
            self._show_problem(error, "store")
        if self.request is not None and self._wanted == self.request.conversation_id:  # not if the user left it
            self.open_conversation(self.request.conversation_id)
        self.refresh_listing()

    def _failed_before_reply(self, sentence: str, typed: str) -> None:
        """Nothing came: the typed message goes back where it was written (it is kept in the ledger too)."""
        self._set_streaming(False)
        self._render()  # « Réessayer » under it
        if typed and not self.input.toPlainText().strip():
            self.input.setPlainText(typed)
        if sentence:
            self._show_problem(sentence)

    def _no_model_sentence(self) -> str:
        status = self.llm.status
        if status is not None and not status.ok:
            return status.message
        return tr(NO_MODEL)

    # --- the rolling summary ------------------------------------------------------------------

    def _fold_older(self, request: ReplyRequest) -> None:
        """Older turns fold into the summary by the model, in the background, before the budget leaves them out."""
        upto, model = request.prompt.fold_upto, self.llm.model_for("chat")
        if not upto or not model:
            return
        conversation_id = request.conversation_id
        asked = self.store.run(lambda library: _summary_request(library, conversation_id, upto), changes=False)
        asked.succeeded.connect(lambda fold: self.llm.chat(model, fold.messages, lambda summary, error: (
            error is None and summary and self.store.run(lambda library: fold_in(library.ledger, conversation_id,
                                                                                  summary, fold.upto)))))

    @Slot()
    def edit_summary(self) -> bool:
        if self.conversation is None:
            return False
        text, ok = QInputDialog.getMultiLineText(self, tr("Résumé de la conversation"),
                                                 tr("Ce que {name} retient des échanges plus anciens :",
                                                    name=self.name),
                                                 self.conversation.summary)
        if ok:
            self._save_summary(self.conversation.id, text.strip(), self.conversation.summary_upto, "user")
        return ok

    def _save_summary(self, conversation_id: int, summary: str, upto: int, author: str) -> Task:
        return self.store.run(lambda library: kept.set_summary(library.ledger, conversation_id, summary, upto, author),
                              lambda _none, error: error and self._show_problem(error, "store"))

    @Slot()
    def open_persona(self) -> PersonaDialog:
        """Her card and the who-is-who; what is saved is what the next reply is given."""
        if self.persona_dialog is not None:
            self.persona_dialog.deleteLater()
        self.persona_dialog = PersonaDialog(self.store, self)
        self.persona_dialog.saved.connect(lambda persona: self._named(persona.name, None))
        self.persona_dialog.load()
        self.persona_dialog.open()
        return self.persona_dialog

    # --- memories proposed from a conversation (proposing.py) ---------------------------------

    def _leave(self) -> None:
        if self.conversation is not None:
            self.proposals.after_leaving(self.conversation.id)

    @Slot()
    def propose_memories(self, conversation_id: int | None = None) -> Task | None:
        return self.proposals.propose(conversation_id or (self.conversation.id if self.conversation else None))

    # --- models -------------------------------------------------------------------------------

    @Slot(object)
    def _on_status(self, status: OllamaStatus) -> None:
        self._show_models()
        came_back, self._ollama_up = status.ok and not self._ollama_up, status.ok
        if came_back:
            self._clear_problem("model")  # « Ollama ne répond pas… » said while it was away
        chosen = self.settings.current.ollama.chat_model
        installed = [m.name for m in status.models]
        if status.ok and chosen and chosen not in installed:
            self._show_problem(tr(NOT_INSTALLED, model=chosen, models=", ".join(installed) or "—"))

    def _show_models(self) -> None:
        status = self.llm.status
        installed = [m.name for m in status.models] if status is not None and status.ok else []
        current = self.llm.model_for("chat")
        self.model_box.clear()
        for name in installed:
            self.model_box.addItem(name, name)
        if current and current not in installed:
            self.model_box.addItem(tr("{model} (pas installé)", model=current), current)
        if not installed and not current:
            self.model_box.addItem(tr("aucun modèle"), "")
        self.model_box.setCurrentIndex(max(0, self.model_box.findData(current)))

    @Slot(int)
    def _model_chosen(self, index: int) -> Task | None:
        model = self.model_box.itemData(index)
        if not model:
            return None
        self.llm.choose_model("chat", model)  # at once; the setting follows on the store thread
        self._hide_problem()
        return self.settings.change(OllamaSettings, chat_model=model)

    # --- links under a reply ------------------------------------------------------------------

    @Slot(QUrl)
    def _on_link(self, url: QUrl) -> None:
        scheme, target = url.scheme(), url.path()
        if scheme == "retry":
            self.retry()
        elif scheme == "document" and target.isdigit():
            self.sharing.open_document(int(target))
        elif scheme in ("memory", "correct", "forget") and target.isdigit():
            {"memory": self.memory_opened, "correct": self.memory_correction,
             "forget": self.memory_forgotten}[scheme].emit(int(target))

    # --- state --------------------------------------------------------------------------------

    def _named(self, name: str | None, error: str | None) -> None:
        if name and name != self.name:
            self.name = name
            self._show_name()
            self._render()

    def _show_name(self) -> None:
        """Her name, as her card says it now, wherever the pane says it."""
        self.input.setPlaceholderText(tr("Écrivez à {name}… (Ctrl+Entrée pour envoyer)", name=self.name))
        self.input.viewport().update()  # Qt repaints a placeholder only when it appears or goes, not when it changes
        self.empty_hint.setText(tr(HINT, name=self.name))
        self.summary_button.setToolTip(tr("Le résumé des échanges plus anciens, que {name} relit : vous pouvez le "
                                          "corriger.", name=self.name))
        self.sharing.named(self.name)

    def _set_streaming(self, streaming: bool) -> None:
        self.send_button.setEnabled(not streaming)
        self.stop_button.setEnabled(streaming)
        if not streaming:
            self.live.hide()
            self.live.clear()

    def _show_problem(self, sentence: str, kind: str = "model") -> None:
        """`kind`: what may clear it when it next goes well ("model": a reply, proposals, Ollama back)."""
        self._problem_kind = kind
        sentence = in_her_name(sentence, self.name)
        self.problem.setText(sentence)
        self.problem.show()
        self.message.emit(sentence)

    def _clear_problem(self, kind: str) -> None:
        if self._problem_kind == kind:
            self._hide_problem()

    def _hide_problem(self) -> None:
        self.problem.hide()
        self._problem_kind = ""

    def _show_notice(self, sentence: str) -> None:
        self.notice.setText(sentence)
        self.notice.show()

    @property
    def busy(self) -> bool:
        return self.reply_task is not None


def _persona_name(library: MemoryLibrary) -> str:
    return load_persona(library.ledger).name


def _summary_request(library: MemoryLibrary, conversation_id: int, upto: int) -> FoldRequest:
    return summary_messages(load_persona(library.ledger), kept.conversation(library.ledger, conversation_id), upto)


def _read(library: MemoryLibrary, conversation_id: int) -> tuple[Conversation, dict[int, Memory], Shared]:
    conversation = kept.conversation(library.ledger, conversation_id)
    return conversation, given_memories(library, conversation.turns), shared_in(library.ledger, conversation_id)

