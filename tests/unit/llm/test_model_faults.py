"""A model's faults reach the user: an empty or partial proposal fails, wrong JSON types are refused,
an error inside the stream says what happened. Against the loopback Ollama server, through the real client."""
from __future__ import annotations

import json
from datetime import date

import pytest

from liblitz_app.enrichment import Persona, WhoIsWho
from liblitz_app.llm import OllamaError, OllamaService
from tests.helpers.fake_ollama import FakeOllama, Reply

DAY = date(2024, 3, 13)
TEXT = "Hier soir, j'ai dîné avec Mimi au bord du lac."
MODEL = "gemma3:4b"
GOOD = {"emotion": "joy", "intensity": 6, "place": "lac", "persons": ["Mimi"], "time_said": "Hier soir",
        "reflection": "Je suis contente que tu aies passé ce moment avec Mimi."}


def propose(service: OllamaService):
    return service.propose(TEXT, DAY, MODEL, Persona(), WhoIsWho())


@pytest.mark.parametrize("answer, said", [
    ({}, "le modèle n'a rien proposé"),
    ({"emotion": "", "persons": [], "reflection": ""}, "le modèle n'a rien proposé"),
    ({"emotion": "joy", "intensity": 5}, "le modèle n'a pas proposé : lieu, personnes, moment, réflexion"),
    ({**GOOD, "place": ["lac"]}, "« place » devrait être un texte, pas une liste"),
    ({**GOOD, "reflection": {"text": "Je suis là."}}, "« reflection » devrait être un texte, pas un objet"),
    ({**GOOD, "persons": [{"name": "Mimi"}]}, "« persons » devrait être une liste de noms"),
])
def test_an_empty_partial_or_mistyped_answer_is_a_failed_proposal(service: OllamaService, fake: FakeOllama,
                                                                  answer: dict, said: str) -> None:
    fake.script(Reply.json(answer), Reply.json(answer))  # asked twice, the same fault twice
    proposal = propose(service)
    assert proposal.failed and said in proposal.error
    assert "['lac']" not in json.dumps(proposal.to_dict()["fields"])
    assert len(fake.bodies("/api/chat")) == 2


def test_a_question_without_fields_is_not_a_failure(service: OllamaService, fake: FakeOllama) -> None:
    fake.script(Reply.json({"question": "Qui est Mimi ?"}))
    proposal = propose(service)
    assert not proposal.failed and proposal.asks_question


def test_an_error_inside_the_stream_says_what_happened(service: OllamaService, fake: FakeOllama) -> None:
    fake.script(Reply(content=json.dumps(GOOD), error_after=2, error="CUDA out of memory"))
    with pytest.raises(OllamaError) as raised:
        propose(service)
    assert "CUDA out of memory" in raised.value.message_fr and "(-1)" not in raised.value.message_fr
    assert "stopped during its answer" in raised.value.message_en
