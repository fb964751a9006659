"""Converting between ledger rows and domain objects."""
from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timezone
from typing import Any

from ..memory import EventTime, Memory, MemoryFields, MemoryVersion, Source, Status, parse_emotion
from ..memory.folding import fold

MEMORY_COLUMNS = (
    "id, text, status, created_at, source_kind, source_name, source_row, source_columns, version, "
    "emotion, secondary_emotion, intensity, place, persons, time_said, event_start, event_end, "
    "reflection, forgotten_at"
)


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _datetime(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def memory_from_row(row: sqlite3.Row) -> Memory:
    fields = MemoryFields(
        emotion=parse_emotion(row["emotion"]),
        secondary_emotion=parse_emotion(row["secondary_emotion"]),
        intensity=row["intensity"],
        place=row["place"],
        persons=tuple(json.loads(row["persons"])),
        time=EventTime(row["time_said"], _date(row["event_start"]), _date(row["event_end"])),
        reflection=row["reflection"],
    )
    source = Source(row["source_kind"], row["source_name"], row["source_row"], json.loads(row["source_columns"]))
    return Memory(
        id=row["id"], text=row["text"], status=Status(row["status"]), fields=fields,
        version=row["version"], created_at=datetime.fromisoformat(row["created_at"]), source=source,
        forgotten_at=_datetime(row["forgotten_at"]),
    )


def version_from_row(row: sqlite3.Row) -> MemoryVersion:
    return MemoryVersion(
        memory_id=row["memory_id"], version=row["version"],
        fields=MemoryFields.from_dict(json.loads(row["fields"])), author=row["author"],
        action=row["action"], created_at=datetime.fromisoformat(row["created_at"]),
        provenance=json.loads(row["provenance"]),
    )


def field_columns(fields: MemoryFields) -> dict[str, Any]:
    """The memories-table columns that mirror the current version, for sorting and filtering
    (place and persons also folded: the filters compare them with the project's one fold)."""
    return {
        "emotion": fields.emotion.value if fields.emotion else None,
        "secondary_emotion": fields.secondary_emotion.value if fields.secondary_emotion else None,
        "intensity": fields.intensity,
        "place": fields.place,
        "persons": to_json(list(fields.persons)),
        "place_folded": fold(fields.place),
        "persons_folded": to_json([fold(p) for p in fields.persons]),
        "time_said": fields.time.said,
        "event_start": fields.time.start.isoformat() if fields.time.start else None,
        "event_end": fields.time.end.isoformat() if fields.time.end else None,
        "reflection": fields.reflection,
    }
