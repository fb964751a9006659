"""Model check-ups in the ledger (schema v9): each run of a model through the scenarios, and each
scenario's verdict with its transcript, so two models can be compared before one is trusted.

A run is written whole in one transaction, and never altered afterwards (triggers): a new check-up of
the same model is a new run; the window shows each model's latest. Reads take any `LedgerReader`.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime

from ..i18n import language, translate
from .ledger import Ledger, LedgerReader
from .rows import now_iso, to_json


@dataclass(frozen=True)
class Reason:
    """Why a scenario failed: a French sentence (the catalogue key) and its values, told in the
    reader's language when shown (a run kept in French reads in English later)."""

    key: str
    values: dict[str, str] = field(default_factory=dict)
    values_en: dict[str, str] = field(default_factory=dict)  # values that differ in English (a guard's sentence)

    def describe(self, code: str | None = None) -> str:
        code = code or language()
        values = {**self.values, **self.values_en} if code == "en" else self.values
        return translate(code, self.key, **values)


@dataclass(frozen=True)
class Line:
    """One line of a transcript. `role`: "system", "user", "companion" (her reply), "proposals" (what
    she proposed for review), "memory" (a sample given to enrich), "enrichment" (her proposal), "flag"."""

    role: str
    text: str


@dataclass(frozen=True)
class ScenarioResult:
    scenario: str  # the scenario's id (its file name without extension)
    kind: str  # identity, recall, contradiction, painful, enrichment, or the user's own word
    title: str
    language: str
    passed: bool
    reasons: tuple[Reason, ...] = ()
    transcript: tuple[Line, ...] = ()


@dataclass(frozen=True)
class CheckupRun:
    model: str
    digest: str  # Ollama's digest of the model's weights ("" when unknown): the same name can change
    languages: str  # "fr", "en" or "fr en": the scenarios' languages
    started_at: str  # ISO, UTC
    finished_at: str
    results: tuple[ScenarioResult, ...]
    id: int = 0  # 0 until kept

    @property
    def passed(self) -> bool:
        return all(r.passed for r in self.results)

    @property
    def passed_count(self) -> int:
        return sum(r.passed for r in self.results)

    @property
    def day(self) -> datetime:
        return datetime.fromisoformat(self.started_at)


def keep_run(ledger: Ledger, run: CheckupRun) -> int:
    """Keep a whole run (all or nothing); its id. The journal notes it, with its score."""
    finished = run.finished_at or now_iso()
    with ledger._transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO checkup_runs (model, digest, languages, started_at, finished_at) VALUES (?, ?, ?, ?, ?)",
            (run.model, run.digest, run.languages, run.started_at, finished))
        run_id = int(cursor.lastrowid)
        conn.executemany(
            "INSERT INTO checkup_results (run_id, position, scenario, kind, title, language, passed, reasons, "
            "transcript) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(run_id, position, r.scenario, r.kind, r.title, r.language, int(r.passed),
              to_json([{"key": x.key, "values": x.values, "values_en": x.values_en} for x in r.reasons]),
              to_json([{"role": x.role, "text": x.text} for x in r.transcript]))
             for position, r in enumerate(run.results)])
        ledger._log(None, "checkup", {"run": run_id, "model": run.model, "digest": run.digest,
                                      "passed": run.passed_count, "scenarios": len(run.results)}, finished)
    return run_id


def latest_runs(ledger: LedgerReader) -> list[CheckupRun]:
    """Each checked model's latest run, the most recent first."""
    rows = ledger._conn.execute(
        "SELECT * FROM checkup_runs WHERE id IN (SELECT max(id) FROM checkup_runs GROUP BY model) ORDER BY id DESC")
    return [_run(ledger, row) for row in rows.fetchall()]


def runs_of(ledger: LedgerReader, model: str) -> list[CheckupRun]:
    """Every run of one model, the most recent first."""
    rows = ledger._conn.execute("SELECT * FROM checkup_runs WHERE model = ? ORDER BY id DESC", (model,))
    return [_run(ledger, row) for row in rows.fetchall()]


def _run(ledger: LedgerReader, row: sqlite3.Row) -> CheckupRun:
    results = ledger._conn.execute("SELECT * FROM checkup_results WHERE run_id = ? ORDER BY position", (row["id"],))
    return CheckupRun(row["model"], row["digest"], row["languages"], row["started_at"], row["finished_at"],
                      tuple(_result(r) for r in results.fetchall()), int(row["id"]))


def _result(row: sqlite3.Row) -> ScenarioResult:
    reasons = tuple(Reason(r["key"], dict(r.get("values") or {}), dict(r.get("values_en") or {}))
                    for r in json.loads(row["reasons"]))
    lines = tuple(Line(x["role"], x["text"]) for x in json.loads(row["transcript"]))
    return ScenarioResult(row["scenario"], row["kind"], row["title"], row["language"], bool(row["passed"]), reasons,
                          lines)
