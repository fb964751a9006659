"""A model folder the user points at, loaded through fastembed with no network."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from liblitz_app.embedding import EmbeddingUnavailable, build_embedder, folder_embedder
from liblitz_app.embedding.fastembed_engine import FastembedEmbedder


def test_the_folder_model_has_a_stable_id_naming_its_folder(minilm_folder: Path, minilm_embedder: FastembedEmbedder) -> None:
    again = folder_embedder(minilm_folder)
    assert again.model_id == minilm_embedder.model_id
    assert again.model_id.startswith("folder:all-MiniLM-L6-v2-int8:")
    assert again.dim == 384


def test_the_same_folder_loads_twice(minilm_folder: Path, minilm_embedder: FastembedEmbedder) -> None:
    # fastembed refuses to register one model name twice: the second load must reuse it.
    again = build_embedder(f"folder:{minilm_folder}", Path("unused"))
    np.testing.assert_allclose(
        again.embed_passages(["hello"]), minilm_embedder.embed_passages(["hello"]), atol=1e-5
    )


def test_a_missing_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(EmbeddingUnavailable, match="n'existe pas"):
        folder_embedder(tmp_path / "absent")


def test_a_folder_without_tokenizer_is_explained(tmp_path: Path, minilm_folder: Path) -> None:
    shutil.copyfile(minilm_folder / "model.onnx", tmp_path / "model.onnx")
    with pytest.raises(EmbeddingUnavailable, match="tokenizer.json"):
        folder_embedder(tmp_path)


def test_a_folder_without_a_model_is_explained(tmp_path: Path) -> None:
    with pytest.raises(EmbeddingUnavailable, match="ONNX"):
        folder_embedder(tmp_path)


def test_a_broken_model_file_fails_at_load_not_at_build(tmp_path: Path, minilm_folder: Path) -> None:
    shutil.copytree(minilm_folder, tmp_path / "broken")
    (tmp_path / "broken" / "model.onnx").write_bytes(b"not an onnx model")
    embedder = folder_embedder(tmp_path / "broken")  # cheap: nothing heavy yet
    with pytest.raises(EmbeddingUnavailable, match="ne se charge pas"):
        embedder.load()
