"""The gradual feeder: pace per day (no burst after a week away), per session, now, pause, order."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from liblitz_app.intake import (
    DEFAULT_PACE, ColumnMapping, Feeder, ImportOptions, Pace, PaceMode, ReleaseOrder, describe_pace, run_import,
)
from liblitz_app.memory import Status
from liblitz_app.store.ledger import Ledger

PARIS = timezone(timedelta(hours=1))


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2024, 3, 1, 9, 0, tzinfo=PARIS)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def filled(ledger: Ledger, write) -> Ledger:
    """40 staged memories; the file lists them newest event first."""
    lines = "".join(f"Souvenir {i},{date(2020, 1, 1) + timedelta(days=40 - i)}\n" for i in range(40))
    run_import(ledger, write("s.csv", "text,date\n" + lines), ImportOptions(mapping=ColumnMapping("text", "date")))
    return ledger


def released(ledger: Ledger) -> int:
    return ledger.count_by_status().get(Status.RELEASED, 0)


def texts(ledger: Ledger, ids: list[int]) -> list[str]:
    return [ledger.get(i).text for i in ids]


def test_default_pace_is_gentle_and_explained() -> None:
    assert DEFAULT_PACE == Pace(PaceMode.PER_DAY, 5)
    assert "5 souvenirs par jour" in describe_pace(DEFAULT_PACE, "fr")
    assert "5 memories a day" in describe_pace(DEFAULT_PACE, "en")
    assert describe_pace(Pace(PaceMode.PER_SESSION, 3, paused=True)).startswith("En pause")


def test_per_day_at_most_n_a_day(filled: Ledger, clock: Clock) -> None:
    feeder = Feeder(filled, clock)
    assert len(feeder.tick()) == 5
    assert feeder.tick() == [] and feeder.start_session() == []
    clock.advance(hours=14)  # 23:00 the same day
    assert feeder.tick() == []
    clock.advance(hours=2)  # past midnight
    assert len(feeder.tick()) == 5 and released(filled) == 10


def test_a_week_away_brings_no_burst_and_survives_restart(filled: Ledger, clock: Clock) -> None:
    Feeder(filled, clock).tick()
    clock.advance(days=7)
    restarted = Feeder(filled, clock)  # a new process: pace and state come from the ledger
    assert len(restarted.start_session()) == 5 and released(filled) == 10
    assert restarted.tick() == []


def test_catching_up_only_when_asked(filled: Ledger, clock: Clock) -> None:
    feeder = Feeder(filled, clock)
    feeder.tick()
    clock.advance(days=3)
    caught = feeder.catch_up()  # two missed days, plus today's
    assert len(caught) == 15 and released(filled) == 20
    assert feeder.tick() == []


def test_per_session(filled: Ledger, clock: Clock) -> None:
    feeder = Feeder(filled, clock)
    feeder.set_pace(Pace(PaceMode.PER_SESSION, 3))
    assert len(feeder.start_session()) == 3
    assert feeder.start_session() == [] and feeder.tick() == []
    assert len(Feeder(filled, clock).start_session()) == 3 and released(filled) == 6


def test_release_now_even_when_paused(filled: Ledger, clock: Clock) -> None:
    feeder = Feeder(filled, clock)
    feeder.pause()
    assert feeder.tick() == [] and feeder.start_session() == []
    assert Feeder(filled, clock).pace.paused  # pause persists
    assert len(feeder.release_now(7)) == 7
    feeder.resume()
    assert len(feeder.tick()) == 5  # a manual release does not eat the day's pace
    assert len(feeder.release_now(1000)) == 40 - 12


def test_manual_mode_releases_only_on_request(filled: Ledger, clock: Clock) -> None:
    feeder = Feeder(filled, clock)
    feeder.set_pace(Pace(PaceMode.MANUAL, 5))
    assert feeder.tick() == [] and feeder.start_session() == []
    assert len(feeder.release_now(2)) == 2


def test_orders(filled: Ledger, clock: Clock) -> None:
    feeder = Feeder(filled, clock)
    feeder.set_pace(Pace(PaceMode.PER_DAY, 2, order=ReleaseOrder.CHRONOLOGICAL))
    assert texts(filled, feeder.tick()) == ["Souvenir 0", "Souvenir 1"]
    feeder.set_pace(Pace(PaceMode.MANUAL, 2, order=ReleaseOrder.OLDEST_FIRST))
    assert texts(filled, feeder.release_now(2)) == ["Souvenir 39", "Souvenir 38"]
    staged_ids = feeder.next_up(100)
    feeder.choose_order([staged_ids[10], staged_ids[3]])
    assert feeder.pace.order is ReleaseOrder.CHOSEN
    rest_in_staging_order = min(set(staged_ids) - {staged_ids[10], staged_ids[3]})
    assert feeder.next_up(3) == [staged_ids[10], staged_ids[3], rest_in_staging_order]
    assert feeder.release_now(2) == [staged_ids[10], staged_ids[3]]


def test_backlog_and_estimated_end(filled: Ledger, clock: Clock) -> None:
    feeder = Feeder(filled, clock)
    before = feeder.backlog()
    assert before.waiting == 40 and before.estimated_end == date(2024, 3, 8)  # 5 today, then 7 more days
    feeder.tick()
    memory_id = feeder.release_now(1)[0]
    filled.set_status(memory_id, Status.IN_REVIEW)
    backlog = feeder.backlog()
    assert (backlog.waiting, backlog.released, backlog.in_review, backlog.committed) == (34, 5, 1, 0)
    assert backlog.estimated_end == date(2024, 3, 8)  # today's 5 are out: 34 more at 5 a day
    assert "34 en attente" in backlog.describe("fr")
    feeder.pause()
    assert feeder.backlog().estimated_end is None
    feeder.set_pace(Pace(PaceMode.PER_SESSION, 10))
    assert feeder.backlog().sessions_left == 4


def test_persona_material_is_never_fed(ledger: Ledger, write, clock: Clock) -> None:
    run_import(ledger, write("c.csv", "Timestamp,From,Text,Reaction,ID\n2021-01-01,Rep,Coucou,,1\n"
                                      "2021-01-01,Me,Salut toi,,2\n"))
    assert texts(ledger, Feeder(ledger, clock).release_now(10)) == ["Salut toi"]


def test_putting_memories_first_keeps_earlier_choices_after_them(filled: Ledger, clock: Clock) -> None:
    feeder = Feeder(filled, clock)
    staged = feeder.next_up(100)
    feeder.put_first([staged[20]])
    feeder.put_first([staged[30], staged[5]])
    assert feeder.chosen_order() == [staged[30], staged[5], staged[20]]
    assert feeder.next_up(3) == [staged[30], staged[5], staged[20]]
    feeder.release_now(1)
    assert feeder.chosen_order() == [staged[5], staged[20]]  # what arrived leaves the list
