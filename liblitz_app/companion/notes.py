"""Notes on her card: what came to light about her in a conversation (a taste, a way of speaking she has
with the user). After a conversation the model may propose one; it waits in review like a memory, and
only the user's accept puts it on her card (the card replaced is journaled), never into her memories.
From then on every model is given it with the rest of the card."""
from __future__ import annotations

import re
from dataclasses import replace

from ..enrichment import Persona
from ..memory.folding import fold
from ..store import conversations as kept
from ..store.ledger import LedgerReader

NOTE_KIND = "persona_note"  # store/conversations.TurnProposal.kind
# How a note reads in review (the card's language and name at the time it was proposed).
NOTE_PREFIX = {"fr": "Note pour la fiche de {name} : ", "en": "Note for {name}'s card: "}
_PREFIXES = re.compile(r"^(?:Note pour la fiche de .+? : |Note for .+?'s card: )")


def note_for_review(persona: Persona, note: str) -> str:
    return NOTE_PREFIX.get(persona.language, NOTE_PREFIX["fr"]).format(name=persona.name) + note.strip()


def note_from(text: str) -> str:
    """The note itself, from its text in review."""
    return _PREFIXES.sub("", text, count=1).strip()


def is_card_note(ledger: LedgerReader, memory_id: int) -> bool:
    """Whether this item of the review queue is a note for her card (not a memory)."""
    origin = kept.proposal_of(ledger, memory_id)
    return origin is not None and origin.kind == NOTE_KIND


def with_note(persona: Persona, note: str) -> Persona:
    """The card with the note on it (once: the same note again, case and accents aside, changes nothing)."""
    if not note or fold(note) in {fold(n) for n in persona.notes}:
        return persona
    return replace(persona, notes=(*persona.notes, note))
