"""The word index recall ranks with (schema v5): one FTS5 row of stems per committed memory (v12), and the SQL
that reads it and a memory's context (its neighbours and its session).

Triggers note every memory whose words may have changed in `recall_words_pending`, in the same
transaction as the change; `catch_up` rewrites those rows. The library calls it inside its own
write transaction, and recall's `reading` before answering, so a write made elsewhere (an import
staging rows) is never missed.
"""
from __future__ import annotations

import json
import sqlite3
import weakref
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
TRAITS_KEPT = 200_000  # memories (×(id, version)) whose traits stay parsed, a few hundred bytes each
_KEPT: weakref.WeakKeyDictionary[Ledger, dict[tuple[int, int, str], Traits]] = weakref.WeakKeyDictionary()
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
    """Bring every noted memory's row up to date. Only committed memories have one (recall reads no other):
    forgotten, deleted, staged or in-review ones leave the index, or never enter it."""
    done = 0
    while ids := [int(r[0]) for r in conn.execute(
            "SELECT memory_id FROM recall_words_pending LIMIT ?", (CATCH_UP_BATCH,))]:
        marks = ",".join("?" * len(ids))
        conn.execute(f"DELETE FROM recall_words WHERE rowid IN ({marks})", ids)
        rows = conn.execute(
            f"SELECT m.id, m.text, m.reflection, m.persons, m.place, m.event_start, m.event_end, m.source_kind, "
            f"m.source_name, m.source_row, r.batch_id, tp.turn_id FROM memories m "
            f"LEFT JOIN import_rows r ON r.memory_id = m.id LEFT JOIN turn_proposals tp ON tp.memory_id = m.id "
            f"WHERE m.id IN ({marks}) AND m.forgotten_at IS NULL AND m.status = 'committed'", ids).fetchall()
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

    def __init__(self, conn: sqlite3.Connection, kept: dict[tuple[int, int, str], Traits] | None = None) -> None:
        self._conn = conn
        self._kept = {} if kept is None else kept
        self._contexts: dict[int, Context] = {}
        self._checked_for: MemoryQuery | None = None
        self._checked: dict[int, tuple[int, int, str] | None] = {}  # None: the filters leave it out

    def word_hits(self, expression: str, filters: MemoryQuery, limit: int,
                  weights: tuple[float, ...]) -> list[tuple[int, float]]:
        """(memory id, BM25 score, higher is better) of memories matching any term, best first;
        `weights` weigh the columns (COLUMNS order)."""
        if not expression:
            return []
        score = f"-bm25(recall_words, {', '.join(str(float(w)) for w in weights)}) AS score"
        if not filters.narrows:
            # Only the status and the bin to check: the word index alone ranks, then the ledger checks its best.
            # Joining every match to its memory cost as much as ranking them (7,000 matches at 50k memories).
            best = [(int(r[0]), float(r[1])) for r in self._conn.execute(
                f"SELECT rowid, {score} FROM recall_words WHERE recall_words MATCH ? ORDER BY score DESC LIMIT ?",
                [expression, limit])]
            passing = self._passing([i for i, _ in best], filters)
            if len(passing) == len(best) or len(best) < limit:  # the same answer as the join's below
                return [(i, s) for i, s in best if i in passing]
        where, params = where_clause(filters)
        sql = (f"SELECT recall_words.rowid, {score} FROM recall_words "
               f"JOIN memories m ON m.id = recall_words.rowid WHERE recall_words MATCH ? AND {where} "
               f"ORDER BY score DESC LIMIT ?")
        return [(int(r[0]), float(r[1])) for r in self._conn.execute(sql, [expression, *params, limit])]

    def _passing(self, ids: list[int], filters: MemoryQuery) -> dict[int, tuple[int, int, str]]:
        """Those of these memories the filters let through, each with its (id, version, created_at). Each is
        asked about once per transaction: recall checks its best word matches, then every candidate."""
        if filters != self._checked_for:
            self._checked_for, self._checked = filters, {}
        unchecked = [i for i in ids if i not in self._checked]
        if unchecked:
            where, params = _among(unchecked, filters)
            passed = {int(r[0]): (int(r[0]), int(r[1]), r[2]) for r in self._conn.execute(
                f"SELECT m.id, m.version, m.created_at FROM memories m WHERE {where}", params)}
            self._checked.update((i, passed.get(i)) for i in unchecked)
        return {i: key for i in ids if (key := self._checked[i]) is not None}

    def ids_between(self, start: date, end: date, filters: MemoryQuery, limit: int) -> list[int]:
        """Memories whose event falls in [start, end] (the answer to a query that only names a time)."""
        where, params = where_clause(filters)
        sql = (f"SELECT m.id FROM memories m WHERE {where} AND m.event_start <= ? "
               f"AND coalesce(m.event_end, m.event_start) >= ? ORDER BY m.event_start, m.id LIMIT ?")
        return [int(r[0]) for r in self._conn.execute(sql, [*params, end.isoformat(), start.isoformat(), limit])]

    def contexts(self, ids: list[int]) -> dict[int, Context]:
        """Where these memories sit; each is read once per transaction (recall asks for its best word matches'
        neighbours, then for its best candidates' sessions: mostly the same memories)."""
        unread = [i for i in ids if i not in self._contexts]
        if unread:
            rows = self._conn.execute(
                f"SELECT {_CONTEXT} FROM memories m LEFT JOIN import_rows r ON r.memory_id = m.id "
                f"WHERE m.id IN ({','.join('?' * len(unread))})", unread)
            self._contexts.update((int(r[0]), _context(r)) for r in rows)
        return {i: self._contexts[i] for i in sorted(ids) if i in self._contexts}  # by id, as SQL gave them

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
        memories: a query weighs hundreds of candidates and shows ten). Traits read once are kept (see
        `_kept_traits`): the ledger is asked only which candidates pass and in which version."""
        found: dict[int, Traits] = {}
        missing: list[int] = []
        for memory_id, key in self._passing(ids, filters).items():
            kept = self._kept.get(key)
            if kept is None:
                missing.append(memory_id)
            else:
                found[memory_id] = kept
        if missing:
            read = self._read_traits(missing)
            if len(self._kept) > TRAITS_KEPT:
                self._kept.clear()
            self._kept.update(read)
            found.update((key[0], traits) for key, traits in read.items())
        return found

    def _read_traits(self, ids: list[int]) -> dict[tuple[int, int, str], Traits]:
        rows = self._conn.execute(f"SELECT id, version, created_at, persons, event_start, event_end, emotion, "
                                  f"intensity FROM memories WHERE id IN ({','.join('?' * len(ids))})", ids)
        return {(int(r[0]), int(r[1]), r[2]): Traits(tuple(json.loads(r[3])), _day(r[4]), _day(r[5]), r[6], r[7])
                for r in rows}

    def living(self, ids: list[int], filters: MemoryQuery) -> dict[int, Memory]:
        """These memories as they are now, keeping only those the filters let through (never a forgotten one
        unless the filters ask for the bin)."""
        if not ids:
            return {}
        where, params = _among(ids, filters)
        columns = ", ".join("m." + c.strip() for c in MEMORY_COLUMNS.split(","))
        rows = self._conn.execute(f"SELECT {columns} FROM memories m WHERE {where}", params)
        return {int(r["id"]): memory_from_row(r) for r in rows}


@contextmanager
def reading(ledger: Ledger) -> Iterator[WordReads]:
    """The word index brought up to date, then read, in one transaction on the ledger's writer."""
    with ledger._transaction() as conn:
        catch_up(conn)
        yield WordReads(conn, _kept_traits(ledger))


def _kept_traits(ledger: Ledger) -> dict[tuple[int, int, str], Traits]:
    """The traits already read from this ledger, by (memory id, version, created_at). Every edit of a field
    writes a new version, so a kept entry is never stale and nothing has to be told of writes (another
    process's included); forgetting is the SQL's to filter. created_at tells apart a memory restored from
    an archive under an id the bin's emptying freed. Reading and parsing them for a query's hundreds of
    candidates took ~4 of its 12 ms at 10k memories."""
    return _KEPT.setdefault(ledger, {})


def _among(ids: list[int], filters: MemoryQuery) -> tuple[str, list[Any]]:
    """The WHERE clause (on `memories m`) for those of these memories the filters let through."""
    wanted = frozenset(ids) if filters.ids is None else filters.ids & frozenset(ids)
    return where_clause(replace(filters, ids=wanted))


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
