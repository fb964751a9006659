"""`liblitz doctor` tells the state of things in sentences, whatever that state is."""
from __future__ import annotations

from pathlib import Path

import pytest

from liblitz_app.cli import main
from liblitz_app.doctor import diagnose
from liblitz_app.memory import Status
from liblitz_app.paths import DataDir
from liblitz_app.store.ledger import NewMemory
from liblitz_app.store.opening import open_library
from tests.helpers.fake_ollama import closed_port_url, fake_ollama



def _lines(data: DataDir) -> dict[str, str]:
    return {line.topic: line.text for line in diagnose(data)}


def test_a_fresh_folder_is_described_without_being_filled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIBLITZ_OLLAMA_URL", closed_port_url())
    lines = _lines(DataDir(tmp_path))
    assert "aucun registre" in lines["registre"]
    assert "disponible" in lines["embeddings"]
    assert "injoignable" in lines["ollama"] and "ollama serve" in lines["ollama"]
    assert "aucun index encore" in lines["index"]
    assert lines["documents"] == "PDF, DOCX, Markdown, CSV et pages web lisibles"  # a sample page was read
    assert list(tmp_path.iterdir()) == []  # only looked: no ledger, no index, no models folder


def test_counts_model_index_and_a_reachable_ollama(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = DataDir.open(tmp_path)
    library = open_library(data)
    library.add(NewMemory("Une soirée à Lyon", status=Status.COMMITTED))
    library.add(NewMemory("Un matin à Paris", status=Status.COMMITTED))
    library.close()
    with fake_ollama(models=["gemma3:4b"]) as server:
        monkeypatch.setenv("LIBLITZ_OLLAMA_URL", server.url)
        lines = _lines(data)
    assert "retenu : 2" in lines["registre"]
    assert "2 souvenirs indexés" in lines["index"]
    assert "Qdrant Edge" in lines["qdrant"]
    assert "joignable" in lines["ollama"] and "gemma3:4b" in lines["ollama"]


def test_doctor_while_the_app_holds_the_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIBLITZ_OLLAMA_URL", closed_port_url())
    data = DataDir.open(tmp_path)
    library = open_library(data)  # as the running app would
    try:
        assert "ouvert par Liblitz" in _lines(data)["index"]
    finally:
        library.close()


def test_the_command_prints_every_topic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LIBLITZ_OLLAMA_URL", closed_port_url())
    assert main(["--data-dir", str(tmp_path), "doctor"]) == 0
    out = capsys.readouterr().out
    for topic in ("données", "registre", "embeddings", "qdrant", "ollama"):
        assert f"{topic} :" in out


def test_the_data_dir_may_follow_the_command_and_nothing_is_created(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LIBLITZ_OLLAMA_URL", closed_port_url())
    folder = tmp_path / "not-yet"
    assert main(["doctor", "--data-dir", str(folder)]) == 0
    assert f"données : {folder}" in capsys.readouterr().out
    assert not folder.exists()  # "changes nothing": not even the folder, a log or models/
    assert main(["--data-dir", str(tmp_path / "before"), "doctor", "--data-dir", str(folder)]) == 0
    assert f"données : {folder}" in capsys.readouterr().out  # the later one wins, as usual
