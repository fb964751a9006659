"""The main window: one tab per pane, a status line, and the menus. Panes hold their own logic."""
from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QScreen
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..companion import CompanionSettings, load_persona
from ..i18n import language, tr, tr_n
from ..paths import DataDir
from ..preferences import Preferences
from ..store.library import LibraryStatus, MemoryLibrary
from . import archive_menu
from .browser.browser_pane import BrowserPane
from .chat import ChatPane
from .checkup_window import CheckupWindow
from .companion_settings import QtCompanionSettings
from .documents import QtDocuments
from .documents_dialog import DocumentsDialog, ask_search_address
from .finetune_dialog import FinetuneDialog
from .intake import BacklogPane, ImportWizard
from .llm_worker import LlmWorker
from .model_dialog import ModelDialog
from .model_migration import QtMigration
from .outside_changes import OutsideChanges
from .reading import Reading
from .review.review_pane import ReviewPane
from .store_thread import Store
from .tab_style import RoomyTabs
from .tasks import LaneStuck, Task
from .timeline.timeline_pane import TimelinePane

DEFAULT_SIZE = (1280, 820)
TITLE_BAR = 40  # pixels a window manager's frame may take above the window


def window_size() -> tuple[int, int]:
    """The first size of the window: LIBLITZ_WINDOW_SIZE=1024x700 tries a smaller screen's (screenshots, checks)."""
    asked = re.fullmatch(r"(\d{3,5})x(\d{3,5})", os.environ.get("LIBLITZ_WINDOW_SIZE", ""))
    return (int(asked[1]), int(asked[2])) if asked else DEFAULT_SIZE


def _fitted(size: tuple[int, int], screen: QScreen | None) -> tuple[int, int]:
    """No larger than the screen's free area, less its title bar: a window taller than an 800-pixel screen hid
    its status bar, and every sentence said there."""
    if screen is None:
        return size
    free = screen.availableGeometry()
    return min(size[0], free.width()), min(size[1], free.height() - TITLE_BAR)


NEXT_START = "Prend effet au prochain démarrage · Takes effect at the next start"
CARD_KEEPS_ITS_LANGUAGE = ("Sa fiche garde sa langue : elle vous répond dans celle-ci tant que vous ne la changez pas "
                           "dans « Sa fiche… ». · Her card keeps its language: she answers you in it until you change "
                           "it in “Her card…”.")


