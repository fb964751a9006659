"""The browser's table model over a real ledger of 50,000 memories, read on the reader thread: the
listing, pages filled in as they arrive, sorting, filtering, overtaken answers, no SQLite on the GUI thread."""
from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from liblitz_app.memory import Emotion, EventTime, MemoryFields, Status
from liblitz_app.store.ledger import Ledger, LedgerReader, NewMemory
from liblitz_app.store.query import MemoryQuery
from liblitz_app.ui.browser.memory_table import (
    PAGE, PLACEHOLDER, TEXT_COLUMN, WHY_COLUMN, Listing, MemoryTableModel,
)
from liblitz_app.ui.reading import Reading

SIZE = 50_000
TIMEOUT = 20000
WORDS = ["soirée", "Lyon", "plage", "colère", "maman", "travail", "pluie", "gare", "musique", "jardin"]


@pytest.fixture(scope="module")
def big_ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "ledger.sqlite3"
    rng = random.Random(7)
    emotions = list(Emotion)
    start = date(2020, 1, 1)

    def memory(n: int) -> NewMemory:
        day = start + timedelta(days=rng.randrange(2000)) if n % 10 else None  # some undated
        return NewMemory(f"{rng.choice(WORDS)} et {rng.choice(WORDS)}, souvenir {n}",
                         MemoryFields(emotion=rng.choice(emotions), intensity=rng.randint(0, 10),
                                      persons=(rng.choice(["Marc", "Léa"]),), time=EventTime("", day)), status=Status.COMMITTED)

    ledger = Ledger(path)
    ledger.add_many(memory(n) for n in range(SIZE))
    ledger.close()
    return path


@pytest.fixture
def reading(big_ledger: Path) -> Iterator[Reading]:
    reading = Reading.of(big_ledger)
    yield reading
    reading.stop()


@pytest.fixture
def model(qtbot, reading: Reading) -> MemoryTableModel:
    table = MemoryTableModel(reading)
    with qtbot.waitSignal(table.listed, timeout=TIMEOUT):
        table.refresh()
    return table


def _show(qtbot, model: MemoryTableModel, query: MemoryQuery) -> None:
    with qtbot.waitSignal(model.listed, timeout=TIMEOUT):
        model.set_query(query)


def _expected(big_ledger: Path, query: MemoryQuery) -> list[int]:
    reader = LedgerReader(big_ledger)
    try:
        return [m.id for m in reader.find(query)]
    finally:
        reader.close()


def test_fifty_thousand_memories_are_listed_and_the_first_page_is_read_with_them(model: MemoryTableModel) -> None:
    assert model.total == model.rowCount() == SIZE
    assert all(model.memory_at(r) is not None for r in range(PAGE))  # no placeholder at first paint
    assert model.index(PAGE + 5, TEXT_COLUMN).data() == PLACEHOLDER  # not 50,000 rows read at once


def test_a_row_far_down_is_read_with_its_page_and_filled_in(qtbot, model: MemoryTableModel) -> None:
    row = 40_000
    assert model.memory_at(row) is None  # asked for
    with qtbot.waitSignal(model.dataChanged, timeout=TIMEOUT,
                          check_params_cb=lambda top, bottom, roles=None: top.row() <= row <= bottom.row()):
        pass
    page = row // PAGE * PAGE
    assert all(model.memory_at(r) is not None for r in range(page, page + PAGE))
    assert model.memory_at(row).id == model.id_at(row)


def test_sorting_gives_what_the_ledger_gives(qtbot, model: MemoryTableModel, big_ledger: Path) -> None:
    _show(qtbot, model, MemoryQuery(words="plage"))
    with qtbot.waitSignal(model.listed, timeout=TIMEOUT):
        model.sort(2, Qt.SortOrder.DescendingOrder)  # intensity
    assert list(model.listing.ids) == _expected(big_ledger, MemoryQuery(words="plage", sort="intensity",
                                                                         descending=True))
    intensities = [model.memory_at(r).fields.intensity for r in range(PAGE)]
    assert intensities == sorted(intensities, reverse=True)


def test_filtering_gives_what_the_ledger_gives(qtbot, model: MemoryTableModel, big_ledger: Path) -> None:
    query = MemoryQuery(emotions=frozenset({Emotion.ANGER, Emotion.FEAR}), intensity_min=7, person="léa",
                        date_from=date(2021, 1, 1), date_to=date(2021, 12, 31), sort="event_start")
    _show(qtbot, model, query)
    expected = _expected(big_ledger, query)
    assert model.total == len(expected) > 0
    assert list(model.listing.ids) == expected


def test_row_of_is_known_at_once_without_reading_pages(qtbot, model: MemoryTableModel) -> None:
    _show(qtbot, model, MemoryQuery(sort="id", descending=False))
    assert model.row_of(49_000) == 48_999  # from the listing: no page is walked on the GUI thread
    assert model.memory_at(48_999) is None  # its row is read when shown


def test_the_model_never_reads_sqlite_on_the_gui_thread(qtbot, big_ledger: Path) -> None:
    threads: set[str] = set()
    reading = Reading(lambda: WatchedReader(big_ledger, threads))
    try:
        model = MemoryTableModel(reading)
        with qtbot.waitSignal(model.listed, timeout=TIMEOUT):
            model.refresh(focus=30_000)
        _show(qtbot, model, MemoryQuery(words="soirée"))
        with qtbot.waitSignal(model.rows_arrived, timeout=TIMEOUT):
            model.memory_at(model.total - 1)
        model.row_of(model.id_at(model.total - 1))
        model.sort(2)
        with qtbot.waitSignal(model.listed, timeout=TIMEOUT):
            pass
    finally:
        reading.stop()
    assert threads == {"liblitz-reader"}


def test_an_overtaken_listing_is_never_shown(qtbot, model: MemoryTableModel) -> None:
    shown: list[int] = []
    model.listed.connect(lambda: shown.append(model.total))
    model.set_query(MemoryQuery(words="plage"))
    model.set_query(MemoryQuery(words="plage gare"))
    with qtbot.waitSignal(model.listed, timeout=TIMEOUT):
        model.set_query(MemoryQuery(words="plage gare jardin"))
    assert shown == [model.total] and model.query.words == "plage gare jardin"


def test_a_listing_can_be_supplied_in_order_with_why_each_was_found(qtbot, model: MemoryTableModel) -> None:
    listing = Listing((30, 10, 20), {30: "par le sens", 10: "mots : plage"})
    with qtbot.waitSignal(model.listed, timeout=TIMEOUT):
        model.show_listing(MemoryQuery(words="plage"), listing)
    assert [model.id_at(r) for r in range(3)] == [30, 10, 20]
    assert model.index(0, WHY_COLUMN).data() == "par le sens"
    assert model.index(1, WHY_COLUMN).data() == "mots : plage"


class WatchedReader(LedgerReader):
    """A real reader that notes the thread of every read (a test double around its connection)."""

    def __init__(self, path: Path, threads: set[str]) -> None:
        super().__init__(path)
        self._threads = threads
        self._conn.set_trace_callback(lambda _sql: threads.add(threading.current_thread().name))
