"""The browser while a search is active: every result, in relevance order (a "Pertinence" order the user
can leave for a column and come back to), paged; the why column and the bold words; the detail panel
never shows a memory that is no longer among the results. Real window, real store, tmp dirs."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from liblitz_app.memory import EventTime, MemoryFields, Status
from liblitz_app.store.ledger import NewMemory
from liblitz_app.ui.browser.memory_table import TEXT_COLUMN, WHY_COLUMN
from liblitz_app.ui.main_window import MainWindow

TIMEOUT = 60000  # a recall waits for the store thread, which the window's start-up jobs may hold
BEST = "Le vélo rouge de Léa, volé devant la gare de Lyon Part-Dieu."


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The window, on its memories tab (the browser in view)."""
    window.tabs.setCurrentWidget(window.memories)
    return window


def _fill(qtbot, window: MainWindow, count: int) -> None:
    """`count` memories about a bike ride, then (oldest of all) the one that answers best."""
    start = date(2024, 1, 1)
    items = [NewMemory(BEST, MemoryFields(persons=("Léa",), place="Lyon", time=EventTime("", start)),
                       status=Status.COMMITTED)]
    items += [NewMemory(f"Balade à vélo numéro {i} le long de l'Isère.",
                        MemoryFields(time=EventTime("", start + timedelta(days=i + 1))), status=Status.COMMITTED)
              for i in range(count)]
    def add_all(library) -> None:  # one batch: embedded together
        library.ledger.add_many(items)
        library.catch_up_words()
        library.sync_index()
    finished: list[str | None] = []
    window.store.run(add_all, lambda _result, error: finished.append(error))
    qtbot.waitUntil(lambda: finished == [None], timeout=TIMEOUT * 4)


def _search(qtbot, pane, text: str) -> None:
    with qtbot.waitSignal(pane.searched, timeout=TIMEOUT):
        pane.filter.setText(text)


def _texts(pane, rows: int) -> list[str]:
    return [pane.model.index(row, TEXT_COLUMN).data() for row in range(rows)]


def test_results_come_in_relevance_order_every_one_of_them_paged(qtbot, window: MainWindow) -> None:
    _fill(qtbot, window, 60)
    pane = window.browser
    _search(qtbot, pane, "le vélo de Léa volé à Lyon")
    assert pane.model.total == 61  # all of them, not 15
    assert pane.model.index(0, TEXT_COLUMN).data() == BEST  # the oldest, yet first
    assert pane.relevance_button.isVisible() and pane.relevance_button.isChecked()
    why = pane.model.index(0, WHY_COLUMN).data()
    assert why.startswith("mots : ") and "lea" in why and "personne : Léa" in why
    assert {"velo", "lea", "lyon"} <= set(pane._bold_words(pane.model.id_at(0)))  # drawn in bold
    last = pane.model.total - 1
    pane.table.scrollToBottom()
    qtbot.waitUntil(lambda: pane.model.memory_at(last) is not None, timeout=TIMEOUT)  # the last page is read
    assert pane.model.index(last, TEXT_COLUMN).data().startswith("Balade à vélo")


def test_a_column_leaves_the_relevance_order_and_pertinence_brings_it_back(qtbot, window: MainWindow) -> None:
    _fill(qtbot, window, 20)
    pane = window.browser
    _search(qtbot, pane, "le vélo de Léa volé à Lyon")
    with qtbot.waitSignal(pane.model.listed, timeout=TIMEOUT):
        pane.table.horizontalHeader().sectionClicked.emit(0)
        pane.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first: the best is now last
    assert not pane.relevance_button.isChecked()
    assert pane.model.total == 21 and pane.model.index(20, TEXT_COLUMN).data() == BEST
    assert pane.model.index(20, WHY_COLUMN).data().startswith("mots : ")  # still says why
    with qtbot.waitSignal(pane.model.listed, timeout=TIMEOUT):
        pane.relevance_button.click()
    assert pane.model.index(0, TEXT_COLUMN).data() == BEST


def test_the_text_stays_readable_while_the_why_column_is_shown(qtbot, window: MainWindow) -> None:
    _fill(qtbot, window, 3)
    pane = window.browser
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: pane.table.viewport().width() > 900, timeout=TIMEOUT)
    before = pane.table.columnWidth(TEXT_COLUMN)
    _search(qtbot, pane, "vélo")
    assert not pane.table.isColumnHidden(WHY_COLUMN) and pane.table.isColumnHidden(6)  # why in status's place
    assert pane.table.columnWidth(TEXT_COLUMN) >= before * 0.8
    assert pane.model.index(0, WHY_COLUMN).data(Qt.ItemDataRole.ToolTipRole).startswith("mots : ")


def test_the_detail_panel_never_shows_a_memory_no_longer_among_the_results(qtbot, window: MainWindow) -> None:
    _fill(qtbot, window, 3)
    pane = window.browser
    _search(qtbot, pane, "le vélo de Léa volé à Lyon")
    with qtbot.waitSignal(pane.details_shown, timeout=TIMEOUT):
        pane.select_memory(pane.model.id_at(0))
    assert pane._shown is not None and pane._shown.text == BEST
    with qtbot.waitSignal(pane.details_shown, timeout=TIMEOUT) as shown:
        _search(qtbot, pane, "Isère")
    assert shown.args == [0] and pane._shown is None
    assert BEST not in _texts(pane, pane.model.rowCount())
