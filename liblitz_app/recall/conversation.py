"""Ranking for the chat: on top of relevance, recency, intensity and emotional congruence with the
recent conversation (the formula is in weights.py), and the mark on painful memories."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..enrichment.emotion_lexicon import guess_emotion
from ..memory import STYLES, Emotion, Memory
from .weights import RecallWeights

PAINFUL = frozenset({Emotion.SADNESS, Emotion.FEAR, Emotion.ANGER, Emotion.DISGUST})
RECENT_TURNS = 3


def conversation_mood(conversation: Sequence[str]) -> Emotion | None:
    """The emotion the last few turns speak of, when one stands out."""
    return guess_emotion(" ".join(conversation[-RECENT_TURNS:])) if conversation else None


def is_painful(memory: Memory, weights: RecallWeights) -> bool:
    fields = memory.fields
    return fields.emotion in PAINFUL and (fields.intensity or 0) >= weights.painful_intensity


def congruence(memory: Memory, mood: Emotion | None) -> float:
    emotion = memory.fields.emotion
    if mood is None or emotion is None:
        return 0.0
    if emotion is mood:
        return 1.0
    valence = STYLES[mood].valence
    return 0.5 if valence != 0 and STYLES[emotion].valence == valence else 0.0


def recency(memory: Memory, today: date, half_life_days: float) -> float:
    day = memory.fields.time.start or memory.created_at.date()
    return 0.5 ** (max(0, (today - day).days) / max(half_life_days, 1.0))


def chat_parts(memory: Memory, relevance: float, mood: Emotion | None, today: date,
               weights: RecallWeights) -> dict[str, float]:
    """Each term of the chat score (weights.py), relevance already scaled to [0, 1]."""
    low = mood is not None and STYLES[mood].valence < 0
    return {
        "relevance": relevance,
        "recency": weights.recency * recency(memory, today, weights.half_life_days),
        "intensity": weights.intensity * (memory.fields.intensity or 0) / 10,
        "congruence": weights.congruence * congruence(memory, mood),
        "care": -weights.painful_when_low if low and is_painful(memory, weights) else 0.0,
    }
