"""Round 54 (2026-12-05), from holdout364–371 (just opened) and the older open sets, each with the case it must leave
alone:

- the "he", "she", « elle » beside the one the user was with ("I love that he and Carlos brought the shelter to the
  kids" for "Carlos and I drove the bus", « Ana et elle » for « fou rire avec Ana ») is the user told of, where the
  memory names no one else (not "I love that he and Ollie hit it off" of Dad talking to Ollie, nor « Tom et elle »
  of « avec tom et jade », nor when she speaks to the user too);
- part 2: a place the memory visits or goes to (« Visite des Hospices de Beaune », "Drove up to Malham Cove", "a game
  at Huntington Park") is where it happened, when no place is said with « à », "at" before: a stop after it (« Après
  on a mangé sur la place Carnot », "On the way home we stopped at the Buck Inn") is another place (not "the Royal
  Highland Show planning meeting in Ingliston", one place);
- part 3: a place in a likeness ("It felt like the crew deck in Glacier Bay", « comme chez ma grand-mère à Oran »)
  or an invitation (« Yanis nous a tous invités chez lui à Marseille ») is not where the memory happened (« comme tous
  les étés, on a pique-niqué au bord du Lez » still is);
- part 4: an animal said so by a plural after its name (« Monsieur Pompon, le doyen des chats du refuge », « Hugo et
  Lola, nos deux nouveaux lapins », both of them) or by whose it is ("Mr Pickles, the Dunnes' ancient tortoise") is
  no one invented; not someone by the animal they look after ("Sarah, the Joneses' cat sitter", "Tom, my dogs'
  walker");
- part 5: a name said to be a pet in the sentences after it ("Gerald bit me today… He's a fourteen-pound chihuahua
  with opinions") or by its breed (« Sirius, le malinois qui a peur de tout ») is no one (not "Emma came with her dog.
  She's a lovely labrador", the dog's "she"; nor "her son Rafi… He's a sheep", a part played);
- part 6: where someone's outing or errand took place ("Mads and Ty went skating at the Loring Park rink", « Julien est
  allé chercher Marcel à l'hôpital de Valence ») is the memory's place, not a life elsewhere ("Laura flew to Lisbon
  the next day", "Hannah went back to Montpelier" still are);
- part 7: a place inside the title of an entry the user filed ("Calendar import — 'Arrived Arrecife'", « Agenda
  partagé — « Pot de départ de Patrice, PDC Saint-Aubin » ») or inside the name a place is called by (« Le gîte
  s'appelle « Le Relais du Pèlerin » ») is the memory's own place, not someone's words ("they called me 'Leeds' all
  day" still is);
- part 8: what one is reading ("Reading Rebecca by the fire tonight", "he's been reading Joshua Slocum again") is a
  book or its author, no one dropped, as "read" and "watched" were ("Reread Fraser's messages" is still Fraser's).

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind
from tests.helpers.proposals import flag_kinds

NARRATED = FlagKind.NOT_FIRST_PERSON
PLACE = FlagKind.PLACE_CHANGED
INVENTED = FlagKind.PERSON_INVENTED
DROPPED = FlagKind.PERSON_DROPPED


@pytest.mark.parametrize(("original", "persons", "reflection"), [
    ("Carlos and I drove the mobile library van to three villages today.", ("Carlos",),
     "What a day! I love that he and Carlos brought the books to the kids."),
    ("walked the old dogs with tyler this morning, perfect morning tbh", ("Tyler",),
     "A perfect morning indeed. I'm glad she and Tyler had it together."),
    ("Premier vrai fou rire avec Ana au marché : on a inventé un mot à nous.", ("Ana",),
     "Leur mot me fait sourire. Je trouve qu'il dit bien ce qu'elles partagent, Ana et elle, entre deux étals."),
])
def test_the_one_beside_whom_the_user_was_is_the_user(original: str, persons: tuple[str, ...],
                                                      reflection: str) -> None:
    assert NARRATED in flag_kinds(original, persons=persons, reflection=reflection)


@pytest.mark.parametrize(("original", "persons", "reflection"), [
    ("Dad drove up to fix my desk, then spent two hours talking to Ollie about football.", ("Ollie",),
     "Ten minutes of DIY and two hours of football. I love that he and Ollie hit it off."),
    ("ce soir enregistrement avec tom et jade pour le podcast, jade a raconté ses débuts", ("Tom", "Jade"),
     "Quelle belle histoire que celle de Jade. Tom et elle ont l'air de former un bon duo."),
    ("Carlos and I drove the mobile library van to three villages today.", ("Carlos",),
     "I love that he and Carlos brought the books to the kids, and you must be tired."),
])
def test_one_beside_someone_else_is_not_the_user(original: str, persons: tuple[str, ...], reflection: str) -> None:
    assert NARRATED not in flag_kinds(original, persons=persons, reflection=reflection)


@pytest.mark.parametrize(("original", "place"), [
    ("Visite des Hospices de Beaune avec la classe. Après on a mangé un kebab sur la place Carnot.", "la place Carnot"),
    ("Drove up to Malham Cove with the sketch club. On the way home we stopped at the Buck Inn for a shandy.",
     "the Buck Inn"),
    ("Took the kids to a baseball game at Huntington Park. On the drive back we stopped at Graeter's for ice cream.",
     "Graeter's"),
])
def test_a_stop_after_the_place_visited_is_another_place(original: str, place: str) -> None:
    assert PLACE in flag_kinds(original, place=place, reflection="Quelle belle journée." if "Visite" in original
                               else "What a lovely day.")


@pytest.mark.parametrize(("original", "place"), [
    ("Went to the Highland Show planning meeting in Ingliston on Wednesday. Tom wants to enter the shearing.",
     "Ingliston"),
    ("Drove up to Malham Cove with the sketch club. On the way home we stopped at the Buck Inn for a shandy.",
     "Malham Cove"),
])
def test_the_place_visited_itself_is_no_other_place(original: str, place: str) -> None:
    assert PLACE not in flag_kinds(original, place=place, reflection="What a lovely day.")


@pytest.mark.parametrize(("original", "place", "reflection"), [
    ("First snow in Leeds. I went out at midnight with my camera in the park. It felt like the crew deck in Glacier"
     " Bay.", "Glacier Bay", "What a quiet, lovely night."),
    ("Dernier pot de l'équipe à la salle des fêtes du village. Yanis nous a tous invités chez lui à Marseille.",
     "Marseille", "Quelle belle soirée d'adieux."),
    ("Goûter au salon de thé de Lamballe, ça sentait comme chez ma grand-mère à Oran.", "Oran",
     "Quelle douceur, ce goûter."),
])
def test_a_place_in_a_likeness_or_an_invitation_is_another_place(original: str, place: str, reflection: str) -> None:
    assert PLACE in flag_kinds(original, place=place, reflection=reflection)


@pytest.mark.parametrize(("original", "place"), [
    ("Ce dimanche, au lieu d'aller chez ma tante à Sète comme tous les étés, on a pique-niqué au bord du Lez.",
     "au bord du Lez"),
    # (words starting like the readings' own: « cartons » is no « car », « Négresses » no « née »)
    ("Loué un camion chez Leclerc pour emmener les cartons à la déchetterie de Cluny.", "la déchetterie de Cluny"),
    ("Barth m'a traîné au concert des Négresses Vertes à la Cigale. J'ai chanté à tue-tête.", "à la Cigale"),
])
def test_a_habit_said_with_comme_is_no_likeness(original: str, place: str) -> None:
    assert PLACE not in flag_kinds(original, place=place, reflection="Une belle journée.")


@pytest.mark.parametrize(("original", "persons"), [
    ("Monsieur Pompon, le doyen des chats du refuge, a fêté ses 19 ans avec Nathalie.",
     ("Nathalie", "Monsieur Pompon")),
    ("Hugo et Lola, nos deux nouveaux lapins, ne se quittent pas, dit Nathalie.", ("Nathalie", "Hugo")),
    ("Hugo et Lola, nos deux nouveaux lapins, ne se quittent pas, dit Nathalie.", ("Nathalie", "Lola")),
    ("Mr Pickles, the Dunnes' ancient tortoise, rode in a shoebox on my passenger seat.", ("Mr Pickles",)),
])
def test_an_animal_said_so_after_its_name_is_no_one(original: str, persons: tuple[str, ...]) -> None:
    assert INVENTED in flag_kinds(original, persons=persons, reflection="Quelle histoire !"
                                  if "Mr" not in original else "What a story!")


@pytest.mark.parametrize(("original", "persons"), [
    ("Sarah, the Joneses' cat sitter, came round with a casserole.", ("Sarah",)),
    ("Tom, my dogs' walker, came round with a casserole.", ("Tom",)),
])
def test_someone_by_the_animal_they_look_after_is_someone(original: str, persons: tuple[str, ...]) -> None:
    assert INVENTED not in flag_kinds(original, persons=persons, reflection="What a kind thing to do.")


@pytest.mark.parametrize(("original", "persons"), [
    ("Gerald bit me today. Not hard, but I cried in the supply closet. He's a fourteen-pound chihuahua with opinions.",
     ("Gerald",)),
    ("Sortie longue avec Sirius, le malinois qui a peur de tout, autour du Grand Canal.", ("Sirius",)),
])
def test_a_pet_by_its_breed_or_said_to_be_one_after_is_no_one(original: str, persons: tuple[str, ...]) -> None:
    assert INVENTED in flag_kinds(original, persons=persons, reflection="Quelle aventure !")
    assert DROPPED not in flag_kinds(original, persons=(), reflection="Quelle aventure !")


@pytest.mark.parametrize("original", [
    "Emma came round with her dog. She's a lovely labrador, and we walked for hours.",
    "Spent the evening at Priya's helping her son Rafi rehearse his nativity line. He's a sheep.",
])
def test_he_is_a_pet_of_another_or_a_part_is_no_pet(original: str) -> None:
    name = "Emma" if "Emma" in original else "Rafi"
    assert INVENTED not in flag_kinds(original, persons=(name,), reflection="What a lovely evening.")


@pytest.mark.parametrize(("original", "place"), [
    ("Mads and Ty went skating at the Loring Park rink after dark. She says Ty can't stop to save his life.",
     "Loring Park rink"),
    ("Julien est allé chercher Marcel à l'hôpital de Valence. Il est rentré fatigué, mais content.",
     "hôpital de Valence"),
])
def test_where_someones_outing_took_place_is_the_memorys_place(original: str, place: str) -> None:
    assert PLACE not in flag_kinds(original, place=place, reflection="Quelle belle sortie.")


def test_where_someone_flew_to_is_elsewhere() -> None:
    original = "Laura came to the training day at the airport. She flew to Lisbon the next day and said she missed Hazel."
    assert PLACE in flag_kinds(original, place="Lisbon", reflection="What a lovely day.")


@pytest.mark.parametrize(("original", "place"), [
    ("Calendar import — 'Arrived Arrecife' — 3 Oct 2025. Note: Callum's birthday on board, cake made in a frying pan.",
     "Arrecife"),
    ("Agenda partagé — « Pot de départ de Patrice, PDC Saint-Aubin, 18h ». J'y suis allée avec Inès.",
     "PDC Saint-Aubin"),
    ("Traversée de la Margeride. Le gîte s'appelle « Le Relais du Pèlerin », la patronne nous sert de l'aligot.",
     "Le Relais du Pèlerin"),
])
def test_a_place_in_a_filed_title_or_a_places_name_is_the_memorys(original: str, place: str) -> None:
    assert PLACE not in flag_kinds(original, place=place, reflection="Une belle journée.")


def test_a_place_someone_calls_the_user_is_not_where_it_happened() -> None:
    original = "Covered lunch at the café, short-staffed. Nobody knew my name so they called me 'Leeds' all day."
    assert PLACE in flag_kinds(original, place="Leeds", reflection="What a day.")


@pytest.mark.parametrize("original", [
    "Reading Rebecca by the fire tonight with the dog snoring on the rug. Manderley is so creepy.",
    "My sister says Dad has been reading Joshua Slocum again, he wants to sail home.",
])
def test_what_one_is_reading_is_no_one_dropped(original: str) -> None:
    assert DROPPED not in flag_kinds(original, persons=(), reflection="What a lovely evening.")


def test_whose_messages_one_reread_is_someone() -> None:
    original = "Reread Fraser's messages from 2021. Haven't deleted them. Not yet."
    assert INVENTED not in flag_kinds(original, persons=("Fraser",), reflection="'Not yet' leaves the door ajar.")
