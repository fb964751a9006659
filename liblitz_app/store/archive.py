"""The ledger's side of the portable archive: every table that makes the companion, read as plain rows
in one snapshot, and written back in one transaction (all or nothing).

What is not here is rebuilt, never archived: the word indexes (triggers and `words.catch_up` refill
them; the documents' words are written below), the folded person/place columns, the vectors (the
index outbox is filled, and the index rebuilt from the ledger after a restore).

Writing back keeps the archive's ids in a table that is still empty (a restore into a new folder gives
the same ids); in a table that has rows, a row whose stable identity (`Table.identity`: e.g. a memory's
text, creation time and source) is already there is the same row and is not added again, and every
other row gets a new id, with every reference to it carried over.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..memory.terms import terms
from . import words
from .ledger import Ledger, LedgerError, LedgerReader
from .rows import now_iso, to_json

Row = dict[str, Any]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Table:
    name: str
    key: str | None = "id"  # the id other tables refer to (None: nothing refers to its rows)
    identity: tuple[str, ...] = ()  # what makes two rows the same row, across two ledgers
    refs: Mapping[str, str] = field(default_factory=dict)  # column → table its value is an id of
    owner: str | None = None  # a row belonging to a parent row comes only with a newly added parent
    compare: tuple[str, ...] = ()  # columns that, differing on the same row, are a conflict to report
    derived: tuple[str, ...] = ()  # columns rebuilt by the ledger, never archived
    id_lists: Mapping[str, str] = field(default_factory=dict)  # column holding a JSON list of ids → their table
    # A reference that may point at nothing (a removed document, "before the first turn"): the value it
    # takes when it does not resolve, instead of NULL (KEEP: its old number, where nothing enforces it).
    dangling: Mapping[str, Any] = field(default_factory=dict)


KEEP = object()


# In dependency order: a table refers only to tables above it.
TABLES: tuple[Table, ...] = (
    Table("settings", key=None, identity=("key",), compare=("value",)),
    Table("memories", identity=("text", "created_at", "source_kind", "source_name", "source_row"),
          compare=("status", "version", "forgotten_at"), derived=("place_folded", "persons_folded")),
    Table("memory_versions", key=None, identity=("memory_id", "version"), refs={"memory_id": "memories"},
          owner="memory_id"),
    Table("journal", identity=("at", "action", "memory_id", "detail"), refs={"memory_id": "memories"},
          dangling={"memory_id": KEEP}),
    Table("import_batches", identity=("file_sha256", "imported_at")),
    Table("import_rows", key=None, identity=("memory_id",), owner="memory_id",
          refs={"memory_id": "memories", "batch_id": "import_batches", "duplicate_of": "memories"}),
    Table("layout_mappings", key=None, identity=("signature",)),
    Table("persona_material", identity=("kind", "text", "created_at"), refs={"batch_id": "import_batches"}),
    Table("feed_order", key=None, identity=("memory_id",), refs={"memory_id": "memories"}, owner="memory_id"),
    Table("proposals", identity=("memory_id", "origin", "created_at", "content"), refs={"memory_id": "memories"},
          owner="memory_id"),
    Table("clarifications", identity=("memory_id", "question", "asked_at"),
          refs={"memory_id": "memories", "proposal_id": "proposals"}, owner="memory_id"),
    Table("conversations", identity=("started_at",), compare=("summary",)),
    Table("turns", identity=("conversation_id", "role", "created_at", "text"),
          refs={"conversation_id": "conversations"}, id_lists={"memory_ids": "memories"}),
    Table("turn_proposals", key=None, identity=("memory_id",), owner="memory_id",
          refs={"memory_id": "memories", "turn_id": "turns", "contradicts": "memories"}),
    Table("turn_readings", key=None, identity=("turn_id", "read_at", "model"), refs={"turn_id": "turns"},
          owner="turn_id"),
    Table("documents", identity=("sha256", "name", "added_at")),
    Table("document_chunks", identity=("document_id", "position"), refs={"document_id": "documents"},
          owner="document_id"),
    Table("conversation_notes", identity=("conversation_id", "after_turn", "kind", "subject", "created_at"),
          refs={"conversation_id": "conversations", "after_turn": "turns"}, owner="conversation_id",
          dangling={"after_turn": 0}),
    Table("turn_documents", key=None, identity=("turn_id", "position"), owner="turn_id",
          refs={"turn_id": "turns", "document_id": "documents"}, dangling={"document_id": 0}),
)


@dataclass
class RestoreReport:
    added: dict[str, int] = field(default_factory=dict)  # table → rows written
    same: dict[str, int] = field(default_factory=dict)  # table → rows already there
    conflicts: list[dict[str, Any]] = field(default_factory=list)  # same row, different content (kept as it was)
    fresh: bool = True  # every table was empty: the archive's ids were kept


class ArchiveRowRejected(LedgerError):
    """A row the ledger's own rules refuse (a wrong type, a missing parent): the whole restore is rolled back."""


