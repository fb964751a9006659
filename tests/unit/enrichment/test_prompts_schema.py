import json
from datetime import date
from pathlib import Path

import pytest

from liblitz_app.enrichment import (
    PROPOSAL_SCHEMA, KnownPerson, MalformedOutput, Persona, Provenance, WhoIsWho, enrich_messages,
    load_prompt, read_output, resources_dir,
)
from liblitz_app.enrichment.prompts import PromptError
from liblitz_app.memory import Emotion


def test_resources_are_found_from_a_checkout_and_a_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert (resources_dir() / "prompts").is_dir()
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_prompt_files_carry_id_and_version(language: str) -> None:
    prompt = load_prompt("enrich", language)
    assert (prompt.id, prompt.version, prompt.language) == (f"enrich.{language}", 1, language)


def test_unknown_prompt_says_so() -> None:
    with pytest.raises(PromptError):
        load_prompt("enrich", "de")


def test_messages_inject_persona_and_who_is_who_and_keep_the_text_verbatim() -> None:
    text = "Samedi soir avec Mimi !"
    persona = Persona(name="Lumi")
    people = WhoIsWho((KnownPerson("Marie", "sœur", ("Mimi",)),))
    prompt, messages = enrich_messages(text, date(2024, 3, 13), persona, people)
    assert prompt.id == "enrich.fr"
    assert "Lumi" in messages[0]["content"] and "Marie — sœur — Mimi" in messages[0]["content"]
    assert "2024-03-13" in messages[0]["content"] and "$" not in messages[0]["content"]
    assert messages[1] == {"role": "user", "content": text}
    english, _ = enrich_messages("I had dinner with Tom last night.", date(2024, 3, 13), persona, people)
    assert english.id == "enrich.en"


def test_schema_is_json_and_lists_the_taxonomy() -> None:
    json.dumps(PROPOSAL_SCHEMA)
    assert "anticipation" in PROPOSAL_SCHEMA["properties"]["emotion"]["enum"]


def test_read_output_keeps_what_does_not_fit() -> None:
    raw = json.dumps({"emotion": "nostalgie", "intensity": "beaucoup", "persons": "Paul", "place": "",
                      "time_said": "hier", "time_start": "2024-03-12", "reflection": "Je…",
                      "text": "autre texte"})
    proposal = read_output(raw, Provenance(model="gemma3"))
    assert proposal.unparsed == {"emotion": "nostalgie", "intensity": "beaucoup"}
    assert proposal.fields.persons == ("Paul",) and proposal.fields.time.start == date(2024, 3, 12)
    assert proposal.text == "autre texte" and proposal.origins["persons"] == "model:gemma3"


def test_read_output_accepts_a_question_and_french_emotion_names() -> None:
    assert read_output('{"question": "Qui est Lou ?"}', Provenance()).question == "Qui est Lou ?"
    fenced = ('```json\n{"emotion": "Colère", "intensity": 3, "place": "", "persons": [], "time_said": "", '
              '"reflection": ""}\n```')
    assert read_output(fenced, Provenance()).fields.emotion is Emotion.ANGER


@pytest.mark.parametrize("raw", ["{not json", "[1, 2]", ""])
def test_read_output_rejects_malformed(raw: str) -> None:
    with pytest.raises(MalformedOutput):
        read_output(raw, Provenance())
