"""The word index recall ranks with (schema v5): one FTS5 row of stems per living memory, and the SQL
that reads it and a memory's context (its neighbours and its session).

Triggers note every memory whose words may have changed in `recall_words_pending`, in the same
transaction as the change; `catch_up` rewrites those rows. The library calls it inside its own
write transaction, and recall's `reading` before answering, so a write made elsewhere (an import
staging rows) is never missed.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ..memory import Memory
from ..memory.terms import date_in_words, terms
from .ledger import Ledger
from .query import MemoryQuery, where_clause
from .rows import MEMORY_COLUMNS, memory_from_row

CATCH_UP_BATCH = 2000
# The turns whose words a memory's `context` column holds: the one before (the question a reply answers).
# The one after too was measured worse (benchmarks/recall.py, tune part).
TURNS_BEFORE, TURNS_AFTER = 1, 0
COLUMNS = ("text", "reflection", "persons", "place", "moment", "context")
# What `_context` reads of a memory `m` (with its import row `r`): the conversation, for one proposed from a chat.
_CONTEXT = ("m.id, m.source_kind, m.source_name, m.source_row, r.batch_id, m.event_start, "
            "(SELECT t.conversation_id FROM turn_proposals tp JOIN turns t ON t.id = tp.turn_id "
            "WHERE tp.memory_id = m.id) AS conversation")


@dataclass(frozen=True)
class Traits:
    """A memory's persons, event days, emotion and intensity, as stored."""

    persons: tuple[str, ...]
    start: date | None
    end: date | None
    emotion: str | None
    intensity: int | None


@dataclass(frozen=True)
class Context:
    """Where a memory sits: its session (one import's rows on one day, or the conversation with Liblitz it
    was proposed from) and its position in it (row or turn number); memories typed by hand share a session
    with their day only."""

    memory_id: int
    session: str | None
    position: int | None


def catch_up(conn: sqlite3.Connection) -> int:
    """Bring every noted memory's row up to date (forgotten or deleted ones leave the index)."""
    done = 0
    while ids := [int(r[0]) for r in conn.execute(
            "SELECT memory_id FROM recall_words_pending LIMIT ?", (CATCH_UP_BATCH,))]:
        marks = ",".join("?" * len(ids))
        conn.execute(f"DELETE FROM recall_words WHERE rowid IN ({marks})", ids)
        rows = conn.execute(
            f"SELECT m.id, m.text, m.reflection, m.persons, m.place, m.event_start, m.event_end, m.source_kind, "
            f"m.source_name, m.source_row, r.batch_id, tp.turn_id FROM memories m "
            f"LEFT JOIN import_rows r ON r.memory_id = m.id LEFT JOIN turn_proposals tp ON tp.memory_id = m.id "
            f"WHERE m.id IN ({marks}) AND m.forgotten_at IS NULL", ids).fetchall()
        conn.executemany("INSERT INTO recall_words(rowid, text, reflection, persons, place, moment, context) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", [(*_row_terms(r), terms(_beside(conn, r))) for r in rows])
        conn.execute(f"DELETE FROM recall_words_pending WHERE memory_id IN ({marks})", ids)
        done += len(ids)
    return done


def rebuild_words(ledger: Ledger) -> int:
    """Every living memory's row written again (after a change in how words are counted)."""
    with ledger._transaction() as conn:
        conn.execute("INSERT OR IGNORE INTO recall_words_pending SELECT id FROM memories")
        return catch_up(conn)


def _row_terms(row: sqlite3.Row) -> tuple[Any, ...]:
    start, end = _day(row["event_start"]), _day(row["event_end"])
    moment = date_in_words(start) + ("" if end in (None, start) else " " + date_in_words(end))
    persons = row["persons"].strip("[]").replace('"', " ")  # a JSON list of names: its words are enough
    return (row["id"], terms(row["text"]), terms(row["reflection"]), terms(persons), terms(row["place"]),
            terms(moment))


def _beside(conn: sqlite3.Connection, row: sqlite3.Row) -> str:
    """The words of the row (turn) just before this one in its import or conversation: another memory,
    or the companion's line an import kept as persona material; for a memory proposed from a chat with
    Liblitz, the turn before its own in that conversation (hers, most often: the question it answers)."""
    if row["turn_id"] is not None:
        before = conn.execute(
            "SELECT b.text FROM turns t JOIN turns b ON b.conversation_id = t.conversation_id AND b.id < t.id "
            "WHERE t.id = ? AND b.partial = 0 ORDER BY b.id DESC LIMIT 1", (row["turn_id"],)).fetchone()
        return before[0] if before else ""
    position = row["source_row"]
    if position is None or row["source_kind"] == "manual":
        return ""
    around = (row["source_kind"], row["source_name"], position - TURNS_BEFORE, position + TURNS_AFTER, row["id"])
    texts = [r[0] for r in conn.execute(
        "SELECT text FROM memories WHERE source_kind = ? AND source_name = ? AND source_row BETWEEN ? AND ? "
        "AND id != ? AND forgotten_at IS NULL", around)]
    if row["batch_id"] is not None:
        texts += [r[0] for r in conn.execute(
            "SELECT text FROM persona_material WHERE batch_id = ? AND source_row BETWEEN ? AND ? "
            "AND kind = 'chat_reply'", (row["batch_id"], position - TURNS_BEFORE, position + TURNS_AFTER))]
    return " ".join(texts)