class Cancel(Exception):
    """Raised inside the write transaction when the user cancels: it is rolled back."""


# --- reading ----------------------------------------------------------------------------------------

def read_tables(reader: LedgerReader, skip_settings: Iterable[str]) -> Iterator[tuple[str, list[Row]]]:
    """Every archived table's rows (in id order), all from one snapshot of the ledger; settings whose key
    is in `skip_settings` (the secrets) are left out."""
    secret = set(skip_settings)
    with reader.snapshot():  # consistent under concurrent writes
        for table in TABLES:
            yield table.name, [r for r in _rows(reader, table) if table.name != "settings" or r["key"] not in secret]


def _rows(reader: LedgerReader, table: Table) -> list[Row]:
    names = [c for c in columns_of(reader._conn, table.name) if c not in table.derived]
    order = ", ".join(table.identity if table.key is None else (table.key,))
    sql = f"SELECT {', '.join(names)} FROM {table.name} ORDER BY {order}"
    return [dict(zip(names, tuple(r))) for r in reader._conn.execute(sql)]


def table_checksum_rows(reader: LedgerReader) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every row of every table, secrets and derived columns included: what 'unchanged' is checked against."""
    names = [r[0] for r in reader._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return [(n, sorted((tuple(r) for r in reader._conn.execute(f'SELECT * FROM "{n}"')), key=repr)) for n in names]


# --- writing back -----------------------------------------------------------------------------------

def write_tables(ledger: Ledger, tables: Mapping[str, list[Row]], progress: Progress, cancelled: Cancelled,
                 skip_settings: Iterable[str] = ()) -> RestoreReport:
    """The archive's rows into the ledger, in one transaction; `Cancel` (from `cancelled`) rolls it back."""
    report = RestoreReport()
    total = sum(len(tables.get(t.name, [])) for t in TABLES)
    with ledger._transaction() as conn:
        report.fresh = all(_empty(conn, t.name) for t in TABLES if t.name not in ("settings", "journal"))
        writer = _Writer(conn, report, set(skip_settings))
        done = 0
        for table in TABLES:
            for start in range(0, len(rows := tables.get(table.name, [])), 500):
                if cancelled():
                    raise Cancel()
                try:
                    writer.write(table, rows[start:start + 500])
                except sqlite3.DatabaseError as error:
                    raise ArchiveRowRejected("Une ligne de l'archive ({table}) ne convient pas au registre ({why}) ; "
                                             "rien n'a été modifié.", table=table.name, why=str(error)) from error
                done += len(rows[start:start + 500])
                progress(done, total)
        writer.finish()
        ledger._log(None, "archive.restore", {"added": report.added, "conflicts": len(report.conflicts)}, now_iso())
    return report


