"""Liblitz's icon on the application (so on every window, the taskbar, Alt-Tab) and the name the
desktop launcher is matched by; SIGTERM closes the window as its close button does."""
from __future__ import annotations

import configparser
import os
import signal
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from liblitz_app.ui.app_icon import DESKTOP_FILE, SIZES, install_app_icon
from liblitz_app.ui.quit_signals import QuitOnSignals

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app_with_icon(qapp: QApplication):
    before = qapp.windowIcon(), qapp.desktopFileName()
    install_app_icon(qapp)
    yield qapp
    qapp.setWindowIcon(before[0])
    qapp.setDesktopFileName(before[1])


def test_every_drawn_size_is_on_the_application_and_its_windows(app_with_icon: QApplication, qtbot) -> None:
    sizes = app_with_icon.windowIcon().availableSizes()
    assert sizes == [QSize(side, side) for side in SIZES]
    window = QWidget()
    qtbot.addWidget(window)
    assert window.windowIcon().cacheKey() == app_with_icon.windowIcon().cacheKey()


def test_the_desktop_file_names_the_icon_and_the_window_class(app_with_icon: QApplication) -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "packaging" / f"{DESKTOP_FILE}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert app_with_icon.desktopFileName() == DESKTOP_FILE  # Wayland's app id
    assert desktop["Icon"] == "liblitz"  # installed as hicolor/<size>/apps/liblitz.png by install-linux.sh
    # X11: Qt names a window's class after the application ("Liblitz", set by run_gui).
    assert desktop["StartupWMClass"] == "Liblitz"


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
def test_sigterm_closes_the_window_and_gives_the_signal_back(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    before = signal.getsignal(signal.SIGTERM)
    quitting = QuitOnSignals(window.close, window)
    os.kill(os.getpid(), signal.SIGTERM)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    quitting.release()
    assert signal.getsignal(signal.SIGTERM) == before
