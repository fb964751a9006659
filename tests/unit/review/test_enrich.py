"""Enriching released memories: through the real ollama client against the fake server, or offline."""
from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from liblitz_app.enrichment import FlagKind, KnownPerson
from liblitz_app.llm import OllamaService, RetryPolicy
from liblitz_app.memory import Emotion, Status
from liblitz_app.companion import load_people
from liblitz_app.review import ProposalState, ReviewBook, answer, counts, enrich, first_item, prepare, to_prepare
from liblitz_app.store.ledger import Ledger
from tests.helpers.fake_ollama import FakeOllama, Reply, closed_port_url

from .conftest import LIBLITZ, released

MODEL = "gemma3:4b"
RENAMED = {"emotion": "joy", "intensity": 6, "place": "Lyon", "persons": ["Marc"], "time_said": "Hier soir",
           "reflection": "L'IA est contente que tu aies passé la journée avec Marc."}
GOOD = {**RENAMED, "reflection": "Je suis contente que tu m'aies raconté ta journée avec Marc."}



def test_without_ollama_the_offline_extractor_proposes(ledger: Ledger) -> None:
    memory_id = released(ledger)
    item = enrich(ledger, memory_id)
    assert item.memory.status is Status.IN_REVIEW
    assert item.proposal is not None and item.proposal.from_extractor
    assert item.proposal.proposal.fields.persons == ("Marc",) and item.proposal.proposal.fields.place == "Lyon"
    moves = [(e["detail"]["from"], e["detail"]["to"]) for e in reversed(ledger.journal(memory_id))
             if e["action"] == "status"]
    assert moves == [("released", "proposed"), ("proposed", "in_review")]
    assert ledger.get(memory_id).fields.persons == ()  # a proposal writes nothing into the memory


def test_the_guards_readers_load_on_the_proposing_thread_not_the_stores(ledger: Ledger, monkeypatch) -> None:
    """`propose` runs on the model worker, `record` on the store's thread: the five seconds spaCy and the name
    lists take to load are paid by the first, so the browser's reads never queue behind them."""
    from liblitz_app.enrichment import names
    from liblitz_app.review import propose, record

    calls: list[str] = []
    monkeypatch.setattr(names, "warm_up", lambda: calls.append("warm") or True)
    request = prepare(ledger, released(ledger), "")
    outcome = propose(request, None)
    assert calls == ["warm"]
    record(ledger, request, outcome)
    assert calls == ["warm"]

def test_a_model_proposal_is_guarded_and_the_renaming_is_flagged(ledger: Ledger, service: OllamaService,
                                                                  fake: FakeOllama) -> None:
    fake.script(Reply.json(RENAMED))
    memory_id = released(ledger)
    item = enrich(ledger, memory_id, service, MODEL)
    assert fake.bodies("/api/chat")[0]["messages"][1]["content"] == LIBLITZ
    assert item.proposal is not None and item.proposal.origin == f"model:{MODEL}"
    renamed = next(f for f in item.flags if f.kind is FlagKind.COMPANION_RENAMED)
    span = renamed.spans[0]
    assert span.target == "reflection"
    assert item.proposal.proposal.fields.reflection[span.start:span.end] == "L'IA"
    assert counts(ledger).flagged == 1


def test_a_time_the_model_only_says_is_dated_from_the_day_the_memory_was_written(
        ledger: Ledger, service: OllamaService, fake: FakeOllama) -> None:
    fake.script(Reply.json(GOOD))  # "Hier soir", no date: the schema does not ask the model for one
    memory_id = released(ledger)
    item = enrich(ledger, memory_id, service, MODEL)
    assert item.proposal is not None
    time = item.proposal.proposal.fields.time
    written = ledger.get(memory_id).created_at.date()
    assert (time.said, time.start) == ("Hier soir", written - timedelta(days=1))


