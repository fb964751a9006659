"""Finding when something happened in a memory's words, relative to the memory's own date.

dateparser resolves explicit dates and "il y a 3 jours"; the rules here cover what it misses
("hier soir", "samedi soir", "lundi dernier", "mars dernier", "la semaine passée", ranges).
"""
from __future__ import annotations

import calendar
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from liblitz_app.memory import EventTime

from .folding import fold
from .names import english_past, told_in_the_past_fr

Resolver = Callable[[re.Match[str], date], tuple[date, date | None] | None]

WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
MONTHS_FR = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
             "septembre", "octobre", "novembre", "decembre")
MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december")
MONTHS = {**{m: i + 1 for i, m in enumerate(MONTHS_FR)}, **{m: i + 1 for i, m in enumerate(MONTHS_EN)}}
NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "quinze": 15, "a": 1, "an": 1, "one": 1, "two": 2,
    "three": 3, "four": 4, "five": 5, "ten": 10, "few": 3, "quelques": 3,
}
SEASONS = {"printemps": (3, 5), "ete": (6, 8), "automne": (9, 11), "hiver": (12, 2),
           "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}

_WD = "|".join(WEEKDAYS)
_MFR = "|".join(MONTHS_FR)
_MEN = "|".join(MONTHS_EN)
_NUM = r"\d{1,3}|" + "|".join(NUMBERS)
_PART_FR = r"(?:\s+(?:soir|matin|midi|apres-midi|apres midi))"
_PART_EN = r"(?:\s+(?:night|evening|morning|afternoon))"


@dataclass(frozen=True)
class FoundTime:
    said: str  # the user's words, verbatim
    span: tuple[int, int]  # in the original text
    time: EventTime  # start/end None when the words cannot be resolved to days
    # A bare weekday or "ce week-end" told in the present or the future ("l'opération de jeudi",
    # "it's Friday", "ce week-end on part") may be the coming one as well as the last one: the
    # tense, not the word, says which. (first day, last day)
    coming: tuple[date, date] | None = None


def _days(offset: int) -> Resolver:
    return lambda m, base: (base + timedelta(days=offset), None)


def _weekday_before(base: date, weekday: int) -> date:
    return base - timedelta(days=(base.weekday() - weekday) % 7 or 7)


def _weekday(m: re.Match[str], base: date) -> tuple[date, None]:
    return _weekday_before(base, WEEKDAYS[m.group("wd")]), None


def _weekday_next(m: re.Match[str], base: date) -> tuple[date, None]:
    """"this Friday", "vendredi prochain": the coming one."""
    weekday = WEEKDAYS[m.group("wd") or m.group("wd2")]
    return base + timedelta(days=(weekday - base.weekday()) % 7 or 7), None


def _monday(base: date) -> date:
    return base - timedelta(days=base.weekday())


def _last_week(m: re.Match[str], base: date) -> tuple[date, date]:
    start = _monday(base) - timedelta(days=7)
    return start, start + timedelta(days=6)


def _last_weekend(m: re.Match[str], base: date) -> tuple[date, date]:
    saturday = _monday(base) - timedelta(days=2)
    return saturday, saturday + timedelta(days=1)


def _this_weekend(m: re.Match[str], base: date) -> tuple[date, date]:
    saturday = _monday(base) + timedelta(days=5)
    if saturday > base:
        saturday -= timedelta(days=7)
    return saturday, saturday + timedelta(days=1)


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _last_month(m: re.Match[str], base: date) -> tuple[date, date]:
    first = base.replace(day=1) - timedelta(days=1)
    return _month_range(first.year, first.month)


def _last_year(m: re.Match[str], base: date) -> tuple[date, date]:
    return date(base.year - 1, 1, 1), date(base.year - 1, 12, 31)


def _named_month_last(m: re.Match[str], base: date) -> tuple[date, date]:
    month = MONTHS[m.group("month")]
    return _month_range(base.year if month < base.month else base.year - 1, month)


def _named_month(m: re.Match[str], base: date) -> tuple[date, date]:
    month = MONTHS[m.group("month")]
    year = int(m.group("year")) if m.groupdict().get("year") else None
    return _month_range(year or (base.year if month <= base.month else base.year - 1), month)


def _season_last(m: re.Match[str], base: date) -> tuple[date, date]:
    first, last = SEASONS[m.group("season")]
    for year in (base.year, base.year - 1, base.year - 2):
        start = date(year - (1 if first > last else 0), first, 1)
        end = _month_range(year, last)[1]
        if end < base:
            return start, end
    return start, end


def _day_month(m: re.Match[str], base: date) -> tuple[date, None] | None:
    month = MONTHS[m.group("month")]
    day = int(m.group("day"))
    year = int(m.group("year")) if m.groupdict().get("year") else base.year
    try:
        found = date(year, month, day)
        if not m.groupdict().get("year") and found > base:
            found = date(year - 1, month, day)
    except ValueError:
        return None
    return found, None


def _iso(m: re.Match[str], base: date) -> tuple[date, None] | None:
    try:
        return date(int(m.group("y")), int(m.group("mo")), int(m.group("d"))), None
    except ValueError:
        return None


def _ago(m: re.Match[str], base: date) -> tuple[date, None] | None:
    amount = m.group("n")
    count = int(amount) if amount.isdigit() else NUMBERS[amount]
    unit = m.group("unit")
    if unit.startswith(("jour", "day")):
        return base - timedelta(days=count), None
    if unit.startswith(("semaine", "week")):
        return base - timedelta(weeks=count), None
    months = count * 12 if unit.startswith(("an", "year")) else count
    year, month = divmod(base.year * 12 + base.month - 1 - months, 12)
    return date(year, month + 1, min(base.day, calendar.monthrange(year, month + 1)[1])), None


_HOLIDAYS = {"noel": (12, 25), "christmas": (12, 25), "christmas day": (12, 25),
             "reveillon de noel": (12, 24), "christmas eve": (12, 24), "saint-sylvestre": (12, 31),
             "reveillon du nouvel an": (12, 31), "new year's eve": (12, 31), "nouvel an": (1, 1),
             "jour de l'an": (1, 1), "new year's day": (1, 1), "new year": (1, 1),
             "saint-valentin": (2, 14), "valentine's day": (2, 14), "valentine's": (2, 14),
             "halloween": (10, 31)}


def _holiday(m: re.Match[str], base: date) -> tuple[date, None]:
    """The last time this fixed-date holiday came, on or before the memory's date."""
    month, day = _HOLIDAYS[m.group("holiday")]
    found = date(base.year, month, day)
    return (found if found <= base else date(base.year - 1, month, day)), None


def _rule(pattern: str, resolver: Resolver | None, dateparser_first: bool = False) -> tuple:
    return re.compile(rf"(?<![0-9a-z]){pattern}(?![0-9a-z])"), resolver, dateparser_first


RULES: tuple[tuple[re.Pattern[str], Resolver | None, bool], ...] = (
    _rule(rf"(?:avant-hier|avant hier){_PART_FR}?|(?:the\s+)?day before yesterday", _days(-2), True),
    _rule(r"(?:le\s+)?(?:soir\s+de\s+|jour\s+de\s+)?(?P<holiday>noel|reveillon de noel|saint-sylvestre"
          r"|reveillon du nouvel an|nouvel an|jour de l'an|saint-valentin|halloween"
          r"|christmas eve|christmas day|christmas|new year's eve|new year's day|new year"
          r"|valentine's day|valentine's|halloween)", _holiday),
    _rule(rf"hier{_PART_FR}?|yesterday{_PART_EN}?|last night", _days(-1)),
    _rule(r"aujourd'hui|ce matin|ce midi|ce soir|cet apres-midi|cette nuit|cette apres-midi"
          r"|today|this morning|this afternoon|this evening|tonight", _days(0)),
    _rule(r"demain|tomorrow", _days(1)),
    _rule(r"(?:la\s+)?semaine\s+(?:derniere|passee)|last week|the week before", _last_week),
    _rule(r"(?:le\s+)?week-?end\s+(?:dernier|passe)|last weekend", _last_weekend),
    _rule(r"ce\s+week-?end|this weekend", _this_weekend),
    _rule(r"(?:le\s+)?mois\s+(?:dernier|passe)|last month", _last_month),
    _rule(r"l'annee\s+(?:derniere|passee)|l'an\s+(?:dernier|passe)|last year", _last_year),
    _rule(r"(?:l'|le\s+)?(?P<season>printemps|ete|automne|hiver)\s+(?:dernier|passe)"
          r"|last\s+(?P<season2>spring|summer|autumn|fall|winter)", None),
    _rule(rf"il y a\s+(?P<n>{_NUM})\s+(?P<unit>jours?|semaines?|mois|ans|annees?)"
          rf"|(?P<n2>{_NUM})\s+(?P<unit2>days?|weeks?|months?|years?)\s+ago", None, True),
    _rule(r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})", _iso),
    _rule(rf"(?:le\s+)?(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{_MFR}|{_MEN})(?:\s+(?P<year>\d{{4}}))?",
          _day_month, True),
    _rule(rf"(?:on\s+)?(?P<month>{_MEN})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?",
          _day_month, True),
    _rule(rf"(?P<month>{_MFR})\s+(?:dernier|passe)|last\s+(?P<month2>{_MEN})", None),
    _rule(rf"(?:en|in)\s+(?P<month>{_MFR}|{_MEN})(?:\s+(?P<year>\d{{4}}))?(?!\s+(?:dernier|passe))", _named_month),
    _rule(rf"(?P<wd>{_WD})\s+(?:dernier|passe){_PART_FR}?|last\s+(?P<wd2>{_WD}){_PART_EN}?", None),
    _rule(rf"(?:this|next|coming|this coming)\s+(?P<wd>{_WD})|(?P<wd2>{_WD})\s+prochain", _weekday_next),
    _rule(rf"ce\s+(?P<wd>{_WD})", lambda m, base: None),  # "ce vendredi": past or to come, unsaid
    _rule(rf"(?P<wd>{_WD})(?:{_PART_FR}|{_PART_EN})?", _weekday),
)


