"""Qt's own dialogs follow the UI language: the file picker says « Regarder dans », not "Look in"."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from liblitz_app.ui.qt_translations import install_qt_translations


def test_qt_speaks_french_when_the_ui_does(qapp: QApplication) -> None:
    translators = install_qt_translations(qapp, "fr")
    try:
        assert translators, "PySide6 ships qtbase_fr.qm"
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_english_needs_no_catalogue(qapp: QApplication) -> None:
    assert install_qt_translations(qapp, "en") == []
