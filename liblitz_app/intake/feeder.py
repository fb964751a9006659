"""The gradual feeder: staged memories are released a few at a time, at the user's pace.

Pouring a whole export in at once overwhelms the companion; the feeder lets memories through
N a day, N a session, or N now when the user asks, in the order the user picked, and can pause.
Pace and progress live in the ledger's settings, so they survive restarts; "N a day" means at most
N on any day — a week away does not pile up 7 × N for the next start (unless the user catches up).
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any

from ..memory import Status
from ..store import feed
from ..store.feed import ReleaseOrder
from ..store.ledger import Ledger

Clock = Callable[[], datetime]  # local, timezone-aware "now"
PACE_KEY = "intake.feeder.pace"
STATE_KEY = "intake.feeder.state"
RELEASED_BY = "feeder"


class PaceMode(str, Enum):
    PER_DAY = "per_day"
    PER_SESSION = "per_session"  # each time Liblitz starts
    MANUAL = "manual"  # only when the user says "release N now"


@dataclass(frozen=True)
class Pace:
    mode: PaceMode = PaceMode.PER_DAY
    count: int = 5
    order: ReleaseOrder = ReleaseOrder.CHRONOLOGICAL
    paused: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "mode": self.mode.value, "order": self.order.value}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Pace:
        data = data or {}
        return cls(mode=PaceMode(data.get("mode", PaceMode.PER_DAY.value)), count=max(1, int(data.get("count", 5))),
                   order=ReleaseOrder(data.get("order", ReleaseOrder.CHRONOLOGICAL.value)),
                   paused=bool(data.get("paused", False)))


DEFAULT_PACE = Pace()
DEFAULT_PACE_EXPLANATION = {
    "fr": "Doucement : 5 souvenirs par jour, pour que Liblitz les découvre peu à peu, comme on se raconte, "
          "au lieu de tout recevoir d'un coup.",
    "en": "Gently: 5 memories a day, so Liblitz discovers them little by little, the way people share their "
          "lives, instead of all at once.",
}


def describe_pace(pace: Pace, language: str = "fr") -> str:
    """One sentence for the settings page."""
    if pace == DEFAULT_PACE:
        return DEFAULT_PACE_EXPLANATION["fr" if language == "fr" else "en"]
    n = pace.count
    fr = {PaceMode.PER_DAY: f"{n} souvenir{'s' if n > 1 else ''} par jour, au plus.",
          PaceMode.PER_SESSION: f"{n} souvenir{'s' if n > 1 else ''} à chaque démarrage de Liblitz.",
          PaceMode.MANUAL: "Seulement quand vous le demandez."}
    en = {PaceMode.PER_DAY: f"At most {n} memor{'ies' if n > 1 else 'y'} a day.",
          PaceMode.PER_SESSION: f"{n} memor{'ies' if n > 1 else 'y'} each time Liblitz starts.",
          PaceMode.MANUAL: "Only when you ask."}
    sentence = (fr if language == "fr" else en)[pace.mode]
    if pace.paused:
        sentence = ("En pause. " if language == "fr" else "Paused. ") + sentence
    return sentence


@dataclass(frozen=True)
class FeederState:
    """What has been released, persisted: the day it counts for and how many that day."""

    day: str = ""  # ISO date of the last automatic release check
    released_on_day: int = 0
    last_release_at: str = ""  # ISO datetime of the last release of any kind
    released_total: int = 0

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> FeederState:
        known = {k: v for k, v in (data or {}).items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass(frozen=True)
class Backlog:
    waiting: int  # staged
    released: int  # released, not yet proposed or reviewed
    in_review: int  # proposed or in review
    committed: int
    rejected: int
    estimated_end: date | None  # at the current pace; None when paused, manual or per session
    sessions_left: int | None  # per-session pace: starts needed to release the rest

    def describe(self, language: str = "fr") -> str:
        end = self.estimated_end.strftime("%d/%m/%Y") if self.estimated_end else None
        if language != "fr":
            tail = f", all released by {self.estimated_end.isoformat()}" if end else ""
            return f"{self.waiting} waiting, {self.released + self.in_review} in review, {self.committed} kept{tail}."
        tail = f" ; tout sera arrivé vers le {end}" if end else ""
        return (f"{self.waiting} en attente, {self.released + self.in_review} à relire, "
                f"{self.committed} gardés{tail}.")


class Feeder:
    """Lives on the ledger's owner thread. Call `start_session()` when Liblitz starts and `tick()`
    from time to time (e.g. hourly, and when the day changes)."""

    def __init__(self, ledger: Ledger, clock: Clock | None = None) -> None:
        self.ledger = ledger
        self.clock = clock or (lambda: datetime.now().astimezone())
        self._session_done = False

    # --- pace ---------------------------------------------------------------------------------

    @property
    def pace(self) -> Pace:
        return Pace.from_dict(self.ledger.setting(PACE_KEY))

    def set_pace(self, pace: Pace) -> None:
        if pace.count < 1:
            raise ValueError("Le rythme doit laisser passer au moins un souvenir.")
        self.ledger.set_setting(PACE_KEY, pace.to_dict())

    def pause(self) -> None:
        self.set_pace(replace(self.pace, paused=True))

    def resume(self) -> None:
        self.set_pace(replace(self.pace, paused=False))

    @property
    def state(self) -> FeederState:
        return FeederState.from_dict(self.ledger.setting(STATE_KEY))

    # --- releasing ----------------------------------------------------------------------------

    def tick(self) -> list[int]:
        """Per-day pace: release what today still allows (at most `count` on any day)."""
        pace = self.pace
        if pace.paused or pace.mode is not PaceMode.PER_DAY:
            return []
        return self._release(self._left_today(pace), counts_for_today=True)

    def start_session(self) -> list[int]:
        """Liblitz started: a per-session pace releases its N (once per session); a daily pace ticks."""
        pace = self.pace
        if pace.mode is PaceMode.PER_DAY:
            return self.tick()
        if pace.paused or pace.mode is not PaceMode.PER_SESSION or self._session_done:
            return []
        self._session_done = True
        return self._release(pace.count, counts_for_today=False)

    def release_now(self, count: int) -> list[int]:
        """The user asked for `count` more now: released even when paused, on top of the day's pace."""
        if count < 1:
            return []
        return self._release(count, counts_for_today=False)

    def catch_up(self) -> list[int]:
        """The user asked to receive what the daily pace would have released while Liblitz was closed."""
        pace, state = self.pace, self.state
        today = self.clock().date()
        if pace.mode is not PaceMode.PER_DAY or not state.day or date.fromisoformat(state.day) >= today:
            return self.tick()
        missed_days = (today - date.fromisoformat(state.day)).days - 1
        missed = missed_days * pace.count + max(0, pace.count - state.released_on_day)
        return self._release(missed, counts_for_today=False) + self.tick()

    def choose_order(self, memory_ids: list[int]) -> None:
        """The user's order: these first, in this order; any other staged memory after, in staging order."""
        feed.choose_order(self.ledger, memory_ids)
        self.set_pace(replace(self.pace, order=ReleaseOrder.CHOSEN))

    def chosen_order(self) -> list[int]:
        """The user's order as it stands (memories that arrived since are no longer listed)."""
        return feed.chosen_order(self.ledger)

    def put_first(self, memory_ids: list[int]) -> None:
        """These arrive before anything else, in this order; the user's earlier choices follow."""
        earlier = [i for i in self.chosen_order() if i not in memory_ids]
        self.choose_order(list(memory_ids) + earlier)

    def next_up(self, count: int) -> list[int]:
        """The ids the feeder would release next, in order (for the wizard's queue view)."""
        return feed.next_staged(self.ledger, count, self.pace.order)

    # --- backlog ------------------------------------------------------------------------------

    def backlog(self) -> Backlog:
        counts = self.ledger.count_by_status()
        pace, waiting = self.pace, counts.get(Status.STAGED, 0)
        end, sessions = None, None
        if not pace.paused and pace.mode is PaceMode.PER_DAY:
            after_today = max(0, waiting - self._left_today(pace))
            end = self.clock().date() + timedelta(days=math.ceil(after_today / pace.count))
        elif not pace.paused and pace.mode is PaceMode.PER_SESSION:
            sessions = math.ceil(waiting / pace.count)
        return Backlog(
            waiting=waiting, released=counts.get(Status.RELEASED, 0),
            in_review=counts.get(Status.PROPOSED, 0) + counts.get(Status.IN_REVIEW, 0),
            committed=counts.get(Status.COMMITTED, 0), rejected=counts.get(Status.REJECTED, 0),
            estimated_end=end, sessions_left=sessions)

    # --- internals ----------------------------------------------------------------------------

    def _left_today(self, pace: Pace) -> int:
        state = self.state
        used = state.released_on_day if state.day == self.clock().date().isoformat() else 0
        return max(0, pace.count - used)

    def _release(self, count: int, *, counts_for_today: bool) -> list[int]:
        now = self.clock()
        today = now.date().isoformat()
        ids = feed.next_staged(self.ledger, count, self.pace.order)
        state = self._state_after(today, now, len(ids), counts_for_today)
        feed.release(self.ledger, ids, reason="rythme d'arrivée", author=RELEASED_BY, settings={STATE_KEY: state})
        return ids

    def _state_after(self, today: str, now: datetime, released: int, counts_for_today: bool) -> dict[str, Any]:
        state = self.state
        day, on_day = state.day, state.released_on_day
        if counts_for_today:  # only paced releases count against the day's N
            day, on_day = today, (on_day if state.day == today else 0) + released
        return {"day": day, "released_on_day": on_day,
                "last_release_at": now.isoformat() if released else state.last_release_at,
                "released_total": state.released_total + released}
