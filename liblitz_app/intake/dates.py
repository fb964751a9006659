"""Dates as exports write them: ISO, Unix timestamps, French day-first, or words with a year.

A date is resolved only when it is absolute: "hier" or "samedi soir" in an old export is relative
to a moment we do not know, so it is kept as said and left unresolved.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from functools import lru_cache

_DAY_FIRST = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:[ T].*)?$")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2\d\d\d)(?!\d)")
_NUMBER = re.compile(r"^\s*\d{9,13}(\.\d+)?\s*$")


@lru_cache(maxsize=4096)
def resolve_date(said: str) -> date | None:
    """The day `said` names, or None when it cannot be resolved without guessing."""
    said = said.strip()
    if not said:
        return None
    for parse in (_iso, _epoch, _day_first, _words):
        try:
            found = parse(said)
        except (ValueError, OverflowError, OSError):
            found = None
        if found is not None:
            return found
    return None


def _iso(said: str) -> date | None:
    text = said.replace("Z", "+00:00") if said.endswith("Z") else said
    return datetime.fromisoformat(text).date() if text[:4].isdigit() else None


def _epoch(said: str) -> date | None:
    if not _NUMBER.match(said):
        return None
    seconds = float(said)
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    return datetime.fromtimestamp(seconds, tz=timezone.utc).date()


def _day_first(said: str) -> date | None:
    match = _DAY_FIRST.match(said)
    if not match:
        return None
    day, month, year = int(match[1]), int(match[2]), int(match[3])
    if month > 12 >= day:  # 07/31/2021: an American export
        day, month = month, day
    return date(year, month, day)


def _words(said: str) -> date | None:
    if not _YEAR.search(said) or len(said) > 60:
        return None
    import dateparser  # slow to import; only needed for dates written in words

    found = dateparser.parse(said, languages=["fr", "en"],
                             settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
                                       "RETURN_AS_TIMEZONE_AWARE": False})
    return found.date() if found else None
