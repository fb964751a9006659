"""The main window: one tab per pane, a status line, and the menus. Panes hold their own logic."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
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

from ..i18n import language, tr
from ..paths import DataDir
from ..preferences import Preferences
from ..store.ledger import LedgerReader
from ..store.library import LibraryStatus, MemoryLibrary
from ..store.opening import switch_model
from ..store.query import MemoryQuery
from ..timeline import Timeline, build_timeline
from .browser.browser_pane import BrowserPane
from .intake import BacklogPane, ImportWizard
from .llm_worker import LlmWorker
from .model_dialog import ModelDialog
from .review.review_pane import ReviewPane
from .store_thread import Store, Task
from .tab_style import RoomyTabs
from .timeline.timeline_pane import TimelinePane


class MainWindow(QMainWindow):
    def __init__(self, store: Store, data: DataDir) -> None:
        super().__init__()
        self.store = store
        self.data = data
        self.reader: LedgerReader | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.model_dialog: ModelDialog | None = None
        self._current_model = ""
        self.setWindowTitle("Liblitz")
        self.resize(1280, 820)
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
        self.timeline.use_source(self._build_timeline)  # 50k points are read off the GUI thread
        self.memories = QSplitter(Qt.Orientation.Vertical)  # one shared selection, both in view
        self.memories.addWidget(self.timeline)
        self.memories.addWidget(self.browser)
        self.memories.setStretchFactor(0, 2)
        self.memories.setStretchFactor(1, 3)
        self.tabs.addTab(self.memories, tr("Souvenirs"))
        self.llm = LlmWorker(parent=self)
        self.review = ReviewPane(self.store, self.llm)
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
        language_menu = self.menuBar().addMenu(tr("&Langue"))
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
        # Browser and timeline: one selection, one query
        self.browser.memory_selected.connect(self.timeline.highlight)
        self.timeline.memory_clicked.connect(self._select_from_timeline)
        self.browser.query_changed.connect(self.timeline.set_query)
        self.timeline.visible_emotions_changed.connect(self._emotions_from_legend)
        self.store.changed.connect(self.timeline.refresh)
        # Review
        self.review.message.connect(self.show_message)
        # Imports and their gradual arrival
        self.arrival.message.connect(self.show_message)
        self.arrival.import_requested.connect(self.open_import_wizard)

    # --- the store ----------------------------------------------------------------------------

    @Slot(object)
    def _on_store_ready(self, library: MemoryLibrary) -> None:
        self.reader = LedgerReader(self.data.ledger)
        self.browser.attach(self.reader)
        self.timeline.attach(self.reader)
        self.review.attach(self.reader)
        self.rebuild_action.setEnabled(True)
        self.model_action.setEnabled(True)
        self.store.changed.connect(self._refresh_status)
        self.import_action.setEnabled(True)
        self.arrival.start_session()  # this session's few arrivals, never a burst after days away
        self._refresh_status()
        self._check_index()

    def _check_index(self) -> None:
        """The full ledger/index comparison, once, after start (it reads every point: ~0.5 s at 50k)."""
        task = self.store.run(lambda library, t: library.reconcile(), changes=False)
        task.succeeded.connect(lambda report: report.changed and self.show_message(
            tr("Index remis en accord avec le registre ({n} correction(s)).",
               n=report.missing + report.stale + report.extra)))

    def _refresh_status(self) -> None:
        task = self.store.run(lambda lib, t: lib.status(), changes=False)
        task.succeeded.connect(self._show_status)

    def _show_status(self, status: LibraryStatus) -> None:
        self._current_model = status.model_id
        self.memory_state.setText(tr("Mémoire prête : {n} souvenir(s) retenu(s) · modèle {model}",
                                        n=status.committed, model=status.model_id))

    @Slot(str)
    def _on_store_unavailable(self, sentence: str) -> None:
        self.banner.setText(tr("La mémoire n'a pas pu s'ouvrir : {why}", why=sentence))
        self.banner.show()
        self.memory_state.setText(tr("Mémoire indisponible."))

    def _build_timeline(self, query: MemoryQuery, deliver: Callable[[Timeline], None]) -> None:
        task = self.store.run(lambda library, t: build_timeline(library.ledger.timeline_rows(query)),
                              changes=False)
        task.succeeded.connect(deliver)
        task.failed.connect(self.show_message)

    @Slot(int)
    def _select_from_timeline(self, memory_id: int) -> None:
        if not self.browser.select_memory(memory_id):
            self.show_message(tr("Ce souvenir est masqué par la recherche ou les filtres du tableau."))

    @Slot(object)
    def _emotions_from_legend(self, visible: frozenset) -> None:
        self.browser.set_emotions(frozenset(e for e in visible if e is not None))

    @Slot(str)
    def show_message(self, sentence: str) -> None:
        self.statusBar().showMessage(sentence, 10000)

    # --- menus --------------------------------------------------------------------------------

    @Slot()
    def rebuild_index(self) -> Task:
        task = self.store.run(lambda library, t: library.rebuild(t.report, t.cancelled), changes=False)
        self._track(task, tr("Reconstruction de l'index de recherche…"))
        task.succeeded.connect(lambda n: self.show_message(tr("Index reconstruit : {n} souvenir(s).", n=n)))
        return task

    @Slot()
    def open_import_wizard(self) -> ImportWizard:
        if self.import_wizard is not None:
            self.import_wizard.deleteLater()  # a finished wizard; its import, if any, is durable
        self.import_wizard = ImportWizard(self.store, self)
        self.import_wizard.imported.connect(
            lambda report: self.show_message(tr("Import terminé : {n} souvenir(s) mis en attente.", n=report.staged)))
        self.import_wizard.imported.connect(self.arrival.tick)  # today's first few arrive now, not in an hour
        self.import_wizard.open()
        return self.import_wizard

    @Slot()
    def open_model_dialog(self) -> None:
        self.model_dialog = ModelDialog(self.data, self._current_model, self)
        self.model_dialog.switch_requested.connect(self.switch_model)
        self.model_dialog.open()

    def switch_model(self, setting: str) -> Task:
        task = self.store.run(lambda library, t: switch_model(library, setting, self.data, t.report, t.cancelled))
        self._track(task, tr("Changement de modèle : reconstruction de l'index…"))
        task.succeeded.connect(lambda n: self.show_message(tr("Nouveau modèle en service ; {n} souvenir(s) indexé(s).", n=n)))
        return task

    def _track(self, task: Task, label: str) -> QProgressDialog:
        """A progress dialog with a cancel button for a long store job."""
        dialog = QProgressDialog(label, tr("Annuler"), 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(task.cancel)
        task.progress.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
        task.failed.connect(self.show_message)
        task.ended.connect(dialog.reset)
        self.progress_dialog = dialog
        return dialog

    def choose_language(self, code: str) -> None:
        preferences = Preferences.load(self.data.root)
        preferences.language = code
        preferences.save(self.data.root)
        QMessageBox.information(self, "Liblitz", tr("La langue choisie s'appliquera au prochain démarrage."))

    def bring_forward(self) -> None:
        self.setWindowState((self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.llm.stop()
        self.store.stop()
        if self.reader is not None:
            self.reader.close()
            self.reader = None
        super().closeEvent(event)
