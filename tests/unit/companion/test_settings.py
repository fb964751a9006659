"""The companion's settings: typed groups over the ledger, written only where they change, secrets
kept out of the journal."""
from __future__ import annotations

import pytest

from liblitz_app.companion import (
    SECRET_KEYS, CompanionError, CompanionSettings, EmbeddingSettings, IndexSettings, OllamaSettings,
    PaceSettings, choose_model, ollama_address, ollama_timeout, save,
)
from liblitz_app.i18n import set_language
from liblitz_app.errors import describe
from liblitz_app.intake.feeder import Feeder, Pace, PaceMode
from liblitz_app.llm import OllamaTimeout
from liblitz_app.store.ledger import Ledger


def test_a_fresh_ledger_reads_as_the_defaults(ledger: Ledger) -> None:
    settings = CompanionSettings.read(ledger)
    assert settings.ollama == OllamaSettings(url="http://localhost:11434", enrich_model="", chat_model="",
                                             timeout=120.0)
    assert settings.embedding.model == "default" and settings.index == IndexSettings("", "")
    assert settings.pace.pace == Pace()


def test_each_group_is_written_and_read_back(ledger: Ledger) -> None:
    save(ledger, OllamaSettings, url="http://127.0.0.1:9", chat_model="gemma3:4b", timeout=45)
    save(ledger, EmbeddingSettings, model="catalogue:BAAI/bge-small-en-v1.5")
    save(ledger, IndexSettings, url="https://qdrant.example", api_key="s3cret")
    save(ledger, PaceSettings, pace=Pace(PaceMode.PER_SESSION, 3))
    again = CompanionSettings.read(ledger)
    assert again.ollama == OllamaSettings("http://127.0.0.1:9", "", "gemma3:4b", 45.0)
    assert again.embedding.model == "catalogue:BAAI/bge-small-en-v1.5"
    assert again.index == IndexSettings("https://qdrant.example", "s3cret")
    assert Feeder(ledger).pace == Pace(PaceMode.PER_SESSION, 3)  # the feeder reads the same pace
    assert ledger.setting("ollama.url") == "http://127.0.0.1:9" and ledger.setting("qdrant.url") == \
        "https://qdrant.example"


def test_only_what_changed_is_written_and_journaled(ledger: Ledger) -> None:
    choose_model(ledger, "enrich", "gemma3:4b")
    choose_model(ledger, "enrich", "gemma3:4b")
    keys = [line["detail"]["key"] for line in ledger.journal() if line["action"] == "setting"]
    assert keys == ["ollama.model.enrich"]
    assert CompanionSettings.read(ledger).ollama.model_for("enrich") == "gemma3:4b"


def test_a_secret_is_stored_but_never_copied_into_the_journal(ledger: Ledger) -> None:
    assert SECRET_KEYS == {"qdrant.api_key"}
    save(ledger, IndexSettings, url="https://qdrant.example", api_key="first-key")
    save(ledger, IndexSettings, api_key="second-key")
    assert ledger.setting("qdrant.api_key") == "second-key"
    journal = str(ledger.journal())
    assert "first-key" not in journal and "second-key" not in journal
    assert {"key": "qdrant.api_key", "secret": True} in [line["detail"] for line in ledger.journal()]
    assert "second-key" not in repr(IndexSettings.read(ledger))  # nor into a log line


def test_the_environment_wins_and_is_never_written_back(ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    save(ledger, OllamaSettings, url="http://127.0.0.1:9")
    monkeypatch.setenv("LIBLITZ_OLLAMA_URL", "http://127.0.0.1:8")
    monkeypatch.setenv("LIBLITZ_QDRANT_URL", "https://elsewhere")
    assert CompanionSettings.read(ledger).ollama.url == "http://127.0.0.1:8"
    assert CompanionSettings.read(ledger).index.url == "https://elsewhere"
    save(ledger, OllamaSettings, enrich_model="gemma3:4b")
    assert ledger.setting("ollama.url") == "http://127.0.0.1:9"


def test_an_address_or_a_delay_that_cannot_be_used_is_refused_in_a_sentence() -> None:
    assert ollama_address("  http://localhost:11434/ ") == "http://localhost:11434"
    assert ollama_address("192.168.1.20:11434") == "http://192.168.1.20:11434"  # written as OLLAMA_HOST is
    assert ollama_address("http://[::1]:11434") == "http://[::1]:11434"
    for typo in ("ftp://localhost:11434", "http//localhost:11434", "localhost:port"):
        with pytest.raises(CompanionError):
            ollama_address(typo)
    with pytest.raises(CompanionError) as refused:
        ollama_address("pas une adresse")
    assert "n'est pas une adresse" in describe(refused.value)
    assert ollama_timeout(30) == 30.0
    with pytest.raises(CompanionError):
        ollama_timeout(0)


def test_the_timeout_sentence_names_the_delay_in_the_users_language() -> None:
    error = OllamaTimeout(45.0)
    try:
        set_language("en")
        assert "45 s" in describe(error) and "Ollama did not answer" in describe(error)
    finally:
        set_language("fr")
    assert "45 s" in describe(error) and "n'a pas répondu" in describe(error)
