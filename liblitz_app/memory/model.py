"""A memory: its verbatim text, the fields about it, and where it came from."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from ..errors import UserError
from .emotions import Emotion, parse_emotion
from .lifecycle import Status

MIN_INTENSITY = 0
MAX_INTENSITY = 10


class InvalidMemory(UserError, ValueError):
    """Bad input for a memory, with a sentence the user can read."""


@dataclass(frozen=True)
class EventTime:
    """When the event happened: as the user said it, and as a resolved day or range if known."""

    said: str = ""
    start: date | None = None
    end: date | None = None

    @property
    def resolved(self) -> bool:
        return self.start is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "said": self.said,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> EventTime:
        data = data or {}
        start = date.fromisoformat(data["start"]) if data.get("start") else None
        end = date.fromisoformat(data["end"]) if data.get("end") else None
        return cls(said=data.get("said") or "", start=start, end=end)


@dataclass(frozen=True)
class MemoryFields:
    """Everything about a memory that may be proposed, edited and versioned (never the text)."""

    emotion: Emotion | None = None
    secondary_emotion: Emotion | None = None
    intensity: int | None = None
    place: str = ""
    persons: tuple[str, ...] = ()
    time: EventTime = field(default_factory=EventTime)
    reflection: str = ""

    def validated(self) -> MemoryFields:
        if self.intensity is not None and not MIN_INTENSITY <= self.intensity <= MAX_INTENSITY:
            raise InvalidMemory("L'intensité doit être entre {low} et {high}.", low=MIN_INTENSITY, high=MAX_INTENSITY)
        if self.time.start and self.time.end and self.time.end < self.time.start:
            raise InvalidMemory("La fin de la période précède son début.")
        persons = tuple(dict.fromkeys(p.strip() for p in self.persons if p.strip()))
        return replace(self, place=self.place.strip(), persons=persons, reflection=self.reflection.strip())

    def to_dict(self) -> dict[str, Any]:
        return {
            "emotion": self.emotion.value if self.emotion else None,
            "secondary_emotion": self.secondary_emotion.value if self.secondary_emotion else None,
            "intensity": self.intensity,
            "place": self.place,
            "persons": list(self.persons),
            "time": self.time.to_dict(),
            "reflection": self.reflection,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> MemoryFields:
        data = data or {}
        return cls(
            emotion=parse_emotion(data.get("emotion")),
            secondary_emotion=parse_emotion(data.get("secondary_emotion")),
            intensity=data.get("intensity"),
            place=data.get("place") or "",
            persons=tuple(data.get("persons") or ()),
            time=EventTime.from_dict(data.get("time")),
            reflection=data.get("reflection") or "",
        )


@dataclass(frozen=True)
class Source:
    """Where a memory came from: typed by hand, or a row of an imported file."""

    kind: str = "manual"  # manual | import | chat | document
    name: str = ""  # file name for an import
    row: int | None = None
    columns: dict[str, Any] = field(default_factory=dict)  # the original row, as read


@dataclass(frozen=True)
class Memory:
    id: int
    text: str
    status: Status
    fields: MemoryFields
    version: int
    created_at: datetime
    source: Source
    forgotten_at: datetime | None = None

    @property
    def forgotten(self) -> bool:
        return self.forgotten_at is not None


@dataclass(frozen=True)
class MemoryVersion:
    """One saved state of a memory's fields; versions are never altered or removed by an edit."""

    memory_id: int
    version: int
    fields: MemoryFields
    author: str  # "user", "extractor", "model:<name>"
    action: str  # create, edit, restore, commit, …
    created_at: datetime
    provenance: dict[str, Any] = field(default_factory=dict)


def check_text(text: str) -> str:
    if not text or not text.strip():
        raise InvalidMemory("Un souvenir a besoin d'un texte.")
    return text
