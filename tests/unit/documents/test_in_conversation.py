"""What a conversation shows beside its turns: a note (a document shared, a page read, a search) stays
after the turn it followed, and a reply keeps the sources of the passages it was given (shown under it,
even after the document is removed); neither is ever altered."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from liblitz_app.conversation import keep_reply, say
from liblitz_app.documents import shelf_of
from liblitz_app.store import conversation_notes as notes
from liblitz_app.store import conversations as kept

from .pdfs import write_pdf
from .test_shelf import REPORT_PAGES


def test_notes_follow_their_turn_and_a_reply_keeps_its_sources(library, tmp_path: Path) -> None:
    ledger = library.ledger
    conversation_id = kept.start(ledger)
    shared = notes.add_note(ledger, conversation_id, notes.Note("shared", "rapport.pdf", "done", "3 pages"))
    added = shelf_of(library).add_file(write_pdf(tmp_path / "rapport.pdf", REPORT_PAGES))
    request = say(library, conversation_id, "Combien coûte le nouveau four à bois de l'atelier ?")
    searched = notes.add_note(ledger, conversation_id, notes.Note("search", "four à bois", "done", "2"))
    reply = keep_reply(library, request, "Douze mille euros (rapport.pdf, p. 2).", partial=False, model="gemma3:4b")
    shelf_of(library).remove(added.document.id)  # what the reply was given stays shown
    found = notes.shared_in(ledger, conversation_id)
    assert (shared.after_turn, searched.after_turn) == (0, request.user_turn.id)
    assert [n.subject for n in found.notes_after(0)] == ["rapport.pdf"]
    assert [n.subject for n in found.notes_after(request.user_turn.id)] == ["four à bois"]
    given = found.given[reply.id]
    assert given[0]["name"] == "rapport.pdf" and given[0]["page"] == 2
    assert given[0]["document_id"] == added.document.id and list(found.given) == [reply.id]
    with pytest.raises(sqlite3.IntegrityError), ledger._transaction() as conn:
        conn.execute("UPDATE conversation_notes SET subject = 'autre chose'")
