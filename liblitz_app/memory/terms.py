"""What the word side of recall counts: folded words, stop words dropped, French and English stems.

Each word stands for both its French and its English stem (one text may mix both languages, and
guessing a language per sentence fails on short ones); a query word matches a memory word when
any stem is shared. Stemming a folded word keeps "randonnée" and "randonnee" the same.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

import snowballstemmer

from .folding import fold
from .stopwords import STOP_WORDS

_WORD = re.compile(r"\w+")
_FRENCH = snowballstemmer.stemmer("french")
_ENGLISH = snowballstemmer.stemmer("english")

MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def words(text: str) -> list[str]:
    """The folded words that count (stop words and lone letters left out; a day's number stays)."""
    return [w for w in _WORD.findall(fold(text)) if (len(w) > 1 or w.isdigit()) and w not in STOP_WORDS]


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[str, ...]:
    """The French and English stems of one folded word (one when they agree)."""
    french, english = _FRENCH.stemWord(word), _ENGLISH.stemWord(word)
    return (french,) if french == english else (french, english)


def terms(text: str) -> str:
    """The text as the word index stores it: stems separated by spaces."""
    return " ".join(s for w in words(text) for s in stems(w))


def query_terms(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(word, its stems) for each distinct word of a query, in order."""
    seen = dict.fromkeys(words(text))
    return [(w, stems(w)) for w in seen]


def match_expression(text: str) -> str:
    """An FTS5 expression where any stem of any word may match (OR); user syntax is neutralised."""
    unique = dict.fromkeys(s for _, group in query_terms(text) for s in group)
    return " OR ".join(f'"{s}"' for s in unique)


def matching_words(query: str, text: str) -> list[str]:
    """The folded words of `text` that share a stem with a word of `query`: why it matched, what to embolden."""
    wanted = {s for _, group in query_terms(query) for s in group}
    return list(dict.fromkeys(w for w in words(text) if wanted.intersection(stems(w))))


def date_in_words(day: date | None) -> str:
    """"8 mai 2023 lundi May 8 2023 Monday": what a person may type to name that day, in both languages."""
    if day is None:
        return ""
    month, weekday = day.month - 1, day.weekday()
    return (f"{day.day} {MONTHS_FR[month]} {day.year} {WEEKDAYS_FR[weekday]} "
            f"{MONTHS_EN[month]} {day.day} {day.year} {WEEKDAYS_EN[weekday]}")