class MainWindow(QMainWindow):
    def __init__(self, store: Store, data: DataDir) -> None:
        super().__init__()
        self.store = store
        self.data = data
        self.outside_changes = OutsideChanges(store, self)  # an import run from a terminal shows up here
        self.reading = Reading.of(data.ledger)  # what the views show is read there, off the GUI thread
        self.progress_dialog: QProgressDialog | None = None
        self._unseen_proposals = 0  # memories the chat proposed since « À relire » was last opened
        self.model_dialog: ModelDialog | None = None
        self.checkup_window: CheckupWindow | None = None
        self.finetune_dialog: FinetuneDialog | None = None
        self.migration = QtMigration(store, data, self)  # a new embedding model's index, built in the background
        self._current_model = ""
        self.setWindowTitle("Liblitz")
        self.resize(*_fitted(window_size(), self.screen()))
        self._init_panes()
        self._init_menus()
        self._connect_signals()
        self.memory_state = QLabel(tr("Ouverture de la mémoire…"))  # permanent; messages pass beside it
        self.statusBar().addPermanentWidget(self.memory_state)

    # --- construction -------------------------------------------------------------------------

    def _init_panes(self) -> None:
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet("background: #fdecea; color: #611a15; padding: 8px; border-radius: 4px;")
        self.banner.hide()
        self.tabs = QTabWidget()
        self._tab_style = RoomyTabs()  # kept: a widget's style must outlive it
        self.tabs.tabBar().setStyle(self._tab_style)
        self.browser = BrowserPane(self.store)
        self.timeline = TimelinePane()
        self.memories = QSplitter(Qt.Orientation.Vertical)  # one shared selection, both in view
        self.memories.addWidget(self.timeline)
        self.memories.addWidget(self.browser)
        self.memories.setStretchFactor(0, 2)
        self.memories.setStretchFactor(1, 3)
        self.memories.setSizes([2000, 3000])  # the first split too (else the timeline's wish took most of it)
        self.tabs.addTab(self.memories, tr("Souvenirs"))
        self.llm = LlmWorker(parent=self)
        self.companion = QtCompanionSettings(self.store, self)  # shared by every pane; configures self.llm
        self.documents = QtDocuments(self.store, self.companion, self)  # shared files and pages (the chat's too)
        self.documents_dialog: DocumentsDialog | None = None
        self.chat = ChatPane(self.store, self.llm, self.companion, self.documents)  # the first tab: talking with her
        self.tabs.insertTab(0, self.chat, tr("Parler"))
        self.tabs.setCurrentIndex(0)
        self.review = ReviewPane(self.store, self.llm, self.companion)
        self.tabs.addTab(self.review, tr("À relire"))
        self.arrival = BacklogPane(self.store)  # imported memories arriving at the user's pace
        self.tabs.addTab(self.arrival, tr("Arrivée"))
        self.import_wizard: ImportWizard | None = None
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def _init_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&Fichier"))
        self.import_action = file_menu.addAction(tr("Importer un export…"))
        self.import_action.setShortcut("Ctrl+I")
        self.import_action.setEnabled(False)
        self.import_action.triggered.connect(self.open_import_wizard)
        self.export_action = file_menu.addAction(tr("Exporter Liblitz…"))
        self.export_action.setEnabled(False)
        self.export_action.triggered.connect(lambda: self.export_companion())
        self.restore_action = file_menu.addAction(tr("Restaurer une archive…"))
        self.restore_action.setEnabled(False)
        self.restore_action.triggered.connect(lambda: self.restore_companion())
        self.finetune_action = file_menu.addAction(tr("Jeu d'affinage…"))
        self.finetune_action.setEnabled(False)
        self.finetune_action.triggered.connect(self.open_finetune_dialog)
        quit_action = file_menu.addAction(tr("Quitter"))
        quit_action.setShortcut("Ctrl+Q")
        quit_action.triggered.connect(self.close)
        memory_menu = self.menuBar().addMenu(tr("&Mémoire"))
        self.rebuild_action = memory_menu.addAction(tr("Reconstruire l'index de recherche…"))
        self.rebuild_action.setEnabled(False)
        self.rebuild_action.triggered.connect(self.rebuild_index)
        self.model_action = memory_menu.addAction(tr("Modèle de recherche…"))
        self.model_action.setEnabled(False)
        self.model_action.triggered.connect(self.open_model_dialog)
        self.ollama_action = memory_menu.addAction(tr("Ollama…"))  # where it is, how long to wait for it
        self.ollama_action.setEnabled(False)  # until the companion's settings are read
        self.ollama_action.triggered.connect(self.review.ask_ollama_address)
        self.checkup_action = memory_menu.addAction(tr("Bilan des modèles…"))  # before trusting a chat model
        self.checkup_action.setEnabled(False)
        self.checkup_action.triggered.connect(self.open_checkup_window)
        self._init_documents_menu()
        language_menu = self.menuBar().addMenu(tr("&Langue"))
        # Every text is built in the language of the start: a change needs a restart, said in both
        # languages (whoever opens this menu may not read the current one).
        language_menu.addAction(NEXT_START).setEnabled(False)
        group = QActionGroup(self)
        for code, name in (("fr", "Français"), ("en", "English")):
            action = QAction(name, self, checkable=True, checked=language() == code)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)

    def _connect_signals(self) -> None:
        # The store's life
        self.store.ready.connect(self._on_store_ready)
        self.store.unavailable.connect(self._on_store_unavailable)
        # Pane messages go to the status line
        self.browser.message.connect(self.show_message)
        self.timeline.failed.connect(self.show_message)
        # Browser and timeline: one selection, one query
        self.browser.memory_selected.connect(self.timeline.highlight)
        self.timeline.memory_clicked.connect(self._select_from_timeline)
        self.browser.query_changed.connect(self.timeline.set_query)
        self.timeline.visible_emotions_changed.connect(self._emotions_from_legend)
        self.store.changed.connect(self.timeline.refresh)
        # The companion's settings: the one place the model worker is configured
        self.companion.changed.connect(self._configure_models)
        self.companion.changed.connect(lambda _settings: self.ollama_action.setEnabled(True))
        self.companion.failed.connect(self.show_message)
        # Shared documents and the web switch (off until the user turns it on)
        self.documents.message.connect(self.show_message)
        self.companion.changed.connect(lambda settings: self.web_action.setChecked(settings.web.enabled))
        # Review
        self.review.message.connect(self.show_message)
        # The chat: its memories open, are corrected or forgotten in the browser
        self.chat.message.connect(self.show_message)
        self.chat.memory_opened.connect(self.open_memory)
        self.chat.memory_correction.connect(lambda memory_id: self.open_memory(memory_id)
                                            and self.browser.open_edit_form())
        self.chat.memory_forgotten.connect(self.browser.forget)
        self.chat.proposed.connect(self._mark_proposals)  # « À relire (3) » until the tab is opened
        self.tabs.currentChanged.connect(lambda _index: self.tabs.currentWidget() is self.review
                                         and self._mark_proposals(-self._unseen_proposals))
        self.store.changed.connect(self.chat.refresh_listing)
        # A change of embedding model: built in the background, told on the status line
        self.migration.message.connect(self.show_message)
        self.migration.progress.connect(lambda done, total: self.show_message(
            tr("Nouvel index de recherche : {progress}", progress=self.migration.progress_text(done, total))))
        self.migration.switched.connect(lambda n, _model: self.show_message(tr_n(
            "Nouveau modèle en service ; {n} souvenir indexé.", "Nouveau modèle en service ; {n} souvenirs indexés.", n=n)))
        # Imports and their gradual arrival
        self.arrival.message.connect(self.show_message)
        self.arrival.import_requested.connect(self.open_import_wizard)

    # --- the store ----------------------------------------------------------------------------

    @Slot(object)
    def _on_store_ready(self, library: MemoryLibrary) -> None:
        self.companion.load()  # → changed → _configure_models
        self.browser.attach(self.reading)
        self.timeline.attach(self.reading)
        self.review.attach()
        self.chat.attach()
        self.rebuild_action.setEnabled(True)
        self.model_action.setEnabled(True)
        self.checkup_action.setEnabled(True)
        self.migration.resume_recorded()  # a change of model left unfinished goes on
        self.documents_action.setEnabled(True)
        self.store.changed.connect(self._refresh_status)
        self.import_action.setEnabled(True)
        self.export_action.setEnabled(True)
        self.restore_action.setEnabled(True)
        self.finetune_action.setEnabled(True)
        self.arrival.start_session()  # this session's few arrivals, never a burst after days away
        self._refresh_status()
        self._check_index()

    def _check_index(self) -> None:
        """The full ledger/index comparison, once, after start (it reads every point: ~0.5 s at 50k)."""
        task = self.store.run(lambda library: library.reconcile(), changes=False)
        task.succeeded.connect(lambda report: report.changed and self.show_message(
            tr_n("Index remis en accord avec le registre ({n} correction).",
                 "Index remis en accord avec le registre ({n} corrections).",
               n=report.missing + report.stale + report.extra)))

    def _refresh_status(self) -> None:
        task = self.store.run(lambda library: library.status(), changes=False, owner=self, key="status")
        task.succeeded.connect(self._show_status)

    def _show_status(self, status: LibraryStatus) -> None:
        self._current_model = status.model_id
        self.memory_state.setText(tr_n("Mémoire prête : {n} souvenir retenu · modèle {model}",
                                       "Mémoire prête : {n} souvenirs retenus · modèle {model}",
                                        n=status.committed, model=status.model_id))

    @Slot(object)
    def _configure_models(self, settings: CompanionSettings) -> None:
        """Where Ollama is and which model does what, each time the companion's settings change."""
        ollama = settings.ollama
        self.llm.choose_model("enrich", ollama.enrich_model)
        self.llm.choose_model("chat", ollama.chat_model)
        self.llm.set_timeout(ollama.timeout)
        if ollama.url != self.llm.url or self.llm.status is None:
            self.llm.set_url(ollama.url)
            self.llm.check()

    @Slot(str)
    def _on_store_unavailable(self, sentence: str) -> None:
        self.banner.setText(tr("La mémoire n'a pas pu s'ouvrir : {why}", why=sentence))
        self.banner.show()
        self.memory_state.setText(tr("Mémoire indisponible."))

    @Slot(int)
    def _select_from_timeline(self, memory_id: int) -> None:
        if not self.browser.select_memory(memory_id):
            self.show_message(tr("Ce souvenir est masqué par la recherche ou les filtres du tableau."))

    @Slot(int)
    def open_memory(self, memory_id: int) -> bool:
        """Show a memory in the browser (from the chat); False when the browser's filters hide it."""
        self.tabs.setCurrentWidget(self.memories)
        shown = self.browser.select_memory(memory_id)
        if not shown:
            self.show_message(tr("Ce souvenir est masqué par la recherche ou les filtres du tableau."))
        return shown

    @Slot(object)
    def _emotions_from_legend(self, visible: frozenset) -> None:
        self.browser.set_emotions(frozenset(e for e in visible if e is not None))

    @Slot(int)
    def _mark_proposals(self, more: int) -> None:
        self._unseen_proposals += more
        index, n = self.tabs.indexOf(self.review), self._unseen_proposals
        self.tabs.setTabText(index, tr("À relire ({n})", n=n) if n else tr("À relire"))

    @Slot(str)
    def show_message(self, sentence: str) -> None:
        self.statusBar().showMessage(sentence, 10000)

    # --- menus --------------------------------------------------------------------------------

    @Slot()
    def rebuild_index(self) -> Task:
        task = self.store.track(lambda library, t: library.rebuild(t.report, t.cancelled), changes=False)
        self._track(task, tr("Reconstruction de l'index de recherche…"))
        task.succeeded.connect(lambda n: self.show_message(tr_n("Index reconstruit : {n} souvenir.",
                                                                "Index reconstruit : {n} souvenirs.", n=n)))
        return task

    @Slot()
    def export_companion(self, path: Path | None = None) -> Task | None:
        path = path or archive_menu.ask_export_path(self)
        return archive_menu.export_to(self.store, path, self._track, self.show_message) if path else None

    @Slot()
    def restore_companion(self, path: Path | None = None) -> Task | None:
        path = path or archive_menu.ask_restore_path(self)
        return archive_menu.restore_from(self.store, path, self._track, self.show_message, self) if path else None

    @Slot()
    def open_finetune_dialog(self) -> FinetuneDialog:
        if self.finetune_dialog is None:  # kept: the user's last choice is still there when it is opened again
            self.finetune_dialog = FinetuneDialog(self.reading, self)
        self.finetune_dialog.refresh()  # memories may have changed since
        self.finetune_dialog.open()
        return self.finetune_dialog

    @Slot()
    def open_import_wizard(self) -> ImportWizard:
        if self.import_wizard is not None:
            self.import_wizard.deleteLater()  # a finished wizard; its import, if any, is durable
        self.import_wizard = ImportWizard(self.store, self)
        self.import_wizard.imported.connect(
            lambda report: self.show_message(tr_n("Import terminé : {n} souvenir mis en attente.",
                                                  "Import terminé : {n} souvenirs mis en attente.", n=report.staged)))
        self.import_wizard.imported.connect(self.arrival.tick)  # today's first few arrive now, not in an hour
        self.import_wizard.open()
        return self.import_wizard

    def _init_documents_menu(self) -> None:
        menu = self.menuBar().addMenu(tr("&Documents"))
        self.documents_action = menu.addAction(tr("Documents partagés…"))
        self.documents_action.setShortcut("Ctrl+D")
        self.documents_action.setEnabled(False)
        self.documents_action.triggered.connect(self.open_documents)
        menu.addSeparator()
        # One switch for everything web: off by default, and unchecking it turns it all off again.
        self.web_action = menu.addAction(tr("Autoriser le web"))
        self.web_action.setCheckable(True)
        self.web_action.setChecked(False)
        self.web_action.toggled.connect(self._web_switched)
        self.searxng_action = menu.addAction(tr("Adresse de recherche SearXNG…"))
        self.searxng_action.triggered.connect(lambda: ask_search_address(self.documents, self))

    @Slot()
    def open_documents(self) -> DocumentsDialog:
        if self.documents_dialog is None:
            self.documents_dialog = DocumentsDialog(self.documents, self)
        else:
            self.documents.refresh()
        self.documents_dialog.open()
        return self.documents_dialog

    @Slot(bool)
    def _web_switched(self, allowed: bool) -> None:
        if allowed != self.companion.current.web.enabled:
            self.documents.allow_web(allowed)

    @Slot()
    def open_checkup_window(self) -> CheckupWindow:
        if self.checkup_window is None:
            self.checkup_window = CheckupWindow(self.store, self.llm, self.companion, self.data, self)
        self.checkup_window.show()
        self.checkup_window.activateWindow()  # opened again: brought to the front
        return self.checkup_window

    @Slot()
    def open_model_dialog(self) -> None:
        if self.model_dialog is not None:
            self.model_dialog.deleteLater()  # closed: its download, if any, was stopped then
        self.model_dialog = ModelDialog(self.data, self._current_model, self, self.migration)
        self.model_dialog.switch_requested.connect(self.switch_model)
        self.model_dialog.open()

    def switch_model(self, setting: str) -> Task | None:
        """The new model's index is built in the background; search uses the old one until it is complete."""
        return self.migration.start(setting)

    def _track(self, task: Task, label: str) -> QProgressDialog:
        """A progress dialog with a cancel button for a long store job."""
        dialog = QProgressDialog(label, tr("Annuler"), 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(task.cancel)
        task.progress.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
        task.failed.connect(self.show_failure)
        task.ended.connect(dialog.reset)
        self.progress_dialog = dialog
        return dialog

    def show_failure(self, sentence: str) -> QMessageBox:
        """A long job the user started (an export, a restore, a rebuild) that failed: said in a box they
        close, not only for ten seconds in the status bar, where a long sentence is cut."""
        self.show_message(sentence)
        box = QMessageBox(QMessageBox.Icon.Warning, "Liblitz", sentence, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, and the event loop goes on
        return box

    def choose_language(self, code: str) -> None:
        """The window's language, at the next start. Her card keeps its own: she is told to answer in that one."""
        preferences = Preferences.load(self.data.root)
        preferences.language = code
        preferences.save(self.data.root)
        self.store.run(lambda library: load_persona(library.ledger).language,
                       lambda card, _error: self._language_chosen(code, card), changes=False)

    def _language_chosen(self, code: str, card: str | None) -> None:
        said = NEXT_START if card in (None, code) else f"{NEXT_START}\n\n{CARD_KEEPS_ITS_LANGUAGE}"
        QMessageBox.information(self, "Liblitz", said)

    def bring_forward(self) -> None:
        self.setWindowState((self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Every job stops with the window: a download, a model's answer (hung up), reads, the store last."""
        stops = [self.chat.keep_before_closing,  # a reply streaming now: its start is kept before the store stops
                 self.llm.stop, self.reading.stop,
                 self.documents.close,  # before the store: the shelf's index is closed on its thread
                 self.store.stop]
        stops.insert(0, self.migration.stop)  # what is built stays: it goes on at the next start
        if self.model_dialog is not None:
            stops.insert(0, self.model_dialog.stop_download)
        if self.checkup_window is not None:
            stops.insert(0, self.checkup_window.stop)  # a check-up in flight is hung up; nothing of it is kept
        for stop in stops:
            try:
                stop()
            except LaneStuck:
                pass  # logged; the others must still stop (the store closes the ledger cleanly)
        super().closeEvent(event)
