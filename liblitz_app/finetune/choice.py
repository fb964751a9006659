"""What the user chose to put in a fine-tuning set."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..memory import Emotion, Status
from ..store.query import MemoryQuery


@dataclass(frozen=True)
class Choice:
    """Committed, living memories only (never staged, rejected or binned text); every filter narrows.
    `conversations`: ids of the user's conversations to take excerpts from; `all_conversations` takes every one."""

    emotions: frozenset[Emotion] = frozenset()
    person: str = ""
    since: date | None = None
    until: date | None = None
    intensity_min: int | None = None
    intensity_max: int | None = None
    ids: frozenset[int] | None = None  # hand-picked
    cap_per_memory: int = 2  # examples made from one memory, at most
    memories: bool = True
    conversations: tuple[int, ...] = field(default=())
    all_conversations: bool = False
    context_turns: int = 4  # earlier turns kept before each reply of a conversation excerpt

    def query(self) -> MemoryQuery:
        return MemoryQuery(statuses=frozenset({Status.COMMITTED}), emotions=self.emotions, person=self.person,
                           date_from=self.since, date_to=self.until, intensity_min=self.intensity_min,
                           intensity_max=self.intensity_max, ids=self.ids, sort="id", descending=False)
