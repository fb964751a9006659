"""The time a query names ("en mai 2023", "l'été dernier", "il y a deux semaines", "last Christmas"), as a
period of days. The memory side's time-phrase rules (enrichment/time_phrases.py) resolve most of it;
the few phrases only questions use (a bare year, a season or month with its year, Christmas) are here.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..enrichment.time_phrases import MONTHS, SEASONS, find_times
from ..memory.folding import fold


@dataclass(frozen=True)
class Period:
    said: str  # the query's words
    start: date
    end: date

    def holds(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end


_MONTH = "|".join(MONTHS)
_SEASON = "|".join(SEASONS)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_CHRISTMAS = re.compile(rf"(?<!\w)(?:noel|christmas|xmas)(?:\s+(?:dernier|passe))?(?:\s+{_YEAR})?(?!\w)")
_SEASON_YEAR = re.compile(rf"(?<!\w)(?P<season>{_SEASON})\s+(?:de\s+|of\s+)?{_YEAR}(?!\w)")
_MONTH_YEAR = re.compile(rf"(?<!\w)(?P<month>{_MONTH})\s+(?:de\s+|of\s+)?{_YEAR}(?!\w)")
_YEAR_ALONE = re.compile(rf"(?<![\w/.-]){_YEAR}(?![\w/.-])")
# A day reached by counting back ("il y a deux semaines") is approximate: how far either side to look.
_SLACK = ((re.compile(r"semaine|week"), 3), (re.compile(r"mois|month"), 10), (re.compile(r"\ban|annee|year"), 30))


def query_period(query: str, today: date) -> Period | None:
    """The first time the query names, widened to whole days around an approximate one; None if none."""
    folded = fold(query)
    for rule in (_christmas, _season_year, _month_year):
        if (found := rule(folded, today)) is not None:
            return found
    for found in find_times(query, today):
        if found.time.start is not None:
            return _widened(found.said, found.time.start, found.time.end or found.time.start)
    year = _YEAR_ALONE.search(folded)
    return Period(year.group(), date(int(year["year"]), 1, 1), date(int(year["year"]), 12, 31)) if year else None


def _widened(said: str, start: date, end: date) -> Period:
    slack = next((days for pattern, days in _SLACK if pattern.search(fold(said))), 0) if start == end else 0
    return Period(said, start - timedelta(days=slack), end + timedelta(days=slack))


def _christmas(folded: str, today: date) -> Period | None:
    match = _CHRISTMAS.search(folded)
    if match is None:
        return None
    if match["year"]:
        year = int(match["year"])
    else:  # "last Christmas" and a bare "Noël" both mean the latest one already past
        year = today.year if (today.month, today.day) > (12, 26) else today.year - 1
    return Period(match.group(), date(year, 12, 20), date(year + 1, 1, 1))


def _season_year(folded: str, today: date) -> Period | None:
    match = _SEASON_YEAR.search(folded)
    if match is None:
        return None
    first, last = SEASONS[match["season"]]
    year = int(match["year"])
    start = date(year - 1 if first > last else year, first, 1)
    return Period(match.group(), start, date(year, last, calendar.monthrange(year, last)[1]))


def _month_year(folded: str, today: date) -> Period | None:
    match = _MONTH_YEAR.search(folded)
    if match is None:
        return None
    month, year = MONTHS[match["month"]], int(match["year"])
    return Period(match.group(), date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))
