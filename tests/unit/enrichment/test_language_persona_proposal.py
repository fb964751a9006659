from datetime import date

import pytest

from liblitz_app.enrichment import (
    KnownPerson, Persona, Proposal, Provenance, WhoIsWho, detect_language, extract,
)


@pytest.mark.parametrize("text, language", [
    ("Je suis contente que tu aies passé une bonne soirée.", "fr"),
    ("I am glad you had such a lovely evening.", "en"),
    ("Ok.", None),
    ("Liblitz !", None),
    ("J'étais à la plage avec elle.", "fr"),
    ("We were at the beach with her.", "en"),
])
def test_language_detector(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_persona_round_trips_through_json_data() -> None:
    persona = Persona(name="Lumi", pronoun="elle", language="en", boundaries=("pas de conseils médicaux",))
    assert Persona.from_dict(persona.to_dict()) == persona
    assert Persona.from_dict({}).name == "Liblitz"


def test_who_is_who_finds_nicknames_any_case_and_accent() -> None:
    people = WhoIsWho((KnownPerson("Hélène", "mère", ("Maman", "Lélé")),))
    assert WhoIsWho.from_dict(people.to_dict()) == people
    assert people.find("lele") == people.people[0] and people.find("helene") == people.people[0]
    assert people.find("Paul") is None
    said = [words for _, words, _ in people.mentioned_in("Dîner avec ma mère puis Lélé au tél.")]
    assert said == ["Lélé", "ma mère"]


def test_proposal_round_trips_and_keeps_a_failure() -> None:
    proposal = extract("Hier soir avec Paul à Lyon, super !", date(2024, 3, 13))
    assert Proposal.from_dict(proposal.to_dict()) == proposal
    failed = Proposal.failure("JSON illisible", Provenance("gemma3", "enrich.fr", 1, "{oops"))
    again = Proposal.from_dict(failed.to_dict())
    assert again.failed and again.provenance.raw_output == "{oops"
