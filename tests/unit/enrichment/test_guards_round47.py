"""Round 47 (2026-12-04), from holdout308–315 (just opened) and the older open sets, each with the case it must leave
alone:

- a car, a van or a boat with a name, said with what only a vehicle has or undergoes ("Brenda's engine", "Parked
  Brenda", "Mabel's hull", « le moteur de Titine », "the van (we call her Bessie)"): no one to keep (not "drove Mum to
  the station", "Mum broke down", "in Sam's van", « à la gare. Sophie », « la voiture de Rémi »); and
  invented when listed;
- a place someone wants for later ("Keisha wants to throw the baby shower at her lake cabin"), whose place it is read
  where the place is said, not where its owner is named;
- the town said after where the user was (« moi je suis dans son fauteuil, à Quimper »): where the user was; what
  follows a colon is another clause (« Café avec Sandrine au Café du Commerce : elle veut que j'encadre la sortie de
  dimanche prochain »), and a venue on the phone is the other end (« Appel avec le bar Le Zinc »);
- the day told beside another: « repet annulé ce soir » (the sentence's own noun, not a thing's past), "came back
  today" (a simple past, not a participle), « à partir de lundi » (a day still ahead), « m'a appelée … si j'avais
  fermé » (the pluperfect in a clause of its own).

The sentences were written for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind
from liblitz_app.memory import EventTime
from tests.helpers.proposals import flag_kinds

DROPPED = FlagKind.PERSON_DROPPED


@pytest.mark.parametrize(("original", "persons"), [
    ("Pickle knows the sound of Mabel's engine and waits at the window with Priya.", ["Priya"]),
    ("Parked Brenda outside the station on the first try. Jo clapped.", ["Jo"]),
    ("Scraped barnacles off Dolly's hull with Walt all afternoon.", ["Walt"]),
    ("Gaz took me out in Bertha on the empty car park, L plates on.", ["Gaz"]),
    ("Vee, I named the car today. She's called Doris and she's a 2004 Micra.", ["Vee"]),
    ("Le moteur de Titine fait un bruit de machine à coudre, Julien a ri.", ["Julien"]),
    ("Titine ne démarre plus depuis lundi, Karim passe demain.", ["Karim"]),
    ("Josiane a encore calé sur l'A7 à hauteur de Valence, Karim a ri.", ["Karim"]),
    ("Took the bakery van (we call her Bessie) to the food festival with Ana.", ["Ana"]),
])
def test_a_vehicle_by_what_only_a_vehicle_has_is_no_one(original: str, persons: list[str]) -> None:
    assert DROPPED not in flag_kinds(original, persons=persons)


@pytest.mark.parametrize(("original", "persons"), [
    ("Drove Mum to the station and parked. Brenda was waiting on the platform.", ["Mum"]),
    ("We sat in the car, called Sarah and cried together.", []),
    ("Brenda broke down in tears when I passed my test.", []),
    ("Fell asleep in Sam's van after the gig, Jo drove us home.", ["Jo"]),
    ("Je suis arrivée à la gare. Sophie m'attendait avec un panneau ridicule.", []),
    ("Sophie a démarré son nouveau travail lundi, je l'ai déposée en voiture.", []),
])
def test_someone_beside_a_vehicle_is_still_dropped(original: str, persons: list[str]) -> None:
    assert DROPPED in flag_kinds(original, persons=persons)


INVENTED = FlagKind.PERSON_INVENTED


@pytest.mark.parametrize(("original", "persons"), [
    ("Parked Brenda outside the station on the first try. Jo clapped.", ["Jo", "Brenda"]),
    ("Le moteur de Titine fait un bruit de machine à coudre, Julien a ri.", ["Julien", "Titine"]),
])
def test_a_vehicle_listed_as_someone_is_invented(original: str, persons: list[str]) -> None:
    assert INVENTED in flag_kinds(original, persons=persons)


def test_whose_car_broke_down_is_someone() -> None:
    original = "La voiture de Rémi est tombée en panne sur le parking, je l'ai raccompagné chez lui."
    assert INVENTED not in flag_kinds(original, persons=["Rémi"])
    assert DROPPED in flag_kinds(original, persons=[])


PLACE = FlagKind.PLACE_CHANGED


@pytest.mark.parametrize(("original", "place"), [
    ("Keisha wants to throw the baby shower at her lake cabin in Chelan. We argued about it for the whole call.",
     "Keisha's lake cabin in Chelan"),
    ("Priyanka wants to host the reunion at her barn in Ely. We talked about it all through dinner.",
     "Priyanka's barn in Ely"),
])
def test_a_place_someone_wants_for_later_is_not_where_it_was(original: str, place: str) -> None:
    assert PLACE in flag_kinds(original, place=place)


def test_whose_place_it_was_is_read_where_the_place_is_said() -> None:
    original = "Keisha called at noon. In the evening we ate at her lake cabin in Chelan, the four of us."
    assert PLACE not in flag_kinds(original, place="Keisha's lake cabin in Chelan")


@pytest.mark.parametrize(("original", "town", "other"), [
    ("Papa regarde la mer en replay et me parle de Douarnenez, où il pêchait en 1968. Moi je suis dans son fauteuil,"
     " à Quimper, à l'écouter.", "Quimper", "Douarnenez"),
    ("Maman m'a appelée du marché de Sarlat ; moi j'étais dans mes rangs de haricots à Villeurbanne, le téléphone sous"
     " l'oreille.", "Villeurbanne", "Sarlat"),
])
def test_the_town_said_after_where_i_was_is_where_i_was(original: str, town: str, other: str) -> None:
    assert PLACE not in flag_kinds(original, place=town)
    assert PLACE in flag_kinds(original, place=other)


def test_a_colon_ends_where_it_was_told() -> None:
    original = ("Café avec Sandrine au Café du Commerce : elle veut que j'encadre la sortie de dimanche prochain au"
                " lac. J'ai dit oui.")
    assert PLACE not in flag_kinds(original, persons=["Sandrine"], place="Café du Commerce", day=date(2025, 5, 7))
    assert PLACE in flag_kinds(original, persons=["Sandrine"], place="lac", day=date(2025, 5, 7))


def test_a_venue_on_the_phone_is_the_other_end() -> None:
    original = ("Appel avec le bar Le Zinc cet après-midi : ils nous prennent pour le 14 février ! J'ai crié dans le"
                " salon.")
    assert PLACE in flag_kinds(original, place="Le Zinc", day=date(2025, 5, 7))
    assert PLACE not in flag_kinds(original, place="le salon", day=date(2025, 5, 7))


TIME = FlagKind.TIME_CHANGED


@pytest.mark.parametrize(("original", "day", "said", "persons"), [
    # a sentence's own noun before the participle: the cancelling is tonight's event
    ("repet annulé ce soir chauffage en panne a la salle, julien est vert, on rattrape dimanche", date(2025, 11, 20),
     "ce soir", ["Julien"]),
    # "came" a simple past with its subject, not a thing's participle
    ("A man I served last winter came back today as a volunteer. He just asked where the aprons were.",
     date(2025, 11, 6), "today", []),
    # a day something starts from may be still ahead
    ("Réglisse a fait sa dernière reprise aujourd'hui. On a décidé avec Clémence qu'il partirait au pré à partir de"
     " lundi.", date(2025, 5, 7), "aujourd'hui", ["Clémence"]),
    # « si j'avais fermé » opens a clause of its own: tonight's call is not told in the pluperfect
    ("Ce soir Mamie m'a appelée pour me demander si j'avais bien fermé les volets. La ferme est vendue depuis 2009.",
     date(2025, 9, 22), "ce soir", []),
])
def test_the_day_told_is_kept_beside_another(original: str, day: date, said: str, persons: list[str]) -> None:
    assert TIME not in flag_kinds(original, day=day, persons=persons, time=EventTime(said, day, day))


def test_a_things_past_said_with_a_participle_is_still_not_the_day() -> None:
    original = "Finally sold the bike bought in 2012. A student came for it this morning."
    assert TIME in flag_kinds(original, day=date(2025, 11, 6), time=EventTime("2012", date(2012, 1, 1),
                                                                             date(2012, 12, 31)))
