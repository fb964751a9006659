"""Qt's own words (the file picker's "Look in", "File name", "Open"; Yes/No buttons) in the UI's language.

PySide6 ships Qt's catalogues (`qtbase_fr.qm`…); English needs none (Qt speaks it by default).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

CATALOGUES = ("qtbase",)


def install_qt_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's catalogues for `language` into `app`; returns the translators (keep them alive)."""
    if language == "en":
        return []
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed: list[QTranslator] = []
    for catalogue in CATALOGUES:
        translator = QTranslator(app)
        if translator.load(QLocale(language), catalogue, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
