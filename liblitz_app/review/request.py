"""What a proposer is given about one memory: built on the store thread, used on the worker thread."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..companion import load_people, load_persona
from ..enrichment import Persona, WhoIsWho
from ..enrichment.emotion_reader import EmotionReading, PassageEmbedder, read_emotion
from ..memory import MemoryFields
from ..store.ledger import Ledger
from .book import ReviewBook
from .item import memory_date
from .records import Rejection


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str


@dataclass(frozen=True)
class EnrichmentRequest:
    memory_id: int
    text: str  # verbatim: the proposer reads it, never rewrites it
    memory_date: date
    model: str = ""  # "" = the offline extractor
    persona: Persona = field(default_factory=Persona)
    people: WhoIsWho = field(default_factory=WhoIsWho)
    answers: tuple[Answer, ...] = ()
    refusals: tuple[Rejection, ...] = ()  # proposals refused before, and why
    known: MemoryFields = field(default_factory=MemoryFields)  # what the memory had before (an import's date…)
    reading: EmotionReading | None = None  # the emotion reader's, when the embedder has one

    @property
    def has_context(self) -> bool:
        return bool(self.answers or self.refusals)


def prepare(ledger: Ledger, memory_id: int, model: str = "",
            embedder: PassageEmbedder | None = None) -> EnrichmentRequest:
    """Everything the proposer needs, read from the ledger in one go (store thread).

    `embedder`: the store thread's own (it lives there); the text is read for its emotion with it
    when a reader was trained on its vectors."""
    memory = ledger.get(memory_id)
    book = ReviewBook(ledger)
    answers = tuple(Answer(c.question, c.answer or "") for c in book.clarifications(memory_id) if c.answered)
    refusals = tuple(book.rejections(memory_id))
    return EnrichmentRequest(memory_id, memory.text, memory_date(memory), model, load_persona(ledger),
                             load_people(ledger), answers, refusals, memory.fields,
                             reading=read_emotion(memory.text, embedder))
