"""Reading one row through the mapping: what it is (a memory, persona material, chat context),
its text, and the fields the mapping gives — with a note for anything that could not be read."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..i18n import tr
from ..memory import Emotion, EventTime, MemoryFields, parse_emotion
from ..memory.model import MAX_INTENSITY, MIN_INTENSITY
from .cells import cell_list, cell_text
from .dates import resolve_date
from .layouts import ColumnMapping
from .reading import RawRow

PERSONA_SECTIONS = frozenset({"robot_facts"})


class RowKind(str, Enum):
    MEMORY = "memory"  # the user's: staged, then fed gradually
    PERSONA = "persona"  # a fact about the companion itself
    CONTEXT = "context"  # something the companion said (chat backups): its voice, the memories' context


@dataclass(frozen=True)
class Candidate:
    row: RawRow
    kind: RowKind
    text: str
    fields: MemoryFields
    flags: tuple[str, ...] = ()  # notes on what could not be read, in the user's language (the row is still staged)
    skip_reason: str = ""  # non-empty: the row cannot be staged at all


def interpret(row: RawRow, mapping: ColumnMapping, persona_rows: frozenset[int] = frozenset()) -> Candidate:
    text = cell_text(row.columns.get(mapping.text))
    kind = _kind(row, mapping, persona_rows)
    if not text.strip():
        return Candidate(row, kind, text, MemoryFields(), skip_reason=tr("texte vide"))
    flags: list[str] = []
    fields = MemoryFields(
        time=_time(row, mapping, flags), persons=tuple(_cell_list(row, mapping.person)),
        place=_cell(row, mapping.place).strip(), emotion=_emotion(row, mapping, flags),
        intensity=_intensity(row, mapping, flags))
    return Candidate(row, kind, text, fields, tuple(flags))


def _kind(row: RawRow, mapping: ColumnMapping, persona_rows: frozenset[int]) -> RowKind:
    if row.section in PERSONA_SECTIONS or row.number in persona_rows:
        return RowKind.PERSONA
    if is_companion_line(row, mapping):
        return RowKind.CONTEXT
    return RowKind.MEMORY


def is_companion_line(row: RawRow, mapping: ColumnMapping) -> bool:
    """A chat backup's line said by the companion ("Rep"): kept as context, never the user's memory."""
    if not (mapping.speaker and mapping.companion_speakers):
        return False
    speaker = _cell(row, mapping.speaker).strip().casefold()
    return speaker in {s.casefold() for s in mapping.companion_speakers}


def _cell(row: RawRow, column: str | None) -> str:
    return cell_text(row.columns.get(column)) if column else ""


def _cell_list(row: RawRow, column: str | None) -> list[str]:
    return cell_list(row.columns.get(column)) if column else []


def _time(row: RawRow, mapping: ColumnMapping, flags: list[str]) -> EventTime:
    said = _cell(row, mapping.date).strip()
    start = resolve_date(said) if said else None
    if said and start is None:
        flags.append(tr("date non comprise, gardée telle quelle : « {said} »", said=said[:60]))
    return EventTime(said=said, start=start)


def _emotion(row: RawRow, mapping: ColumnMapping, flags: list[str]) -> Emotion | None:
    name = _cell(row, mapping.emotion)
    try:
        return parse_emotion(name)
    except ValueError:
        flags.append(tr("émotion inconnue : « {name} »", name=name[:40]))
        return None


def _intensity(row: RawRow, mapping: ColumnMapping, flags: list[str]) -> int | None:
    said = _cell(row, mapping.intensity).strip().replace(",", ".")
    if not said:
        return None
    try:
        value = round(float(said))
    except ValueError:
        value = None
    if value is None or not MIN_INTENSITY <= value <= MAX_INTENSITY:
        flags.append(tr("intensité hors de 0–10 : « {said} »", said=said[:20]))
        return None
    return value
