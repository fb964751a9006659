"""The small lines a conversation shows about what Liblitz read, as Markdown for the chat's view: a
document shared, a page read or a search made (while it happens, and kept after), and under a reply the
documents' passages it was given, each with its citation and a `document:ID` link that opens it."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from ...documents.model import Kind, Source
from ...documents.passages import cite
from ...documents.web import WebEvent
from ...i18n import tr, tr_n
from ...store.conversation_notes import Note, Shared
from .transcript import in_her_name, safe


def happening(event: WebEvent) -> str:
    """A fetch or a search as it starts: « Lecture : adresse… », « Recherche : « mots »… »."""
    if event.kind == "search":
        return tr("Recherche : « {words} »…", words=safe(event.subject))
    return tr("Lecture : {address}…", address=safe(event.subject))


def note_line(note: Note, name: str = "") -> str:
    """A note as the conversation keeps it: what was shared, read or searched, and how it went (a reader's
    sentence in it says her name as it is now, `name`)."""
    subject = safe(note.subject)
    if note.state in ("failed", "refused"):  # a sentence of ours, not a page's title
        note = replace(note, detail=in_her_name(note.detail, name))
    if note.kind == "shared":
        line = tr("Document partagé : « {name} »", name=subject) + (f" — {safe(note.detail)}" if note.detail else "")
    elif note.kind == "search":
        done = note.state == "done" and note.detail.isdigit()
        outcome = tr_n("{n} résultat", "{n} résultats", n=int(note.detail)) if done else safe(note.detail)
        line = tr("Recherche : « {words} »", words=subject) + f" — {outcome}"
    elif note.state == "stopped":
        line = tr("Lecture : {address}", address=subject) + " — " + tr("arrêtée à votre demande")
    else:
        outcome = tr("« {title} »", title=safe(note.detail)) if note.state == "done" else safe(note.detail)
        line = tr("Lecture : {address}", address=subject) + f" — {outcome}"
    return f"*{line}*"


def note_for(event: WebEvent) -> Note:
    """The note a finished fetch or search leaves in the conversation."""
    return Note(event.kind, event.subject, event.state, event.detail)


def notes_markdown(notes: Sequence[Note], name: str = "") -> str:
    return "\n\n".join(note_line(n, name) for n in notes)


def documents_line(given: Sequence[Mapping[str, Any]]) -> str:
    """"Documents donnés : [rapport.pdf, p. 2](document:4) ; …" — a source given twice is listed once."""
    if not given:
        return ""
    sources = [Source(**{**fields, "kind": Kind(fields["kind"])}) for fields in given]
    labels = list(dict.fromkeys((cite(s), s.document_id) for s in sources))
    links = [f"[{safe(label)}](document:{document_id})" for label, document_id in labels]
    return tr("Documents donnés : ") + tr(" ; ").join(links)


def under_turns(shared: Shared, name: str = "") -> dict[int, str]:
    """Turn id → what the conversation shows under it: the documents a reply was given, then the notes of
    what happened after it (0: before the first turn). The transcript places each under its turn."""
    turns = {note.after_turn for note in shared.notes} | set(shared.given)
    return {turn: "\n\n".join(part for part in (documents_line(shared.given.get(turn, ())),
                                                notes_markdown(shared.notes_after(turn), name)) if part)
            for turn in turns}
