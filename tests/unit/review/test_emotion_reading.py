"""Enrichment with the emotion reader: the offline proposal takes its emotion and confidence, and a
model's emotion that the text plainly contradicts is flagged."""
from __future__ import annotations

import pytest

from liblitz_app.embedding import nano
from liblitz_app.enrichment import FlagKind
from liblitz_app.llm import OllamaService
from liblitz_app.memory import Emotion
from liblitz_app.review import enrich
from liblitz_app.store.ledger import Ledger
from tests.helpers.fake_ollama import FakeOllama, Reply

from .conftest import released

FURIOUS = "J'étais furieux contre lui"
MODEL = "gemma3:4b"
PROPOSED = {"emotion": "joy", "intensity": 6, "place": "", "persons": [], "time_said": "",
            "reflection": "Je comprends que tu aies eu besoin de le dire."}


@pytest.fixture
def e5(embedder):
    if embedder.model_id != nano.MODEL_ID:
        pytest.skip("the reader is trained on multilingual-e5-small, not installed on this platform")
    return embedder


def test_offline_the_readers_emotion_and_confidence_reach_the_review(ledger: Ledger, e5) -> None:
    item = enrich(ledger, released(ledger, FURIOUS), embedder=e5)
    proposal = item.proposal.proposal
    assert proposal.fields.emotion is Emotion.ANGER
    assert 0.3 < proposal.emotion_confidence < 1
    assert not [f for f in item.flags if f.kind is FlagKind.EMOTION_CONTRADICTED]


def test_a_models_joy_for_a_furious_text_is_flagged(ledger: Ledger, e5, service: OllamaService,
                                                    fake: FakeOllama) -> None:
    fake.script(Reply.json(PROPOSED))
    item = enrich(ledger, released(ledger, FURIOUS), service, MODEL, embedder=e5)
    assert item.proposal.proposal.fields.emotion is Emotion.JOY
    flag = next(f for f in item.flags if f.kind is FlagKind.EMOTION_CONTRADICTED)
    assert flag.field == "emotion" and "colère" in flag.message("fr")
