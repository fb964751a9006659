"""Her emotional response: what the user's message is read to feel, and the mood her reply meets.

Every user turn is read at once by the offline reader (talk.read_mood), kept with the turn. When a model
is there, it reads the turn too, with a short JSON request made *after* her reply: waiting for it before
the reply would add a model call before the first token. So the reader's reading drives the immediate
reply, and the model's, kept beside the turn (store/conversations.add_reading), is the turn's from then
on: the timeline and the next turns' mood use it. A model that fails or answers nonsense changes nothing.

`feeling_messages`, `read_feeling` and `mood_for` are pure; `keep_feeling` runs on the store's owner thread.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..enrichment.persona import Persona
from ..enrichment.schema import json_object
from ..memory import Emotion, parse_emotion
from ..store import conversations as kept
from ..store.conversations import MODEL, Role, Turn
from ..store.library import MemoryLibrary
from .prompt import _escaped
from .wording import TEXTS

log = logging.getLogger("liblitz")

# Ollama's `format`: the answer is held to this shape (a grammar), so a model rarely answers off it.
FEELING_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"emotion": {"type": "string", "enum": [e.value for e in Emotion]},
                   "intensity": {"type": "integer", "minimum": 0, "maximum": 10}},
    "required": ["emotion", "intensity"],
}
FEELING_OPTIONS: dict[str, Any] = {"temperature": 0, "num_predict": 32}  # a few tokens: it must stay short
CONTEXT_CHARS = 400  # of her turn before the message: enough to read a "yes" or a "not really"


@dataclass(frozen=True)
class Feeling:
    emotion: Emotion
    intensity: int | None


def feeling_messages(persona: Persona, turn: Turn, before: Turn | None = None) -> list[dict[str, str]]:
    """Ask for the emotion of `turn` (her turn `before` it as context), quoted as data."""
    texts = TEXTS.get(persona.language, TEXTS["fr"])
    context = ""
    if before is not None and before.role is Role.COMPANION:
        context = "<contexte>\n" + _escaped(before.text[-CONTEXT_CHARS:]) + "\n</contexte>\n"
    return [{"role": "system", "content": texts.feel},
            {"role": "user", "content": context + "<message>\n" + _escaped(turn.text) + "\n</message>"}]


def read_feeling(raw: str) -> Feeling | None:
    """The model's answer, or None when it is not one (not JSON, an emotion outside the wheel)."""
    try:
        data = json_object(raw)  # MalformedOutput is a ValueError
        emotion = parse_emotion(str(data["emotion"]))
    except (ValueError, KeyError, TypeError):
        return None
    if emotion is None:
        return None
    intensity = data.get("intensity")
    if isinstance(intensity, bool) or not isinstance(intensity, (int, float)):
        intensity = None
    return Feeling(emotion, None if intensity is None else max(0, min(10, round(intensity))))


def keep_feeling(library: MemoryLibrary, turn_id: int, raw: str, model: str) -> Turn | None:
    """Keep the model's reading with the turn; an answer that is not one is logged and dropped (the
    reader's reading stays the turn's)."""
    feeling = read_feeling(raw)
    if feeling is None:
        log.info("The model %s answered no readable emotion for turn %s; the offline reading stays: %.200r",
                 model, turn_id, raw)
        return None
    return kept.add_reading(library.ledger, turn_id, feeling.emotion, feeling.intensity, model)


def mood_for(turn: Turn, earlier: Sequence[Turn]) -> Emotion | None:
    """The mood her reply to `turn` meets (its tone, and recall's emotional congruence).

    The turn's own reading when a model made it (a retry comes after it); else the offline reader's,
    unless the model read the user's previous message at least as strongly: a mood outlasts a message,
    and the model reads better than the lexicon ("Elle faisait les meilleures crêpes" after a grief
    is not joy). A neutral reading names no mood.
    """
    own = turn.emotion if turn.emotion is not Emotion.NEUTRAL else None
    if turn.emotion_source == MODEL:
        return own
    previous = next((t for t in reversed(earlier) if t.role is Role.USER), None)
    if previous is None or previous.emotion_source != MODEL or previous.emotion in (None, Emotion.NEUTRAL):
        return own
    if own is None or (previous.intensity or 0) >= (turn.intensity or 0):
        return previous.emotion
    return own
