"""The learned reader of her voice: its shipped card, how it reads words, and what it adds to the rules.

The sentences here were written for this test, not taken from the sets the card was trained on.
"""
from __future__ import annotations

import json
from datetime import date

import pytest

from benchmarks.guards import UNSPENT
from liblitz_app.enrichment import (
    FlagKind,
    Persona,
    Proposal,
    WhoIsWho,
    check_proposal,
    voice,
    voice_reader,
)
from liblitz_app.enrichment.learned import card_path, load_card, shipped_card
from liblitz_app.enrichment.voice_reader import read_voice, reflection_words
from liblitz_app.memory import Emotion, MemoryFields

DAY = date(2026, 5, 12)
MIRA = Persona(name="Mira", other_names=("Mimi",))
NOBODY: frozenset[str] = frozenset()


def narrated(original: str, reflection: str, persons: tuple[str, ...] = ()) -> list[str]:
    fields = MemoryFields(emotion=Emotion.JOY, intensity=6, reflection=reflection, persons=persons)
    flags = check_proposal(original, DAY, Proposal(fields=fields), MIRA, WhoIsWho())
    return [f.message_fr + f.message_en for f in flags if f.kind is FlagKind.NOT_FIRST_PERSON]


def test_the_card_was_trained_on_open_sets_only() -> None:
    card = json.loads(card_path(voice_reader.CARD).read_text(encoding="utf-8"))
    assert card["sets"] and not set(card["sets"]) & UNSPENT
    assert 0 < card["threshold"] < 1 and card["weights"]


def test_her_names_and_the_people_are_read_as_shapes_not_names() -> None:
    words = reflection_words("Mimi pense que Inès a raison, et Mira aussi.", MIRA.names, ["Inès"])
    assert [w.text for w in words] == ["_me_", "pense", "que", "_name_", "a", "raison", ",", "et", "_me_", "aussi", "."]
    assert (words[3].start, words[3].end) == (15, 19)
    assert [w.text for w in reflection_words("So proud, and I mean it, Ana.", (), [])][4:6] == ["i", "mean"]


@pytest.mark.parametrize(("original", "reflection", "quoted"), [
    ("J'ai couru mon premier semi-marathon ce matin, en 2h05.",
     "Premier semi bouclé en 2h05 ! Elle ne lâche jamais rien.", "« Elle ne lâche jamais rien. »"),
    # (a town and the examiner named: with no one else there, a rule hears this "she" first, rounds 45 and 77)
    ("Finally got my licence today in Leeds, on the third try! The examiner shook my hand.",
     "Third time lucky. She never gave up, and now the road is hers.", "“She never gave up, and now…”"),
])
def test_a_day_told_as_a_story_about_someone_is_flagged(original: str, reflection: str, quoted: str) -> None:
    """No rule names these; the reader does, and shows the user which sentence it means."""
    found = narrated(original, reflection)
    assert found and quoted in found[0]


@pytest.mark.parametrize(("original", "reflection", "persons"), [
    ("J'ai enfin rendu mon mémoire ce matin, trois ans de boulot.",
     "Tu l'as enfin rendu ! Trois ans de travail, je suis tellement fière de toi.", ()),
    ("Passed my driving test today, second attempt!",
     "Second time lucky! I'm so proud of you, the open road is yours now.", ()),
    ("Ma sœur Léa a eu son bac avec mention, on a fêté ça chez mes parents.",
     "Une mention, quelle belle récompense pour Léa ! J'imagine la fête.", ("Léa",)),
    ("Bonne nuit Mimi, grosse journée demain.", "« Mimi », c'est doux à entendre, bonne nuit.", ()),
])
def test_her_own_voice_is_left_alone(original: str, reflection: str, persons: tuple[str, ...]) -> None:
    assert not narrated(original, reflection, persons)


def test_a_woman_of_the_memory_doing_what_it_says_she_did_is_left_alone() -> None:
    """Until round 48 the price of the reader, kept in sight: the rules take this "she" for the woman of the memory;
    the reader, which learned from blind sets where a reflection saying neither "I" nor "you" was mostly hers told in
    the third person, asked. Round 48's card weighs whose place the "she" takes (voice.whose_place): "so did Carla",
    the memory's own words, gives Carla the finish too, and the card leaves it."""
    assert not narrated("I finished the marathon and so did Carla, an hour ahead of me.", "She finished it in style.",
                        ("Carla",))


