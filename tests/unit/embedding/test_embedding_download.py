"""Downloading a catalogue model: the clean offline failure, cancel and resume, against a loopback hub."""
from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest

from liblitz_app.embedding import (
    EmbeddingUnavailable,
    ModelDownloadCancelled,
    ModelDownloadFailed,
    build_embedder,
    download_catalogue_model,
    is_downloaded,
)
from liblitz_app.embedding.download import OFFLINE_SENTENCE
from tests.helpers.fake_ollama import closed_port_url

if TYPE_CHECKING:  # the fixture's type only; tests here are not a package
    from conftest import FakeHub

MINILM = "sentence-transformers/all-MiniLM-L6-v2"  # its catalogue repo is what FakeHub serves



def _never() -> bool:
    return False


def _ignore(done: int, total: int) -> None:
    pass


def test_offline_fails_fast_with_a_french_sentence(tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(ModelDownloadFailed) as failure:
        download_catalogue_model(
            MINILM, tmp_path, _ignore, _never, timeout=2.0, endpoint=closed_port_url()
        )
    assert str(failure.value) == OFFLINE_SENTENCE
    assert time.monotonic() - started < 5
    assert not is_downloaded(tmp_path, MINILM)


def test_a_download_cancelled_before_it_starts_touches_nothing(tmp_path: Path) -> None:
    with pytest.raises(ModelDownloadCancelled):
        download_catalogue_model(MINILM, tmp_path, _ignore, lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_model_is_explained(tmp_path: Path) -> None:
    with pytest.raises(EmbeddingUnavailable, match="catalogue"):
        download_catalogue_model("nobody/nothing", tmp_path, _ignore, _never)


def test_a_download_reports_bytes_and_the_model_then_loads_offline(tmp_path: Path, fake_hub: FakeHub) -> None:
    seen: list[tuple[int, int]] = []
    folder = download_catalogue_model(MINILM, tmp_path, lambda d, t: seen.append((d, t)), _never,
                                      endpoint=fake_hub.endpoint)
    total = sum(path.stat().st_size for path in fake_hub.files.values())
    assert seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert is_downloaded(tmp_path, MINILM)
    assert (folder / "model.onnx").stat().st_size == fake_hub.files["model.onnx"].stat().st_size
    vectors = build_embedder(f"fastembed:{MINILM}", tmp_path).embed_passages(["hello", "hi"])
    assert vectors.shape == (2, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_a_cancelled_download_resumes_where_it_stopped(tmp_path: Path, fake_hub: FakeHub) -> None:
    reached: list[int] = [0]

    def record(done: int, total: int) -> None:
        reached[0] = done

    with pytest.raises(ModelDownloadCancelled):
        download_catalogue_model(MINILM, tmp_path, record, lambda: reached[0] > 3_000_000,
                                 endpoint=fake_hub.endpoint)
    assert not is_downloaded(tmp_path, MINILM)
    download_catalogue_model(MINILM, tmp_path, _ignore, _never, endpoint=fake_hub.endpoint)
    assert is_downloaded(tmp_path, MINILM)
    assert fake_hub.range_requests and fake_hub.range_requests[0].startswith("bytes=")


def test_parts_of_another_revision_are_not_resumed(tmp_path: Path, fake_hub: FakeHub) -> None:
    staging = tmp_path / "fastembed" / "sentence-transformers--all-MiniLM-L6-v2.partial"
    staging.mkdir(parents=True)
    (staging / "revision.txt").write_text("an-older-revision", encoding="utf-8")
    (staging / "model.onnx.part").write_bytes(b"stale bytes")
    folder = download_catalogue_model(MINILM, tmp_path, _ignore, _never, endpoint=fake_hub.endpoint)
    assert fake_hub.range_requests == []
    assert (folder / "model.onnx").read_bytes() == fake_hub.files["model.onnx"].read_bytes()
    assert not (folder / "revision.txt").exists()