def test_an_unreachable_ollama_falls_back_to_the_extractor_and_says_why(ledger: Ledger) -> None:
    service = OllamaService(closed_port_url(), timeout=2, retry=RetryPolicy(attempts=1))
    try:
        item = enrich(ledger, released(ledger), service, MODEL)
    finally:
        service.close()
    assert item.proposal is not None and item.proposal.from_extractor
    assert "ollama serve" in item.proposal.note and "extracteur hors ligne" in item.proposal.note


def test_a_failed_proposal_is_kept_visible_with_its_raw_output(ledger: Ledger, service: OllamaService,
                                                                fake: FakeOllama) -> None:
    fake.script(Reply.text("pas du json"), Reply.text("toujours pas"))
    item = enrich(ledger, released(ledger), service, MODEL)
    assert item.proposal is not None and item.proposal.failed
    assert item.proposal.proposal.provenance.raw_output == "toujours pas"
    assert counts(ledger).failed == 1 and counts(ledger).waiting == 1


def test_asking_again_supersedes_and_keeps_every_proposal(ledger: Ledger, service: OllamaService,
                                                           fake: FakeOllama) -> None:
    fake.script(Reply.json(RENAMED), Reply.json(GOOD))
    memory_id = released(ledger)
    enrich(ledger, memory_id, service, MODEL)
    item = enrich(ledger, memory_id, service, "mistral:7b")
    history = ReviewBook(ledger).all_for(memory_id)
    assert [p.state for p in history] == [ProposalState.SUPERSEDED, ProposalState.PENDING]
    assert item.proposal == history[1] and item.proposal.model == "mistral:7b"
    assert item.clean and ledger.get(memory_id).status is Status.IN_REVIEW


def test_a_question_is_kept_answered_and_the_proposal_redone_with_the_answer(
        ledger: Ledger, service: OllamaService, fake: FakeOllama) -> None:
    fake.script(Reply.json({"question": "Qui est Mimi ?"}), Reply.json({**GOOD, "persons": ["Marie Dupont"]}))
    memory_id = released(ledger, "J'ai vu Mimi hier, on a ri comme avant.")
    item = enrich(ledger, memory_id, service, MODEL)
    assert item.question is not None and item.question.question == "Qui est Mimi ?"
    assert counts(ledger).questions == 1
    answer(ledger, item.question.id, "Mimi, c'est ma sœur Marie Dupont.",
           [KnownPerson("Marie Dupont", "sœur", ("Mimi",))])
    assert load_people(ledger).find("Mimi").name == "Marie Dupont"
    request = prepare(ledger, memory_id, MODEL)
    assert request.answers[0].answer == "Mimi, c'est ma sœur Marie Dupont."
    redone = enrich(ledger, memory_id, service, MODEL)
    system = fake.bodies("/api/chat")[1]["messages"][0]["content"]
    assert "Qui est Mimi ?" in system and "ma sœur Marie Dupont" in system and "Mimi" in system
    assert redone.question is None and redone.proposal.proposal.fields.persons == ("Marie Dupont",)
    kept = ReviewBook(ledger).clarifications(memory_id)
    assert len(kept) == 1 and kept[0].answered and kept[0].answered_at is not None


def test_a_proposal_once_written_cannot_be_altered(ledger: Ledger) -> None:
    item = enrich(ledger, released(ledger))
    with pytest.raises(sqlite3.IntegrityError):  # straight at the table, past the store's own functions
        ledger._conn.execute("UPDATE proposals SET content = '{}' WHERE id = ?", (item.proposal.id,))


def test_what_waits_to_be_prepared_and_the_queue_order(ledger: Ledger) -> None:
    first, second = released(ledger), released(ledger, "Un dimanche de pluie, j'étais triste.")
    assert to_prepare(ledger) == [first, second]
    for memory_id in (first, second):
        enrich(ledger, memory_id)
    assert to_prepare(ledger) == [] and first_item(ledger).memory_id == first
    sad = ReviewBook(ledger).pending(second).proposal.fields
    assert sad.emotion is Emotion.SADNESS
