"""Guards, round 13, places: general causes the eighteenth to twenty-first blind sets showed, each tried on
sentences of its own.

Clean: a spot of the town the memory came with or says, before that town after a comma, when every name the
memory gives is kept ("plage du Sillon, Saint-Malo" for "baignade à Saint-Malo"). Flagged: the same shape when the
memory names its own spot and the proposal swaps it ("Greyfriars, Edinburgh" for "the Castle"); the town someone
came from to visit the user; a place of the future ("I'll", "we might") or of someone's wish for the user
(« veut que je… »), but not "I'll never forget Étretat".
"""
import pytest

from liblitz_app.memory import MemoryFields

from .test_guards_round8 import PLACE, kinds


@pytest.mark.parametrize("original, known, place", [
    ("Baignade à Saint-Malo avant le travail, l'eau était glacée.", "", "plage du Sillon, Saint-Malo"),
    ("Swim at dawn in Whitby, the sea was calm.", "", "West Cliff beach, Whitby"),
    ("Premier cours de tango, il m'a marché sur les pieds.", "Nantes", "studio Tango Loco, Nantes"),
    ("Busked in the lane at Covent Garden, a girl danced.", "London", "Floral Street, Covent Garden, London"),
])
def test_a_spot_of_the_memorys_town_made_precise_stays_clean(original: str, known: str, place: str) -> None:
    assert not kinds(original, place=place, known=MemoryFields(place=known)) & PLACE


@pytest.mark.parametrize("original, known, place", [
    ("Picnic on the lawn below the Castle with Ana.", "Edinburgh", "Greyfriars Kirkyard, Edinburgh"),
    ("Déjeuner sur un banc du parc de la Tête d'Or.", "Lyon", "parc des Hauteurs, Lyon"),
    ("Dossier déposé à la mairie du 5e arrondissement.", "Paris", "mairie du 11e arrondissement, Paris"),
    ("Sunset on the beach of La Baule with Tom.", "", "plage de Pornichet, La Baule"),
])
def test_the_memorys_own_spot_swapped_within_its_town_is_flagged(original: str, known: str, place: str) -> None:
    assert kinds(original, place=place, known=MemoryFields(place=known)) & PLACE


@pytest.mark.parametrize("original, place", [
    ("My cousin finally visited from Glasgow, we baked all afternoon.", "Glasgow"),
    ("Aunt May came down from Leeds for the weekend, she loved the garden.", "Leeds"),
])
def test_the_town_a_visitor_came_from_is_flagged(original: str, place: str) -> None:
    assert kinds(original, place=place) & PLACE


def test_the_users_own_trip_back_from_a_town_stays_clean() -> None:
    assert not kinds("We visited Glasgow with the kids, they loved the museum.", place="Glasgow") & PLACE


@pytest.mark.parametrize("original, place", [
    ("Some day I'll take the night train to Inverness, just me.", "Inverness"),
    ("Good news at work: we might open a second shop in Bath next year.", "Bath"),
    ("Maman veut que je fasse mon stage à Bordeaux, on en a parlé au dîner.", "Bordeaux"),
])
def test_a_place_of_the_future_or_someones_wish_is_flagged(original: str, place: str) -> None:
    assert kinds(original, place=place) & PLACE


def test_a_place_remembered_with_a_future_verb_stays_clean() -> None:
    assert not kinds("I'll never forget the sunset at Étretat with Léa.", place="Étretat", persons=("Léa",)) & PLACE
