"""A proposed emotion that the text plainly contradicts ("j'étais furieux" proposed as joy).

Only the emotion reader can say what a text "plainly" says, and only when it is sure: the emotions
opposed to the proposed one must weigh together at least the reader's `contradiction_at` (set on
validation data so that about 2 % of right proposals would be flagged). Only clear opposites count:
Plutchik's opposite pairs, plus joy against anger and fear. Anything closer (anticipation read, joy
proposed) is a nuance the user settles, not a fault.
"""
from __future__ import annotations

from liblitz_app.memory import Emotion, label

from .emotion_reader import EmotionReading
from .guards import Flag, FlagKind
from .proposal import Proposal

OPPOSITES: frozenset[frozenset[Emotion]] = frozenset(frozenset(pair) for pair in (
    (Emotion.JOY, Emotion.SADNESS), (Emotion.TRUST, Emotion.DISGUST),
    (Emotion.FEAR, Emotion.ANGER), (Emotion.SURPRISE, Emotion.ANTICIPATION),
    (Emotion.JOY, Emotion.ANGER), (Emotion.JOY, Emotion.FEAR),
))


def opposed(one: Emotion, other: Emotion) -> bool:
    return frozenset((one, other)) in OPPOSITES


def check_emotion_contradicted(reading: EmotionReading | None, proposal: Proposal) -> Flag | None:
    """A flag when the reader is sure the text says the opposite of the proposed emotion."""
    proposed = proposal.fields.emotion
    if reading is None or proposed is None:
        return None
    against = {emotion: score for emotion, score in reading.scores.items() if opposed(emotion, proposed)}
    if not against or sum(against.values()) < reading.contradicts_at:
        return None
    read = max(against, key=lambda emotion: against[emotion])
    percent = round(100 * sum(against.values()))
    return Flag(
        FlagKind.EMOTION_CONTRADICTED,
        f"Le texte dit plutôt le contraire de « {label(proposed, 'fr')} » : {label(read, 'fr')} surtout "
        f"(confiance {percent} %).",
        f"The text rather says the opposite of “{label(proposed, 'en')}”: mostly {label(read, 'en')} "
        f"(confidence {percent}%).",
        "emotion",
    )
