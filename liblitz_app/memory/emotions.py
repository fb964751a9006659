"""Plutchik's eight emotions plus neutral: labels in French and English, a colour each."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .folding import fold


class Emotion(str, Enum):
    JOY = "joy"
    TRUST = "trust"
    FEAR = "fear"
    SURPRISE = "surprise"
    SADNESS = "sadness"
    DISGUST = "disgust"
    ANGER = "anger"
    ANTICIPATION = "anticipation"
    NEUTRAL = "neutral"


@dataclass(frozen=True)
class EmotionStyle:
    fr: str
    en: str
    colour: str  # "#rrggbb", Plutchik's wheel
    valence: int  # +1 pleasant, -1 unpleasant, 0 neither: drives the mood curve


STYLES: dict[Emotion, EmotionStyle] = {
    Emotion.JOY: EmotionStyle("joie", "joy", "#f4c20d", +1),
    Emotion.TRUST: EmotionStyle("confiance", "trust", "#7cb342", +1),
    Emotion.FEAR: EmotionStyle("peur", "fear", "#2e7d32", -1),
    Emotion.SURPRISE: EmotionStyle("surprise", "surprise", "#26a6c9", 0),
    Emotion.SADNESS: EmotionStyle("tristesse", "sadness", "#1e5aa8", -1),
    Emotion.DISGUST: EmotionStyle("dégoût", "disgust", "#8e44ad", -1),
    Emotion.ANGER: EmotionStyle("colère", "anger", "#d32f2f", -1),
    Emotion.ANTICIPATION: EmotionStyle("anticipation", "anticipation", "#f57c00", +1),
    Emotion.NEUTRAL: EmotionStyle("neutre", "neutral", "#9e9e9e", 0),
}


def label(emotion: Emotion, language: str = "fr") -> str:
    style = STYLES[emotion]
    return style.fr if language == "fr" else style.en


def colour(emotion: Emotion) -> str:
    return STYLES[emotion].colour


_BY_NAME: dict[str, Emotion] = {}
for _emotion, _style in STYLES.items():
    for _name in (_emotion.value, _style.fr, _style.en):
        _BY_NAME[fold(_name.strip())] = _emotion


def parse_emotion(name: str | None) -> Emotion | None:
    """Read an emotion from its English value or its French/English label, any case or accent.

    Returns None for an empty name; raises ValueError for a name outside the taxonomy.
    """
    if name is None or not name.strip():
        return None
    try:
        return _BY_NAME[fold(name.strip())]
    except KeyError:
        raise ValueError(f"« {name} » n'est pas une émotion connue") from None
