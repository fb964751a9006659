"""`liblitz check-model NAME`: pass or fail per scenario, the run kept in the ledger, the exit code
0 (all passed), 1 (one failed), 2 (could not run: the sentence says why)."""
from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from liblitz_app.checkup.cli import check_model_command
from liblitz_app.checkup.scenario import SHIPPED, USER_FOLDER
from liblitz_app.cli import main
from liblitz_app.i18n import set_language
from liblitz_app.paths import DataDir
from liblitz_app.store.checkups import latest_runs
from liblitz_app.store.ledger import LedgerReader
from tests.helpers.fake_ollama import FakeOllama, closed_port_url, fake_ollama
from tests.unit.checkup.scripted import scripted


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOllama]:
    with fake_ollama() as server:
        monkeypatch.setenv("LIBLITZ_OLLAMA_URL", server.url)
        yield server


@pytest.fixture
def data(tmp_path: Path) -> DataDir:
    """A data folder with a scenario of the user's (a copy of a shipped one, under another name)."""
    data = DataDir.open(tmp_path / "data")
    (data.root / USER_FOLDER).mkdir()
    shutil.copy(SHIPPED / "identity-en.json", data.root / USER_FOLDER / "who-en.json")
    return data


def _run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    try:
        return check_model_command(argv, out), out.getvalue()
    finally:
        set_language("fr")


def test_a_model_that_passes_exits_0_and_its_run_is_kept(fake: FakeOllama, data: DataDir) -> None:
    fake.responder = scripted(True)
    set_language("en")
    code, out = _run(["gemma3:4b", "--lang", "en", "--scenario", "identity-en", "--scenario", "who-en",
                      "--data-dir", str(data.root)])
    assert code == 0
    assert out.splitlines() == ["PASSED  identity-en  Who are you?", "PASSED  who-en  Who are you?",
                                "gemma3:4b: 2 scenarios passed out of 2."]
    reader = LedgerReader(data.ledger)
    [run] = latest_runs(reader)
    reader.close()
    assert run.model == "gemma3:4b" and run.passed and run.languages == "en"


def test_a_model_that_fails_exits_1_with_its_reasons_in_json(fake: FakeOllama, data: DataDir) -> None:
    fake.responder = scripted(False)
    code, out = _run(["mistral:7b", "--json", "--scenario", "identity-en", "--scenario", "recall-fr",
                      "--data-dir", str(data.root)])
    assert code == 1
    result = json.loads(out)
    assert result["model"] == "mistral:7b" and result["passed"] is False
    assert [s["id"] for s in result["scenarios"]] == ["identity-en", "recall-fr"]
    identity = result["scenarios"][0]
    assert identity["passed"] is False and identity["transcript"][-1] == {
        "role": "companion", "text": "I am a large language model, trained by Google."}
    assert any("language model" in reason for reason in identity["reasons"])


def test_without_ollama_it_exits_2_saying_how_to_start_it(data: DataDir, monkeypatch, capsys) -> None:
    monkeypatch.setenv("LIBLITZ_OLLAMA_URL", closed_port_url())
    assert main(["check-model", "gemma3:4b", "--data-dir", str(data.root)]) == 2
    assert "ollama serve" in capsys.readouterr().err
    reader = LedgerReader(data.ledger)
    assert latest_runs(reader) == []
    reader.close()


def test_a_wrong_command_is_a_sentence(capsys) -> None:
    assert main(["check-model"]) == 2
    assert "liblitz check-model --help" in capsys.readouterr().err
