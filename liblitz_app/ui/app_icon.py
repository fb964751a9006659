"""Liblitz's icon (resources/icons, drawn by packaging/make_icons.py) for the window and the taskbar."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

from ..resources import resource_path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The desktop file's name without ".desktop" (packaging/liblitz.desktop): on Wayland and in most
# taskbars it is how the running window is matched to its launcher and icon.
DESKTOP_FILE = "liblitz"


def app_icon() -> QIcon:
    """Every drawn size, so each place (title bar, taskbar, Alt-Tab) takes a sharp one; PNGs, since
    the SVG icon engine is a plugin a frozen build may lack."""
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(resource_path("icons", f"liblitz-{size}.png")))
    return icon


def install_app_icon(app: QGuiApplication) -> None:
    app.setWindowIcon(app_icon())  # windows created later inherit it
    app.setDesktopFileName(DESKTOP_FILE)
