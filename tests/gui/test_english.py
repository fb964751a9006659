"""With --lang en, no French reaches the user: the whole window, built in English, is walked widget by
widget (labels, buttons, tabs, menus and actions, tooltips, placeholders, headers, combo items), and no
text may be a French catalogue sentence whose English differs (i.e. left untranslated); then the CLI."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from liblitz_app.i18n import language, set_language
from liblitz_app.memory import Status
from liblitz_app.paths import DataDir
from liblitz_app.store.ledger import Ledger, NewMemory
from liblitz_app.store.opening import open_library
from liblitz_app.ui.main_window import NEXT_START, MainWindow
from liblitz_app.ui.model_dialog import ModelDialog
from liblitz_app.ui.store_thread import Store
from liblitz_app.ui.timeline.undated_list import UndatedList
from tests.helpers.fake_ollama import closed_port_url

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 30000
FRENCH_WORDS = re.compile(r"\b(le|la|les|des|du|une|est|pas|aucun|aucune|fichier|dossier|modèle|souvenirs?|registre|"
                          r"données|lancez|joignable|injoignable|erreur|arguments?\s+(inconnus|obligatoires))\b|[éèêàçù«»]",
                          re.IGNORECASE)


def _untranslated() -> list[tuple[str, re.Pattern[str]]]:
    """French sentences that have a different English entry, as patterns: a {placeholder} matches anything."""
    catalogue = json.loads((ROOT / "resources" / "i18n" / "en.json").read_text(encoding="utf-8"))
    found = []
    for french, english in catalogue.items():
        if french.strip() and french != english:
            parts = re.split(r"\{[^{}]*\}", french)
            found.append((french, re.compile(".*?".join(re.escape(p) for p in parts), re.DOTALL)))
    return found


UNTRANSLATED = _untranslated()
BILINGUAL = {"Français", NEXT_START}  # the language menu speaks both on purpose


def french_in(text: str) -> str | None:
    """The catalogue sentence `text` is (or contains, placeholders filled), or None."""
    for french, pattern in UNTRANSLATED:
        if len(french) >= 4 and pattern.search(text) and (len(french) > 12 or pattern.fullmatch(text)):
            return french
    return None


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every string a user can see on this widget."""
    name = type(widget).__name__
    yield f"{name} tooltip", widget.toolTip()
    yield f"{name} title", widget.windowTitle()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield f"{name} text", widget.text()
    if isinstance(widget, QLineEdit):
        yield f"{name} placeholder", widget.placeholderText()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield f"{name} placeholder", widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield f"{name} title", widget.title()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"{name} item", widget.itemText(i)
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield f"{name} tab", widget.tabText(i)
            yield f"{name} tab tooltip", widget.tabToolTip(i)
    memories = isinstance(widget.parent(), UndatedList)  # the timeline's undated memories: the user's words
    if isinstance(widget, QListWidget) and not memories:  # a list's items are the app's words (a table's rows are memories)
        for row in range(widget.count()):
            yield f"{name} item", widget.item(row).text()
    header = widget.horizontalHeader() if isinstance(widget, QTableView) else \
        widget.header() if isinstance(widget, QTreeView) else None
    if header is not None and widget.model() is not None:
        for column in range(header.count()):
            yield f"{name} header", str(widget.model().headerData(column, Qt.Orientation.Horizontal) or "")
    if isinstance(widget, QMenu):
        yield f"{name} title", widget.title()
    for action in QWidget.actions(widget):  # a pane may name an attribute `actions`
        yield f"{name} action", action.text()
        yield f"{name} action tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        if action.menu() is not None:
            yield from widget_texts(action.menu())


def french_texts(*tops: QWidget) -> list[str]:
    """Catalogue sentences left in French, and (a net for text never put through tr()) French-looking words."""
    seen = []
    for top in tops:
        for widget in [top, *top.findChildren(QWidget)]:
            for what, text in widget_texts(widget):
                if text and text not in BILINGUAL and (french := french_in(text)):
                    seen.append(f"{what}: {text!r} (catalogue: {french!r})")
                elif text and text not in BILINGUAL and FRENCH_WORDS.search(text):
                    seen.append(f"{what}: {text!r} (looks French)")
    return sorted(set(seen))


@pytest.fixture
def english() -> Iterator[None]:
    before = language()
    set_language("en")
    yield
    set_language(before)



def test_the_window_in_english_shows_no_french(qtbot, tmp_path: Path, monkeypatch, english) -> None:
    monkeypatch.setenv("LIBLITZ_OLLAMA_URL", closed_port_url())
    data = DataDir.open(tmp_path / "data")
    ledger = Ledger(data.ledger)
    ledger.add_many(NewMemory(t, status=s) for t, s in (("Une soirée à Lyon avec Marc.", Status.COMMITTED),
                                                        ("Un dimanche de pluie.", Status.RELEASED)))
    ledger.close()
    store = Store(lambda: open_library(data))
    window = MainWindow(store, data)
    qtbot.addWidget(window)
    with qtbot.waitSignals([store.ready, window.llm.status_changed, window.review.queue_changed], timeout=TIMEOUT):
        store.start()
    window.show()
    wizard = window.open_import_wizard()
    models = ModelDialog(data, "", window)
    try:
        found = french_texts(window, wizard, models)
    finally:
        wizard.close()
        window.close()
    assert found == []


def _cli(*args: str, data: Path) -> str:
    done = subprocess.run([sys.executable, "-m", "liblitz_app", "--lang", "en", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120,
                          env={"PATH": "", "HOME": str(data), "LIBLITZ_DATA_DIR": str(data),
                               "LIBLITZ_OLLAMA_URL": closed_port_url(), "QT_QPA_PLATFORM": "offscreen"})
    return done.stdout + done.stderr


@pytest.mark.slow
def test_the_command_line_in_english_shows_no_french(tmp_path: Path) -> None:
    binary = tmp_path / "export.csv"
    binary.write_bytes(b"\x00\x01\x02\x03binary")
    outputs = {
        "doctor": _cli("doctor", data=tmp_path),
        "import of a bad file": _cli("import", str(binary), data=tmp_path),
        "import without a file": _cli("import", data=tmp_path),
        "an unknown option": _cli("--bogus", "doctor", data=tmp_path),
        "an unknown command": _cli("dcotor", data=tmp_path),
        "help": _cli("--help", data=tmp_path),
        "import's help": _cli("import", "--help", data=tmp_path),
    }
    assert "ledger" in outputs["doctor"] and "looks binary" in outputs["import of a bad file"]
    assert "usage:" in outputs["an unknown command"] and "invalid choice" in outputs["an unknown command"]
    assert "required: FILE" in outputs["import without a file"]
    french = {what: FRENCH_WORDS.findall(out.replace(str(tmp_path), "")) for what, out in outputs.items()}
    assert {what: words for what, words in french.items() if words} == {}
