"""Talking with Liblitz, the store's side: keep the user's turn (durable before anything is sent), read
its emotion, ask recall, assemble the prompt; then keep her reply, whole or partial.

Runs on the store's owner thread (the ledger, the embedder and the index live there); the model
worker streams the reply in between. No Qt.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date

from ..companion import load_people, load_persona
from ..documents import passages_for
from ..enrichment.emotion_lexicon import guess_emotion, guess_intensity
from ..enrichment.emotion_reader import ForeignVectors, PassageEmbedder, read_emotion
from ..memory import Emotion, Memory
from ..recall import Recall, RecallHit
from ..memory.terms import matching_words
from ..store import conversation_notes as notes, conversations as kept
from ..store.conversations import Conversation, NewTurn, Role, Turn
from ..store.library import MemoryLibrary
from .feeling import feeling_messages, mood_for
from .prompt import Budget, Given, Prompt, assemble

PASSAGES = 3  # shared documents' passages asked for each reply
RECALLED = 12  # candidates asked of recall; the budget decides how many go in
OPENING_TURNS = 3  # the user's last turns that count as "the subject they opened"


@dataclass(frozen=True)
class ReplyRequest:
    """What the model worker needs for one reply, and what the pane shows under it."""

    conversation_id: int
    user_turn: Turn
    prompt: Prompt
    memories: tuple[Memory, ...]  # those given, in the prompt's order
    mood: Emotion | None
    feeling: tuple[dict[str, str], ...] = ()  # the request for a model's reading of the user's turn (feeling.py)

    @property
    def messages(self) -> list[dict[str, str]]:
        return [dict(m) for m in self.prompt.messages]


def read_mood(text: str, embedder: PassageEmbedder | None) -> tuple[Emotion | None, int | None]:
    """The emotion of a message: the offline reader when one fits the embedder, else the lexicon."""
    try:
        reading = read_emotion(text, embedder)
    except ForeignVectors:
        reading = None
    emotion = reading.emotion if reading is not None else guess_emotion(text)
    return emotion, guess_intensity(text, emotion)


def say(library: MemoryLibrary, conversation_id: int, text: str, *, budget: Budget = Budget(),
        today: date | None = None) -> ReplyRequest:
    """Keep the user's message as a turn (committed before this goes on), then prepare the reply.
    The same message sent again after no answer came (Ollama was away) is not kept twice."""
    conversation = kept.conversation(library.ledger, conversation_id)
    last = conversation.turns[-1] if conversation.turns else None
    if last is not None and last.role is Role.USER and last.text == text:
        turn = last
    else:
        emotion, intensity = read_mood(text, library.embedder)
        turn = kept.add_turn(library.ledger, conversation_id, NewTurn(Role.USER, text, emotion=emotion,
                                                                         intensity=intensity))
        conversation = replace(conversation, turns=(*conversation.turns, turn))  # as kept, without reading it again
    return prepare(library, conversation, turn, budget=budget, today=today)


def retry(library: MemoryLibrary, conversation_id: int, *, budget: Budget = Budget(),
          today: date | None = None) -> ReplyRequest:
    """Prepare again the reply to the user's last turn (after a partial or failed one)."""
    conversation = kept.conversation(library.ledger, conversation_id)
    turn = next(t for t in reversed(conversation.turns) if t.role is Role.USER)
    return prepare(library, conversation, turn, budget=budget, today=today)


def prepare(library: MemoryLibrary, conversation: Conversation, turn: Turn, *, budget: Budget = Budget(),
            today: date | None = None) -> ReplyRequest:
    persona, people = load_persona(library.ledger), load_people(library.ledger)
    earlier = [t for t in conversation.turns if t.id < turn.id]
    said = [t.text for t in earlier if t.role is Role.USER][-(OPENING_TURNS - 1):] + [turn.text]
    mood = mood_for(turn, earlier)
    hits = Recall(library, people).recall(turn.text, conversation=said, limit=RECALLED, today=today, mood=mood)
    offered = [_given(hit, " ".join(said)) for hit in hits if hit.why.found]  # not mere weak neighbours
    passages = passages_for(library, turn.text, PASSAGES)  # shared documents, quoted in their own data block
    prompt = assemble(persona, people, earlier, turn.text, offered, summary=conversation.summary, mood=mood,
                      budget=budget, today=today, passages=passages, summary_upto=conversation.summary_upto)
    by_id = {hit.memory.id: hit.memory for hit in hits}
    feeling = tuple(feeling_messages(persona, turn, earlier[-1] if earlier else None))
    return ReplyRequest(conversation.id, turn, prompt, tuple(by_id[i] for i in prompt.memory_ids), mood, feeling)


def keep_reply(library: MemoryLibrary, request: ReplyRequest, text: str, *, partial: bool, model: str) -> Turn | None:
    """Her reply as it came (`partial`: cut short); nothing is kept when not a word came."""
    if not text.strip():
        return None
    turn = kept.add_turn(library.ledger, request.conversation_id, NewTurn(
        Role.COMPANION, text, partial=partial, memory_ids=request.prompt.memory_ids, model=model))
    notes.add_given(library.ledger, turn.id, [asdict(p.source) for p in request.prompt.passages])  # shown under it
    return turn


def given_memories(library: MemoryLibrary, turns: Sequence[Turn]) -> dict[int, Memory]:
    """The memories given to these replies, as they are now (forgotten ones left out)."""
    ids = sorted({i for t in turns for i in t.memory_ids})
    return {m.id: m for m in library.ledger.get_many(ids) if not m.forgotten}


def _given(hit: RecallHit, said: str) -> Given:
    """The subject is open when the user's recent words name the memory's words or persons."""
    fields = hit.memory.fields
    opened = bool(hit.why.persons) or bool(matching_words(said, " ".join((hit.memory.text, *fields.persons,
                                                                          fields.place))))
    return Given(hit.memory, hit.painful, opened)
