"""The offline models themselves: shapes, unit vectors, and meaning in French and English."""
from __future__ import annotations

import threading

import numpy as np
import pytest

from liblitz_app.embedding import Embedder

SAD_FR, UNHAPPY_FR, TRAIN_FR = "Je suis triste aujourd'hui", "Je me sens malheureux", "Le train part à 8h"
SAD_EN, UNHAPPY_EN, TRAIN_EN = "I am sad today", "I feel unhappy", "The train leaves at 8am"


@pytest.fixture(params=["nano_embedder", "use_embedder", "minilm_embedder"])
def embedder(request: pytest.FixtureRequest) -> Embedder:
    return request.getfixturevalue(request.param)


@pytest.fixture(params=["nano_embedder", "use_embedder"])
def multilingual_embedder(request: pytest.FixtureRequest) -> Embedder:
    return request.getfixturevalue(request.param)


def _cos(embedder: Embedder, a: str, b: str) -> float:
    vectors = embedder.embed_passages([a, b])
    return float(vectors[0] @ vectors[1])


def test_passages_are_unit_float32_rows_of_the_model_dim(embedder: Embedder) -> None:
    vectors = embedder.embed_passages([SAD_FR, TRAIN_FR, SAD_EN])
    assert vectors.shape == (3, embedder.dim)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_query_is_one_unit_vector(embedder: Embedder) -> None:
    vector = embedder.embed_query("cette soirée où j'étais en colère")
    assert vector.shape == (embedder.dim,)
    assert vector.dtype == np.float32
    assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5


def test_an_empty_batch_keeps_the_dimension(embedder: Embedder) -> None:
    assert embedder.embed_passages([]).shape == (0, embedder.dim)


def test_the_default_model_has_384_dimensions(nano_embedder: Embedder) -> None:
    assert nano_embedder.dim == 384


def test_french_sadness_is_closer_to_sadness_than_to_a_train(multilingual_embedder: Embedder) -> None:
    assert _cos(multilingual_embedder, SAD_FR, UNHAPPY_FR) > _cos(multilingual_embedder, SAD_FR, TRAIN_FR)


def test_english_sadness_is_closer_to_sadness_than_to_a_train(embedder: Embedder) -> None:
    assert _cos(embedder, SAD_EN, UNHAPPY_EN) > _cos(embedder, SAD_EN, TRAIN_EN)


def test_a_query_finds_its_memory_without_sharing_its_words(multilingual_embedder: Embedder) -> None:
    memories = multilingual_embedder.embed_passages([
        "Ce soir à Lyon j'étais furieux contre Marc, il avait encore oublié notre rendez-vous.",
        "Le train pour Marseille part à 8h demain matin.",
        "J'ai acheté des tomates et du pain au marché.",
    ])
    query = multilingual_embedder.embed_query("cette soirée où j'étais en colère")
    assert int(np.argmax(memories @ query)) == 0


def test_batching_does_not_change_vectors(embedder: Embedder) -> None:
    together = embedder.embed_passages([SAD_FR, TRAIN_FR])
    alone = embedder.embed_passages([TRAIN_FR])
    np.testing.assert_allclose(together[1], alone[0], atol=1e-4)


def test_a_worker_thread_and_another_thread_get_the_same_vectors(embedder: Embedder) -> None:
    expected = embedder.embed_passages([SAD_FR, UNHAPPY_FR])
    results: list[np.ndarray] = []

    def work() -> None:
        results.append(embedder.embed_passages([SAD_FR, UNHAPPY_FR]))

    threads = [threading.Thread(target=work) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 3
    for result in results:
        np.testing.assert_allclose(result, expected, atol=1e-5)
