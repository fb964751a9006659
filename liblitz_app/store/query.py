"""What the browser, the timeline and search ask the ledger for, as one value object."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..memory import Emotion, Status
from ..memory.folding import fold

SORTABLE = ("id", "created_at", "event_start", "emotion", "intensity", "place", "status", "text")


@dataclass(frozen=True)
class MemoryQuery:
    words: str = ""  # accent- and case-insensitive word search (prefixes match)
    statuses: frozenset[Status] = frozenset({Status.COMMITTED})
    emotions: frozenset[Emotion] = frozenset()
    intensity_min: int | None = None
    intensity_max: int | None = None
    person: str = ""
    place: str = ""
    date_from: date | None = None
    date_to: date | None = None
    forgotten: bool = False  # False: the living memories; True: the bin
    ids: frozenset[int] | None = None  # restrict to these
    meaning_ids: frozenset[int] = frozenset()  # found by meaning: they match even without the words
    sort: str = "created_at"
    descending: bool = True
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def narrows(self) -> bool:
        """Whether words, filters, an id list or the bin leave some living memories out."""
        return bool(self.words or self.emotions or self.intensity_min is not None or self.intensity_max is not None
                    or self.person or self.place or self.date_from or self.date_to or self.ids is not None
                    or self.meaning_ids or self.forgotten)


def fts_tokens(words: str) -> list[str]:
    return re.findall(r"\w+", fold(words))


def fts_expression(words: str) -> str:
    """An FTS5 MATCH expression: every word must appear, as a prefix; user syntax is neutralised."""
    return " AND ".join(f'"{token}"*' for token in fts_tokens(words))


def where_clause(query: MemoryQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = ["m.forgotten_at IS NOT NULL" if query.forgotten else "m.forgotten_at IS NULL"]
    params: list[Any] = []
    if query.statuses:
        clauses.append(f"m.status IN ({','.join('?' * len(query.statuses))})")
        params += sorted(s.value for s in query.statuses)
    if query.emotions:
        clauses.append(f"m.emotion IN ({','.join('?' * len(query.emotions))})")
        params += sorted(e.value for e in query.emotions)
    if query.intensity_min is not None:
        clauses.append("m.intensity >= ?")
        params.append(query.intensity_min)
    if query.intensity_max is not None:
        clauses.append("m.intensity <= ?")
        params.append(query.intensity_max)
    # Folded columns, written with the project's one fold (SQLite's lower() is ASCII-only).
    if query.person.strip():
        clauses.append("EXISTS (SELECT 1 FROM json_each(m.persons_folded) p WHERE p.value = ?)")
        params.append(fold(query.person.strip()))
    if query.place.strip():
        clauses.append("m.place_folded = ?")
        params.append(fold(query.place.strip()))
    if query.date_from is not None:
        clauses.append("m.event_start >= ?")
        params.append(query.date_from.isoformat())
    if query.date_to is not None:
        clauses.append("m.event_start <= ?")
        params.append(query.date_to.isoformat())
    if query.ids is not None:
        clauses.append(f"m.id IN ({','.join('?' * len(query.ids))})" if query.ids else "0")
        params += sorted(query.ids)
    expression = fts_expression(query.words)
    by_words = "m.id IN (SELECT rowid FROM memory_words WHERE memory_words MATCH ?)"
    if expression and query.meaning_ids:
        clauses.append(f"({by_words} OR m.id IN ({','.join('?' * len(query.meaning_ids))}))")
        params += [expression, *sorted(query.meaning_ids)]
    elif expression:
        clauses.append(by_words)
        params.append(expression)
    return " AND ".join(clauses), params


def matched_words(query_words: str, text: str) -> list[str]:
    """The query's words found in `text` (accents and case ignored, prefixes allowed), to say why it matched."""
    found = set(fts_tokens(text))
    return [token for token in fts_tokens(query_words)
            if any(word.startswith(token) for word in found)]


def order_clause(query: MemoryQuery) -> str:
    column = query.sort if query.sort in SORTABLE else "created_at"
    direction = "DESC" if query.descending else "ASC"
    # Undated or unrated memories sort last either way; the id breaks ties so pages are stable.
    # (Written so that the default, newest first, walks the column's index instead of sorting 50k rows.)
    return f"ORDER BY m.{column} {direction} NULLS LAST, m.id {direction}"
