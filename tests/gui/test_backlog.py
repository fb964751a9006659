"""The « Arrivée » pane: counts and estimate, a gentle start, release now, pace that persists."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from liblitz_app.intake import (
    DEFAULT_PACE_EXPLANATION,
    ColumnMapping,
    Feeder,
    ImportOptions,
    Pace,
    PaceMode,
    ReleaseOrder,
    run_import,
)
from liblitz_app.memory import Status
from liblitz_app.paths import DataDir
from liblitz_app.store.ledger import Ledger, LedgerReader
from liblitz_app.store.opening import open_library
from liblitz_app.ui.main_window import MainWindow
from liblitz_app.ui.store_thread import Store

TIMEOUT = 30000
WAITING = 40


def seed(data: DataDir, tmp_path: Path) -> None:
    """An export imported during an earlier session: 40 memories waiting, none arrived yet."""
    lines = "".join(f"Souvenir {i} à Nantes;{date(2020, 1, 1) + timedelta(days=WAITING - i)}\n"
                    for i in range(WAITING))
    path = tmp_path / "export.csv"
    path.write_text("texte;date\n" + lines, encoding="utf-8")
    ledger = Ledger(data.ledger)
    try:
        run_import(ledger, path, ImportOptions(mapping=ColumnMapping("texte", "date")))
    finally:
        ledger.close()


@pytest.fixture
def seeded(qtbot, data: DataDir, tmp_path: Path) -> Iterator[MainWindow]:
    """The real window, started over a ledger that already holds 40 staged memories."""
    seed(data, tmp_path)
    store = Store(lambda: open_library(data))
    main = MainWindow(store, data)
    qtbot.addWidget(main)
    arrived: list[int] = []
    main.arrival.released.connect(arrived.append)
    # The start-of-session release writes, so the pane re-reads itself afterwards.
    with qtbot.waitSignal(main.arrival.refreshed, timeout=TIMEOUT,
                          check_params_cb=lambda s: s.backlog.released > 0):
        store.start()
    assert arrived == [5]  # the day's five, not forty
    main.show()
    yield main
    main.close()  # no thread left behind: the autouse fixture in tests/conftest.py checks


def test_on_start_a_few_arrive_and_the_counts_and_end_date_are_shown(qtbot, seeded: MainWindow) -> None:
    pane = seeded.arrival
    snapshot = pane.snapshot
    assert snapshot.backlog.waiting == WAITING - 5 and snapshot.backlog.released == 5
    assert pane.counts.figures["waiting"].text() == "35" and pane.counts.figures["released"].text() == "5"
    assert snapshot.backlog.estimated_end == snapshot.today + timedelta(days=7)  # 35 left, 5 a day, today's done
    assert "dans 7 jours" in pane.estimate.text()
    assert pane.explanation.text() == DEFAULT_PACE_EXPLANATION["fr"]
    assert pane.next_list.count() == 5 and pane.next_list.item(0).text() == "Souvenir 5 à Nantes"
    assert not pane.empty.isVisible()


def test_release_now_moves_ten_staged_to_released(qtbot, seeded: MainWindow) -> None:
    pane = seeded.arrival
    assert pane.release_count.value() == 10 and pane.release_button.text() == "Libérer 10 maintenant"
    # Released first, then the pane re-reads the ledger (store.changed): wait for both, in that order.
    with qtbot.waitSignal(pane.refreshed, timeout=TIMEOUT, check_params_cb=lambda s: s.backlog.released == 15) as seen, \
            qtbot.waitSignal(pane.released, timeout=TIMEOUT) as released:
        qtbot.mouseClick(pane.release_button, Qt.MouseButton.LeftButton)
    assert released.args == [10]
    snapshot = seen.args[0]
    assert snapshot.backlog.waiting == WAITING - 15
    reader = LedgerReader(seeded.data.ledger)  # the test's own look (the window reads off the GUI thread)
    assert reader.count_by_status() == {Status.STAGED: 25, Status.RELEASED: 15}
    reader.close()
    assert "10 souvenirs arrivés" in seeded.statusBar().currentMessage()


def test_pause_stops_the_estimate_but_release_now_still_works(qtbot, seeded: MainWindow) -> None:
    pane = seeded.arrival
    with qtbot.waitSignal(pane.refreshed, timeout=TIMEOUT, check_params_cb=lambda s: s.pace.paused):
        qtbot.mouseClick(pane.pace.pause_button, Qt.MouseButton.LeftButton)
    assert "En pause" in pane.estimate.text() and pane.pace.pause_button.text() == "Reprendre"
    assert pane.explanation.text().startswith("En pause.")
    pane.release_count.setValue(3)
    with qtbot.waitSignal(pane.released, timeout=TIMEOUT) as released:
        qtbot.mouseClick(pane.release_button, Qt.MouseButton.LeftButton)
    assert released.args == [3]


def test_the_pace_persists_in_the_ledger(qtbot, seeded: MainWindow, data: DataDir) -> None:
    pane = seeded.arrival
    expected = Pace(PaceMode.PER_SESSION, 3, ReleaseOrder.OLDEST_FIRST)
    with qtbot.waitSignal(pane.refreshed, timeout=TIMEOUT, check_params_cb=lambda s: s.pace == expected):
        pane.pace.mode.setCurrentIndex(pane.pace.mode.findData(PaceMode.PER_SESSION.value))
        pane.pace.count.setValue(3)
        pane.pace.order.setCurrentIndex(pane.pace.order.findData(ReleaseOrder.OLDEST_FIRST.value))
    assert "12 démarrages" in pane.estimate.text()  # 35 waiting, 3 a start
    assert pane.next_list.item(0).text() == "Souvenir 39 à Nantes"  # oldest event first
    seeded.close()
    ledger = Ledger(data.ledger)
    try:
        assert Feeder(ledger).pace == expected
    finally:
        ledger.close()


def test_an_empty_arrival_pane_offers_to_import(qtbot, window: MainWindow) -> None:
    pane = window.arrival
    if pane.snapshot is None:  # the start-of-session job may still be on its way
        with qtbot.waitSignal(pane.refreshed, timeout=TIMEOUT):
            pass
    assert pane.snapshot.backlog.waiting == 0
    assert not pane.empty.isHidden() and not pane.import_button.isHidden()
    assert not pane.release_button.isEnabled()
    assert "Rien n'attend" in pane.estimate.text()
    pane.import_button.click()
    assert window.import_wizard is not None and window.import_wizard.isVisible()


def test_the_user_chooses_what_arrives_first(qtbot, seeded: MainWindow) -> None:
    pane = seeded.arrival
    box = pane.choose_first
    box.search.setText("Souvenir 33")
    shown = lambda: [box.results.item(r).text() for r in range(box.results.count())]  # noqa: E731
    qtbot.waitUntil(lambda: shown() == ["Souvenir 33 à Nantes"], timeout=TIMEOUT)
    box.results.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(pane.refreshed, timeout=TIMEOUT,
                          check_params_cb=lambda s: s.pace.order is ReleaseOrder.CHOSEN):
        qtbot.mouseClick(box.put_first, Qt.MouseButton.LeftButton)
    assert pane.next_list.item(0).text().startswith("Souvenir 33")


def test_the_check_boxes_of_what_may_arrive_first_are_not_clipped(qtbot, seeded: MainWindow) -> None:
    from PySide6.QtWidgets import QStyle
    box = seeded.arrival.choose_first
    qtbot.waitUntil(lambda: box.results.count() > 1, timeout=TIMEOUT)
    indicator = box.results.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, box.results)
    rows = [box.results.visualItemRect(box.results.item(r)).height() for r in range(2)]
    assert min(rows) >= indicator + 4  # the box and a margin: text-high rows cut its edges


def test_an_import_run_from_a_terminal_while_the_window_is_open_shows_up(qtbot, seeded: MainWindow,
                                                                         tmp_path: Path) -> None:
    pane = seeded.arrival
    assert pane.counts.figures["waiting"].text() == str(WAITING - 5)
    path = tmp_path / "later.csv"
    path.write_text("texte;date\n" + "".join(f"Promenade {i} à Brest;2021-03-0{i}\n" for i in range(1, 4)),
                    encoding="utf-8")
    ledger = Ledger(seeded.data.ledger)  # another process's connection: the window's own store did not write
    try:
        run_import(ledger, path, ImportOptions(mapping=ColumnMapping("texte", "date")))
    finally:
        ledger.close()
    with qtbot.waitSignal(pane.refreshed, timeout=TIMEOUT, check_params_cb=lambda s: s.backlog.waiting == WAITING - 2):
        seeded.outside_changes.check()  # what the window coming back to the front does
    assert pane.counts.figures["waiting"].text() == str(WAITING - 2)
