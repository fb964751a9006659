"""Conversations with Liblitz in the ledger (schema v6): each turn, the rolling summary, and the
memories proposed from a turn; a model's reading of a user turn's emotion (v10), kept beside it.

A turn is written in its own committed transaction before anything else happens with it (the
ledger runs with synchronous=FULL): a user's message is durable before it is sent to a model, and
survives the app being killed right after. Turns are never altered nor deleted (triggers); a reply
retried is a new turn. The summary is the one editable part: its earlier text goes to the journal.
Reads take any `LedgerReader`; writes take the `Ledger`.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from ..memory import Emotion, Memory, Status, parse_emotion
from ..memory.folding import fold
from . import review_records
from .ledger import Ledger, LedgerReader, LedgerError
from .rows import now_iso, to_json

TITLE_CHARS = 60
READER, MODEL = "reader", "model"  # who read a user turn's emotion: the offline reader, or a language model
# A turn with its latest reading by a model (turn_readings, schema v10): the turn's own columns keep the reader's.
_TURNS = ("SELECT t.*, r.emotion AS read_emotion, r.intensity AS read_intensity FROM turns t "
          "LEFT JOIN turn_readings r ON r.id = (SELECT max(id) FROM turn_readings WHERE turn_id = t.id)")


class Role(str, Enum):
    USER = "user"
    COMPANION = "companion"  # Liblitz; nobody else ever speaks in a conversation


@dataclass(frozen=True)
class Turn:
    """One thing said. Its words never change once kept.

    `partial`: a reply cut short (stopped, or Ollama went away), kept as far as it came.
    `emotion`/`intensity`: what the user's message was read to feel (user turns): the model's latest
    reading when there is one (`emotion_source` "model"), else the offline reader's, kept with the turn.
    `memory_ids`: the memories the reply was given (companion turns).
    """

    id: int
    conversation_id: int
    role: Role
    text: str
    created_at: datetime
    partial: bool = False
    emotion: Emotion | None = None
    intensity: int | None = None
    memory_ids: tuple[int, ...] = ()
    model: str = ""
    emotion_source: str = READER


@dataclass(frozen=True)
class NewTurn:
    role: Role
    text: str
    partial: bool = False
    emotion: Emotion | None = None
    intensity: int | None = None
    memory_ids: tuple[int, ...] = ()
    model: str = ""


@dataclass(frozen=True)
class Conversation:
    """A conversation and its turns; `summary` folds the turns up to turn id `summary_upto`."""

    id: int
    title: str
    started_at: datetime
    updated_at: datetime
    summary: str = ""
    summary_upto: int = 0
    turns: tuple[Turn, ...] = field(default=())


@dataclass(frozen=True)
class ConversationListing:
    """One line of the list of past conversations."""

    id: int
    title: str
    started_at: datetime
    updated_at: datetime
    turns: int


class ConversationNotFound(LedgerError):
    pass


# --- writing --------------------------------------------------------------------------------------

def start(ledger: Ledger, title: str = "") -> int:
    """A new, empty conversation; its id."""
    at = now_iso()
    with ledger._transaction() as conn:
        cursor = conn.execute("INSERT INTO conversations (title, started_at, updated_at) VALUES (?, ?, ?)",
                              (title[:TITLE_CHARS], at, at))
        return int(cursor.lastrowid)


def add_turn(ledger: Ledger, conversation_id: int, new: NewTurn) -> Turn:
    """Keep a turn, committed before this returns. The first user turn names the conversation."""
    at = now_iso()
    with ledger._transaction() as conn:
        row = conn.execute("SELECT title FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        if row is None:
            raise ConversationNotFound("La conversation n°{id} n'existe pas.", id=conversation_id)
        cursor = conn.execute(
            "INSERT INTO turns (conversation_id, role, text, created_at, partial, emotion, intensity, memory_ids, "
            "model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (conversation_id, new.role.value, new.text, at, int(new.partial),
             new.emotion.value if new.emotion else None, new.intensity, to_json(list(new.memory_ids)), new.model))
        title = row["title"] or (_title(new.text) if new.role is Role.USER else "")
        conn.execute("UPDATE conversations SET updated_at = ?, title = ? WHERE id = ?", (at, title, conversation_id))
        turn_id = int(cursor.lastrowid)
    return turn(ledger, turn_id)


def set_summary(ledger: Ledger, conversation_id: int, summary: str, upto: int, author: str = "user") -> None:
    """Replace the rolling summary (the model's fold of older turns, or the user's edit of it); the text
    it replaces is journaled, never lost."""
    with ledger._transaction() as conn:
        row = conn.execute("SELECT summary, summary_upto FROM conversations WHERE id = ?",
                           (conversation_id,)).fetchone()
        if row is None:
            raise ConversationNotFound("La conversation n°{id} n'existe pas.", id=conversation_id)
        conn.execute("UPDATE conversations SET summary = ?, summary_upto = ? WHERE id = ?",
                     (summary, upto, conversation_id))
        ledger._log(None, "conversation_summary", {"conversation": conversation_id, "author": author,
                                                   "before": row["summary"], "before_upto": row["summary_upto"]},
                    now_iso())


def add_reading(ledger: Ledger, turn_id: int, emotion: Emotion, intensity: int | None, model: str) -> Turn:
    """Keep a model's reading of a user turn's emotion beside it (the turn itself is never altered, and
    the reader's reading stays in it); from now on the turn reads as the model felt it."""
    with ledger._transaction() as conn:
        conn.execute("INSERT INTO turn_readings (turn_id, emotion, intensity, source, model, read_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (turn_id, emotion.value, intensity, MODEL, model, now_iso()))
    return turn(ledger, turn_id)


def proposed_from_turn(ledger: Ledger, turn_id: int, keep: Callable[[], int], contradicts: int | None = None,
                       kind: str = "memory") -> int:
    """Run `keep` (which writes a proposed memory and returns its id) and link that memory to the turn
    it came from, and to the committed memory it seems to contradict, in one transaction."""
    with ledger._transaction() as conn:
        memory_id = keep()
        conn.execute("INSERT INTO turn_proposals (memory_id, turn_id, contradicts, kind) VALUES (?, ?, ?, ?)",
                     (memory_id, turn_id, contradicts, kind))
    return memory_id


def note_accepted(ledger: Ledger, memory_id: int, proposal_id: int | None, settings: Mapping[str, Any],
                  reason: str) -> Memory:
    """A note for her card accepted in review, in one transaction: the `settings` change (her card as it
    becomes; the earlier one journaled), and the note, which is no memory, is set aside (rejected, never
    indexed) with its proposal marked accepted."""
    with ledger._transaction():
        for key, value in settings.items():
            ledger.set_setting(key, value)
        return review_records.settle(ledger, memory_id, Status.REJECTED, proposal_id,
                                     review_records.ProposalState.ACCEPTED, reason=reason, author="user")


# --- reading --------------------------------------------------------------------------------------

def turn(ledger: LedgerReader, turn_id: int) -> Turn:
    row = ledger._conn.execute(_TURNS + " WHERE t.id = ?", (turn_id,)).fetchone()
    if row is None:
        raise ConversationNotFound("Le tour n°{id} n'existe pas.", id=turn_id)
    return _turn(row)


def conversation(ledger: LedgerReader, conversation_id: int) -> Conversation:
    row = ledger._conn.execute("SELECT * FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
    if row is None:
        raise ConversationNotFound("La conversation n°{id} n'existe pas.", id=conversation_id)
    turns = ledger._conn.execute(_TURNS + " WHERE t.conversation_id = ? ORDER BY t.id", (conversation_id,))
    return Conversation(int(row["id"]), row["title"], _when(row["started_at"]), _when(row["updated_at"]),
                        row["summary"], int(row["summary_upto"]), tuple(_turn(t) for t in turns))


def listing(ledger: LedgerReader, words: str = "", limit: int = 200) -> list[ConversationListing]:
    """Conversations, the latest first; with `words`, those whose title or turns hold every word
    (accents and case folded)."""
    sql = ("SELECT c.id, c.title, c.started_at, c.updated_at, "
           "(SELECT count(*) FROM turns t WHERE t.conversation_id = c.id) AS n FROM conversations c")
    params: list[object] = []
    wanted = fold(words).split()
    if wanted:
        clauses = ["(fold(c.title) LIKE ? OR EXISTS (SELECT 1 FROM turns t WHERE t.conversation_id = c.id "
                   "AND fold(t.text) LIKE ?))"] * len(wanted)
        sql += " WHERE " + " AND ".join(clauses)
        for word in wanted:
            params += [f"%{word}%"] * 2
    sql += " ORDER BY c.updated_at DESC, c.id DESC LIMIT ?"
    rows = ledger._conn.execute(sql, [*params, limit])
    return [ConversationListing(int(r["id"]), r["title"], _when(r["started_at"]), _when(r["updated_at"]), int(r["n"]))
            for r in rows]


def user_turn_days(ledger: LedgerReader) -> list[tuple[str, int, str | None]]:
    """(day 'YYYY-MM-DD', user turns that day, the day's most frequent emotion read) for every day
    the user talked with Liblitz: the timeline's conversation points."""
    rows = ledger._conn.execute(
        "SELECT substr(created_at, 1, 10) AS day, coalesce(read_emotion, emotion) AS emotion, count(*) AS n "
        f"FROM ({_TURNS} WHERE t.role = 'user') GROUP BY day, 2 ORDER BY day")
    days: dict[str, tuple[int, str | None, int]] = {}
    for row in rows:
        total, best, best_n = days.get(row["day"], (0, None, 0))
        if row["emotion"] is not None and row["n"] > best_n:
            best, best_n = row["emotion"], row["n"]
        days[row["day"]] = (total + int(row["n"]), best, best_n)
    return [(day, total, best) for day, (total, best, _n) in days.items()]


@dataclass(frozen=True)
class TurnProposal:
    memory_id: int
    turn_id: int
    contradicts: int | None
    kind: str


def proposal_of(ledger: LedgerReader, memory_id: int) -> TurnProposal | None:
    """Where a proposed memory came from, when it came from a conversation."""
    row = ledger._conn.execute("SELECT * FROM turn_proposals WHERE memory_id = ?", (memory_id,)).fetchone()
    return TurnProposal(int(row["memory_id"]), int(row["turn_id"]), row["contradicts"], row["kind"]) if row else None


def proposals_from(ledger: LedgerReader, turn_ids: Sequence[int]) -> list[TurnProposal]:
    if not turn_ids:
        return []
    rows = ledger._conn.execute(
        f"SELECT * FROM turn_proposals WHERE turn_id IN ({','.join('?' * len(turn_ids))}) ORDER BY memory_id",
        list(turn_ids))
    return [TurnProposal(int(r["memory_id"]), int(r["turn_id"]), r["contradicts"], r["kind"]) for r in rows]


# --- rows -----------------------------------------------------------------------------------------

def _title(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= TITLE_CHARS else line[:TITLE_CHARS - 1].rstrip() + "…"


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _turn(row: sqlite3.Row) -> Turn:
    read = row["read_emotion"] is not None
    return Turn(int(row["id"]), int(row["conversation_id"]), Role(row["role"]), row["text"], _when(row["created_at"]),
                bool(row["partial"]), parse_emotion(row["read_emotion"] if read else row["emotion"]),
                row["read_intensity"] if read else row["intensity"], tuple(json.loads(row["memory_ids"])),
                row["model"], MODEL if read else READER)
