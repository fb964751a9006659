"""What a memory already knew before anything was proposed: a proposal never erases it silently.

An imported row often carries a timestamp, a place or people. A proposal that says nothing about a
field keeps what the memory had (the field's origin then says "memory"); a proposal that replaces a
known date with another one is flagged by the time guard (guards/times.py), because a changed date is a
memory altered.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..memory import EventTime, MemoryFields
from .proposal import Proposal
from .time_phrases import find_time

KNOWN = "memory"  # the origin of a field kept from the memory itself


def keep_known(proposal: Proposal, known: MemoryFields) -> Proposal:
    """The proposal, with every field it leaves empty filled from what the memory already had."""
    if proposal.failed:
        return proposal
    fields, origins = proposal.fields, dict(proposal.origins)
    kept: dict[str, object] = {}
    if _has_time(known.time) and fields.time.start is None:
        kept["time"] = _time_kept(fields.time, known.time)
    if not fields.place.strip() and known.place.strip():
        kept["place"] = known.place
    if not fields.persons and known.persons:
        kept["persons"] = known.persons
    if fields.emotion is None and known.emotion is not None:
        kept["emotion"] = known.emotion
    if fields.intensity is None and known.intensity is not None:
        kept["intensity"] = known.intensity
    if not kept:
        return proposal
    origins.update({name: KNOWN for name in kept})
    return replace(proposal, fields=replace(fields, **kept), origins=origins)


def dated(proposal: Proposal, written: date) -> Proposal:
    """A time the proposal only says ("hier soir", with no date: the model need not give one) dated from the day
    the memory was written, as the extractor does; the review editor shows the date, the user may change it."""
    time = proposal.fields.time
    if proposal.failed or time.start is not None or not time.said.strip():
        return proposal
    found = find_time(time.said, written)
    if found is None or found.start is None:
        return proposal
    return replace(proposal, fields=replace(proposal.fields, time=EventTime(time.said, found.start, found.end)))


def _time_kept(said: EventTime, known: EventTime) -> EventTime:
    """A time the proposal only names ("le 3 juillet") is resolved against the memory's own date;
    one it cannot resolve, or no time at all, keeps the date the memory had."""
    if not said.said.strip():
        return known
    if known.start is not None and (found := find_time(said.said, known.start)) is not None:
        return EventTime(said.said, found.start, found.end)
    return EventTime(said.said, known.start, known.end)


def _has_time(time: EventTime) -> bool:
    return bool(time.said.strip()) or time.start is not None
