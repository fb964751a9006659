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

from dateutil.easter import easter

from liblitz_app.memory import EventTime

from .folding import Folded, fold
from .names import english_lemmas, english_participle, english_past, told_in_the_past_fr

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
    "three": 3, "four": 4, "five": 5, "ten": 10, "few": 3, "quelques": 3, "couple of": 2,
    "a couple of": 2, "seven": 7, "eight": 8, "nine": 9, "twelve": 12, "vingt": 20, "trente": 30,
    "twenty": 20, "thirty": 30,
}
# "forty years ago", "twenty-five years ago", « il y a quarante ans », « il y a soixante-dix ans »; « une vingtaine
# d'années », about twenty.
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_DIZAINES = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
NUMBERS.update(_TENS)
NUMBERS.update(_DIZAINES)
NUMBERS.update({"eleven": 11, "fifteen": 15, "onze": 11, "douze": 12, "soixante-dix": 70, "quatre-vingts": 80,
                "quatre-vingt": 80, "quatre-vingt-dix": 90, "dizaine": 10, "quinzaine": 15, "vingtaine": 20,
                "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60})
for _ten, _value in _TENS.items():
    for _unit, _more in (("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
                         ("eight", 8), ("nine", 9)):
        NUMBERS[f"{_ten}-{_unit}"] = NUMBERS[f"{_ten} {_unit}"] = _value + _more
for _ten, _value in _DIZAINES.items():
    NUMBERS[f"{_ten} et un"] = NUMBERS[f"{_ten}-et-un"] = _value + 1
    for _unit, _more in (("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("six", 6), ("sept", 7),
                         ("huit", 8), ("neuf", 9)):
        NUMBERS[f"{_ten}-{_unit}"] = _value + _more
SEASONS = {"printemps": (3, 5), "ete": (6, 8), "automne": (9, 11), "hiver": (12, 2),
           "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}

_WD = "|".join(WEEKDAYS)
_MFR = "|".join(MONTHS_FR)
_MEN = "|".join(MONTHS_EN)
_NUM = r"\d{1,3}|" + "|".join(sorted(NUMBERS, key=len, reverse=True))
_PART_FR = r"(?:\s+(?:soir|matin|midi|apres-midi|apres midi))"
_PART_EN = r"(?:\s+(?:night|evening|morning|afternoon))"


@dataclass(frozen=True)
class FoundTime:
    said: str  # the user's words, verbatim
    span: tuple[int, int]  # in the original text
    time: EventTime  # start/end None when the words cannot be resolved to days
    # Another reading the words allow. A bare weekday, "ce week-end" or a feast told in the present or
    # the future ("l'opération de jeudi", "it's Friday", "ce week-end on part", "Fête des Pères
    # demain") may be the coming one as well as the last one: the tense, not the word, says which.
    # "Last Friday" said on a Saturday may be yesterday or the week before. (first day, last day)
    coming: tuple[date, date] | None = None
    # "Vendredi on part pour dix jours": how many days the event lasts from its first day, when the
    # memory says so (0: it does not).
    lasting: int = 0
    # How strictly a proposal must keep the days: DAYS when the words name the first and the last day
    # ("du 8 au 10 mars": both are kept), FEAST when they name a feast, whose long weekend a proposal
    # may give ("à la Pentecôte" → Saturday to Monday), WEEKEND for a weekend (from Friday evening
    # for some), ABOUT_MONTH / ABOUT_YEAR for a day counted back by months or years; "" otherwise (any
    # day inside will do).
    kind: str = ""

    def allows(self, first: date, last: date) -> bool:
        """Whether the days first..last are a reading of these words (a proposal's time)."""
        if self.coming is not None and self.coming[0] <= first and last <= self.coming[1]:
            return True  # "jeudi" told in the present: the coming Thursday is as good a reading
        start, end = self.time.start, self.time.end or self.time.start
        if self.lasting and first in (start, self.coming and self.coming[0]):
            return (last - first).days <= self.lasting  # "vendredi … pour dix jours"
        if start is None or end is None:
            return False
        if self.kind == DAYS:
            return (first, last) == (start, end)  # "du 8 au 10 mars": both days are the memory's
        return start <= first and last <= end or _also_meant(self.kind, start, end, first, last)


DAYS, FEAST, WEEKEND = "days", "feast", "weekend"
# "il y a deux mois", "three years ago": a day counted back by months or years names that month or year
# as well as the very day.
ABOUT_MONTH, ABOUT_YEAR = "about a month", "about a year"
# "last night", "la nuit dernière": a night runs on into the next morning.
NIGHT = "night"
_FEAST_DAYS = 3  # a feast's long weekend: Friday to Monday
# "cet été": June to August as the weather counts seasons, or solstice to equinox as the calendar does
# (21 June – 22 September); a proposal may give either.
SEASON = "season"
_SOLSTICES = {3: ((3, 20), (6, 20)), 6: ((6, 21), (9, 22)), 9: ((9, 22), (12, 20)), 12: ((12, 21), (3, 19))}


def _astronomical(start: date) -> tuple[date, date]:
    """The calendar's season whose first month starts the weather's one (start: its first day)."""
    (m1, d1), (m2, d2) = _SOLSTICES[start.month]
    return date(start.year, m1, d1), date(start.year + (m2 < m1), m2, d2)


def _also_meant(kind: str, start: date, end: date, first: date, last: date) -> bool:
    """What the words name besides their days: a feast's long weekend ("à la Pentecôte"), the month or
    year of a day counted back ("il y a deux mois"), a weekend from Friday evening (not the Friday alone)."""
    if kind == FEAST:
        return first <= start <= last and (last - first).days <= _FEAST_DAYS
    if kind == ABOUT_MONTH:
        return (first.year, first.month) == (last.year, last.month) == (start.year, start.month)
    if kind == ABOUT_YEAR:
        return first.year == last.year == start.year
    if kind == NIGHT:
        return first == start and last == start + timedelta(days=1)  # "last night": the 18th to the 19th
    if kind == SEASON:
        # or the months the calendar's season ends in: "l'hiver 1976" as January to March 1976
        solstice_start, solstice_end = _astronomical(start)
        months_end = _month_range(solstice_end.year, solstice_end.month)[1]
        return solstice_start <= first and last <= solstice_end or start <= first and last <= months_end
    return kind == WEEKEND and first == start - timedelta(days=1) and start <= last <= end


def _days(offset: int) -> Resolver:
    return lambda m, base: (base + timedelta(days=offset), None)


def _weekday_before(base: date, weekday: int) -> date:
    return base - timedelta(days=(base.weekday() - weekday) % 7 or 7)


def _weekday(m: re.Match[str], base: date) -> tuple[date, None]:
    return _weekday_before(base, WEEKDAYS[m.group("wd")]), None


def _weekday_before_last(m: re.Match[str], base: date) -> tuple[date, None]:
    weekday = WEEKDAYS[m.group("wd") or m.group("wd2") or m.group("wd3")]
    return _weekday_before(base, weekday) - timedelta(days=7), None


def _this_weekday_unsaid(m: re.Match[str], base: date) -> None:
    """« ce vendredi »: the last one or the coming one, as the sentence is told (see _this_weekday_told)."""
    return None


def _weekday_next(m: re.Match[str], base: date) -> tuple[date, None]:
    """"this Friday", "vendredi prochain": the coming one."""
    weekday = WEEKDAYS[m.group("wd") or m.group("wd2")]
    return base + timedelta(days=(weekday - base.weekday()) % 7 or 7), None


def _monday(base: date) -> date:
    return base - timedelta(days=base.weekday())


def _last_week(m: re.Match[str], base: date) -> tuple[date, date]:
    start = _monday(base) - timedelta(days=7)
    return start, start + timedelta(days=6)


def _weekday_of_last_week(m: re.Match[str], base: date) -> tuple[date, None]:
    """« lundi de la semaine dernière », "Monday of last week", "last week's Monday": that day of the week before."""
    weekday = WEEKDAYS[m.group("wd") or m.group("wd2")]
    return _monday(base) - timedelta(days=7) + timedelta(days=weekday), None


def _last_weekend(m: re.Match[str], base: date) -> tuple[date, date]:
    saturday = _monday(base) - timedelta(days=2)
    return saturday, saturday + timedelta(days=1)


def _weekend_before_last(m: re.Match[str], base: date) -> tuple[date, date]:
    """"the weekend before last", « l'avant-dernier week-end »: the one before the last one."""
    saturday = _monday(base) - timedelta(days=9)
    return saturday, saturday + timedelta(days=1)


def _short_year(m: re.Match[str], base: date) -> tuple[date, date]:
    """"in '09", "summer of '69": the last year ending so, on or before the memory's."""
    year = base.year - (base.year - int(m.group("yy"))) % 100
    return date(year, 1, 1), date(year, 12, 31)


def _said_year(m: re.Match[str], base: date) -> int | None:
    """The year the words give: in full ("Noël 1983"), or by its last two digits ("Noël 83", "Christmas '83")."""
    groups = m.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    short = groups.get("yy") or groups.get("yy2")
    return base.year - (base.year - int(short)) % 100 if short else None


def _season_short_year(m: re.Match[str], base: date) -> tuple[date, date]:
    """« l'été 92 », "summer of '92": that season of the last year ending so."""
    year = _said_year(m, base) or base.year
    first, last = SEASONS[m.group("season")]
    return date(year - 1 if first > last else year, first, 1), _month_range(year, last)[1]


# "in the 80s", « dans les années 80 », "the late nineties", « au début des années 2000 »: a decade, or a part of it.
_DECADES = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "soixante-dix": 70,
            "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90, "twenties": 20, "thirties": 30,
            "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
_DECADE_PARTS = {"early": (0, 4), "debut": (0, 4), "au debut": (0, 4), "mid": (3, 7), "mid-": (3, 7),
                 "milieu": (3, 7), "au milieu": (3, 7), "late": (5, 9), "fin": (5, 9), "a la fin": (5, 9)}


def _decade(m: re.Match[str], base: date) -> tuple[date, date]:
    said = m.group("dec")
    digits = re.sub(r"\D", "", said)
    if len(digits) == 4:
        year = int(digits)
    else:  # "the 80s": the last such decade already over ("les années 20" said in 2025: the 1920s)
        tens = _DECADES[said] if said in _DECADES else int(digits)
        year = 2000 + tens if 2000 + tens + 9 < base.year else 1900 + tens
    first, last = _DECADE_PARTS.get((m.group("part") or "").strip(), (0, 9))
    return date(year + first, 1, 1), date(year + last, 12, 31)


def _years(m: re.Match[str], base: date) -> tuple[date, date] | None:
    """"de 1995 à 1998", "from 1995 to 1998", "1995-1998": from the first year's first day to the last one's last."""
    first, last = int(m.group("y1")), int(m.group("y2"))
    return (date(first, 1, 1), date(last, 12, 31)) if first < last else None


def _about_year(m: re.Match[str], base: date) -> tuple[date, date]:
    """"around 1980", « vers 1980 »: a year or two either side."""
    year = int(m.group("year"))
    return date(year - 2, 1, 1), date(year + 2, 12, 31)


def _this_weekend(m: re.Match[str], base: date) -> tuple[date, date]:
    saturday = _monday(base) + timedelta(days=5)
    if saturday > base:
        saturday -= timedelta(days=7)
    return saturday, saturday + timedelta(days=1)


def _this_week(m: re.Match[str], base: date) -> tuple[date, date]:
    return _monday(base), _monday(base) + timedelta(days=6)


def _next_week(m: re.Match[str], base: date) -> tuple[date, date]:
    start = _monday(base) + timedelta(days=7)
    return start, start + timedelta(days=6)


def _next_month(m: re.Match[str], base: date) -> tuple[date, date]:
    following = base.replace(day=28) + timedelta(days=4)
    return _month_range(following.year, following.month)


def _this_season(m: re.Match[str], base: date) -> tuple[date, date]:
    """"cet été": this year's; "cet hiver" until June is the one just past, then the one to come."""
    first, last = SEASONS[m.group("season")]
    year = base.year
    if first > last:  # winter spans the new year: name it by the year it ends in
        year = base.year if base.month <= 6 else base.year + 1
    return date(year - 1 if first > last else year, first, 1), _month_range(year, last)[1]


def _in_so_many(m: re.Match[str], base: date) -> tuple[date, None]:
    amount, unit = m.group("n") or m.group("n2"), m.group("unit") or m.group("unit2")
    count = int(amount) if amount.isdigit() else NUMBERS[amount]
    if unit.startswith(("jour", "day", "night", "nuit")):
        return base + timedelta(days=count), None
    if unit.startswith(("semaine", "week")):
        return base + timedelta(weeks=count), None
    months = count * 12 if unit.startswith("an") else count
    year, month = divmod(base.year * 12 + base.month - 1 + months, 12)
    return date(year, month + 1, min(base.day, calendar.monthrange(year, month + 1)[1])), None


def _part_of_month(m: re.Match[str], base: date) -> tuple[date, date]:
    """"début mars" (1–10), "mi-mars" (11–20), "fin mars" (21–end); "early", "mid", "late" March."""
    start, end = _named_month(m, base)
    part = m.group("part")
    if part in ("debut", "early", "the beginning of", "the start of"):
        return start, start + timedelta(days=9)
    if part.startswith("mi"):
        return start + timedelta(days=10), start + timedelta(days=19)
    return start + timedelta(days=20), end


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
    if unit.startswith(("jour", "day", "night", "nuit")):
        return base - timedelta(days=count), None
    if unit.startswith(("semaine", "week")):
        return base - timedelta(weeks=count), None
    months = count * 12 if unit.startswith(("an", "year")) else count
    year, month = divmod(base.year * 12 + base.month - 1 - months, 12)
    return date(year, month + 1, min(base.day, calendar.monthrange(year, month + 1)[1])), None


# Feasts by the words that name nothing else: "l'Ascension" alone may be a climb ("l'ascension du
# Mont Blanc"), "une épiphanie" an insight, "Saint-Jean" a town: only "le pont de l'Ascension",
# "le jour des Rois" are read.
_HOLIDAYS = {"noel": (12, 25), "christmas": (12, 25), "christmas day": (12, 25),
             "reveillon de noel": (12, 24), "christmas eve": (12, 24), "saint-sylvestre": (12, 31),
             "reveillon du nouvel an": (12, 31), "new year's eve": (12, 31), "nouvel an": (1, 1),
             # the evening or the night of the new year is the one that ends the old one, as "New Year's Eve"
             "soiree du nouvel an": (12, 31), "soir du nouvel an": (12, 31), "nuit du nouvel an": (12, 31),
             "new year's eve party": (12, 31), "new year's night": (12, 31),
             "jour de l'an": (1, 1), "new year's day": (1, 1), "new year": (1, 1),
             "saint-valentin": (2, 14), "valentine's day": (2, 14), "valentine's": (2, 14),
             "halloween": (10, 31), "toussaint": (11, 1), "armistice": (11, 11), "boxing day": (12, 26),
             "fete de la musique": (6, 21), "fete nationale": (7, 14), "jour des rois": (1, 6),
             "chandeleur": (2, 2), "saint-patrick": (3, 17), "st patrick's day": (3, 17),
             "saint patrick's day": (3, 17), "fourth of july": (7, 4), "independence day": (7, 4),
             "india's independence day": (8, 15), "bonfire night": (11, 5), "guy fawkes night": (11, 5), "fete du travail": (5, 1),
             "assomption": (8, 15),
             # days kept on one date in one country or another
             "bastille day": (7, 14), "hogmanay": (12, 31), "burns night": (1, 25), "anzac day": (4, 25),
             "remembrance day": (11, 11), "veterans day": (11, 11), "armistice day": (11, 11), "canada day": (7, 1),
             "australia day": (1, 26), "waitangi day": (2, 6), "juneteenth": (6, 19), "star wars day": (5, 4),
             "poisson d'avril": (4, 1), "april fools' day": (4, 1), "april fool's day": (4, 1),
             "april fools day": (4, 1), "journee de la femme": (3, 8), "journee des femmes": (3, 8),
             "journee internationale des droits des femmes": (3, 8), "international women's day": (3, 8)}


def _sunday_of(year: int, month: int, nth: int) -> date:
    """The nth Sunday of a month (nth = -1: the last one)."""
    return _weekday_of(year, month, 6, nth)


def _weekday_of(year: int, month: int, weekday: int, nth: int) -> date:
    if nth < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _fete_des_meres(year: int) -> date:
    """France: the last Sunday of May, or the first of June when that one is Pentecost."""
    last = _sunday_of(year, 5, -1)
    return last + timedelta(days=7) if last == easter(year) + timedelta(days=49) else last


# Feasts whose day moves with the year: Easter and what counts from it, and "the nth weekday of".
_MOVABLE: dict[str, Callable[[int], date]] = {
    "paques": easter, "easter": easter, "easter sunday": easter,
    "lundi de paques": lambda y: easter(y) + timedelta(days=1),
    "easter monday": lambda y: easter(y) + timedelta(days=1),
    "vendredi saint": lambda y: easter(y) - timedelta(days=2), "good friday": lambda y: easter(y) - timedelta(days=2),
    "jeudi de l'ascension": lambda y: easter(y) + timedelta(days=39),
    "pont de l'ascension": lambda y: easter(y) + timedelta(days=39),
    "pentecote": lambda y: easter(y) + timedelta(days=49), "pentecost": lambda y: easter(y) + timedelta(days=49),
    "whitsun": lambda y: easter(y) + timedelta(days=49),
    "lundi de pentecote": lambda y: easter(y) + timedelta(days=50),
    "mardi gras": lambda y: easter(y) - timedelta(days=47), "shrove tuesday": lambda y: easter(y) - timedelta(days=47),
    "pancake day": lambda y: easter(y) - timedelta(days=47),
    "mothering sunday": lambda y: easter(y) - timedelta(days=21),
    "mother's day": lambda y: _sunday_of(y, 5, 2), "fete des meres": _fete_des_meres,
    "father's day": lambda y: _sunday_of(y, 6, 3), "fete des peres": lambda y: _sunday_of(y, 6, 3),
    "thanksgiving": lambda y: _weekday_of(y, 11, 3, 4), "memorial day": lambda y: _weekday_of(y, 5, 0, -1),
    "canadian thanksgiving": lambda y: _weekday_of(y, 10, 0, 2),
    "labor day": lambda y: _weekday_of(y, 9, 0, 1),
    # (round 56: "Over Presidents' Day weekend we went to Greg's cabin")
    "presidents' day": lambda y: _weekday_of(y, 2, 0, 3), "presidents day": lambda y: _weekday_of(y, 2, 0, 3),
    "president's day": lambda y: _weekday_of(y, 2, 0, 3),
    "martin luther king day": lambda y: _weekday_of(y, 1, 0, 3), "mlk day": lambda y: _weekday_of(y, 1, 0, 3),
    "columbus day": lambda y: _weekday_of(y, 10, 0, 2), "indigenous peoples' day": lambda y: _weekday_of(y, 10, 0, 2),
    "august bank holiday": lambda y: _weekday_of(y, 8, 0, -1),
}
_FEAST_NAMES = "|".join(sorted((re.escape(n) for n in (*_HOLIDAYS, *_MOVABLE)), key=len, reverse=True))
# Feasts kept on another day elsewhere: "Mother's Day" is May's second Sunday in America, Mothering Sunday in
# Britain and Ireland; "Independence Day" the 4th of July in America, the 15th of August in India; Thanksgiving,
# November's fourth Thursday in America, October's second Monday in Canada. Whichever came
# last is the one the memory may mean.
_ALSO_KEPT_AS = {"mother's day": ("mothering sunday",), "independence day": ("india's independence day",),
                 "thanksgiving": ("canadian thanksgiving",)}


def _feast_day(name: str, year: int) -> date:
    if name in _MOVABLE:
        return _MOVABLE[name](year)
    month, day = _HOLIDAYS[name]
    return date(year, month, day)


def _holiday(m: re.Match[str], base: date) -> tuple[date, None]:
    """The last time this holiday came, on or before the memory's date; that year's, when one is said."""
    name = m.group("holiday")
    if (year := _said_year(m, base)) is not None:
        return _feast_day(name, year), None
    names = (name, *_ALSO_KEPT_AS.get(name, ()))
    readings = [_feast_day(n, year) for n in names for year in (base.year, base.year - 1)]
    return max(day for day in readings if day <= base), None


def _holiday_last(m: re.Match[str], base: date) -> tuple[date, None]:
    """"l'an dernier à Noël", "Christmas last year": last year's. "last Christmas", « Noël dernier »: the last one
    before the memory's date — the one before it when that one is only days old (said on 27 December, "last
    Christmas" is a year back: two days back it is "at Christmas")."""
    name = m.group("holiday") or m.group("holiday2")
    if m.groupdict().get("year_before"):
        return _feast_day(name, base.year - 1), None
    readings = sorted((_feast_day(name, year) for year in (base.year, base.year - 1, base.year - 2)), reverse=True)
    return next(day for day in readings if day < base - timedelta(days=7)), None


def _next_feast(m: re.Match[str], base: date) -> date:
    name = m.group("holiday")
    found = _feast_day(name, base.year)
    return found if found >= base else _feast_day(name, base.year + 1)


def _day_range(m: re.Match[str], base: date) -> tuple[date, date] | None:
    """"du 8 au 10 mars", "14-16 June", "from the 28th of February to the 2nd of March"."""
    month = MONTHS[m.group("month")]
    first_month = MONTHS[m.group("m1")] if m.groupdict().get("m1") else month
    year = int(m.group("year")) if m.groupdict().get("year") else base.year
    try:
        start, end = date(year, first_month, int(m.group("d1"))), date(year, month, int(m.group("d2")))
        if start > end:
            start = start.replace(year=year - 1)
        if not m.groupdict().get("year") and start > base:
            start, end = start.replace(year=start.year - 1), end.replace(year=end.year - 1)
    except ValueError:
        return None
    return start, end


def _year(m: re.Match[str], base: date) -> tuple[date, date]:
    year = int(m.group("year"))
    if m.groupdict().get("season"):
        first, last = SEASONS[m.group("season")]
        return date(year - 1 if first > last else year, first, 1), _month_range(year, last)[1]
    if m.groupdict().get("month"):
        return _month_range(year, MONTHS[m.group("month")])
    return date(year, 1, 1), date(year, 12, 31)


def _numeric(m: re.Match[str], base: date) -> tuple[date, None] | None:
    """"12/03/2019": day first, as written in France and Britain; month first when only that is a date."""
    year = int(m.group("y"))
    year += 2000 if year < 100 else 0
    first, second = int(m.group("a")), int(m.group("b"))
    for day, month in ((first, second), (second, first)):
        try:
            return date(year, month, day), None
        except ValueError:
            continue
    return None


def _lunar_new_year(m: re.Match[str], base: date) -> tuple[date, date]:
    year = int(m.group("year")) if m.groupdict().get("year") else base.year - (base < date(base.year, 1, 21))
    return date(year, 1, 21), date(year, 2, 20)


def _rule(pattern: str, resolver: Resolver | None, dateparser_first: bool = False) -> tuple:
    return re.compile(rf"(?<![0-9a-z]){pattern}(?![0-9a-z])"), resolver, dateparser_first


_ORD = r"(?:er|st|nd|rd|th|e|eme)?"
_SEASON_WORDS = "|".join(SEASONS)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# What a number that looks like a year counts when it is not one: "2000 euros", "1500 m".
_NOT_A_YEAR = r"(?!\s*(?:[€$£]|(?:euros?|dollars?|pounds?|livres?|km|kg|m|g|h|pages?|mots|words|personnes|people"
_NOT_A_YEAR += r"|habitants|calories|pas|steps|fois|times|points?|metres?|meters?)\b))"

# A year by its last two digits, after a season or a feast: "'83" anywhere, "83" closing its clause (« Noël 83, »).
_SHORT_YEAR = r"\s+(?:de\s+|of\s+)?(?:'(?P<yy>\d\d)(?![\d'])|(?P<yy2>\d\d)(?=\s*(?:[,.;:!?)\n]|$)))"

RULES: tuple[tuple[re.Pattern[str], Resolver | None, bool], ...] = (
    _rule(rf"(?:avant-hier|avant hier){_PART_FR}?|(?:the\s+)?day before yesterday", _days(-2), True),
    # The lunar new year ("Lunar New Year", « Nouvel An chinois », "Tết") moves with the moon, always between
    # 21 January and 20 February: the last such span, that year's when one is said.
    _rule(rf"(?:(?:lunar|chinese|vietnamese|korean)\s+new\s+year|nouvel\s+an\s+(?:chinois|lunaire|vietnamien"
          rf"|coreen)|fete\s+du\s+tet)(?:\s+{_YEAR}{_NOT_A_YEAR})?", _lunar_new_year),
    # Not the lunar new year, a movable feast of another calendar ("Lunar New Year", « Nouvel An chinois »).
    _rule(rf"(?<!lunar )(?<!chinese )(?<!vietnamese )(?<!korean )(?<!tet )"
          rf"(?:le\s+|on\s+|at\s+)?(?:soir\s+de\s+|jour\s+de\s+|week-?end\s+de\s+)?(?P<holiday>{_FEAST_NAMES})"
          rf"(?!\s+(?:chinois|lunaire|vietnamien|coreen|du tet))(?:\s+{_YEAR}{_NOT_A_YEAR}|{_SHORT_YEAR})?", _holiday),
    # Last year's feast: "l'an dernier à Noël", « à Noël l'an dernier », "Christmas last year", "last year at Easter",
    # "last Christmas", « Noël dernier ».
    _rule(rf"(?P<holiday2>)(?P<year_before>l'an(?:nee)?\s+(?:dernier|derniere|passe|passee)|last year)"
          rf"\s+(?:a|pour|au|at|on|for)\s+(?:la\s+|l')?(?P<holiday>{_FEAST_NAMES})", _holiday_last),
    _rule(rf"(?P<holiday2>)(?:a\s+|pour\s+|at\s+|on\s+)?(?:la\s+|l')?(?P<holiday>{_FEAST_NAMES})\s+"
          rf"(?P<year_before>(?:de\s+)?l'an(?:nee)?\s+(?:dernier|derniere|passe|passee)|last year)", _holiday_last),
    _rule(rf"(?P<year_before>)last\s+(?P<holiday>{_FEAST_NAMES})|(?P<holiday2>{_FEAST_NAMES})\s+(?:dernier|derniere)",
          _holiday_last),
    # "du 8 au 10 mars", "8-10 mars", "14-16 June", "from the 3rd to the 5th of May", "entre le 8 et le 10 mars"
    _rule(rf"(?:du\s+|from\s+(?:the\s+)?|entre\s+le\s+|between\s+the\s+)?(?P<d1>\d{{1,2}}){_ORD}"
          rf"(?:\s+(?:of\s+)?(?P<m1>{_MFR}|{_MEN}))?\s*(?:-|–|au|to|until|till|through|et|and)\s*(?:le\s+|the\s+)?"
          rf"(?P<d2>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<month>{_MFR}|{_MEN})(?:\s+{_YEAR})?", _day_range),
    _rule(rf"(?P<month>{_MEN})\s+(?P<d1>\d{{1,2}}){_ORD}\s*(?:-|–|to|until|through)\s*(?P<d2>\d{{1,2}}){_ORD}"
          rf"(?:,?\s+{_YEAR})?", _day_range),
    # "12/03/2019", "12.03.19"
    _rule(r"(?<![/.\d])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}|\d{2})(?![/.\d])", _numeric),
    # "en 2016", "back in 2012", "l'été 2019", "mars 2022", "my 2020 setup", "notre voyage de 2016"
    _rule(rf"(?:(?:back\s+)?(?:en|in|since|depuis|during|durant)\s+|(?:de|d'|du|of|from|my|our|mon|ma|notre"
          rf"|l'annee|the year|l'an)\s+|(?:l'|the\s+|cet\s+|this\s+)?(?P<season>{_SEASON_WORDS})\s+(?:de\s+|of\s+)?"
          rf"|(?:en\s+|in\s+)?(?P<month>{_MFR}|{_MEN})\s+(?:de\s+|of\s+)?){_YEAR}{_NOT_A_YEAR}", _year),
    # A caption's year after a comma, closing its sentence or before its colon: "Bouchra et moi à Chefchaouen,
    # 2019.", "Photo, 1987: Dad in front of the car"; "It was 1977".
    _rule(rf"(?<=, ){_YEAR}(?=\s*(?:[.!?;:)\n]|$))", _year),
    _rule(rf"(?:it was|that was|this was)\s+{_YEAR}{_NOT_A_YEAR}", _year),
    # Years from one to another: "de 1995 à 1998", "from 1995 to 1998", "between 1995 and 1998", "1995-1998"
    _rule(r"(?:de\s+|from\s+|between\s+|entre\s+)?(?P<y1>(?:19|20)\d\d)\s*(?:-|–|a|au|to|until|till|through|and|et)\s*"
          rf"(?P<y2>(?:19|20)\d\d){_NOT_A_YEAR}", _years),
    # About a year: "around 1980", « vers 1980 », "circa 1980", « aux alentours de 1980 »
    _rule(rf"(?:vers|autour de|aux alentours de|around|circa|about|c\.|ca\.)\s+(?:l'an\s+|l'annee\s+)?{_YEAR}"
          rf"{_NOT_A_YEAR}", _about_year),
    # A decade: « dans les années 80 », « au début des années 2000 », "in the 90s", "the late '70s", "the sixties"
    _rule(r"(?:(?P<part>au debut|debut|a la fin|fin|au milieu|milieu)\s+des\s+|(?:dans|pendant|durant)\s+les\s+"
          r"|les\s+)?annees\s+(?P<dec>(?:19|20)\d0|[0-9]0|soixante-dix|quatre-vingt-dix|quatre-vingts?|vingt|trente"
          r"|quarante|cinquante|soixante)(?![\d-])", _decade),
    _rule(r"(?:(?:back\s+)?in\s+)?the\s+(?P<part>early|mid-|mid|late)?\s*(?P<dec>(?:19|20)?'?[0-9]0'?s|twenties"
          r"|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\w'])", _decade),
    # A season by its year's last two digits: « l'été 92 », "summer of '92", « l'hiver 85, »
    _rule(rf"(?:l'|the\s+|cet\s+)?(?P<season>{_SEASON_WORDS}){_SHORT_YEAR}", _season_short_year),
    # « il y a une vingtaine d'années », « il y a une quinzaine de jours »: about so many
    _rule(r"il y a\s+une\s+(?P<n>dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine)\s+"
          r"(?:de\s+|d')(?P<unit>jours|semaines|mois|ans|annees)", _ago),
    # « en 85, j'ai eu ma mobylette »: a year by its last two digits, closing its clause
    _rule(r"en\s+(?P<yy>[2-9]\d)(?=\s*[,;:])", _short_year),
    # "it's been a year today", "ça fait trois ans": counted back like "il y a"
    _rule(rf"(?:it's been|it has been|ca fait|cela fait|ca va faire|voila)\s+(?P<n>{_NUM})\s+"
          rf"(?P<unit>jours?|semaines?|mois|ans|annees?|days?|weeks?|months?|years?)", _ago),
    # "last nite", "tonite", "yday", "this am", « auj »: texting's spelling of the same days.
    _rule(rf"hier{_PART_FR}?|yesterday{_PART_EN}?|last nite|last night", _days(-1)),
    _rule(rf"hir{_PART_FR}", _days(-1)),  # « hir soir »: a typo (round 62), read only with its part of the day
    _rule(r"aujourd'hui|ce matin|ce midi|ce soir|cet apres-midi|cette apres-midi"
          r"|today|this morning|this afternoon|this evening|tonight|tonite|2nite", _days(0)),
    _rule(r"(?:yday|yest|ystd)", _days(-1)),  # (a rule of its own: _rule bounds its pattern's ends only)
    _rule(r"(?:auj|ajd|aujourdhui|2day|this am|this pm)", _days(0)),
    # "in '09", "back in '98", "the summer of '69": a year by its last two digits.
    _rule(r"(?:(?:back\s+)?in\s+|of\s+|en\s+)'(?P<yy>\d\d)(?![\d'])", _short_year),
    # Written in the morning, "cette nuit" is the night just past; written at night, the one begun.
    _rule(r"cette nuit", lambda m, base: (base - timedelta(days=1), base)),
    _rule(r"la nuit derniere|la nuit passee", _days(-1)),
    # "Mom sang during the night", « dans la nuit »: the night the memory was written in, begun the day before.
    _rule(r"during the night|in the night|pendant la nuit|dans la nuit", lambda m, base: (base - timedelta(days=1), base)),
    _rule(r"demain|tomorrow", _days(1)),
    _rule(r"apres-demain|apres demain|the day after tomorrow", _days(2)),
    _rule(r"cette semaine|this week", _this_week),
    _rule(r"(?:la\s+)?semaine\s+prochaine|next week", _next_week),
    _rule(r"ce mois-ci|ce mois ci|this month", lambda m, base: _month_range(base.year, base.month)),
    _rule(r"(?:le\s+)?mois\s+prochain|next month", _next_month),
    _rule(r"cette annee|this year", lambda m, base: (date(base.year, 1, 1), date(base.year, 12, 31))),
    _rule(r"l'annee prochaine|l'an prochain|next year",
          lambda m, base: (date(base.year + 1, 1, 1), date(base.year + 1, 12, 31))),
    _rule(rf"(?:cet\s+|ce\s+|this\s+)(?P<season>{_SEASON_WORDS})", _this_season),
    _rule(rf"dans\s+(?P<n>{_NUM})\s+(?P<unit>jours?|semaines?|mois|ans)"
          rf"|in\s+(?P<n2>{_NUM})\s+(?P<unit2>days?|weeks?|months?)(?!\s+ago)", _in_so_many),
    # "quinze jours" is two weeks as the French say it, or fifteen days as the words count
    _rule(r"il y a\s+quinze jours", lambda m, base: (base - timedelta(days=15), base - timedelta(days=14))),
    _rule(r"a fortnight ago|two weeks ago", lambda m, base: (base - timedelta(days=14), None)),
    _rule(rf"(?P<part>debut|fin|mi-|mi|early|late|mid-|mid|the end of|the beginning of|the start of)\s*"
          rf"(?:de\s+|d'|of\s+)?(?P<month>{_MFR}|{_MEN})(?:\s+{_YEAR})?", _part_of_month),
    _rule(r"(?:le|the|at the)\s+week-?end", _this_weekend),
    _rule(rf"(?P<wd>{_WD})\s+(?:de\s+la\s+semaine\s+(?:derniere|passee)|of\s+last\s+week)"
          rf"|last\s+week's\s+(?P<wd2>{_WD})", _weekday_of_last_week),
    _rule(r"(?:la\s+)?semaine\s+(?:derniere|passee)|last week|the week before", _last_week),
    _rule(r"(?:le\s+|ce\s+)?week-?end\s+(?:dernier|passe)|last weekend", _last_weekend),
    _rule(r"(?:the\s+)?week-?end\s+before\s+last|(?:l'|le\s+)?avant-dernier\s+week-?end"
          r"|(?:le\s+)?week-?end\s+d'avant", _weekend_before_last),
    _rule(r"ce\s+week-?end|this weekend", _this_weekend),
    _rule(r"(?:le\s+)?mois\s+(?:dernier|passe)|last month", _last_month),
    _rule(r"l'annee\s+(?:derniere|passee)|l'an\s+(?:dernier|passe)|last year", _last_year),
    _rule(r"(?:l'|le\s+)?(?P<season>printemps|ete|automne|hiver)\s+(?:dernier|passe)"
          r"|last\s+(?P<season2>spring|summer|autumn|fall|winter)", None),
    # "two nights ago", « il y a deux nuits »: so many days back, its night
    _rule(rf"(?P<n>{_NUM})\s+(?P<unit>nights?)\s+ago", _ago),
    _rule(rf"il y a\s+(?P<n>{_NUM})\s+(?P<unit>nuits?)", _ago),
    _rule(rf"(?:il y a|y a|ya|y'a)\s+(?P<n>{_NUM})\s+(?P<unit>jours?|semaines?|mois|ans|annees?)"
          rf"|(?P<n2>{_NUM})\s+(?P<unit2>days?|weeks?|months?|years?)\s+ago", None, True),
    _rule(r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})", _iso),
    _rule(rf"(?:le\s+|the\s+)?(?P<day>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<month>{_MFR}|{_MEN})(?:,?\s+(?P<year>\d{{4}}))?",
          _day_month, True),
    _rule(rf"(?:on\s+)?(?P<month>{_MEN})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?",
          _day_month, True),
    _rule(rf"(?P<month>{_MFR})\s+(?:dernier|passe)|last\s+(?P<month2>{_MEN})", None),
    _rule(rf"(?:en|in)\s+(?P<month>{_MFR}|{_MEN})(?:\s+(?P<year>\d{{4}}))?(?!\s+(?:dernier|passe))", _named_month),
    _rule(rf"(?P<wd>{_WD})\s+(?:dernier|passe){_PART_FR}?|last\s+(?P<wd2>{_WD}){_PART_EN}?", None),
    _rule(rf"(?:this|next|coming|this coming)\s+(?P<wd>{_WD})|(?P<wd2>{_WD})\s+prochain", _weekday_next),
    # "the Tuesday before last", « l'avant-dernier mardi »: the one before the last one
    _rule(rf"(?:the\s+)?(?P<wd>{_WD})\s+before\s+last(?!\s+(?:week|month|year))"
          rf"|(?:l'|le\s+)?avant-dernier\s+(?P<wd2>{_WD})|(?P<wd3>{_WD})\s+(?:d'avant|avant)\s+le\s+dernier", _weekday_before_last),
    _rule(rf"ce\s+(?P<wd>{_WD})", _this_weekday_unsaid),  # "ce vendredi": past or to come, the tense says
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
        first = _this_weekday_told(m, resolver, text, span, base) or first
        coming = _coming_weekday(m, resolver, text, span, base) or _week_before(m, resolver, first, base)
        if coming and resolver is _weekday and _promised_for(text, span):
            first, last, coming = coming[0], None, None  # "j'ai dit oui pour samedi": the one to come only
        elif coming and resolver is _weekday and _a_reminder(text, span):
            first, last = coming[0], None  # "remind me … Thursday": the one to come only ("avant samedi": until it)
        first, last, coming = _bounded(folded.folded[:start], base, first, last, coming)
        last = base if first is not None and _HOW_LONG_SINCE.match(folded.folded, start) \
            and _SINCE_THEN.match(folded.folded, -neg_end) else last
        lasting = _lasting(folded.folded, -neg_end) if first is not None and last is None else 0
        kind = {_day_range: DAYS, _holiday: FEAST, _holiday_last: FEAST, _last_weekend: WEEKEND,
                _this_weekend: WEEKEND, _weekend_before_last: WEEKEND, _years: DAYS}.get(resolver, "")
        # a whole decade ("in the 90s") is its ten years: one of them is a guess (a part, "the late 90s", any day)
        kind = DAYS if resolver is _decade and not m.group("part") else kind
        kind = kind or _counted_back(m) or (NIGHT if re.search(r"\b(?:nuit|night|nite)\b", m.group()) else "")
        kind = SEASON if first is not None and _names_season(m) else kind
        found.append(_counted_from(FoundTime(said, span, EventTime(said, first, last), coming, lasting, kind),
                                   folded, start, text))
    return _with_days_counted_from_the_last(found, folded, text)


# "depuis dimanche", "since Monday": from that day until the day it was written. "avant samedi", "jusqu'à
# vendredi", "by Friday", told of what is still to do: from the day it was written until then.
_SINCE = re.compile(r"(?<![\w'])(?:depuis|since|ever since)\s+(?:le\s+|the\s+)?$")
_UNTIL = re.compile(r"(?<![\w'])(?:avant|jusqu'a|jusqu'au|d'ici|until|till|by|before)\s+(?:le\s+|the\s+)?$")
# "Ça fait 3 semaines que je dors mal", "it's been a month since I quit": a length up to the day it was written,
# which any of its days is a reading of (not "ça fait trois ans aujourd'hui", a day counted back).
_HOW_LONG_SINCE = re.compile(r"(?:it's been|it has been|ca fait|cela fait|voila)\s")
_SINCE_THEN = re.compile(r"\s*(?:que|qu'|since)\b")


# "Our anniversary is Thursday", « l'entretien est jeudi »: a day said in the present tense as what an event
# is, the coming one (the last one would be "was").
_IS_ON = re.compile(r"(?<![\w'])(?:is|are|'s|est|sont|c'est|will be|sera)\s+(?:on\s+|le\s+|ce\s+|this\s+)?$")


def _bounded(before: str, base: date, first: date | None, last: date | None, coming: tuple[date, date] | None
             ) -> tuple[date | None, date | None, tuple[date, date] | None]:
    if first is None:
        return first, last, coming
    if _SINCE.search(before) and (last or first) < base:
        return first, base, None
    if coming is not None and _UNTIL.search(before):
        return first, last, (base, coming[1])
    if coming is not None and last is None and _IS_ON.search(before):
        return coming[0], None, coming
    return first, last, coming


# "la veille", "the day before", "le lendemain", "the next day", said alone: a day counted from the one the memory
# named last ("Yesterday Kofi signed. The day before, we'd almost walked away").
_ANAPHORIC = re.compile(r"(?<![\w'])(?:(?P<eve>la veille|the day before|the night before|le jour d'avant)"
                        r"|le lendemain|the next day|the day after|the following day|le jour suivant)"
                        r"(?=\s*[,.;:!?]|\s*$|\s+(?:on|we|i|he|she|they|it|j'|je|il|elle|nous|ils|elles|tu)\b)")


# "Le 3 mai on a baptisé le voilier. Le 10, il partait", "On 5 April… On the 12th he started": a day of the month
# alone, after a date, is of that date's month (of the next one when it comes before that day).
_DAY_OF_THE_MONTH = re.compile(r"(?<![\w'])(?:le|on the|the)\s+(?P<day>\d{1,2})(?:er|st|nd|rd|th|e)?"
                               r"(?=\s*[,;:]|\s+(?:on|we|i|he|she|they|it|j'|je|il|elle|nous|ils|elles|tu)\b)")


def _with_days_counted_from_the_last(found: list[FoundTime], folded: Folded, text: str) -> list[FoundTime]:
    counted = []
    for m in _DAY_OF_THE_MONTH.finditer(folded.folded):
        span = folded.span(m.start(), m.end())
        earlier = [f for f in found if f.span[1] <= span[0] and f.time.start is not None
                   and f.time.end in (None, f.time.start) and re.search(r"\d", f.said)]
        if any(f.span[0] < span[1] and span[0] < f.span[1] for f in found) or not earlier:
            continue
        anchor, number = earlier[-1].time.start, int(m["day"])
        # the anchor's month, or the next one ("On 28 March we left; on the 2nd we landed")
        year, month = (anchor.year, anchor.month) if number >= anchor.day \
            else divmod(anchor.year * 12 + anchor.month, 12)
        try:
            day = date(year, month if number >= anchor.day else month + 1, number)
        except ValueError:
            continue
        said = text[span[0]:span[1]]
        counted.append(FoundTime(said, span, EventTime(said, day, None)))
    for m in _ANAPHORIC.finditer(folded.folded):
        span = folded.span(m.start(), m.end())
        earlier = [f for f in found if f.span[1] <= span[0]]
        if any(f.span[0] < span[1] and span[0] < f.span[1] for f in found) or not earlier:
            continue
        anchor = earlier[-1].time
        if anchor.start is None or anchor.end not in (None, anchor.start):
            continue  # "la semaine dernière… la veille": no one day to count from
        day = anchor.start + timedelta(days=-1 if m["eve"] else 1)
        said = text[span[0]:span[1]]
        counted.append(FoundTime(said, span, EventTime(said, day, None)))
    return sorted(found + counted, key=lambda f: f.span)


# "la veille de Noël", "le lendemain du 14 juillet", "two days after Easter": a day counted from another.
_COUNTED_FROM = re.compile(
    rf"(?:(?P<eve>(?<![\w'-])(?:la\s+)?veille|the eve|the day before)|(?P<after>le lendemain|the day after)"
    rf"|(?P<n>{_NUM})\s+(?P<unit>jours?|days?|semaines?|weeks?)\s+(?P<way>avant|apres|before|after))"
    r"\s+(?:de\s+la\s+|de\s+l'|de\s+|du\s+|d'|of\s+)?(?:the\s+|la\s+|le\s+|l')?$")


def _counted_from(time: FoundTime, folded: Folded, start: int, text: str) -> FoundTime:
    """The day the words name, counted from ("la veille de") when they say so."""
    day = time.time.start
    before = folded.folded[max(0, start - 40):start]
    m = _COUNTED_FROM.search(before)
    if m is None or day is None or time.time.end not in (None, day):
        return time
    days = -1 if m["eve"] else 1
    if m["n"]:
        count = int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"]]
        unit = 7 if m["unit"].startswith(("semaine", "week")) else 1
        days = count * unit * (-1 if m["way"] in ("avant", "before") else 1)
    shift = timedelta(days=days)
    span = (folded.span(start - len(before) + m.start(), start)[0], time.span[1])
    said = text[span[0]:span[1]]
    coming = (time.coming[0] + shift, time.coming[1] + shift) if time.coming else None
    return FoundTime(said, span, EventTime(said, day + shift, None), coming)


# "pour dix jours", "for a week", "pendant trois nuits": how long what starts then lasts.
_LASTING = re.compile(rf"[^.!?;\n]{{0,60}}?\b(?:pour|pendant|durant|for)\s+(?P<n>{_NUM})\s+"
                      r"(?P<unit>jours?|nuits?|semaines?|days?|nights?|weeks?)\b")


def _lasting(folded: str, end: int) -> int:
    m = _LASTING.match(folded, end)
    if m is None:
        return 0
    count = int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"]]
    return count * 7 if m["unit"].startswith(("semaine", "week")) else count


def _names_season(m: re.Match[str]) -> bool:
    groups = m.groupdict()
    return bool(groups.get("season") or groups.get("season2"))


def _counted_back(m: re.Match[str]) -> str:
    unit = m.groupdict().get("unit") or m.groupdict().get("unit2") or ""
    if unit.startswith(("mois", "month")):
        return ABOUT_MONTH
    return ABOUT_YEAR if unit.startswith(("an", "year")) else ""


def _week_before(m: re.Match[str], resolver: Resolver | None, first: date | None, base: date
                 ) -> tuple[date, date] | None:
    """"Vendredi dernier" written on a Saturday: yesterday, or the Friday of the week before."""
    said_last = resolver is None and "wd" in m.groupdict()
    if not said_last or first is None or (base - first).days != 1:
        return None
    day = first - timedelta(days=7)
    return day, day


def _this_weekday_told(m: re.Match[str], resolver: Resolver | None, text: str, span: tuple[int, int],
                       base: date) -> date | None:
    """"This Sunday I ran my first 10k", « ce dimanche on a couru »: told in the past, this week's Sunday (that
    very day, written on a Sunday), not the coming one."""
    this = resolver is _weekday_next and m.group().startswith("this ") and not m.group().startswith("this coming")
    if not this and resolver is not _this_weekday_unsaid:
        return None
    if not told_in_the_past(sentence_of(text, span)):
        return None
    return base - timedelta(days=(base.weekday() - WEEKDAYS[m.group("wd")]) % 7)


def _coming_date(m: re.Match[str], base: date) -> tuple[date, date] | None:
    """"Le 3 juillet je pars": this year's, when it is still to come."""
    if m.groupdict().get("year"):
        return None
    try:
        day = date(base.year, MONTHS[m.group("month")], int(m.group("day")))
    except ValueError:
        return None
    return (day, day) if day > base else None


def _coming_month(m: re.Match[str], base: date) -> tuple[date, date] | None:
    """"En septembre elle part à Lyon": the coming September, when the words give no year."""
    month = MONTHS[m.group("month")]
    if m.groupdict().get("year") or month == base.month:
        return None
    return _month_range(base.year + (month < base.month), month)


# A promise, a plan, an agreement made in the past, governing the rest of its clause ("j'ai promis à Léa de l'aider
# samedi", "we agreed to meet on Friday", a yes to an invitation): its day is the one still to come, whatever the
# tense of the promise.
_PROMISED = re.compile(
    r"\b(?:promis|jure|prevu|convenu|decide|propose|accepte|accepter|engage|organise|planifie)e?s?\s+"
    r"(?:(?:a|avec)\s+(?:[\w'-]+\s+){1,3})?(?:de\s|d')[^,;:]*$"
    r"|\b(?:promised|swore|vowed|agreed|arranged|planned|decided|offered|pledged)"
    r"(?:\s+(?:me|us|him|her|them|[a-z][\w-]*))?\s+(?:to|that)\s[^,;:]*$"
    # A yes to an invitation: "j'ai dit oui à Ilyes pour le resto samedi", "said yes to drinks on Friday".
    r"|\b(?:dit|repondu) oui\s+(?:a|au|aux|pour|pr)\s[^,;:]*$|\bsaid yes to\s[^,;:]*$")


def _promised_for(text: str, span: tuple[int, int]) -> bool:
    """A day in a past sentence, in what was promised or agreed for then: that day is still ahead."""
    return told_in_the_past(sentence_of(text, span)) and bool(_PROMISED.search(fold(sentence_before(text, span)).folded))


# Asked to be reminded of it: « rappelle-moi … jeudi », "remind me Declan's got his dentist Thursday", "don't let me
# forget": what is to come.
_REMINDER = re.compile(r"\b(?:rappelle[- ]moi|rappelez[- ]moi|n'oublie pas|ne m'oublie pas|remind me|don't forget"
                       r"|dont forget|do not forget|don't let me forget)\b[^.!?\n]*$")
# An event named for a day after what was done in the past: « m'a appelé pour le loto du club samedi », "asked me
# to the party Saturday": the call is past, the event's day may be the one to come.
_FOR_AN_EVENT = re.compile(r"\b(?:pour|pr|for|to)\s+(?:le|la|les|l'|un|une|son|sa|ses|leur|the|a|an|his|her|their)\s*"
                           r"[^,;:.!?\n]{0,30}$")


# "The cousins arrived for Easter", "she booked me for Thursday": the day something is for may be still ahead; so may
# the day it starts from (round 47: « on a décidé qu'il partirait à la retraite à partir de lundi »).
_FOR_THE_DAY = re.compile(r"\b(?:for|pour|pr|a partir de|a compter de|starting|starting from)\s*$")


def _a_heading(text: str, span: tuple[int, int]) -> bool:
    """The day a memory opens on, set apart by a comma or a colon, no clause of its sentence opening on a subject: the
    heading of what was written after that day (not « Lundi, je commence chez Airbus », « Mardi, tournée avec Paul, et
    je vais voir le moulin », what is to come)."""
    rest = sentence_after(text, span)
    return re.fullmatch(r"\s*(?:on\s+)?", text[:span[0]], re.IGNORECASE) is not None \
        and re.match(r"\s*[,:]", rest) is not None and _A_SUBJECT.search(rest) is None


# A clause's subject, after a comma or a colon and an "and" (French « on » before its verb, not English "on the pier").
_A_SUBJECT = re.compile(r"[,:;]\s*(?:(?:et|mais|puis|and|but|then)\s+)?"
                        r"(?:(?:je|nous|tu|vous|il|elle|ils|elles|i|we|you|he|she|they)(?![\w-])|j['’]"
                        r"|on\s+(?:a|va|est|sera|fait|n['’]|ne|s['’]|se|y|en|l['’]|le|la|les|lui|leur"
                        r"|\w+(?:ait|era|ira))(?![\w'’-]))", re.IGNORECASE)


def _a_reminder(text: str, span: tuple[int, int]) -> bool:
    return bool(_REMINDER.search(fold(sentence_before(text, span)).folded))


def _coming_weekday(m: re.Match[str], resolver: Resolver | None, text: str, span: tuple[int, int],
                    base: date) -> tuple[date, date] | None:
    if resolver is _weekday and WEEKDAYS[m.group("wd")] == base.weekday():
        return base, base  # "samedi" written on a Saturday evening: that very day
    if resolver not in (_weekday, _this_weekend, _holiday, _day_month, _named_month):
        return None
    if resolver is _weekday and _a_heading(text, span):
        return None  # « Dimanche, brunch chez Gaëlle », "Tuesday: first speech therapy": a diary's day, gone by
    before = fold(sentence_before(text, span)).folded
    if told_in_the_past(_told_part(text, span)) and not _promised_for(text, span) and not _a_reminder(text, span) \
            and not (resolver is _weekday and _FOR_AN_EVENT.search(before)) \
            and not (resolver in (_weekday, _holiday) and _FOR_THE_DAY.search(before)) \
            and not (resolver is _holiday and _held_before_it(text, span)):
        # "samedi" in a past told is the last one, but not in what was promised for then, nor a feast's party (held
        # in the weeks before it: "showed up at the Christmas party" on 19 December)
        return None
    if resolver is _day_month:
        return _coming_date(m, base)
    if resolver is _named_month:
        return _coming_month(m, base)
    if resolver is _holiday:
        if _said_year(m, base) is not None or 0 < (base - _holiday(m, base)[0]).days <= 7:
            return None  # "Bastille Day in Nice, tomorrow we drive on": said days after it, the one just past
        day = _next_feast(m, base)
        return day, day
    if resolver is _this_weekend:
        saturday = base + timedelta(days=(5 - base.weekday()) % 7)
        return saturday, saturday + timedelta(days=1)
    day = base + timedelta(days=(WEEKDAYS[m.group("wd")] - base.weekday()) % 7)
    return day, day


# Where someone's words begin: « m'a annoncé qu'elle quitte la coloc en décembre », "told me she's leaving in December".
_REPORTED = re.compile(r"\b(?:(?:que|that|(?:told|tells|said|says|announced|texted|wrote)\s+(?:me|us|him|her|them))\s+"
                       r"|qu')", re.IGNORECASE)


def _told_part(text: str, span: tuple[int, int]) -> str:
    """The words a time phrase is told in: the words someone reported, when it stands in them (what they said is to
    come may be, though the telling is past), else its whole sentence."""
    sentence = sentence_of(text, span)
    before = sentence_before(text, span)
    said = list(_REPORTED.finditer(before.replace("’", "'")))
    return sentence[said[-1].end():] if said else sentence


def sentence_of(text: str, span: tuple[int, int]) -> str:
    """The sentence these characters stand in."""
    return sentence_before(text, span) + text[span[0]:span[1]] + sentence_after(text, span)


def start_of_sentence(text: str, at: int) -> int:
    """Where the sentence holding text[at] begins: after the last ".", "!", "?" or line break before it."""
    return max(text.rfind(c, 0, at) for c in ".!?\n") + 1


def sentence_before(text: str, span: tuple[int, int]) -> str:
    """The words of their sentence before these characters."""
    return text[start_of_sentence(text, span[0]):span[0]]


def sentence_after(text: str, span: tuple[int, int]) -> str:
    """The words of their sentence after these characters, up to its ".", "!", "?" or line break."""
    ends = [i for i in (text.find(c, span[1]) for c in ".!?\n") if i >= 0]
    return text[span[1]:min(ends, default=len(text))]


# English simple past, with its subject ("we went", "I saw"), or a word that only a past can follow.
_PAST_EN = re.compile(
    r"\b(?:was|were|had|did|didn't|wasn't|weren't|yesterday|ago)\b"
    r"|\b(?:i|we|he|she|they|you|it)\s+(?:\w+ly\s+)?(?P<verb>\w+)\b")


def told_in_the_past(sentence: str) -> bool:
    """Whether a sentence tells something past ("on est allés", "we went"); a guess from its verbs."""
    folded = fold(sentence).folded
    if any(not m.group("verb") or english_past(m.group("verb")) for m in _PAST_EN.finditer(folded)):
        return True
    # A diary's "Went to the Proms on Tuesday", "Spent Saturday at the museum"; not a state it opens
    # with ("Scared about Thursday's biopsy", "Excited for Saturday").
    first = re.match(r"\s*([a-z]+)\s+(?!(?:about|of|for|by|that|over|because)\b)", folded)
    if first and (english_past(first.group(1)) or _a_coined_past(first.group(1))) and not _a_state(first.group(1)):
        return True
    if any(m["same"] or m["verb"] and _a_named_past(m["verb"]) for m in _NAMED_SUBJECT_EN.finditer(sentence)):
        return True  # "Abuela Rosa made rosca", "Malcolm, my dad, turned seventy": someone named did it
    if any(english_past(m["verb"]) for m in _NOUN_SUBJECT_EN.finditer(folded)):
        return True  # "Gabe's band played at the Bowery", "the movers finally brought": something did it
    if any(english_past(m["verb"]) for m in _SOMEONE_SUBJECT_EN.finditer(sentence.lower())):
        return True  # "a sheepdog wandered in", "an old man told me": someone did it
    return bool(told_in_the_past_fr(sentence))


# An adverb between a subject and its verb: "Rosa finally made", "the movers just brought".
_AN_ADVERB_EN = r"(?:(?:[a-z]+ly|just|already|even|still|never|also)\s+)?"
# A name then a lower-case verb: "Rosa made", "Diego got" (English; a French past has its auxiliary); "Malcolm, my
# dad, turned", "Rosa finally made": a few words set beside the name, or an adverb, between. A verb whose past is its
# plain form is past after one person named ("Marta cut my fringe", not "Marta cuts"), when its object follows.
_NAMED_SUBJECT_EN = re.compile(r"(?<![\w'’-])[A-Z][a-z]+"
                               r"(?:,\s+(?:my|our|his|her|their|the)\s+[a-z]+(?:\s+[a-z]+)?,)?"
                               r"\s+" + _AN_ADVERB_EN +
                               r"(?:(?P<same>cut|put|let|hit|set|shut|hurt|quit|spread|split|upset)"
                               r"(?=\s+(?:me|us|him|her|them|it|up|down|a|an|the|my|his|our|their|on|off|in|out)\b)"
                               r"|(?P<verb>(?!(?:de|du|des|la|le|les|et)\b)[a-z]+)\b)")


def _a_named_past(verb: str) -> bool:
    """A past after a name, not a state ("Rosa tired"): a participle that dictionaries also give as an adjective is
    one; a simple past that is no participle ("Edie fell asleep") is not."""
    return english_past(verb) and not (_a_state(verb) and english_participle(verb))


# A noun then a verb then what follows a verb: "the band played at", "my car broke down" (not "my used car"), two
# words of the noun at most ("the resit results came out"), an adverb before the verb ("the movers finally brought").
_ITS_VERB_EN = (r"\s+(?:[a-z]+\s+){0,2}?" + _AN_ADVERB_EN + r"(?P<verb>[a-z]+)\s+"
                r"(?=(?:at|in|on|to|the|a|an|my|his|her|our|their|up|down|out|off|back|for|with|it|him|them|me|us|all"
                r"|so)\b)")
_NOUN_SUBJECT_EN = re.compile(r"\b(?:the|my|our|his|her|their|your|(?!(?:she|he|it|that|there|what|who|here|let)['’]s)"
                              r"[a-z]+['’]s)" + _ITS_VERB_EN)
# The same after "a" or "an" ("a sheepdog wandered in"), read in the sentence's own letters: folded, French « à » is
# "a" too (« je sers à quelque chose à l'atelier »).
_SOMEONE_SUBJECT_EN = re.compile(r"\ban?" + _ITS_VERB_EN)


def _a_coined_past(word: str) -> bool:
    """"Skyped", "FaceTimed", "texted": a verb made from a name or a new word, in "-ed", that no dictionary knows."""
    return len(word) > 5 and word.endswith("ed") and not english_lemmas(word)


def _a_state(word: str) -> bool:
    """"Tired", "Excited": a participle that opens a sentence as a state, not as an action told."""
    return "ADJ" in english_lemmas(word)


def find_time(text: str, base: date) -> EventTime | None:
    """The first time expression, preferring one that resolves to a day or a range."""
    found = find_times(text, base)
    resolved = [f for f in found if f.time.resolved]
    chosen = resolved or found
    return chosen[0].time if chosen else None


# A feast naming what is held in the weeks before it: « la conf de Noël de la boîte », « le marché de Noël », "the
# Christmas party", "Halloween party": not the feast's own day.
# The feast's things and the weeks of trade around it, no day at all: « les boules de Noël », « le sapin de Noël »,
# "Mom's Christmas ornaments", round 56's "in the middle of the Christmas rush", "a 'Halloween corner' every year".
_NO_DAY_BEFORE = r"boules?|decos?|decorations?|sapin|guirlandes?|cadeaux?|rush|vitrine|coin"
_NO_DAY_AFTER = (r"ornaments?|decorations?|stockings?|presents?|gifts?|rush|shopping|season|corner|display|window"
                 r"|stock|stall")
# …and those that may also name an event of the day ("the Easter egg hunt", "the Christmas tree lighting", « les chants
# de Noël à l'église »): held before the feast, yet no thing without a day.
_HELD_FOR_BEFORE = re.compile(r"\b(?:conf|conference|soiree|fete|repas|diner|dejeuner|marche|spectacle|concert|pot"
                              r"|apero|arbre|goute|bal|vente|kermesse|chants?|pulls?|costumes?|courses"
                              rf"|{_NO_DAY_BEFORE})\s+(?:de|du|d')\s*$")
_HELD_FOR_AFTER = re.compile(r"^\s+(?:party|parties|dinner|lunch|market|fair|concert|show|do|drinks|play|panto"
                             r"|jumper day|dance|disco|bake sale|tree|lights|cards?|jumpers?|sweaters?|cookies|carols?"
                             rf"|eggs?|costumes?|{_NO_DAY_AFTER})\b")
_A_THING_BEFORE = re.compile(rf"\b(?:{_NO_DAY_BEFORE})\s+(?:de|du|d')\s*$")
_A_THING_AFTER = re.compile(rf"^['’]?\s+(?:{_NO_DAY_AFTER})\b")


def a_feasts_thing(original: str, time: FoundTime) -> bool:
    """A feast naming one of its things or its trade (« le sapin de Noël », "the Christmas rush"): no day at all."""
    start, end = time.span
    return time.kind == FEAST and bool(_A_THING_BEFORE.search(fold(original[max(0, start - 30):start]).folded)
                                       or _A_THING_AFTER.match(fold(original[end:end + 20]).folded))


def held_before_its_feast(original: str, time: FoundTime) -> bool:
    """A feast naming what is held in the weeks before it: « le marché de Noël », "the Christmas concert"."""
    return time.kind == FEAST and _held_before_it(original, time.span)


def _held_before_it(original: str, span: tuple[int, int]) -> bool:
    start, end = span
    return bool(_HELD_FOR_BEFORE.search(fold(original[max(0, start - 30):start]).folded)
                or _HELD_FOR_AFTER.match(fold(original[end:end + 20]).folded))
