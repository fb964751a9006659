"""Sharing into the chat: files dropped on the pane or picked with « Partager un fichier… » become
documents (through QtDocuments, on the store thread), with progress and a cancel button; once one is
kept, the conversation says it was shared, and Liblitz draws on it in her replies (recall over the
documents; the passages go in the prompt quoted, and their citations are listed under the reply).
What she reads on the web for a reply is ChatWeb's (web_reading.py).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...documents import Added, Chunk, Document
from ...i18n import tr, tr_n
from ...store import conversation_notes as notes
from ...store import conversations as kept
from ...store import documents as rows
from ...store.library import MemoryLibrary
from ..documents import QtDocuments, shareable_files
from ..documents_dialog import FILE_FILTER, DocumentViewer
from ..llm_worker import LlmWorker
from ..store_thread import Store
from ..tasks import Task
from .transcript import in_her_name
from .web_reading import ChatWeb


class ChatSharing(QObject):
    """The chat's documents: `share_button` and `bar` (a file's progress and cancel, what the web is
    doing) take their place in the pane; drops on the pane's views are caught here.

    Signals: none; the pane is asked to show a conversation again once a note is kept in it."""

    def __init__(self, pane: QWidget, store: Store, llm: LlmWorker, documents: QtDocuments) -> None:
        super().__init__(pane)
        self.pane, self.store, self.documents = pane, store, documents
        self.web = ChatWeb(store, llm, documents, self)
        self.web.shown = self.show_again
        self.web.happened.connect(lambda event: event.state == "done" and self.clear_problem())
        self.name = ""  # hers, as her card says it (the pane tells it: `named`)
        self.running: set[Task] = set()
        self.viewer: DocumentViewer | None = None
        self.share_button = QPushButton(tr("Partager un fichier…"))
        self.share_button.clicked.connect(self.pick)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.cancel_button = QPushButton(tr("Annuler"))
        self.cancel_button.clicked.connect(self.cancel)
        self.bar = self._build_bar()
        self._show_progress(False)
        for target in (pane, *(getattr(pane, name).viewport() for name in ("view", "live", "input"))):
            target.setAcceptDrops(True)
            target.installEventFilter(self)

    def _build_bar(self) -> QWidget:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reading, 2)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        bar = QWidget()
        layout = QVBoxLayout(bar)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.web.activity)
        layout.addLayout(row)
        return bar

    # --- dropping and picking -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and self._offered(event):
            event.acceptProposedAction()
            return True
        if event.type() == QEvent.Type.Drop and self._offered(event):
            event.acceptProposedAction()
            self.share(shareable_files(event.mimeData()))
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _offered(event: QEvent) -> bool:
        return isinstance(event, (QDragEnterEvent, QDropEvent)) and bool(shareable_files(event.mimeData()))

    @Slot()
    def pick(self) -> list[Task]:
        paths, _ = QFileDialog.getOpenFileNames(self.pane, tr("Partager un document"), "", FILE_FILTER)
        return self.share(paths)

    def share(self, paths: list[str]) -> list[Task]:
        """Each file read, chunked and indexed in turn (progress, cancel); the conversation open now says
        it was shared (shared before a word was said: a new conversation, started before the files are read)."""
        into = _Into(self.pane.conversation.id if self.pane.conversation is not None else None)
        if into.id is None and paths:
            self.store.run(lambda library: kept.start(library.ledger), lambda started, _error: into.started(started))
        return [self._share_one(path, into) for path in paths]

    def _share_one(self, path: str, into: _Into) -> Task:
        task = self.documents.add_file(path)
        self.running.add(task)
        self.reading.setText(tr("Lecture de « {name} »…", name=path.rsplit("/", 1)[-1]))
        self.progress.setValue(0)
        self._show_progress(True)
        task.progress.connect(lambda done, total: self.progress.setValue(done * 1000 // max(total, 1)))
        task.succeeded.connect(lambda added: self._shared(added, into))
        task.failed.connect(lambda sentence: self.reading.setText(in_her_name(sentence, self.name)))
        task.ended.connect(lambda: self._ended(task))
        return task

    def named(self, name: str) -> None:
        self.name = name
        self.share_button.setToolTip(tr("{name} lit le document et s'en sert pour répondre, en citant la page. "
                                        "Vous pouvez aussi le déposer dans la conversation.", name=name))

    def clear_problem(self) -> None:
        """A failed share's sentence goes once a later read went well, or a new conversation starts."""
        if not self.running:
            self.reading.setText("")
            self._show_progress(False)

    @Slot()
    def cancel(self) -> None:
        for task in list(self.running):
            task.cancel()

    def _ended(self, task: Task) -> None:
        self.running.discard(task)
        self._show_progress(bool(self.running))

    def _show_progress(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.reading.setVisible(running or bool(self.reading.text()))

    def open_document(self, document_id: int) -> Task:
        """A document cited under a reply, opened in the viewer (its text page by page, and the original)."""
        task = self.store.run(lambda library: _document_and_chunks(library, document_id), self._open, changes=False)
        return task

    def _open(self, found: tuple[Document, list[Chunk]] | None, error: str | None) -> None:
        if found is None:
            self.reading.setText(error or tr("Ce document n'est plus partagé : il a été retiré."))
            self.reading.show()
            return
        self.viewer = DocumentViewer(found[0], self.pane)
        self.viewer.show_chunks(found[1])
        self.viewer.open()

    # --- the conversation says it --------------------------------------------------------------

    def _shared(self, added: Added, into: _Into) -> Task | None:
        document = added.document
        detail = (tr_n("{n} page", "{n} pages", n=document.pages) + " · " if document.pages else "") + \
            tr_n("{n} passage", "{n} passages", n=document.chunks)
        note = notes.Note("shared", document.name, "done", detail)
        conversation_id = into.id
        self.reading.setText("")
        if conversation_id is None:  # the conversation could not be started (said by the store's failure)
            return None
        return self.store.run(lambda library: notes.add_note(library.ledger, conversation_id, note),
                              lambda _note, error: self._noted(conversation_id, error), changes=False)

    def _noted(self, conversation_id: int, error: str | None) -> None:
        if error is not None:
            self.reading.setText(error)
            self._show_progress(bool(self.running))
            return
        self.show_again(conversation_id)

    def show_again(self, conversation_id: int) -> None:
        """A note was kept: the pane shows it, if that conversation is the one open (or none is)."""
        shown = self.pane.conversation
        if shown is None or shown.id == conversation_id:
            self.pane.open_conversation(conversation_id)


def _document_and_chunks(library: MemoryLibrary, document_id: int) -> tuple[Document, list[Chunk]] | None:
    document = rows.document(library.ledger, document_id)
    return (document, rows.chunks_of(library.ledger, document_id)) if document is not None else None


class _Into:
    """The conversation files are shared into: the one open when they were dropped, or one started for them
    (its id arrives before any file is read: the store runs its jobs in order)."""

    def __init__(self, conversation_id: int | None) -> None:
        self.id = conversation_id

    def started(self, conversation_id: int | None) -> None:
        self.id = conversation_id
