"""The "Documents" dialog: what the user shared with Liblitz, to add (a file, a web page when the web
is allowed), open (its text, page by page, and the original) and remove; an addition shows its
progress and can be cancelled. Every job goes through QtDocuments (the store thread)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Qt, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QInputDialog, QLabel, QProgressBar, QPushButton, QTextBrowser,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ..documents import Chunk, Document, Kind
from ..documents.passages import cite
from ..documents.model import Source
from ..i18n import tr
from .documents import QtDocuments
from .tasks import Task

FILE_FILTER = "Documents (*.pdf *.md *.markdown *.txt *.text *.csv *.tsv *.docx)"


def kind_name(kind: Kind) -> str:
    names = {Kind.TEXT: tr("Texte"), Kind.WEB: tr("Page web")}
    return names.get(kind, kind.value.upper() if kind is not Kind.MARKDOWN else "Markdown")


class DocumentsDialog(QDialog):
    def __init__(self, documents: QtDocuments, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.documents = documents
        self.running: set[Task] = set()  # additions under way: the progress bar shows while there is one
        self.viewer: DocumentViewer | None = None
        self.setWindowTitle(tr("Documents partagés"))
        self.resize(760, 460)
        self._build()
        documents.listed.connect(self.show_documents)
        documents.adding.connect(self._follow)
        documents.message.connect(self.status.setText)
        documents.companion.changed.connect(lambda _settings: self._web_state())
        self._web_state()
        documents.refresh()

    def _build(self) -> None:
        intro = QLabel(tr("Ce que vous partagez avec Liblitz : elle s'en sert pour répondre et cite la page. "
                          "Un document n'est pas un souvenir."))
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setHeaderLabels([tr("Nom"), tr("Genre"), tr("Pages"), tr("Passages"), tr("Ajouté le")])
        self.table.setRootIsDecorated(False)
        self.table.setColumnWidth(0, 320)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.add_file_button = QPushButton(tr("Ajouter un fichier…"))
        self.add_file_button.clicked.connect(self.pick_file)
        self.add_page_button = QPushButton(tr("Ajouter une page web…"))
        self.add_page_button.clicked.connect(self.ask_address)
        self.open_button = QPushButton(tr("Ouvrir"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(tr("Retirer"))
        self.remove_button.clicked.connect(self.remove_selected)
        close = QPushButton(tr("Fermer"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.add_file_button, self.add_page_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.cancel_button = QPushButton(tr("Annuler"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self._show_progress(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._selection_changed()

    # --- the list -----------------------------------------------------------------------------

    @Slot(object)
    def show_documents(self, documents: list[Document]) -> None:
        self.table.clear()
        for document in documents:
            item = QTreeWidgetItem([document.name, kind_name(document.kind),
                                    "" if document.pages is None else str(document.pages), str(document.chunks),
                                    document.added_at[:10]])
            item.setData(0, Qt.ItemDataRole.UserRole, document)
            item.setToolTip(0, document.origin)
            self.table.addTopLevelItem(item)
        self._selection_changed()

    def selected(self) -> Document | None:
        items = self.table.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _web_state(self) -> None:
        allowed = self.documents.web.enabled
        self.add_page_button.setEnabled(allowed)
        self.add_page_button.setToolTip("" if allowed else tr("Autorisez le web (menu Documents) pour lire une page."))

    # --- actions ------------------------------------------------------------------------------

    @Slot()
    def pick_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Partager un document"), "", FILE_FILTER)
        if path:
            self.add_file(path)

    def add_file(self, path: str) -> Task:
        self.status.setText(tr("Lecture de « {name} »…", name=Path(path).name))
        return self.documents.add_file(path)  # followed through `adding`

    @Slot()
    def ask_address(self) -> None:
        url, ok = QInputDialog.getText(self, tr("Lire une page web"), tr("Adresse (http ou https) :"))
        if ok and url.strip():
            self.add_page(url.strip())

    def add_page(self, url: str) -> Task:
        self.status.setText(tr("Lecture de {url}…", url=url))
        return self._follow(self.documents.add_page(url))  # the fetch; keeping the page comes through `adding`

    @Slot()
    def remove_selected(self) -> Task | None:
        document = self.selected()
        if document is None:
            return None
        self.status.setText(tr("« {name} » retiré : Liblitz ne s'en servira plus.", name=document.name))
        return self.documents.remove(document.id)

    @Slot()
    def open_selected(self) -> DocumentViewer | None:
        document = self.selected()
        if document is None:
            return None
        self.viewer = DocumentViewer(document, self)
        task = self.documents.chunks(document.id)
        task.succeeded.connect(self.viewer.show_chunks)
        task.failed.connect(self.status.setText)
        self.viewer.open()
        return self.viewer

    @Slot(object)
    def _follow(self, task: Task) -> Task:
        """Progress and the cancel button for an addition (a file, a page's fetch, a page being kept)."""
        self.running.add(task)
        self.progress.setValue(0)
        self._show_progress(True)
        self.cancel_button.clicked.connect(task.cancel)
        task.progress.connect(lambda done, total: self.progress.setValue(done * 1000 // max(total, 1)))
        task.ended.connect(lambda: self._ended(task))
        return task

    def _ended(self, task: Task) -> None:
        self.cancel_button.clicked.disconnect(task.cancel)
        self.running.discard(task)
        self._show_progress(bool(self.running))

    def _show_progress(self, shown: bool) -> None:
        self.progress.setVisible(shown)
        self.cancel_button.setVisible(shown)


def ask_search_address(documents: QtDocuments, parent: QWidget) -> None:
    typed, ok = QInputDialog.getText(parent, "SearXNG", tr("Adresse de votre instance SearXNG (vide : pas de recherche) :"),
                                     text=documents.web.searxng_url)
    if ok:
        documents.set_search_address(typed)


class DocumentViewer(QDialog):
    """A shared document's text as Liblitz reads it, with where each passage comes from."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(document.name)
        self.resize(700, 600)
        self.text = QTextBrowser()
        self.text.setPlainText(tr("Lecture…"))
        original = QPushButton(tr("Ouvrir l'original"))
        original.clicked.connect(self.open_original)
        close = QPushButton(tr("Fermer"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(QLabel(document.origin), 1)
        row.addWidget(original)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)

    @Slot(object)
    def show_chunks(self, chunks: list[Chunk]) -> None:
        document, parts, last = self.document, [], None
        for chunk in chunks:
            source = Source(document.id, document.kind, document.name, document.origin, document.read_at,
                            chunk.page, chunk.section)
            label = cite(source)
            if label != last:
                parts.append(f"— {label} —")
                last = label
            parts.append(chunk.text)
        self.text.setPlainText("\n\n".join(parts))

    @Slot()
    def open_original(self) -> None:
        origin = self.document.origin
        QDesktopServices.openUrl(QUrl(origin) if self.document.is_web else QUrl.fromLocalFile(origin))