def _empty(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is None


class _Writer:
    """One restore's writes: the id each archived row got here, per table, and what was new."""

    def __init__(self, conn: sqlite3.Connection, report: RestoreReport, secret: set[str]) -> None:
        self.conn, self.report, self.secret = conn, report, secret
        self.ids: dict[str, dict[Any, Any]] = {t.name: {} for t in TABLES}
        self.new: dict[str, set[Any]] = {t.name: set() for t in TABLES}
        self._known: dict[str, dict[tuple[Any, ...], Row]] = {}
        self._keep_ids: dict[str, bool] = {}
        self._column_sets: dict[str, set[str]] = {}

    def write(self, table: Table, rows: list[Row]) -> None:
        if table.name not in self._known:
            self._keep_ids[table.name] = _empty(self.conn, table.name)
            self._known[table.name] = self._existing(table)
        for row in rows:
            self._write_row(table, row)

    def _existing(self, table: Table) -> dict[tuple[Any, ...], Row]:
        names = [c for c in columns_of(self.conn, table.name) if c not in table.derived]
        rows = (dict(zip(names, tuple(r))) for r in self.conn.execute(f"SELECT {', '.join(names)} FROM {table.name}"))
        return {tuple(r[c] for c in table.identity): r for r in rows}

    def _write_row(self, table: Table, archived: Row) -> None:
        if table.name == "settings" and archived.get("key") in self.secret:
            return
        if table.owner and archived.get(table.owner) not in self.new[table.refs[table.owner]]:
            return  # its parent was already here: that parent's own history is kept as it is
        row = self._carried(table, archived)
        identity = tuple(row.get(c) for c in table.identity)
        there = self._known[table.name].get(identity)
        if there is not None:
            self._same(table, archived, row, there)
            return
        old_id = archived.get(table.key) if table.key else None
        if table.key and not self._keep_ids[table.name]:
            row.pop(table.key, None)
        known_columns = self._columns(table.name)
        columns = [c for c in row if c in known_columns]
        cursor = self.conn.execute(f"INSERT INTO {table.name} ({', '.join(columns)}) "
                                   f"VALUES ({', '.join('?' * len(columns))})", [row[c] for c in columns])
        self._known[table.name][identity] = row
        if table.key:
            new_id = cursor.lastrowid if not self._keep_ids[table.name] else old_id
            self.ids[table.name][old_id] = new_id
            self.new[table.name].add(old_id)
        self.report.added[table.name] = self.report.added.get(table.name, 0) + 1

    def _carried(self, table: Table, archived: Row) -> Row:
        """The row with its references turned into this ledger's ids (a dangling one, e.g. a journal
        line of a memory long emptied from the bin, keeps its old number only where nothing enforces it)."""
        row = dict(archived)
        for column, target in table.refs.items():
            value = row.get(column)
            if value is not None:
                row[column] = self.ids[target].get(value, self._dangling(table, column, target, value))
        for column, target in table.id_lists.items():
            if isinstance(row.get(column), str):
                row[column] = to_json([self.ids[target].get(i, i) for i in json.loads(row[column])])
        return row

    def _dangling(self, table: Table, column: str, target: str, value: Any) -> Any:
        """What a reference to a row no longer there becomes. Restoring into an empty table keeps every id,
        so the old number is kept too (the export after is the same) and reserved: no new row takes it."""
        unresolved = table.dangling.get(column)
        if unresolved is KEEP or (column in table.dangling and self._keep_ids.get(target)):
            if isinstance(value, int) and value > 0:
                self._reserve(target, value)
            return value
        return unresolved

    def _reserve(self, table: str, row_id: int) -> None:
        if self.conn.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (row_id, table)).rowcount:
            return
        self.conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, row_id))

    def _same(self, table: Table, archived: Row, row: Row, there: Row) -> None:
        if table.key:
            self.ids[table.name][archived.get(table.key)] = there[table.key]
        self.report.same[table.name] = self.report.same.get(table.name, 0) + 1
        differing = [c for c in table.compare if c in there and row.get(c) != there[c]]
        if differing:
            self.report.conflicts.append({"table": table.name, "identity": {c: row.get(c) for c in table.identity},
                                          "kept": {c: there[c] for c in differing},
                                          "archived": {c: row.get(c) for c in differing}})

    def _columns(self, table: str) -> set[str]:
        if table not in self._column_sets:
            self._column_sets[table] = set(columns_of(self.conn, table))
        return self._column_sets[table]

    def finish(self) -> None:
        """What the ledger derives: folded filters, the documents' words, the recall words, the outbox."""
        added = sorted(v for k, v in self.ids["memories"].items() if k in self.new["memories"])
        for start in range(0, len(added), 500):
            marks = ",".join("?" * len(added[start:start + 500]))
            self.conn.execute(
                f"UPDATE memories SET place_folded = fold(place), persons_folded = "
                f"(SELECT json_group_array(fold(value)) FROM json_each(memories.persons)) WHERE id IN ({marks})",
                added[start:start + 500])
            self.conn.execute(
                f"INSERT INTO index_outbox (memory_id, op, version) SELECT id, 'upsert', version FROM memories "
                f"WHERE id IN ({marks}) AND status = 'committed' AND forgotten_at IS NULL "
                f"ON CONFLICT(memory_id) DO UPDATE SET op = excluded.op, version = excluded.version",
                added[start:start + 500])
        self._document_words()
        words.catch_up(self.conn)

    def _document_words(self) -> None:
        chunks = [v for k, v in self.ids["document_chunks"].items() if k in self.new["document_chunks"]]
        for chunk_id in chunks:
            row = self.conn.execute("SELECT c.section, c.text, d.name FROM document_chunks c JOIN documents d "
                                    "ON d.id = c.document_id WHERE c.id = ?", (chunk_id,)).fetchone()
            self.conn.execute("INSERT INTO document_words (rowid, text, name) VALUES (?, ?, ?)",
                              (chunk_id, terms(f"{row[0]} {row[1]}"), terms(row[2])))


def columns_of(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]

