"""The companion's identity lives in the ledger: its card, and who is who in the user's life."""
from __future__ import annotations

from liblitz_app.companion import (
    PEOPLE_KEY, PERSONA_KEY, add_people, load_people, load_persona, merged, save_persona,
)
from liblitz_app.enrichment import KnownPerson, Persona, WhoIsWho
from liblitz_app.i18n import set_language
from liblitz_app.store.ledger import Ledger


def test_a_fresh_ledger_gives_the_default_card_and_nobody(ledger: Ledger) -> None:
    assert load_persona(ledger) == Persona()
    assert load_people(ledger) == WhoIsWho()


def test_before_a_card_is_saved_it_is_in_the_users_language_and_once_saved_it_stays(ledger: Ledger) -> None:
    try:
        set_language("en")
        first = load_persona(ledger)
        assert first.language == "en" and first.name == "Liblitz"
        assert first.voice.startswith("warmth") and first.boundaries[0] == "never rewrite a memory"
        save_persona(ledger, Persona(name="Lumi"))  # a card the user wrote (in French) is theirs, whatever the UI
        assert load_persona(ledger) == Persona(name="Lumi")
    finally:
        set_language("fr")

def test_the_card_is_kept_and_the_one_it_replaced_is_in_the_journal(ledger: Ledger) -> None:
    save_persona(ledger, Persona(name="Lumi", pronoun="elle"))
    save_persona(ledger, Persona(name="Nova"))
    assert load_persona(ledger).name == "Nova"
    lines = [line["detail"] for line in ledger.journal() if line["detail"].get("key") == PERSONA_KEY]
    assert lines[0]["before"]["name"] == "Lumi"


def test_someone_recorded_again_by_name_or_nickname_gains_nicknames_not_a_twin(ledger: Ledger) -> None:
    add_people(ledger, [KnownPerson("Marie Dupont", "sœur")])
    add_people(ledger, [KnownPerson("Marie Dupont", "", ("Mimi",))])
    add_people(ledger, [KnownPerson("mimi", "cousine", ("Marie D.",))])  # found by her nickname, any case
    add_people(ledger, [KnownPerson("Marc")])
    assert load_people(ledger).people == (
        KnownPerson("Marie Dupont", "sœur", ("Mimi", "mimi", "Marie D.")), KnownPerson("Marc"))
    assert ledger.setting(PEOPLE_KEY)[1] == {"name": "Marc", "relation": "", "aliases": []}


def test_merging_keeps_the_relation_already_known_and_fills_a_missing_one() -> None:
    known = WhoIsWho((KnownPerson("Paul"),))
    assert merged(known, KnownPerson("Paul", "frère")).people == (KnownPerson("Paul", "frère"),)
    assert merged(WhoIsWho((KnownPerson("Paul", "oncle"),)), KnownPerson("Paul", "frère")).people[0].relation \
        == "oncle"
