import threading
from datetime import date

import pytest

from liblitz_app.enrichment import (
    PROPOSAL_SCHEMA, FlagKind, KnownPerson, Persona, WhoIsWho, check_proposal,
)
from liblitz_app.llm import (
    Cancelled, ModelNotFound, OllamaFailure, OllamaService, OllamaTimeout, OllamaUnavailable,
    RetryPolicy, StreamInterrupted,
)
from tests.helpers.fake_ollama import FakeOllama, Reply

DAY = date(2024, 3, 13)
TEXT = "Hier soir, j'ai dîné avec Mimi à Lyon. Liblitz m'a fait rire !"
PEOPLE = WhoIsWho((KnownPerson("Marie Dupont", "sœur", ("Mimi",)),))
MODEL = "gemma3:4b"
GOOD = {
    "emotion": "joy", "intensity": 7, "place": "Lyon", "persons": ["Mimi"], "time_said": "Hier soir",
    "time_start": "2024-03-12", "reflection": "Moi, Liblitz, je suis heureuse d'avoir ri avec toi.",
}


def propose(service: OllamaService, **kwargs: object):
    return service.propose(TEXT, DAY, MODEL, Persona(), PEOPLE, **kwargs)


def flags(proposal) -> set[FlagKind]:
    return {f.kind for f in check_proposal(TEXT, DAY, proposal, Persona(), PEOPLE)}


def test_health_version_and_models(service: OllamaService) -> None:
    health = service.health()
    assert health.ok and health.version == "0.6.0-fake"
    assert [m.name for m in service.models()] == ["gemma3:4b", "mistral:7b"]


def test_a_good_proposal_sends_prompt_schema_and_model(service: OllamaService, fake: FakeOllama) -> None:
    fake.script(Reply.json(GOOD))
    proposal = propose(service)
    assert not proposal.failed and flags(proposal) == set()
    assert proposal.provenance.model == MODEL and proposal.provenance.prompt_id == "enrich.fr"
    assert proposal.origins["reflection"] == f"model:{MODEL}"
    body = fake.bodies("/api/chat")[0]
    assert body["model"] == MODEL and body["format"] == PROPOSAL_SCHEMA and body["stream"] is True
    assert "Liblitz" in body["messages"][0]["content"] and "Mimi" in body["messages"][0]["content"]
    assert body["messages"][1]["content"] == TEXT


@pytest.mark.parametrize("change, kind", [
    ({"reflection": "Je crois que l'IA a aimé ce dîner."}, FlagKind.COMPANION_RENAMED),
    ({"persons": []}, FlagKind.PERSON_DROPPED),
    ({"time_start": "2024-02-01"}, FlagKind.TIME_CHANGED),
])
def test_harmful_model_answers_are_flagged(service: OllamaService, fake: FakeOllama,
                                           change: dict, kind: FlagKind) -> None:
    fake.script(Reply.json({**GOOD, **change}))
    assert kind in flags(propose(service))


def test_malformed_json_is_asked_again(service: OllamaService, fake: FakeOllama) -> None:
    fake.script(Reply.text('{"emotion": "joy", '), Reply.json(GOOD))
    proposal = propose(service)
    assert not proposal.failed and proposal.provenance.earlier_outputs == ('{"emotion": "joy", ',)
    assert len(fake.bodies("/api/chat")) == 2


def test_malformed_twice_is_a_failed_proposal_kept_with_its_output(service: OllamaService, fake: FakeOllama) -> None:
    fake.script(Reply.text("Voici les champs : joie"), Reply.text("{oops"))
    proposal = propose(service)
    assert proposal.failed and "illisible" in proposal.error
    assert proposal.provenance.raw_output == "{oops"
    assert proposal.provenance.earlier_outputs == ("Voici les champs : joie",)


def test_a_clarification_question(service: OllamaService, fake: FakeOllama) -> None:
    fake.script(Reply.json({"question": "Qui est Mimi pour toi ?"}))
    proposal = propose(service)
    assert proposal.asks_question and proposal.question == "Qui est Mimi pour toi ?"


def test_server_error_is_a_sentence(service: OllamaService, fake: FakeOllama) -> None:
    fake.script(Reply.failure(500, "out of memory"))
    with pytest.raises(OllamaFailure, match=r"\(500\) : out of memory"):
        propose(service)


def test_unknown_model_says_how_to_pull_it(service: OllamaService) -> None:
    with pytest.raises(ModelNotFound, match="ollama pull llama9"):
        service.propose(TEXT, DAY, "llama9")


def test_a_stream_dropped_midway(service: OllamaService, fake: FakeOllama) -> None:
    fake.script(Reply.dropped("Une réponse assez longue pour plusieurs morceaux.", after_chunks=2))
    chunks: list[str] = []
    with pytest.raises(StreamInterrupted):
        for chunk in service.chat_stream(MODEL, [{"role": "user", "content": "Salut"}]):
            chunks.append(chunk)
    assert "".join(chunks) == "Une réponse assez longue"


def test_a_reply_slower_than_the_timeout(fake: FakeOllama) -> None:
    release = threading.Event()
    fake.script(Reply.slow("trop tard", release))
    service = OllamaService(fake.url, timeout=0.2, retry=RetryPolicy(sleep=lambda _: None))
    try:
        with pytest.raises(OllamaTimeout, match="0.2 s"):
            list(service.chat_stream(MODEL, [{"role": "user", "content": "Salut"}]))
    finally:
        release.set()
        service.close()


def test_streaming_chunks_and_cancel(service: OllamaService, fake: FakeOllama) -> None:
    fake.script(Reply.text("Bonjour, je suis Liblitz et je t'écoute."))
    assert "".join(service.chat_stream(MODEL, [{"role": "user", "content": "Salut"}])) == \
        "Bonjour, je suis Liblitz et je t'écoute."
    fake.script(Reply.text("Un long texte qui arrive en morceaux successifs."))
    cancel = threading.Event()
    received = []
    for chunk in service.chat_stream(MODEL, [{"role": "user", "content": "Salut"}], cancel):
        received.append(chunk)
        cancel.set()
    assert len(received) == 1


def test_cancelled_proposal_raises(service: OllamaService, fake: FakeOllama) -> None:
    fake.script(Reply.json(GOOD))
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        propose(service, cancel=cancel)


def test_ollama_not_running_retries_with_backoff_then_explains(waits: list[float]) -> None:
    service = OllamaService("http://127.0.0.1:9", retry=RetryPolicy(attempts=3, first_delay=0.5, sleep=waits.append))
    try:
        with pytest.raises(OllamaUnavailable, match="ollama serve"):
            service.models()
        assert waits == [0.5, 1.0]
        health = service.health()
        assert not health.ok and "Ollama ne répond pas à http://127.0.0.1:9" in health.message
    finally:
        service.close()
