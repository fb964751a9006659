"""Check-up runs kept in the real ledger: a round trip, each model's latest, and a run never altered."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from liblitz_app.store.checkups import CheckupRun, Line, Reason, ScenarioResult, keep_run, latest_runs, runs_of
from liblitz_app.store.ledger import Ledger


def _run(model: str, passed: bool) -> CheckupRun:
    guard = Reason("Les garde-fous signalent, pour « {memory} » : {flag}",
                   {"memory": "Hier soir…", "flag": "Le lieu a changé."}, {"flag": "The place changed."})
    return CheckupRun(model, "sha256:abc", "fr", "2026-11-30T09:00:00+00:00", "2026-11-30T09:01:00+00:00", (
        ScenarioResult("identity-fr", "identity", "Qui es-tu ?", "fr", True, (),
                       (Line("system", "Tu es Liblitz."), Line("user", "Qui es-tu ?"), Line("companion", "Liblitz."))),
        ScenarioResult("enrichment-fr", "enrichment", "Fidélité", "fr", passed, () if passed else (guard,),
                       (Line("memory", "Hier soir…"), Line("enrichment", "{}"))),
    ))


def test_a_run_comes_back_as_it_was_kept(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    run = _run("gemma3:4b", passed=False)
    run_id = keep_run(ledger, run)
    [back] = runs_of(ledger, "gemma3:4b")
    assert back == CheckupRun(**{**run.__dict__, "id": run_id})
    assert not back.passed and back.passed_count == 1
    reason = back.results[1].reasons[0]
    assert reason.describe("fr").endswith("Le lieu a changé.") and reason.describe("en").endswith("The place changed.")
    assert ledger.journal()[0]["action"] == "checkup"
    ledger.close()


def test_each_model_s_latest_run_is_shown_the_most_recent_first(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    keep_run(ledger, _run("gemma3:4b", passed=False))
    keep_run(ledger, _run("mistral:7b", passed=False))
    again = keep_run(ledger, _run("gemma3:4b", passed=True))
    latest = latest_runs(ledger)
    assert [(r.model, r.passed) for r in latest] == [("gemma3:4b", True), ("mistral:7b", False)]
    assert latest[0].id == again and len(runs_of(ledger, "gemma3:4b")) == 2
    ledger.close()


def test_a_kept_run_is_never_altered(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    keep_run(ledger, _run("gemma3:4b", passed=False))
    with pytest.raises(sqlite3.IntegrityError):
        ledger._conn.execute("UPDATE checkup_results SET passed = 1")
    with pytest.raises(sqlite3.IntegrityError):
        ledger._conn.execute("UPDATE checkup_runs SET model = 'other'")
    ledger.close()
