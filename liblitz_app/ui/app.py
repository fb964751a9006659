"""Starting the window: one instance per data folder, the store thread, and a clean shutdown."""
from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ..errors import describe
from ..i18n import language as current_language
from ..i18n import set_language, startup_language, tr
from ..logging_setup import WINDOW_SHOWN
from ..paths import DataDir
from ..preferences import Preferences
from ..store.opening import open_library
from .app_icon import install_app_icon
from .main_window import MainWindow
from .qt_translations import install_qt_translations
from .quit_signals import QuitOnSignals
from .single_instance import SingleInstance
from .store_thread import Store

log = logging.getLogger("liblitz")


def _install_excepthook(window: MainWindow) -> None:
    """A bug in a slot becomes a sentence in the status line and a traceback in the log, not a crash."""
    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("Exception non gérée", exc_info=(kind, error, trace))
        window.show_message(describe(error))
    sys.excepthook = hook


def run_gui(data: DataDir, language: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Liblitz")
    install_app_icon(app)
    set_language(startup_language(language, Preferences.load(data.root).language))
    install_qt_translations(app, current_language())
    instance = SingleInstance(data)
    if not instance.acquire():
        woke = instance.wake_first()
        sentence = tr("Liblitz est déjà ouvert sur ce dossier de données ({path}).", path=data.root)
        print(sentence, file=sys.stderr)
        if not woke:
            QMessageBox.information(None, "Liblitz", sentence)
        return 0
    store = Store(lambda: open_library(data))
    window = MainWindow(store, data)
    instance.activated.connect(window.bring_forward)
    _install_excepthook(window)
    quitting = QuitOnSignals(window.close, window)
    store.start()
    window.show()
    QTimer.singleShot(0, lambda: log.info("%s (%s)", WINDOW_SHOWN, data.root))  # the launch-to-window mark
    try:
        return app.exec()
    finally:
        quitting.release()
        store.stop()
        instance.release()
