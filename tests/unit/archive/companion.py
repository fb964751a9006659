"""A small but complete companion in a real ledger: every kind of row the archive carries."""
from __future__ import annotations

from pathlib import Path

from liblitz_app.companion.identity import save_people, save_persona
from liblitz_app.documents.model import ChunkText, Kind
from liblitz_app.enrichment import KnownPerson, Persona, WhoIsWho
from liblitz_app.memory import Emotion, MemoryFields, Status
from liblitz_app.store import conversation_notes, conversations, documents, review_records
from liblitz_app.store.conversation_notes import Note
from liblitz_app.store.conversations import NewTurn, Role
from liblitz_app.store.ledger import Ledger, NewMemory
from liblitz_app.store.review_records import NewProposal, ProposalState
from liblitz_app.store.settings import QDRANT_API_KEY_KEY
from tests.unit.store.test_library import BEACH, LYON  # the same two memories the library's tests use

SECRET = "qdrant-secret-key-do-not-export"

STAGED = NewMemory("Le train de 8h pour Paris était en retard.", status=Status.STAGED)
DOUBT = NewMemory("Mamie m'a appris à faire des crêpes.", status=Status.STAGED)


def fill(ledger: Ledger) -> dict[str, int]:
    """Memories with several versions, a forgotten one, a rejected proposal with its reason, the staging
    backlog, a conversation with its summary, a shared document, the persona, the who-is-who, a secret."""
    lyon, beach = ledger.add(LYON).id, ledger.add(BEACH).id
    ledger.edit(lyon, MemoryFields(emotion=Emotion.ANGER, intensity=9, place="Lyon", persons=("Marc",)))
    staged, doubt = ledger.add(STAGED).id, ledger.add(DOUBT).id
    ledger.set_status(doubt, Status.RELEASED)
    proposal = review_records.submit(ledger, NewProposal(doubt, "extractor", {"emotion": "joie"}, [],
                                                         question="C'était quand ?"))
    review_records.settle(ledger, doubt, Status.REJECTED, proposal, ProposalState.REJECTED, reason="pas un souvenir")
    gone = ledger.add(NewMemory("Un souvenir mis à la corbeille.", status=Status.COMMITTED)).id
    ledger.forget(gone)
    talk = conversations.start(ledger)
    conversation_notes.add_note(ledger, talk, Note("search", "réunion Lyon", "done", "2 résultats"))  # before any turn
    asked = conversations.add_turn(ledger, talk, NewTurn(Role.USER, "Tu te souviens de Lyon ?")).id
    conversations.add_reading(ledger, asked, Emotion.ANTICIPATION, 4, "gemma3")
    document, _ = documents.add_document(ledger, Kind.TEXT, "notes.txt", "/tmp/notes.txt", "ab" * 32, None,
                                         [ChunkText("Première partie des notes."),
                                          ChunkText("Seconde partie.", section="Fin")])
    documents.mark_ready(ledger, document)
    removed, _ = documents.add_document(ledger, Kind.TEXT, "brouillon.txt", "/tmp/brouillon.txt", "cd" * 32, None,
                                        [ChunkText("Un brouillon retiré depuis.")])
    conversation_notes.add_note(ledger, talk, Note("shared", "notes.txt", "done", "1 page"))
    reply = conversations.add_turn(ledger, talk, NewTurn(Role.COMPANION, "Oui, la réunion avec Marc.",
                                                         memory_ids=(lyon,))).id
    conversation_notes.add_given(ledger, reply, [{"document_id": document, "citation": "notes.txt"},
                                                 {"document_id": removed, "citation": "brouillon.txt"}])
    documents.remove_document(ledger, removed)  # what the reply was given still says where it came from
    conversations.set_summary(ledger, talk, "On a parlé de Lyon.", 2)
    save_persona(ledger, Persona.from_dict({"name": "Liblitz", "voice": "douce"}))
    save_people(ledger, WhoIsWho((KnownPerson("Marc", "collègue", ()), KnownPerson("Léa", "amie", ("Lili",)))))
    ledger.set_setting(QDRANT_API_KEY_KEY, SECRET, secret=True)
    return {"lyon": lyon, "beach": beach, "staged": staged, "doubt": doubt, "gone": gone, "talk": talk}


def filled_ledger(folder: Path) -> Ledger:
    folder.mkdir(parents=True, exist_ok=True)
    ledger = Ledger(folder / "ledger.sqlite3")
    fill(ledger)
    return ledger