class WordReads:
    """Recall's reads, inside one transaction that first brought the word index up to date (`reading`)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def word_hits(self, expression: str, filters: MemoryQuery, limit: int,
                  weights: tuple[float, ...]) -> list[tuple[int, float]]:
        """(memory id, BM25 score, higher is better) of memories matching any term, best first;
        `weights` weigh the columns (COLUMNS order)."""
        if not expression:
            return []
        where, params = where_clause(filters)
        column_weights = ", ".join(str(float(w)) for w in weights)
        sql = (f"SELECT recall_words.rowid, -bm25(recall_words, {column_weights}) AS score FROM recall_words "
               f"JOIN memories m ON m.id = recall_words.rowid WHERE recall_words MATCH ? AND {where} "
               f"ORDER BY score DESC LIMIT ?")
        return [(int(r[0]), float(r[1])) for r in self._conn.execute(sql, [expression, *params, limit])]

    def ids_between(self, start: date, end: date, filters: MemoryQuery, limit: int) -> list[int]:
        """Memories whose event falls in [start, end] (the answer to a query that only names a time)."""
        where, params = where_clause(filters)
        sql = (f"SELECT m.id FROM memories m WHERE {where} AND m.event_start <= ? "
               f"AND coalesce(m.event_end, m.event_start) >= ? ORDER BY m.event_start, m.id LIMIT ?")
        return [int(r[0]) for r in self._conn.execute(sql, [*params, end.isoformat(), start.isoformat(), limit])]

    def contexts(self, ids: list[int]) -> dict[int, Context]:
        if not ids:
            return {}
        rows = self._conn.execute(
            f"SELECT {_CONTEXT} FROM memories m LEFT JOIN import_rows r ON r.memory_id = m.id "
            f"WHERE m.id IN ({','.join('?' * len(ids))})", ids)
        return {int(r[0]): _context(r) for r in rows}

    def neighbours(self, context: Context, filters: MemoryQuery, reach: int = 1) -> list[int]:
        """Memories of the same session within `reach` rows (turns) of this one, nearest first."""
        if context.position is None or context.session is None:
            return []
        where, params = where_clause(filters)
        sql = (f"SELECT {_CONTEXT} FROM memories m "
               f"LEFT JOIN import_rows r ON r.memory_id = m.id JOIN memories me ON me.id = ? "
               f"WHERE m.source_kind = me.source_kind AND m.source_name = me.source_name "
               f"AND m.source_row BETWEEN ? AND ? AND m.id != me.id AND {where}")
        bounds = [context.memory_id, context.position - reach, context.position + reach]
        rows = self._conn.execute(sql, [*bounds, *params])
        found = [_context(r) for r in rows]
        same = [c for c in found if c.session == context.session]
        return [c.memory_id for c in sorted(same, key=lambda c: abs((c.position or 0) - context.position))]

    def traits(self, ids: list[int], filters: MemoryQuery) -> dict[int, Traits]:
        """What ranking needs of these memories, for those the filters let through (cheaper than whole
        memories: a query weighs hundreds of candidates and shows ten)."""
        if not ids:
            return {}
        wanted = frozenset(ids) if filters.ids is None else filters.ids & frozenset(ids)
        where, params = where_clause(replace(filters, ids=wanted))
        rows = self._conn.execute(f"SELECT m.id, m.persons, m.event_start, m.event_end, m.emotion, m.intensity "
                                  f"FROM memories m WHERE {where}", params)
        return {int(r[0]): Traits(tuple(json.loads(r[1])), _day(r[2]), _day(r[3]), r[4], r[5]) for r in rows}

    def living(self, ids: list[int], filters: MemoryQuery) -> dict[int, Memory]:
        """These memories as they are now, keeping only those the filters let through (never a forgotten one
        unless the filters ask for the bin)."""
        if not ids:
            return {}
        wanted = frozenset(ids) if filters.ids is None else filters.ids & frozenset(ids)
        where, params = where_clause(replace(filters, ids=wanted))
        columns = ", ".join("m." + c.strip() for c in MEMORY_COLUMNS.split(","))
        rows = self._conn.execute(f"SELECT {columns} FROM memories m WHERE {where}", params)
        return {int(r["id"]): memory_from_row(r) for r in rows}


@contextmanager
def reading(ledger: Ledger) -> Iterator[WordReads]:
    """The word index brought up to date, then read, in one transaction on the ledger's writer."""
    with ledger._transaction() as conn:
        catch_up(conn)
        yield WordReads(conn)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _context(row: sqlite3.Row) -> Context:
    memory_id, kind, name, position, batch, day, conversation = tuple(row)
    if conversation is not None:  # one conversation is one session, whatever day each memory tells of
        return Context(memory_id, f"conversation:{conversation}", position)
    if position is None or kind == "manual":
        return Context(memory_id, f"day:{day}" if day else None, None)
    origin = f"batch {batch}" if batch is not None else name
    return Context(memory_id, f"{kind}:{origin}:{day or ''}", int(position))