class _Renamed:
    """Lets one resolver read a group whichever alternative of the pattern matched."""

    def __init__(self, match: re.Match[str], aliases: dict[str, str]) -> None:
        self._match = match
        self._aliases = aliases

    def group(self, name: str) -> str:
        return self._match.group(name) or self._match.group(self._aliases[name])

    def groupdict(self) -> dict[str, str | None]:
        return self._match.groupdict()


def _resolve_alternatives(m: re.Match[str], base: date) -> tuple[date, date | None] | None:
    groups = m.groupdict()
    if "season" in groups:
        return _season_last(_Renamed(m, {"season": "season2"}), base)  # type: ignore[arg-type]
    if "unit" in groups:
        return _ago(_Renamed(m, {"n": "n2", "unit": "unit2"}), base)  # type: ignore[arg-type]
    if "month" in groups:
        return _named_month_last(_Renamed(m, {"month": "month2"}), base)  # type: ignore[arg-type]
    return _weekday(_Renamed(m, {"wd": "wd2"}), base)  # type: ignore[arg-type]


def _with_dateparser(said: str, base: date) -> date | None:
    import dateparser  # slow to import: only when a date needs it

    settings = {"PREFER_DATES_FROM": "past", "RELATIVE_BASE": datetime.combine(base, datetime.min.time())}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        parsed = dateparser.parse(said, languages=["fr", "en"], settings=settings)
    return parsed.date() if parsed else None