@pytest.mark.parametrize(("original", "reflection", "persons"), [
    ("Pot de départ de Lucienne vendredi au bureau. Elle a pleuré en ouvrant le cadeau.",
     "Elle le méritait, ce cadeau. Belle retraite à elle.", ("Lucienne",)),
    # (round 37's card asked about a thing's « elle » beside her words to the user; round 40's leaves it, as the rules
    # do: test_guards_round35.py; round 48's card, a first cut of which asked again, leaves it)
    ("Théo a ri quand je lui ai dit que je voulais une exposition. Ça m'a piquée.",
     "Ton envie d'exposer est sérieuse et elle mérite d'être prise au sérieux.", ()),
])
def test_round_40s_card_leaves_these_to_the_rules(original: str, reflection: str, persons: tuple[str, ...]) -> None:
    """Round 37's card asked about these; round 40's, retrained on 24 more sets, leaves them to the rules, which take
    the « elle » for the woman (or the thing) of the memory."""
    assert not narrated(original, reflection, persons)


def test_a_case_at_the_cards_edge_is_asked_about_again() -> None:
    """Asked about by the cards until round 35's, left alone by round 36's, asked about by round 37's, left alone by
    round 40's (retrained on holdout2-235), asked about again by round 42's (retrained on holdout2-259: 0.94 against
    its threshold of 0.91, which the same share of harmless pairs set lower than round 40's 0.95 on 24 more sets).
    The rules take this « elle » for the sister; the card, which learned that a reflection saying neither "I" nor
    "you" is mostly hers told in the third person, asks. Kept in sight: the price of its 64 more narrated
    reflections caught (9 lost) on the open sets, 18 (2 lost, 3 harmless ones flagged) on the closed ones."""
    assert narrated("Ma sœur a eu son diplôme hier.", "Elle pense sûrement déjà à la suite.")


def test_a_missing_or_broken_card_leaves_the_rules_alone(tmp_path) -> None:
    assert load_card(tmp_path / "voice.json") is None
    broken = tmp_path / "broken.json"
    broken.write_text("{\"weights\": {}}", encoding="utf-8")
    assert load_card(broken) is None


def test_the_reader_points_at_the_words_that_tell_a_story() -> None:
    card = shipped_card(voice_reader.CARD)
    assert card is not None
    told = read_voice(card, reflection_words("Elle a couru son premier semi et elle a fini en larmes.", MIRA.names, []),
                      NOBODY)
    hers = read_voice(card, reflection_words("Ton premier semi ! Tu as dû finir en larmes, bravo.", MIRA.names, []),
                      NOBODY)
    assert told.narrated and not hers.narrated
    assert told.words[0].text == "elle"


@pytest.mark.parametrize(("original", "reflection", "persons"), [
    ("Drove Dad to his check-up. I waited two hours in the car park and read half my book.",
     "Two hours in a car park with half a book: I think she waited as patiently as anyone could, and I'm sure he"
     " noticed.", ("Dad",)),
    ("Déjeuner avec Sarah. Je lui ai enfin dit que je quittais mon travail. Elle m'a serrée dans ses bras au milieu"
     " du café.", "Je suis contente que Sarah l'ait serrée dans ses bras. Quitter son travail demandait du courage,"
     " et elle n'a pas eu à le porter seule.", ("Sarah",)),
])
def test_her_i_beside_the_user_told_of_is_read_too(original: str, reflection: str, persons: tuple[str, ...]) -> None:
    """Her "I" with a "she" where the memory speaks of someone else: judged since round 48, against the card's stricter
    "with_others" threshold (before, the rules alone judged these, and let both through)."""
    assert narrated(original, reflection, persons)


@pytest.mark.parametrize(("original", "reflection", "persons"), [
    ("Walked the dog with Ben along the canal. I slipped on the mud and he laughed so hard he cried.",
     "I love that he laughed until he cried; Ben clearly needed that.", ("Ben",)),
    ("Tom and I repainted the kitchen on Saturday. I did the ceiling, he did the skirting boards.",
     "He did the skirting boards without complaining; I think Tom deserves a medal.", ("Tom",)),
])
def test_her_i_beside_someone_else_told_of_is_left_alone(original: str, reflection: str,
                                                         persons: tuple[str, ...]) -> None:
    assert not narrated(original, reflection, persons)


def test_whose_place_a_pronoun_takes() -> None:
    original = "The officer made me wash my hands twice. Dan laughed at me the whole time."
    places = voice.whose_place("Washing her hands twice! And Dan laughed, of course.", original)
    assert list(places.values()) == [voice.USERS]
    assert voice.whose_place("He laughed the whole time, I bet.", original) == {(0, 2): voice.ANOTHERS}


def test_each_reflection_is_judged_against_the_threshold_of_its_reading() -> None:
    def reading(reflection: str, others: frozenset[str]) -> str:
        return voice_reader.reading(reflection_words(reflection, MIRA.names, []), others)

    assert reading("She did it, and I'm proud.", frozenset({"woman"})) == voice_reader.WITH_OTHERS
    assert reading("She did it, and I'm proud.", NOBODY) == ""
    assert reading("She did it, and so did you.", frozenset({"woman"})) == voice_reader.TO_YOU
    card = shipped_card(voice_reader.CARD)
    assert card is not None and set(card.thresholds) == {voice_reader.TO_YOU, voice_reader.WITH_OTHERS}
