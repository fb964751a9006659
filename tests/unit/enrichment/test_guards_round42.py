"""Round 42 (2026-12-03), from holdout244–259 (just opened) and the older open sets, each with the case it must leave
alone:

- Santa, Father Christmas, « le Père Noël » are Christmas's own figure: no one dropped when left out, no one the
  memory was with when listed;
- who-is-who's relation naming a breed or a farm's or a zoo's animal as its own noun ("Beth's collie", « la vache de
  Papi », « éléphante ») records an animal; an "elephant keeper", an « éleveur de vaches » are people (the first try
  read any such word in the relation, and flagged keepers and breeders listed: 23 harmless pairs of eight new sets);
- a feast's things ("Mum's Christmas ornaments", « les boules de Noël ») give no day: the sentence is no plan for the
  coming feast, and its place stays where it happened.

Second part:
- capitalised words none of which is a given name of any list, a title or a family word ("his Freightliner", « chez
  Loxam », "you can see Clitheroe from the top") are no one dropped, unless the words before make someone of them
  ("Tom and Tommo", « son arrière-grand-père Garabed », "Dr. Lacaze", « Frau Lindemann »), or what follows does
  ("Tavita, Mpho and I", "Tevita drove me home"): the first try skipped these too, 10 harms lost on the open sets.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind, WhoIsWho
from liblitz_app.enrichment.persona import KnownPerson
from tests.helpers.proposals import flag_kinds

INVENTED = FlagKind.PERSON_INVENTED
DROPPED = FlagKind.PERSON_DROPPED
PLACE = FlagKind.PLACE_CHANGED


def test_santa_left_out_is_no_one_dropped() -> None:
    original = ("Christmas morning. Noah tore open the fire engine from Santa and asked whether Santa had a driving"
                " licence.")
    assert DROPPED not in flag_kinds(original, persons=["Noah"])
    assert INVENTED in flag_kinds(original, persons=["Noah", "Santa"])


def test_le_pere_noel_listed_is_no_one_the_user_was_with() -> None:
    original = "Lina a écrit sa lettre au Père Noël avec trois fautes par ligne, elle l'a postée elle-même."
    assert DROPPED not in flag_kinds(original, persons=["Lina"])
    assert INVENTED in flag_kinds(original, persons=["Lina", "Père Noël"])


def test_a_breed_recorded_in_who_is_who_is_an_animal() -> None:
    people = WhoIsWho((KnownPerson("Dora", "neighbour"), KnownPerson("Pip", "Dora's whippet")))
    original = "Dora's whippet Pip stole a whole baguette off the bench and ran three laps of the green with it."
    assert INVENTED in flag_kinds(original, people=people, persons=["Dora", "Pip"])
    assert INVENTED not in flag_kinds(original, people=people, persons=["Dora"])


def test_a_herds_animal_recorded_in_french_is_an_animal() -> None:
    people = WhoIsWho((KnownPerson("Marguerite", "la vache de Papi"), KnownPerson("Papi", "grand-père")))
    original = "Marguerite a encore défoncé la clôture, Papi a passé la matinée à la réparer en jurant."
    assert INVENTED in flag_kinds(original, people=people, persons=["Papi", "Marguerite"])


@pytest.mark.parametrize("relation", ["elephant keeper", "éleveur de vaches", "sheep farmer"])
def test_someone_whose_work_is_with_animals_is_someone(relation: str) -> None:
    people = WhoIsWho((KnownPerson("Ruben", relation),))
    original = "Ruben came by with a flask of tea and stayed until the storm passed."
    assert INVENTED not in flag_kinds(original, people=people, persons=["Ruben"])


def test_a_feasts_things_are_no_plan_for_the_coming_feast() -> None:
    original = ("Nina and I split Dad's Christmas ornaments on the landing, one box each. She wrapped the glass owl "
                "in a sock.")
    assert PLACE not in flag_kinds(original, persons=["Nina"], place="the landing")


def test_a_coming_feast_planned_beside_something_done_keeps_its_own_place() -> None:
    original = "Nina got her visa today. We'll spend Christmas at her aunt's in Vienna."
    assert PLACE in flag_kinds(original, persons=["Nina"], place="Vienna")


@pytest.mark.parametrize(("original", "persons"), [
    ("Parked beside his new Freightliner at the truck stop; Dale slept in the bunk till noon.", ["Dale"]),
    ("Gérard a loué une bétonnière chez Loxam pour la dalle du garage, on a fini à la nuit.", ["Gérard"]),
    ("Climbed Pendle Hill with Priya after the night shift. You can see Clitheroe from the top.", ["Priya"]),
])
def test_words_no_list_gives_as_a_name_are_no_one_dropped(original: str, persons: list[str]) -> None:
    assert DROPPED not in flag_kinds(original, persons=persons)


@pytest.mark.parametrize(("original", "persons"), [
    ("Tom and Tommo argued about the rota all morning.", ["Tom"]),
    ("Tavita, Mpho and I stayed behind to stack the chairs.", ["Mpho"]),
    ("After the match, Tevita drove me home in the rain.", []),
    ("Au cours d'allemand, Frau Lindemann nous a fait chanter debout toute l'heure.", []),
    ("Il m'a montré la photo de son arrière-grand-père Garabed, en uniforme.", []),
    ("Dr. Lacaze checked the first-aid kit before we left the hut.", []),
])
def test_a_name_no_list_knows_is_someone_by_the_words_before(original: str, persons: list[str]) -> None:
    assert DROPPED in flag_kinds(original, persons=persons)
