"""A model put through the shipped scenarios, against the loopback Ollama server: one scripted to pass
every scenario, one to fail every one; with the real chat prompts, recall, proposals and guards, over a
throwaway companion that leaves nothing behind."""
from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from liblitz_app.checkup import (
    CheckupRequest, NoScenario, check_model, load_scenarios, run_checkup, scenario_folders,
)
from liblitz_app.checkup.run import SCRATCH
from liblitz_app.checkup.scenario import SHIPPED, USER_FOLDER
from liblitz_app.checkup.stand_in import LEFTOVER_AFTER_S
from liblitz_app.llm import Cancelled, ModelNotFound, OllamaService, OllamaUnavailable
from liblitz_app.paths import DataDir
from liblitz_app.store.checkups import CheckupRun
from tests.helpers.fake_ollama import FakeOllama, closed_port_url, fake_ollama
from tests.unit.checkup.scripted import scripted

SCENARIOS = load_scenarios(scenario_folders(None)).scenarios
# What each kind of scenario fails on, when the model answers badly (the French sentence of the reason).
FAILS_ON = {
    "identity": "Une réponse dit « {words} », ce qu'elle ne devait pas dire.",
    "recall": "La réponse ne dit pas « {words} ».",
    "contradiction": "Rien de ce qu'elle a proposé n'est parti en relecture comme contradiction d'un souvenir.",
    "painful": "Une réponse dit « {words} », ce qu'elle ne devait pas dire.",
    "enrichment": "Les garde-fous signalent, pour « {memory} » : {flag}",
}


@pytest.fixture
def fake() -> Iterator[FakeOllama]:
    with fake_ollama(["gemma3:latest", "gemma3:4b", "mistral:7b"]) as server:
        yield server


def _check(fake: FakeOllama, embedder, scratch: Path, passing: bool) -> CheckupRun:
    fake.responder = scripted(passing)
    service = OllamaService(fake.url)
    try:
        return check_model(service, "gemma3:4b", SCENARIOS, embedder, scratch)
    finally:
        service.close()


def test_the_shipped_scenarios_cover_each_kind_in_both_languages() -> None:
    assert {(s.kind, s.language) for s in SCENARIOS} == {(k, lang) for k in FAILS_ON for lang in ("fr", "en")}


def test_a_model_that_answers_well_passes_every_scenario_on_the_chat_s_own_prompts(fake: FakeOllama, embedder,
                                                                                   tmp_path: Path) -> None:
    run = _check(fake, embedder, tmp_path / "scratch", passing=True)
    assert [(r.scenario, r.reasons) for r in run.results if not r.passed] == []
    assert run.passed and len(run.results) == len(SCENARIOS) and run.languages == "en fr"
    assert list((tmp_path / "scratch").iterdir()) == []  # every throwaway companion is gone
    # Recall gives her the memory asked about; the painful rule keeps a grief out of a light message's
    # prompt and lets it in when the user opens the subject.
    system = {r.scenario: next(line.text for line in r.transcript if line.role == "system") for r in run.results
              if r.kind != "enrichment"}
    assert "Petit Zinc" in system["recall-fr"] and "Blue Lantern" in system["recall-en"]
    assert "Tu es Liblitz" in system["identity-fr"] and "You are Liblitz" in system["identity-en"]
    assert "Papi Jean" not in system["painful-light-fr"] and "Grandpa John" not in system["painful-light-en"]
    assert "Papi Jean" in system["painful-opened-fr"] and "Grandpa John" in system["painful-opened-en"]
    contradiction = next(r for r in run.results if r.scenario == "contradiction-fr")
    assert [line.role for line in contradiction.transcript] == ["system", "user", "companion", "proposals"]


def test_a_model_that_answers_badly_fails_every_scenario_and_says_why(fake: FakeOllama, embedder,
                                                                       tmp_path: Path) -> None:
    run = _check(fake, embedder, tmp_path / "scratch", passing=False)
    assert [r.scenario for r in run.results if r.passed] == []
    for result in run.results:
        assert FAILS_ON[result.kind] in {reason.key for reason in result.reasons}, result.scenario
        assert all(reason.describe("en") != reason.describe("fr") for reason in result.reasons)  # translated
    identity = next(r for r in run.results if r.scenario == "identity-en")
    assert {"language model", "Google"} <= {reason.values["words"] for reason in identity.reasons}
    enrichment = next(r for r in run.results if r.scenario == "enrichment-en")
    assert any("Paris" in reason.describe("en") for reason in enrichment.reasons)  # the guard's own sentence


def test_a_full_check_up_names_the_model_s_digest_and_touches_no_memory_of_the_user(fake: FakeOllama,
                                                                                     tmp_path: Path) -> None:
    fake.responder = scripted(True)
    data = DataDir.open(tmp_path / "data")
    mine = data.root / USER_FOLDER
    mine.mkdir()
    for name in ("identity-fr.json", "identity-en.json"):
        shutil.copy(SHIPPED / name, mine / name)
    (mine / "broken.json").write_text("{", encoding="utf-8")
    killed, running = data.root / SCRATCH / "checkup-killed", data.root / SCRATCH / "checkup-running"
    for folder in (killed, running):
        folder.mkdir(parents=True)
    os.utime(killed, (time.time() - 2 * LEFTOVER_AFTER_S,) * 2)  # left by a check-up killed mid-run
    outcome = run_checkup(CheckupRequest("gemma3", data, fake.url, 30.0, languages=("fr",), folders=(mine,)))
    assert outcome.run.model == "gemma3:latest" and outcome.run.digest == "0" * 12 and outcome.run.languages == "fr"
    assert [(r.scenario, r.passed) for r in outcome.run.results] == [("identity-fr", True)]
    assert len(outcome.problems) == 1 and "broken.json" in outcome.problems[0]
    assert not data.ledger.exists()  # the user's ledger was not even opened
    assert not killed.exists() and running.exists()  # a leftover swept; a folder in use (another run) kept
    assert [p.name for p in (data.root / SCRATCH).iterdir()] == ["checkup-running"]  # this run left nothing


def test_a_model_that_is_not_installed_or_an_ollama_that_is_away_is_a_sentence(fake: FakeOllama,
                                                                                tmp_path: Path) -> None:
    data = DataDir.open(tmp_path / "data")
    with pytest.raises(ModelNotFound):
        run_checkup(CheckupRequest("llama3:70b", data, fake.url, 30.0))
    with pytest.raises(OllamaUnavailable) as away:
        run_checkup(CheckupRequest("gemma3:4b", data, closed_port_url(), 30.0))
    assert "ollama serve" in away.value.describe()


def test_no_scenario_in_the_language_asked_is_said(fake: FakeOllama, tmp_path: Path) -> None:
    with pytest.raises(NoScenario):
        run_checkup(CheckupRequest("gemma3:4b", DataDir.open(tmp_path / "data"), fake.url, 30.0, languages=("de",)))


def test_a_cancel_stops_the_check_up(fake: FakeOllama, embedder, tmp_path: Path) -> None:
    class Flag:
        def is_set(self) -> bool:
            return len(fake.bodies("/api/chat")) >= 1  # cancelled once the first question was asked
    fake.responder = scripted(True)
    service = OllamaService(fake.url)
    try:
        with pytest.raises(Cancelled):
            check_model(service, "gemma3:4b", SCENARIOS, embedder, tmp_path / "scratch", cancel=Flag())
    finally:
        service.close()
    assert len(fake.bodies("/api/chat")) == 1 and list((tmp_path / "scratch").iterdir()) == []