def _resolve(m: re.Match[str], resolver: Resolver | None, use_dateparser: bool, said: str, base: date
             ) -> tuple[date | None, date | None]:
    if use_dateparser and (parsed := _with_dateparser(said, base)):
        return parsed, None
    resolved = (resolver or _resolve_alternatives)(m, base)
    return resolved if resolved else (None, None)


def find_times(text: str, base: date) -> list[FoundTime]:
    """Every time expression in the text, leftmost first, the longest when two overlap."""
    folded = fold(text)
    matches: list[tuple[int, int, re.Match[str], Resolver | None, bool]] = []
    for pattern, resolver, use_dateparser in RULES:
        for m in pattern.finditer(folded.folded):
            matches.append((m.start(), -m.end(), m, resolver, use_dateparser))
    found: list[FoundTime] = []
    taken_until = -1
    for start, neg_end, m, resolver, use_dateparser in sorted(matches, key=lambda x: x[:2]):
        if start < taken_until:
            continue
        taken_until = -neg_end
        span = folded.span(start, -neg_end)
        said = text[span[0]:span[1]]
        first, last = _resolve(m, resolver, use_dateparser, said, base)
        coming = _coming_weekday(m, resolver, text, span, base)
        found.append(FoundTime(said, span, EventTime(said=said, start=first, end=last), coming))
    return found


def _coming_weekday(m: re.Match[str], resolver: Resolver | None, text: str, span: tuple[int, int],
                    base: date) -> tuple[date, date] | None:
    if resolver not in (_weekday, _this_weekend) or told_in_the_past(_sentence(text, span)):
        return None
    if resolver is _this_weekend:
        saturday = base + timedelta(days=(5 - base.weekday()) % 7)
        return saturday, saturday + timedelta(days=1)
    day = base + timedelta(days=(WEEKDAYS[m.group("wd")] - base.weekday()) % 7)
    return day, day


def _sentence(text: str, span: tuple[int, int]) -> str:
    start = max(text.rfind(c, 0, span[0]) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, span[1]) for c in ".!?\n") if i >= 0]
    return text[start:min(ends, default=len(text))]


# English simple past, with its subject ("we went", "I saw"), or a word that only a past can follow.
_PAST_EN = re.compile(
    r"\b(?:was|were|had|did|didn't|wasn't|weren't|yesterday|ago)\b"
    r"|\b(?:i|we|he|she|they|you|it)\s+(?:\w+ly\s+)?(?P<verb>\w+)\b")


def told_in_the_past(sentence: str) -> bool:
    """Whether a sentence tells something past ("on est allés", "we went"); a guess from its verbs."""
    folded = fold(sentence).folded
    if any(not m.group("verb") or english_past(m.group("verb")) for m in _PAST_EN.finditer(folded)):
        return True
    return bool(told_in_the_past_fr(sentence))


def find_time(text: str, base: date) -> EventTime | None:
    """The first time expression, preferring one that resolves to a day or a range."""
    found = find_times(text, base)
    resolved = [f for f in found if f.time.resolved]
    chosen = resolved or found
    return chosen[0].time if chosen else None
