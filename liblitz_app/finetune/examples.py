"""Chat-format examples: `{"messages": [{"role": "system"|"user"|"assistant", "content": …}, …]}`, one a line.

Memory-grounded exchanges put the memory's own words and her reflection in her mouth, asked the way the
user would ask (by the moment, the place, a person); conversation excerpts are the user's real turns and
her real replies (cut-short replies are left out). Every example starts with her card as system message.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..companion.identity import load_persona
from ..conversation.prompt import card_lines
from ..conversation.wording import TEXTS
from ..enrichment.persona import Persona
from ..memory import STYLES, Memory
from ..store import conversations as talks
from ..store.conversations import Role
from ..store.ledger import LedgerReader
from .choice import Choice

TOO_MANY = 500  # examples; past this the user is warned
Message = dict[str, str]


@dataclass
class TrainingSet:
    system: str
    examples: list[dict[str, list[Message]]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # memories, memory_examples, conversation_examples

    @property
    def too_many(self) -> bool:
        """Thousands at once drown her voice (the same lesson as the gradual arrival): the user is warned."""
        return len(self.examples) > TOO_MANY

    def preview(self, n: int = 3) -> list[dict[str, list[Message]]]:
        return self.examples[:n]


def system_message(persona: Persona) -> str:
    """Her card as the system message: who she is, her voice and limits, how she treats painful memories."""
    texts = TEXTS.get(persona.language, TEXTS["fr"])
    return "\n".join([*card_lines(persona, texts), texts.painful, texts.language])


def build_set(reader: LedgerReader, choice: Choice) -> TrainingSet:
    persona = load_persona(reader)
    training = TrainingSet(system_message(persona))
    english = persona.language == "en"
    memories = reader.find(choice.query()) if choice.memories else []
    memory_examples = [e for m in memories for e in _memory_exchanges(m, english)[:max(choice.cap_per_memory, 0)]]
    conversation_examples = list(_excerpts(reader, choice))
    training.examples = [_example(training.system, messages) for messages in memory_examples + conversation_examples]
    training.counts = {"memories": len(memories), "memory_examples": len(memory_examples),
                       "conversation_examples": len(conversation_examples), "examples": len(training.examples)}
    return training


def _example(system: str, messages: list[Message]) -> dict[str, list[Message]]:
    return {"messages": [{"role": "system", "content": system}, *messages]}


def _memory_exchanges(memory: Memory, english: bool) -> list[list[Message]]:
    """The ways one memory is asked about, the most telling first."""
    f = memory.fields
    day = f.time.said or (f.time.start.isoformat() if f.time.start else "")
    quoted = f"« {memory.text} »" if not english else f"“{memory.text}”"
    answer = f"{quoted} {f.reflection}".strip()
    asks: list[str] = []
    if day or f.place:
        where = " ".join(p for p in (day, ("à " if not english else "in ") + f.place if f.place else "") if p)
        asks.append(f"Do you remember what happened {where}?" if english else f"Tu te souviens de ce qui s'est passé {where} ?")
    for person in f.persons:
        asks.append(f"Tell me about {person}." if english else f"Parle-moi de {person}.")
    if not _painful(memory):  # a painful memory is never hers to bring up: only asked about, by the user
        asks.append("What do you remember that I told you?" if english else "Qu'est-ce que je t'ai raconté, une fois ?")
    exchanges = [[{"role": "user", "content": ask}, {"role": "assistant", "content": answer}] for ask in asks]
    if f.reflection:
        exchanges.insert(1, [{"role": "user", "content": quoted},
                             {"role": "assistant", "content": f.reflection}])
    return exchanges


def _painful(memory: Memory) -> bool:
    emotion = memory.fields.emotion
    return emotion is not None and STYLES[emotion].valence < 0


def _excerpts(reader: LedgerReader, choice: Choice) -> Iterator[list[Message]]:
    """Each of her whole replies with the user's message before it (and a few earlier turns for context)."""
    ids = [c.id for c in talks.listing(reader, limit=1_000_000)] if choice.all_conversations else choice.conversations
    for conversation_id in ids:
        turns = [t for t in talks.conversation(reader, conversation_id).turns if not t.partial]
        for index, turn in enumerate(turns):
            if turn.role is Role.COMPANION and index > 0 and turns[index - 1].role is Role.USER:
                window = turns[max(0, index - 1 - choice.context_turns):index + 1]
                while window and window[0].role is not Role.USER:  # an excerpt starts with the user
                    window = window[1:]
                yield [{"role": "user" if t.role is Role.USER else "assistant", "content": t.text} for t in window]


def write_jsonl(training: TrainingSet, path: Path) -> int:
    """The examples, one JSON object a line (UTF-8); the number written."""
    lines = [json.dumps(e, ensure_ascii=False) + "\n" for e in training.examples]
    Path(path).write_text("".join(lines), encoding="utf-8")
    return len(lines)

