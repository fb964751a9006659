"""Round 61 (2026-12-05), from holdout420–427 (just opened) and the older open sets, each with the case it must leave
alone:

- places: a trip decided or announced, its day ahead in the same sentence (« On a décidé de monter au Ballon d'Alsace en
  juin », "we're playing at the Usher Hall in the spring"), is where the memory did not happen; a decision with no
  day ahead ("we decided to go to the pub") is where it did.
- persons: other lands' feasts (« Wigilia », "Koningsdag", "Midsommar"), publishers and bicycle makers (« Albin
  Michel », "Pashley"), Breton bands and singers (« Tri Yann ») and characters ("the Fat Controller", "Traviata") the
  lists lacked are no one the memory was with.
- persons: a first name alone, said after the memory named a character by a whole name it starts ("Harry Potter and
  the Cursed Child… when Harry and Draco made up"), is that character again, no one left out; said before it ("Lunch
  with Harry, then the Harry Potter exhibition"), it is someone.
- places: a birth the user was at happened in the common place it names ("A baby was born in the lift at 4am"); a
  named birthplace (« né à Oran ») is elsewhere. "Called" naming a dog ("met a puppy called Biscuit in the park") is
  no call whose other end the place would be; « j'ai appelé Tata Awa au Sénégal » is.
- persons: a name people give their animals, no given name (« Biscotte », "Pickles"), listed with no one in
  who-is-who bearing it and nothing in the memory making it someone, is no one the user was with; left out, it is
  no one dropped, even "with" the user (« Sortie du matin avec Pistache »).
- persons: "Two Thomases", « Deux Lucas », "Both Bevs" count the name as the memory says it elsewhere (« Lucas », not
  « Luca »): one of them listed is the other dropped; "both Sam and Ella" is two names, not one said twice.
- persons: one given name told apart by "his", "her", « le », « la » too ("Ravi my cousin and Ravi his best
  friend", « Aline la voisine ») is two people, unless one is said not there (« pas Jean-Pierre mon cousin »).

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind, WhoIsWho
from tests.helpers.proposals import flag_kinds

INVENTED = FlagKind.PERSON_INVENTED
DROPPED = FlagKind.PERSON_DROPPED
PLACE = FlagKind.PLACE_CHANGED


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("Café avec Odile après la messe. On a décidé de monter au Ballon d'Alsace en juin avec les petits.",
     "Ballon d'Alsace", True),
    ("Band practice ran late, and Fiona told us we're playing at the Usher Hall in the spring!", "Usher Hall", True),
    ("Coup de fil de la mairie : la fête aura lieu à la salle Brassens le 3 juillet.", "salle Brassens", True),
    ("Rain stopped the match, so we decided to go to the Red Lion instead. Three pints later, no regrets.", "Red Lion",
     False),
    ("On a décidé de finir la soirée chez Margaux, et on a dansé jusqu'à deux heures.", "chez Margaux", False),
])
def test_a_trip_decided_for_a_day_ahead_is_not_where_it_was(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place)) is flagged


@pytest.mark.parametrize(("original", "person", "listed"), [
    ("Midsommar at Ingrid's parents' cottage: herring, schnapps, and Ingrid's uncle dancing like a frog.", "Ingrid",
     "Midsommar"),
    ("Koningsdag in Utrecht with Joris, everyone in orange, and me in my only orange scarf.", "Joris", "Koningsdag"),
    ("Gallimard a accepté la traduction ! J'ai appelé Solène tout de suite, elle a crié plus fort que moi.", "Solène",
     "Gallimard"),
    ("Spent Sunday oiling Gran's old Pashley with Tomasz. It squeaks less than he does now.", "Tomasz", "Pashley"),
    ("Maëlle a mis Tri Yann dans la voiture jusqu'à Lorient, et on a braillé « La jument de Michao ».", "Maëlle",
     "Tri Yann"),
])
def test_a_feast_a_maker_a_band_are_no_one(original: str, person: str, listed: str) -> None:
    assert INVENTED in flag_kinds(original, persons=(person, listed))
    assert not flag_kinds(original, persons=(person,)) & {INVENTED, DROPPED}


@pytest.mark.parametrize(("original", "persons", "flagged"), [
    ("Took Noah to Harry Potter and the Goblet of Fire at the Odeon. He gasped when Harry rose out of the lake.",
     ("Noah",), False),
    ("Lunch with Harry at the Odeon café, then the new Harry Potter exhibition on my own.", (), True),
])
def test_a_characters_first_name_alone_is_the_character(original: str, persons: tuple[str, ...],
                                                        flagged: bool) -> None:
    assert (DROPPED in flag_kinds(original, persons=persons)) is flagged


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("A baby was born in the lift at 4am. By the time I got there with towels, her mum was laughing.", "lift", False),
    ("Mon grand-père est né à Oran ; ce soir, au salon, il m'a montré sa rue sur une vieille carte.", "Oran", True),
    ("Pepper met a puppy called Biscuit in the park and played like she was two again.", "the park", False),
    ("Ce soir j'ai appelé Tata Awa au Sénégal pour lui dire la nouvelle. Elle a chanté au téléphone.", "Sénégal", True),
])
def test_a_birth_or_a_name_given_is_where_it_was(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place)) is flagged


@pytest.mark.parametrize(("original", "person", "pet"), [
    ("Biscotte a dormi contre moi tout l'après-midi, et Inès a fini par nous prendre en photo.", "Inès", "Biscotte"),
    ("Pickles stole a sausage off Colm's plate at the barbecue, and Colm laughed till he cried.", "Colm", "Pickles"),
])
def test_a_pets_name_listed_is_no_one(original: str, person: str, pet: str) -> None:
    assert INVENTED in flag_kinds(original, persons=(person, pet))
    assert not flag_kinds(original, persons=(person,)) & {INVENTED, DROPPED}


@pytest.mark.parametrize(("original", "person"), [
    ("Sortie du matin avec Pistache au parc de la Tête d'Or, puis café avec Maëlle sur un banc.", "Maëlle"),
    ("Long walk with Mochi and Dana along the canal before the rain came in.", "Dana"),
])
def test_a_pets_name_left_out_is_no_one_dropped(original: str, person: str) -> None:
    assert DROPPED not in flag_kinds(original, persons=(person,))


def test_a_pets_name_someone_bears_is_someone() -> None:
    original = "Pickles stole the last sausage at the barbecue, and Colm laughed till he cried."
    people = WhoIsWho.from_dict([{"name": "Pickles", "relation": "nephew's nickname", "aliases": []}])
    assert INVENTED not in flag_kinds(original, persons=("Colm", "Pickles"), people=people)


@pytest.mark.parametrize(("original", "persons", "flagged"), [
    ("Deux Lucas au vestiaire : Lucas Morel, l'entraîneur, et Lucas, le père de Nael. Ils ont bien ri.",
     ("Lucas Morel", "Nael"), True),
    ("Deux Thomas sur le chantier : Thomas R. qui siffle tout le temps et Thomas le Belge qui ne dit rien.",
     ("Thomas R.",), True),
    ("Both Bevs came to the plant sale, my Bev from next door and Bev Marsh from the committee.", ("Bev Marsh",), True),
    ("Both Sam and Ella came to the fair, and Sam won a goldfish.", ("Sam", "Ella"), False),
])
def test_two_of_a_name_counts_as_the_memory_says_it(original: str, persons: tuple[str, ...], flagged: bool) -> None:
    assert (DROPPED in flag_kinds(original, persons=persons)) is flagged


@pytest.mark.parametrize(("original", "name", "flagged"), [
    ("Ravi my cousin and Ravi his best friend stood with me at the back of the hall all afternoon.", "Ravi", True),
    ("Aline (mon ancienne cheffe) et Aline la voisine sont passées ce soir, chacune avec un gâteau.", "Aline", True),
    ("Dîner chez Jean-Pierre le voisin, pas Jean-Pierre mon cousin : il n'était pas invité.", "Jean-Pierre", False),
])
def test_one_name_told_apart_by_more_words(original: str, name: str, flagged: bool) -> None:
    assert (DROPPED in flag_kinds(original, persons=(name,))) is flagged
