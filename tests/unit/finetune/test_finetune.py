"""Fine-tuning sets: chat-format JSON Lines that validate, filters that select what they say, a cap per
memory, a warning past a few hundred examples, and a Modelfile Ollama accepts through `create`."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from liblitz_app.cli import main
from liblitz_app.companion.identity import save_persona
from liblitz_app.enrichment import Persona
from liblitz_app.finetune import TOO_MANY, Choice, FinetuneError, build_set, create_model, modelfile, write_jsonl
from liblitz_app.memory import Emotion, EventTime, MemoryFields, Status
from liblitz_app.store import conversations
from liblitz_app.store.conversations import NewTurn, Role
from liblitz_app.store.ledger import Ledger, NewMemory
from tests.helpers.fake_ollama import fake_ollama

ROLES = {"system", "user", "assistant"}


def _memory(text: str, emotion: Emotion, intensity: int, day: date, persons: tuple[str, ...] = (),
            reflection: str = "") -> NewMemory:
    return NewMemory(text, MemoryFields(emotion=emotion, intensity=intensity, persons=persons, place="Lyon",
                                        time=EventTime("", day), reflection=reflection), status=Status.COMMITTED)


@pytest.fixture
def ledger(tmp_path: Path) -> Ledger:
    opened = Ledger(tmp_path / "ledger.sqlite3")
    save_persona(opened, Persona.from_dict({"name": "Liblitz", "voice": "douce et curieuse"}))
    opened.add(_memory("La fête chez Léa, on a dansé.", Emotion.JOY, 8, date(2025, 6, 1), ("Léa",),
                       "Je garde cette fête comme un éclat de lumière."))
    opened.add(_memory("Le départ de Marc m'a rendu triste.", Emotion.SADNESS, 6, date(2024, 2, 3), ("Marc",)))
    opened.add(_memory("Un petit café avec Léa.", Emotion.JOY, 2, date(2023, 1, 9), ("Léa",)))
    opened.add(NewMemory("Un souvenir pas encore relu.", status=Status.STAGED))
    talk = conversations.start(opened)
    conversations.add_turn(opened, talk, NewTurn(Role.USER, "Bonjour, tu te souviens de la fête ?"))
    conversations.add_turn(opened, talk, NewTurn(Role.COMPANION, "Oui, chez Léa : vous avez dansé."))
    conversations.add_turn(opened, talk, NewTurn(Role.USER, "Et après ?"))
    conversations.add_turn(opened, talk, NewTurn(Role.COMPANION, "Je ne sais plus", partial=True))
    yield opened
    opened.close()


def _valid(example: dict) -> bool:
    messages = example["messages"]
    return (list(example) == ["messages"] and messages[0]["role"] == "system"
            and all(set(m) == {"role", "content"} and m["role"] in ROLES and isinstance(m["content"], str)
                    and m["content"] for m in messages)
            and [m["role"] for m in messages[1:]][-1] == "assistant"
            and all(a["role"] != b["role"] for a, b in zip(messages[1:], messages[2:])))


def test_the_file_is_chat_format_json_lines(ledger: Ledger, tmp_path: Path) -> None:
    training = build_set(ledger, Choice(all_conversations=True))
    assert write_jsonl(training, tmp_path / "set.jsonl") == len(training.examples) > 0
    lines = (tmp_path / "set.jsonl").read_text(encoding="utf-8").splitlines()
    examples = [json.loads(line) for line in lines]
    assert all(_valid(e) for e in examples)
    assert all(e["messages"][0]["content"].startswith("Tu es Liblitz.") for e in examples)
    texts = " ".join(m["content"] for e in examples for m in e["messages"])
    assert "pas encore relu" not in texts and "Je ne sais plus" not in texts  # staged / cut-short: never
    assert training.counts == {"memories": 3, "memory_examples": 6, "conversation_examples": 1, "examples": 7}


def test_filters_select_what_they_say(ledger: Ledger) -> None:
    def texts(choice: Choice) -> set[str]:
        training = build_set(ledger, choice)
        return {m.split("»")[0].strip("« ") for e in training.examples for m in
                (x["content"] for x in e["messages"] if x["role"] == "assistant") if m.startswith("«")}
    assert texts(Choice(emotions=frozenset({Emotion.SADNESS}))) == {"Le départ de Marc m'a rendu triste."}
    assert texts(Choice(person="léa")) == {"La fête chez Léa, on a dansé.", "Un petit café avec Léa."}
    assert texts(Choice(intensity_min=5)) == {"La fête chez Léa, on a dansé.", "Le départ de Marc m'a rendu triste."}
    assert texts(Choice(since=date(2024, 1, 1), until=date(2024, 12, 31))) == {"Le départ de Marc m'a rendu triste."}
    assert texts(Choice(ids=frozenset({3}))) == {"Un petit café avec Léa."}


def test_a_cap_per_memory_and_a_warning_past_a_few_hundred(ledger: Ledger) -> None:
    assert build_set(ledger, Choice(cap_per_memory=1)).counts["memory_examples"] == 3
    assert build_set(ledger, Choice(cap_per_memory=0)).counts["memory_examples"] == 0
    many = Ledger(ledger.path.with_name("many.sqlite3"))
    try:
        many.add_many(_memory(f"Souvenir {i}.", Emotion.JOY, 5, date(2025, 1, 1)) for i in range(TOO_MANY))
        assert not build_set(many, Choice(cap_per_memory=1)).too_many
        assert build_set(many, Choice(cap_per_memory=2)).too_many
    finally:
        many.close()


def test_the_modelfile_is_accepted_through_create(ledger: Ledger) -> None:
    system = build_set(ledger, Choice()).system
    text = modelfile("gemma3:4b", system)
    assert text.startswith("FROM gemma3:4b\nSYSTEM \"\"\"Tu es Liblitz.") and "PARAMETER temperature 0.7" in text
    with fake_ollama() as server:
        assert create_model(server.url, "liblitz-gemma", "gemma3:4b", system) == "success"
        body = server.bodies("/api/create")[0]
        assert body["model"] == "liblitz-gemma" and body["from"] == "gemma3:4b" and body["system"] == system
        assert body["parameters"]["temperature"] == 0.7 and "liblitz-gemma" in server.models
        with pytest.raises(FinetuneError, match="n'a pas pu créer"):
            create_model(server.url, "x", "absent:1b", system)


def test_the_command_line(ledger: Ledger, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                          monkeypatch: pytest.MonkeyPatch) -> None:
    with fake_ollama() as server:
        monkeypatch.setenv("LIBLITZ_OLLAMA_URL", server.url)
        code = main(["finetune-export", str(tmp_path / "out.jsonl"), "--data-dir", str(tmp_path), "--emotion", "joie",
                     "--cap", "1", "--base", "gemma3:4b", "--create", "liblitz-joie"])
        assert "liblitz-joie" in server.models
    assert code == 0
    out = capsys.readouterr().out
    assert "2 exemples" in out and (tmp_path / "Modelfile").read_text().startswith("FROM gemma3:4b")
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 2


def test_a_painful_memory_is_only_told_when_the_user_asks_about_it(ledger: Ledger) -> None:
    training = build_set(ledger, Choice(emotions=frozenset({Emotion.SADNESS}), cap_per_memory=10))
    asks = [e["messages"][1]["content"] for e in training.examples]
    assert asks == ["Tu te souviens de ce qui s'est passé 2024-02-03 à Lyon ?", "Parle-moi de Marc."]
