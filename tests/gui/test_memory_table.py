"""The browser's table model over a real ledger of 50,000 memories: pages, sorting, filtering."""
from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from liblitz_app.memory import Emotion, EventTime, MemoryFields
from liblitz_app.store.ledger import Ledger, LedgerReader, NewMemory
from liblitz_app.store.query import MemoryQuery
from liblitz_app.ui.browser.memory_table import PAGE, MemoryTableModel

SIZE = 50_000
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
                                      persons=(rng.choice(["Marc", "Léa"]),), time=EventTime("", day)))

    ledger = Ledger(path)
    ledger.add_many(memory(n) for n in range(SIZE))
    ledger.close()
    return path


@pytest.fixture
def model(qtbot, big_ledger: Path) -> MemoryTableModel:
    reader = LedgerReader(big_ledger)
    table = MemoryTableModel(reader)
    table.refresh(keep_loaded=False)
    yield table
    reader.close()


def _ids(model: MemoryTableModel) -> list[int]:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.memory_at(r).id for r in range(model.rowCount())]


def test_fifty_thousand_memories_arrive_a_page_at_a_time(model: MemoryTableModel) -> None:
    assert model.total == SIZE
    assert model.rowCount() == PAGE  # not 50,000 rows at once
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE


def test_sorting_gives_what_the_ledger_gives(model: MemoryTableModel, big_ledger: Path) -> None:
    model.set_query(MemoryQuery(words="plage"))
    model.sort(2, Qt.SortOrder.DescendingOrder)  # intensity
    reader = LedgerReader(big_ledger)
    expected = [m.id for m in reader.find(MemoryQuery(words="plage", sort="intensity", descending=True))]
    reader.close()
    assert _ids(model) == expected
    intensities = [model.memory_at(r).fields.intensity for r in range(model.rowCount())]
    assert intensities == sorted(intensities, reverse=True)


def test_filtering_gives_what_the_ledger_gives(model: MemoryTableModel, big_ledger: Path) -> None:
    query = MemoryQuery(emotions=frozenset({Emotion.ANGER, Emotion.FEAR}), intensity_min=7, person="léa",
                        date_from=date(2021, 1, 1), date_to=date(2021, 12, 31), sort="event_start")
    model.set_query(query)
    reader = LedgerReader(big_ledger)
    expected = [m.id for m in reader.find(query)]
    assert model.total == reader.count(query) == len(expected) > 0
    reader.close()
    assert _ids(model) == expected


def test_row_of_loads_pages_until_it_finds_a_memory(model: MemoryTableModel) -> None:
    model.set_query(MemoryQuery(sort="id", descending=False))
    assert model.row_of(1234) == 1233
    assert model.rowCount() >= 1234
