"""A memory committed from a chat turn keeps its context for recall: the turn before it (hers, most often:
the question it answers) is its neighbour text, and its conversation is its session."""
from __future__ import annotations

import json

from liblitz_app.conversation import read_proposals, record
from liblitz_app.recall import Recall
from liblitz_app.review import ReviewBook, accept
from liblitz_app.store import conversations as kept
from liblitz_app.store import words as word_index
from liblitz_app.store.conversations import NewTurn, Role
from liblitz_app.store.library import MemoryLibrary

from tests.unit.conversation.diary import TODAY

SAID = ("J'ai commencé à la boulangerie du quartier lundi.",
        "Et ta nouvelle collègue à la boulangerie, comment s'appelle-t-elle ?",
        "Maëlle. Elle est adorable, elle m'a tout montré.")


def _committed_from_chat(library: MemoryLibrary, quote: str) -> tuple[int, int]:
    """(memory id, conversation id): the user's third line, proposed from the chat and accepted."""
    conversation_id = kept.start(library.ledger)
    for n, text in enumerate(SAID):
        kept.add_turn(library.ledger, conversation_id, NewTurn(Role.USER if n % 2 == 0 else Role.COMPANION, text))
    conversation = kept.conversation(library.ledger, conversation_id)
    raw = json.dumps({"memories": [{"turn": conversation.turns[2].id, "quote": quote}]})
    [memory_id] = record(library.ledger, conversation_id, read_proposals(raw, conversation, "gemma3:4b"))
    stored = ReviewBook(library.ledger).pending(memory_id)
    accept(library, memory_id, stored.proposal.fields, stored.id)
    return memory_id, conversation_id


def test_a_question_answered_only_through_the_previous_chat_turn_finds_the_memory(library: MemoryLibrary) -> None:
    memory_id, _ = _committed_from_chat(library, "Maëlle. Elle est adorable, elle m'a tout montré.")
    hits = Recall(library).recall("Qui est ma collègue de la boulangerie ?", limit=5, today=TODAY)
    [hit] = [h for h in hits if h.memory.id == memory_id]
    assert hit.why.turn_before and not hit.why.words  # none of its own words: those of her question before it
    assert hits.index(hit) == 0


def test_a_memory_from_a_chat_has_that_conversation_as_its_session(library: MemoryLibrary) -> None:
    memory_id, conversation_id = _committed_from_chat(library, "Elle est adorable, elle m'a tout montré.")
    with word_index.reading(library.ledger) as conn:
        [context] = conn.contexts([memory_id]).values()
    assert context.session == f"conversation:{conversation_id}"
