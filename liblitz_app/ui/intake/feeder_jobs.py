"""The feeder's side of the arrival pane: jobs for the store thread, one Feeder for the whole session.

The Feeder remembers whether this session's per-session release already happened, so the pane
keeps exactly one, created on the store thread the first time a job needs it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...intake import Backlog, Feeder, Pace
from ...intake.feeder import Clock
from ...memory import Status
from ...store.ledger import Ledger
from ...store.query import MemoryQuery
from ...store.library import MemoryLibrary
from ..store_thread import Job

NEXT_UP = 5  # how many of the next arrivals the pane lists


@dataclass(frozen=True)
class ArrivalSnapshot:
    """Everything the pane shows, read in one job so the numbers agree with each other."""

    backlog: Backlog
    pace: Pace
    today: date
    next_up: tuple[tuple[int, str], ...]  # (memory id, text) of the next arrivals, in order


class FeederJobs:
    """Builds store jobs; every method returned runs on the store thread only."""

    def __init__(self, clock: Clock | None = None) -> None:
        self._clock = clock
        self._feeder: Feeder | None = None

    def feeder(self, ledger: Ledger) -> Feeder:
        if self._feeder is None or self._feeder.ledger is not ledger:
            self._feeder = Feeder(ledger, self._clock)
        return self._feeder

    def snapshot(self, library: MemoryLibrary) -> ArrivalSnapshot:
        feeder = self.feeder(library.ledger)
        upcoming = tuple((i, library.ledger.get(i).text) for i in feeder.next_up(NEXT_UP))
        return ArrivalSnapshot(feeder.backlog(), feeder.pace, feeder.clock().date(), upcoming)

    def start_session(self, library: MemoryLibrary) -> list[int]:
        return self.feeder(library.ledger).start_session()

    def tick(self, library: MemoryLibrary) -> list[int]:
        return self.feeder(library.ledger).tick()

    def set_pace(self, pace: Pace) -> Job:
        return lambda library: self.feeder(library.ledger).set_pace(pace)

    def waiting(self, words: str, limit: int = 50) -> Job:
        """Staged memories matching `words` (all of them when empty), oldest staged first."""
        query = MemoryQuery(words=words, statuses=frozenset({Status.STAGED}), sort="id", descending=False)
        return lambda library: [(m.id, m.text) for m in library.ledger.find(query, 0, limit)]

    def put_first(self, memory_ids: list[int]) -> Job:
        return lambda library: self.feeder(library.ledger).put_first(memory_ids)

    def release_now(self, count: int) -> Job:
        return lambda library: self.feeder(library.ledger).release_now(count)
