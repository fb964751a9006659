"""The main window: one tab per pane, a status line, and the menus. Panes hold their own logic."""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QProgressDialog, QTabWidget, QVBoxLayout, QWidget

from ..i18n import language, tr
from ..paths import DataDir
from ..preferences import Preferences
from ..store.ledger import LedgerReader
from ..store.library import LibraryStatus, MemoryLibrary
from .browser.browser_pane import BrowserPane
from .store_thread import Store, Task


class MainWindow(QMainWindow):
    def __init__(self, store: Store, data: DataDir) -> None:
        super().__init__()
        self.store = store
        self.data = data
        self.reader: LedgerReader | None = None
        self.rebuild_progress: QProgressDialog | None = None
        self.setWindowTitle("Liblitz")
        self.resize(1100, 700)
        self._init_panes()
        self._init_menus()
        self._connect_signals()
        self.statusBar().showMessage(tr("Ouverture de la mémoire…"))

    # --- construction -------------------------------------------------------------------------

    def _init_panes(self) -> None:
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet("background: #fdecea; color: #611a15; padding: 8px; border-radius: 4px;")
        self.banner.hide()
        self.tabs = QTabWidget()
        self.browser = BrowserPane(self.store)
        self.tabs.addTab(self.browser, tr("Souvenirs"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def _init_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&Fichier"))
        quit_action = file_menu.addAction(tr("Quitter"))
        quit_action.setShortcut("Ctrl+Q")
        quit_action.triggered.connect(self.close)
        memory_menu = self.menuBar().addMenu(tr("&Mémoire"))
        self.rebuild_action = memory_menu.addAction(tr("Reconstruire l'index de recherche…"))
        self.rebuild_action.setEnabled(False)
        self.rebuild_action.triggered.connect(self.rebuild_index)
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

    # --- the store ----------------------------------------------------------------------------

    @Slot(object)
    def _on_store_ready(self, library: MemoryLibrary) -> None:
        self.reader = LedgerReader(self.data.ledger)
        self.browser.attach(self.reader)
        self.rebuild_action.setEnabled(True)
        task = self.store.run(lambda lib, t: lib.status(), changes=False)
        task.succeeded.connect(self._show_status)

    def _show_status(self, status: LibraryStatus) -> None:
        self.statusBar().showMessage(tr("Mémoire prête : {n} souvenir(s) retenu(s) · modèle {model}",
                                        n=status.committed, model=status.model_id))

    @Slot(str)
    def _on_store_unavailable(self, sentence: str) -> None:
        self.banner.setText(tr("La mémoire n'a pas pu s'ouvrir : {why}", why=sentence))
        self.banner.show()
        self.statusBar().showMessage(tr("Mémoire indisponible."))

    @Slot(str)
    def show_message(self, sentence: str) -> None:
        self.statusBar().showMessage(sentence, 10000)

    # --- menus --------------------------------------------------------------------------------

    @Slot()
    def rebuild_index(self) -> Task:
        task = self.store.run(lambda library, t: library.rebuild(t.report, t.cancelled), changes=False)
        dialog = QProgressDialog(tr("Reconstruction de l'index de recherche…"), tr("Annuler"), 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(task.cancel)
        task.progress.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
        task.succeeded.connect(lambda n: self.show_message(tr("Index reconstruit : {n} souvenir(s).", n=n)))
        task.failed.connect(self.show_message)
        task.ended.connect(dialog.reset)
        self.rebuild_progress = dialog
        return task

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
        self.store.stop()
        if self.reader is not None:
            self.reader.close()
            self.reader = None
        super().closeEvent(event)
