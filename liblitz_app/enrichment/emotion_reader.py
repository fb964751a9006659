"""The offline emotion reader: a softmax regression over one embedder's vectors, shipped as weights.

Trained by scripts/train_emotion_reader.py on XED (emotion-annotated film subtitles, English labels
and their French projections); its card (resources/emotion_reader/<model>.json) records which
embedder made the vectors it learned from, the label order, the thresholds and the held-out figures.
Vectors from any other embedder mean nothing to it: they are refused, and callers fall back to the
lexicon. Reading costs one matrix product: nothing is trained at run time.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np

from liblitz_app.memory import Emotion
from liblitz_app.resources import resource_path

log = logging.getLogger(__name__)


class ForeignVectors(ValueError):
    """The vector comes from another embedder than the one the reader was trained on."""


class PassageEmbedder(Protocol):
    model_id: str
    dim: int

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass(frozen=True)
class EmotionReading:
    """What the reader makes of a text.

    `emotion` is None when no emotion stands out (the best score is under the reader's abstain
    threshold: XED has no neutral line, so a low score is how "nothing in particular" shows).
    `confidence` is the best emotion's probability; `scores` every emotion's. `contradicts_at`: how
    much the emotions opposed to a proposed one must weigh together for the reader to contradict it
    (set on validation data; see emotion_check).
    """

    emotion: Emotion | None
    confidence: float
    scores: dict[Emotion, float]
    contradicts_at: float = 1.0

    @property
    def strongest(self) -> Emotion:
        return max(self.scores, key=lambda emotion: self.scores[emotion])


@dataclass(frozen=True)
class EmotionReader:
    model_id: str
    dim: int
    labels: tuple[Emotion, ...]
    weights: np.ndarray  # (dim, labels)
    bias: np.ndarray  # (labels,)
    abstain_below: float
    contradiction_at: float

    @classmethod
    def load(cls, card_path: Path) -> EmotionReader:
        card = json.loads(card_path.read_text(encoding="utf-8"))
        with np.load(card_path.with_name(card["weights"])) as arrays:
            weights, bias = arrays["weights"].astype(np.float32), arrays["bias"].astype(np.float32)
        labels = tuple(Emotion(name) for name in card["labels"])
        if weights.shape != (card["dim"], len(labels)) or bias.shape != (len(labels),):
            raise ValueError(f"{card_path.name}: weights of shape {weights.shape} for {card['dim']} dimensions")
        return cls(card["model_id"], int(card["dim"]), labels, weights, bias,
                   float(card["abstain_below"]), float(card["contradiction_at"]))

    def accepts(self, model_id: str, dim: int) -> bool:
        return model_id == self.model_id and dim == self.dim

    def read_vector(self, vector: np.ndarray, model_id: str) -> EmotionReading:
        """Read a vector made by embedder `model_id`; ForeignVectors if it is not this reader's."""
        vector = np.asarray(vector, dtype=np.float32)
        if model_id != self.model_id or vector.shape != (self.dim,):
            raise self._foreign(model_id, vector.shape[-1] if vector.ndim else 0)
        logits = vector @ self.weights + self.bias
        probabilities = np.exp(logits - logits.max())
        probabilities /= probabilities.sum()
        scores = {emotion: float(p) for emotion, p in zip(self.labels, probabilities)}
        best = int(probabilities.argmax())
        confidence = float(probabilities[best])
        emotion = self.labels[best] if confidence >= self.abstain_below else None
        return EmotionReading(emotion, confidence, scores, self.contradiction_at)

    def read_text(self, text: str, embedder: PassageEmbedder) -> EmotionReading:
        """Embed `text` as a memory is embedded (a passage) and read it."""
        if not self.accepts(embedder.model_id, embedder.dim):
            raise self._foreign(embedder.model_id, embedder.dim)
        return self.read_vector(embedder.embed_passages([text])[0], embedder.model_id)

    def _foreign(self, model_id: str, dim: int) -> ForeignVectors:
        return ForeignVectors(
            f"Le lecteur d'émotions a appris sur les vecteurs de {self.model_id} ({self.dim} dimensions), "
            f"pas sur ceux de {model_id or 'un modèle inconnu'} ({dim} dimensions) : "
            "l'émotion viendra du lexique."
        )


def reader_folder() -> Path:
    return resource_path("emotion_reader")


@lru_cache(maxsize=8)
def reader_for(model_id: str, folder: Path | None = None) -> EmotionReader | None:
    """The shipped reader trained on `model_id`'s vectors, or None (then the lexicon decides)."""
    for card in sorted((folder or reader_folder()).glob("*.json")):
        try:
            if json.loads(card.read_text(encoding="utf-8")).get("model_id") == model_id:
                return EmotionReader.load(card)
        except (OSError, ValueError, KeyError) as error:  # a damaged file: the lexicon still works
            log.warning("emotion reader %s unreadable: %s", card, error)
    return None


def read_emotion(text: str, embedder: PassageEmbedder | None) -> EmotionReading | None:
    """The reading of `text` when a reader fits this embedder; None means "use the lexicon"."""
    reader = reader_for(embedder.model_id) if embedder is not None else None
    if reader is None or embedder is None or not reader.accepts(embedder.model_id, embedder.dim):
        return None
    return reader.read_text(text, embedder)
