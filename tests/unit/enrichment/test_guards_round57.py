"""Round 57 (2026-12-05), from holdout388–395 (just opened) and the older open sets, each with the case it must leave
alone:

- part 1 (persons and the user's deeds): a one-letter nickname ("M" for Maya) is not read in "5 a.m.", "9 p.m.",
  "200 m"; a part who-is-who says someone plays ("actress, plays Ophelia", « comédienne, joue Roxane ») is no one left
  out nor added; "Over" heading a sentence is a preposition, never a name; "Boris is a corn snake" says the name is an
  animal's ("Ada was a donkey" is still a nativity's part, "Tom is a sheep farmer" still someone); a make or a class
  and the name given it ("a Topper called Gulliver", « une Caravelle qui s'appelle Pétrel »), a fender or a printer
  called so, "christening it 'Mabel'" name a thing; "He's rewritten it three times" for "I've rewritten the recipe",
  « Il a dû détourner les yeux » for « J'ai dû détourner les yeux » tell the user's own deed in the third person.
- part 2 (places): a move or a trip talked of (« On parlait déjà d'aller vivre en Crète ») is not where the memory
  was; someone who came to a place (« Odile est venue à la librairie », "Gran brought her knitting circle to the
  café") found the user there, and a birthday someone celebrated somewhere was attended.
- part 3 (places and days): a trip prepared for, in any month still ahead ("his passport for the trip to Oslo in
  June" written in September), and where a suitcase is packed for are not where the memory was ("Our trip to Oslo in
  August" may be the one just back from); a weekday told in the imperfect (« Mardi, … il conduisait, je lui
  montrais… ») is the one just past, which the small French model often reads as a present.
- part 4: two capitalised words after "in" ("the Sonic in Buena Vista") are a town the lists don't hold, no one;
  "in Sam Lee's van" is still Sam Lee's.
- part 5: « marché », « halles », « métro » before a name (« le marché Victor-Hugo ») make it a place's.

The sentences were written for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, WhoIsWho
from liblitz_app.memory import EventTime
from tests.helpers.proposals import flag_kinds

INVENTED = FlagKind.PERSON_INVENTED
DROPPED = FlagKind.PERSON_DROPPED
NOT_FIRST = FlagKind.NOT_FIRST_PERSON

MAYA = WhoIsWho.from_dict([{"name": "Maya", "relation": "girlfriend", "aliases": ["M"]}])


@pytest.mark.parametrize("original", [
    "Got up at 5 a.m. and Jonah made pancakes.",
    "Jonah booked the 9 p.m. train, then we swam 200 m before dinner.",
])
def test_a_one_letter_nickname_is_not_a_times_letter(original: str) -> None:
    assert DROPPED not in flag_kinds(original, people=MAYA, persons=("Jonah",), reflection="A good day.")
    assert INVENTED in flag_kinds(original, people=MAYA, persons=("Jonah", "Maya"), reflection="A good day.")


def test_a_one_letter_nickname_is_still_her() -> None:
    assert DROPPED in flag_kinds("M and I ran the 10 km at 7 a.m.", people=MAYA, persons=(), reflection="Bravo.")


@pytest.mark.parametrize(("relation", "original", "part"), [
    ("actress, plays Ophelia", "Rehearsed Ophelia's mad scene with Rosa until ten.", "Ophelia"),
    ("comédienne, joue Roxane", "On a répété la scène du balcon de Roxane avec Rosa jusqu'à minuit.", "Roxane"),
])
def test_a_part_someone_plays_is_no_one(relation: str, original: str, part: str) -> None:
    people = WhoIsWho.from_dict([{"name": "Rosa", "relation": relation, "aliases": []}])
    assert DROPPED not in flag_kinds(original, people=people, persons=("Rosa",), reflection="Quelle soirée !")
    assert INVENTED in flag_kinds(original, people=people, persons=("Rosa", part), reflection="Quelle soirée !")


def test_someone_named_beside_a_player_is_someone() -> None:
    people = WhoIsWho.from_dict([{"name": "Rosa", "relation": "actress, plays Ophelia", "aliases": []}])
    original = "Rehearsed with Rosa and Hamish until ten."
    assert DROPPED in flag_kinds(original, people=people, persons=("Rosa",), reflection="A long night.")


def test_over_heading_a_sentence_is_no_name() -> None:
    original = "Came fourth of six. Over chips afterwards Dana suggested we all sail in Greece next summer."
    assert DROPPED not in flag_kinds(original, persons=("Dana",), reflection="Fourth is fine.")


def test_a_name_said_to_be_an_animal() -> None:
    original = "Found Boris in my slipper again. Priya laughed for ten minutes. Boris is a corn snake with no shame."
    assert DROPPED not in flag_kinds(original, persons=("Priya",), reflection="What a snake.")
    assert INVENTED in flag_kinds(original, persons=("Priya", "Boris"), reflection="What a snake.")


def test_someone_who_farms_animals_is_someone() -> None:
    original = "Tom is a sheep farmer near Hawes; we bought a whole lamb from him."
    assert DROPPED in flag_kinds(original, persons=(), reflection="A good deal.")


@pytest.mark.parametrize(("original", "person", "name"), [
    ("Reg lent us a Topper called Gulliver for the morning.", "Reg", "Gulliver"),
    ("Jean-Claude nous a prêté une Caravelle qui s'appelle Pétrel pour la matinée.", "Jean-Claude", "Pétrel"),
    ("Drills with Gwen and a fender called Norman all afternoon.", "Gwen", "Norman"),
    ("Lin bought a new kettle, christening it 'Mabel' on the spot.", "Lin", "Mabel"),
])
def test_a_thing_given_a_name_is_no_one(original: str, person: str, name: str) -> None:
    assert DROPPED not in flag_kinds(original, persons=(person,), reflection="Quelle matinée !")
    assert INVENTED in flag_kinds(original, persons=(person, name), reflection="Quelle matinée !")


def test_a_people_named_so_is_someone() -> None:
    original = "At the pub we met an American named Travis who knew every sea shanty."
    assert DROPPED in flag_kinds(original, persons=(), reflection="What a night.")


@pytest.mark.parametrize(("original", "person", "reflection"), [
    ("Tom said my sauce was nearly right. I've rewritten the recipe three times since.", "Tom",
     "He's rewritten it three times; that sauce has no chance."),
    ("Noé a rangé le bateau tout seul. J'ai dû détourner les yeux quand il a fait le nœud.", "Noé",
     "Il a dû détourner les yeux, et je le comprends."),
])
def test_the_users_deed_told_in_the_third_person(original: str, person: str, reflection: str) -> None:
    assert NOT_FIRST in flag_kinds(original, persons=(person,), reflection=reflection)


def test_someone_elses_deed_stays_theirs() -> None:
    original = "Claire a dû partir tôt. J'ai fini le rangement seule."
    assert NOT_FIRST not in flag_kinds(original, persons=("Claire",), reflection="Elle a dû partir tôt, ça arrive.")


# Part 2: places.
PLACE = FlagKind.PLACE_CHANGED


@pytest.mark.parametrize(("original", "place"), [
    ("Pique-nique au bord de l'Ardèche avec Paul. On parlait déjà d'aller vivre en Crète, au soleil.", "Crète"),
    ("Brunch au Comptoir avec Paul ; on parle souvent de partir au Québec.", "Québec"),
])
def test_a_move_talked_of_is_not_where_it_was(original: str, place: str) -> None:
    assert PLACE in flag_kinds(original, place=place, persons=("Paul",), reflection="Quel beau rêve.")


def test_a_place_talked_in_is_where_it_was() -> None:
    original = "On parlait de Lyon pendant des heures au café de la gare avec Paul."
    assert PLACE not in flag_kinds(original, place="café de la gare", persons=("Paul",), reflection="Une belle soirée.")


@pytest.mark.parametrize(("original", "place", "person"), [
    ("Mardi, Odile est venue à la librairie avec des macarons : ça fait vingt ans qu'elle achète ses romans chez nous.",
     "la librairie", "Odile"),
    ("Gran brought her knitting circle to the café and told them all which cakes I'd baked. I hid in the kitchen.",
     "the café", "Gran"),
])
def test_someone_who_came_to_the_place_found_the_user_there(original: str, place: str, person: str) -> None:
    people = WhoIsWho.from_dict([{"name": person, "relation": "amie", "aliases": []}])
    assert PLACE not in flag_kinds(original, people=people, place=place, persons=(person,), reflection="Adorable.")


def test_someone_who_went_there_alone_is_elsewhere() -> None:
    people = WhoIsWho.from_dict([{"name": "Odile", "relation": "amie", "aliases": []}])
    original = "Odile est allée à la librairie avec ses amies. Moi, j'étais au bureau toute la journée."
    assert PLACE in flag_kinds(original, people=people, place="la librairie", persons=("Odile",), reflection="Bof.")


@pytest.mark.parametrize(("original", "place"), [
    ("Went to the post office this morning to renew Lucas's passport for the trip to Oslo in June.", "Oslo"),
    ("Packed Lucas's suitcase for Oslo tonight; he insisted on his own pillow.", "Oslo"),
    ("Soirée chez Anna à faire ma liste de valise pour Québec : trois pulls, zéro regret.", "Québec"),
])
def test_a_trip_ahead_is_not_where_it_was(original: str, place: str) -> None:
    assert PLACE in flag_kinds(original, day=date(2025, 9, 13), place=place, persons=(), reflection="Bon voyage !")


def test_a_trip_just_back_from_is_where_it_was() -> None:
    original = "Our trip to Oslo in August was all rain and herring, and I loved every minute."
    assert PLACE not in flag_kinds(original, day=date(2025, 9, 20), place="Oslo", persons=(), reflection="Quel voyage.")


# Part 3: a weekday told in the imperfect is the one just past.
TIME = FlagKind.TIME_CHANGED
MONDAY = date(2025, 12, 1)
NEXT_TUESDAY = EventTime("mardi", date(2025, 12, 2), date(2025, 12, 2))
LAST_TUESDAY = EventTime("mardi", date(2025, 11, 25), date(2025, 11, 25))


def test_a_weekday_told_in_the_imperfect_is_the_last_one() -> None:
    original = "Mardi, tournée avec Paul dans la camionnette : il conduisait, je lui montrais les raccourcis."
    assert TIME in flag_kinds(original, day=MONDAY, time=NEXT_TUESDAY, persons=("Paul",), reflection="Belle tournée.")
    assert TIME not in flag_kinds(original, day=MONDAY, time=LAST_TUESDAY, persons=("Paul",),
                                  reflection="Belle tournée.")


@pytest.mark.parametrize("original", [
    "Mardi, je fais la tournée avec Paul : il sait où sont les raccourcis.",
    "Mardi, tournée avec Paul, et je vais enfin voir le moulin.",
])
def test_a_weekday_told_in_the_present_may_be_the_coming_one(original: str) -> None:
    assert TIME not in flag_kinds(original, day=MONDAY, time=NEXT_TUESDAY, persons=("Paul",),
                                  reflection="Belle tournée.")


# Part 4: two capitalised words after "in" are a town the lists don't hold.
def test_a_town_after_in_is_no_one() -> None:
    original = "Got dinner at the Sonic in Buena Vista after the shift with Ray."
    assert DROPPED not in flag_kinds(original, persons=("Ray",), reflection="A long shift.")


def test_someones_van_after_in_is_still_someones() -> None:
    original = "Lunch in Sam Lee's van with Ray, rain on the roof."
    assert DROPPED in flag_kinds(original, persons=("Ray",), reflection="A cosy lunch.")


# Part 5: « marché », « halles », « métro » before a name make it a place's.
def test_a_market_named_after_someone_is_no_one() -> None:
    original = "Brunch avec Théo, puis marche jusqu'au marché Victor-Hugo pour acheter des clémentines."
    assert DROPPED not in flag_kinds(original, persons=("Théo",), reflection="Une belle matinée.")


def test_someone_met_at_the_market_is_someone() -> None:
    original = "Au marché avec Victor ce matin, on a trouvé des clémentines."
    assert DROPPED in flag_kinds(original, persons=(), reflection="Une belle matinée.")
