"""The language menu: the window's language changes at the next start; her card keeps its own, and says so."""
from __future__ import annotations

from liblitz_app.paths import DataDir
from liblitz_app.preferences import Preferences
from liblitz_app.ui.main_window import CARD_KEEPS_ITS_LANGUAGE, NEXT_START, MainWindow


def test_choosing_english_says_her_french_card_keeps_its_language(qtbot, window: MainWindow, data: DataDir,
                                                                   monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr("liblitz_app.ui.main_window.QMessageBox.information",
                        lambda parent, title, text: said.append(text))
    window.choose_language("en")
    qtbot.waitUntil(lambda: len(said) == 1)
    assert said[0].startswith(NEXT_START) and CARD_KEEPS_ITS_LANGUAGE in said[0]  # a fresh card is French
    assert Preferences.load(data.root).language == "en"
    window.choose_language("fr")
    qtbot.waitUntil(lambda: len(said) == 2)
    assert said[1] == NEXT_START
