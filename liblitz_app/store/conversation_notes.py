"""What a conversation shows beside its turns (schema v11): a document shared into it, a page read or
a web search made for a reply (each a note, placed after the turn it followed), and the documents'
passages each reply was given (listed under it with their citation, beside its memories).

Nobody speaks in a conversation but the user and Liblitz: a note is not a turn, and like a turn it is
never altered once written. A passage given keeps its source as it was cited then (a document removed
later still shows where the reply's words came from).
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .ledger import Ledger, LedgerReader
from .rows import now_iso

NOTE_KINDS = ("shared", "fetch", "search")


@dataclass(frozen=True)
class Note:
    kind: str  # "shared" (a file) | "fetch" (a page) | "search"
    subject: str  # the document's name, the address, the words searched
    state: str  # "done" | "failed" | "refused" (the web is off)
    detail: str = ""  # the page's title, the number of results, the pages, or the failure's sentence
    after_turn: int = 0  # the newest turn of the conversation when it happened (0: before any)


@dataclass(frozen=True)
class Shared:
    """A conversation's notes, and the sources each reply was given (turn id → sources, in order; each
    the fields of a documents.Source, which the store keeps without knowing it)."""

    notes: tuple[Note, ...] = ()
    given: Mapping[int, tuple[dict[str, Any], ...]] = field(default_factory=dict)

    def notes_after(self, turn_id: int) -> list[Note]:
        return [n for n in self.notes if n.after_turn == turn_id]


def add_note(ledger: Ledger, conversation_id: int, note: Note) -> Note:
    """Keep a note after the conversation's newest turn (its `after_turn` is set here); the note as kept."""
    if note.kind not in NOTE_KINDS:
        raise ValueError(f"unknown note kind: {note.kind!r}")  # a programming error, not the user's
    with ledger._transaction() as conn:
        row = conn.execute("SELECT coalesce(max(id), 0) FROM turns WHERE conversation_id = ?",
                           (conversation_id,)).fetchone()
        after = int(row[0])
        conn.execute("INSERT INTO conversation_notes (conversation_id, after_turn, kind, subject, state, detail, "
                     "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (conversation_id, after, note.kind, note.subject, note.state, note.detail, now_iso()))
    return Note(note.kind, note.subject, note.state, note.detail, after)


def add_given(ledger: Ledger, turn_id: int, sources: Sequence[dict[str, Any]]) -> None:
    """The sources of the passages a reply was given, in the prompt's order (each with its document_id)."""
    if not sources:
        return
    with ledger._transaction() as conn:
        conn.executemany("INSERT INTO turn_documents (turn_id, position, document_id, source) VALUES (?, ?, ?, ?)",
                         [(turn_id, n, s["document_id"], json.dumps(s, ensure_ascii=False))
                          for n, s in enumerate(sources)])


def shared_in(reader: LedgerReader, conversation_id: int) -> Shared:
    notes = reader._conn.execute("SELECT * FROM conversation_notes WHERE conversation_id = ? ORDER BY id",
                                 (conversation_id,))
    given: dict[int, list[dict[str, Any]]] = {}
    for row in reader._conn.execute(
            "SELECT d.turn_id, d.source FROM turn_documents d JOIN turns t ON t.id = d.turn_id "
            "WHERE t.conversation_id = ? ORDER BY d.turn_id, d.position", (conversation_id,)):
        given.setdefault(int(row["turn_id"]), []).append(json.loads(row["source"]))
    return Shared(tuple(_note(r) for r in notes), {turn: tuple(sources) for turn, sources in given.items()})


def _note(row: sqlite3.Row) -> Note:
    return Note(row["kind"], row["subject"], row["state"], row["detail"], int(row["after_turn"]))
