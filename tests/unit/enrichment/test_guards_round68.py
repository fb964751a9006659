"""Round 68 (2026-12-06), from holdout476–483 (just opened) and the older open sets, each with the case it must leave
alone:

- places: a place counted ahead (« Le vrai départ pour Bruges, c'est dans quinze jours », « d'ici deux mois ») is not
  where the memory was; « en trois semaines » is how long.
- persons: a name given to a thing is its name, even when someone of who-is-who bears it ("a drone he's called it
  Yannick", after the user's late father), or after a make and its year ("a 1982 Corsair called Soizic"), a bee, or
  « que j'ai baptisé »; « j'ai appelé Maman » is a call (its « ai » is no AI), and the one who bears the name, told
  elsewhere in the memory, is still someone.
- persons: listed, the name the memory gives only to a thing ("He's called it Yannick") is no one the user was with;
  a person called by another name (« Il l'a appelée Claire ») still is.
- places: where the user stood or sat at the place someone else's deed names ("Amara defended her thesis at the
  Panthéon-Assas. I sat in the back row", « J'étais au bord du terrain », « je suis restée avec elle jusqu'à l'arrivée
  de son mari ») is that very place, not another; the place of someone else's deed beside where the user was ("Priya
  ran the marathon in Leeds. I was at home in Hull on the sofa", "…in the front row in the gym") still is.
- places: where someone else's message came from, a few words on (« Léa m'a chambré par SMS toute la soirée depuis
  Twickenham », « Appel de Malo depuis la cafétéria de son internat à Vannes », "She replied from the bar in Annecy")
  is their end, not the memory's; not the user's own end ("Called Daan from the tram", « Visio avec mamie depuis le
  parc »).
- reflection: a given name no one holds, doing what the user did, in a reflection that never speaks to the user of
  the user's own memory ("Maeve laughed before she cried" for "I laughed until I cried") is most likely the user, told
  of by name; not someone of who-is-who the memory leaves out ("I bet Priya looks radiant", the user's wife), nor a
  reflection that speaks to the user.
- places: "University of Stirling" for "graduation at Stirling" is the memory's place said more fully; "Stirling
  Castle" for it is a landmark of its own.
- places: the second team of a fixture (« Soirée au Roazhon Park avec Inès pour Rennes–Nantes ») is not where the
  memory was; the end of a route the user rode ("Took the train Paris-Bordeaux and read all the way") is.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind, KnownPerson, WhoIsWho
from tests.helpers.proposals import flag_kinds

PLACE = FlagKind.PLACE_CHANGED
DROPPED = FlagKind.PERSON_DROPPED
INVENTED = FlagKind.PERSON_INVENTED
NARRATED = FlagKind.NOT_FIRST_PERSON


@pytest.mark.parametrize(("original", "place", "persons", "flagged"), [
    ("Essai du trajet : bus jusqu'à la gare, repérage du quai avec Ulysse. Le vrai départ pour Bruges, c'est dans"
     " quinze jours.", "Bruges", (), True),
    ("Visite de l'appartement témoin avec Hugo ce matin. On emménage à Lorient d'ici deux mois, si tout va bien.",
     "Lorient", ("Hugo",), True),
    ("J'ai repeint toute la cuisine de la maison de Vannes en trois semaines. Fière de moi.", "Vannes", (), False),
])
def test_a_place_counted_ahead_is_not_where_it_was(original: str, place: str, persons: tuple[str, ...],
                                                     flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place, persons=persons)) is flagged


@pytest.mark.parametrize(("original", "persons", "dropped"), [
    ("Noé builds an underwater drone at the lab, a little thing that counts fish off Brest. He's called it Yannick. I"
     " laughed.", ("Noé",), False),
    ("Noé builds an underwater drone at the lab. He's called it Yannick. Yannick would have loved that, Dad always"
     " said the sea was for counting.", ("Noé",), True),
    ("Tonton gave me his old dinghy, a 1982 Corsair called Soizic. He'd sanded the whole hull.", ("Tonton",), False),
    ("Gérard has a new hive, with a bee called Lucie as its queen, he swears.", ("Gérard",), False),
    ("Installé le logiciel de compta. Il a un « assistant » que j'ai baptisé Roger. Roger se trompe déjà.",
     (), False),
    ("Ce soir j'ai appelé Maman pour lui dire que les tomates ont levé.", (), True),
])
def test_a_name_given_to_a_thing_is_no_one_dropped(original: str, persons: tuple[str, ...], dropped: bool) -> None:
    people = WhoIsWho(people=(KnownPerson(name="Yannick", relation="father, died in 2021", aliases=("Dad",)),
                              KnownPerson(name="Hélène", relation="mère", aliases=("Maman",))))
    assert (DROPPED in flag_kinds(original, persons=persons, people=people)) is dropped


@pytest.mark.parametrize(("original", "persons", "invented"), [
    ("Noé builds an underwater drone at the lab. He's called it Yannick. I laughed until I cried.", ("Noé", "Yannick"),
     True),
    ("Dimanche, Papa a reconnu tout le monde sauf Inès. Il l'a appelée Claire, comme si elle avait encore quinze ans.",
     ("Papa", "Inès", "Claire"), False),
])
def test_a_name_only_given_to_a_thing_is_no_one_listed(original: str, persons: tuple[str, ...],
                                                       invented: bool) -> None:
    people = WhoIsWho(people=(KnownPerson(name="Yannick", relation="father, died in 2021", aliases=("Dad",)),
                              KnownPerson(name="Claire", relation="sœur", aliases=()),
                              KnownPerson(name="Inès", relation="fille", aliases=())))
    assert (INVENTED in flag_kinds(original, persons=persons, people=people)) is invented


@pytest.mark.parametrize(("original", "place", "persons", "flagged"), [
    ("Amara defended her thesis at the Panthéon-Assas. I sat in the back row in my only suit and clapped too early.",
     "Panthéon-Assas", ("Amara",), False),
    ("Mireille est tombée dans l'escalier de la bibliothèque. Rien de cassé, mais elle avait peur. Je suis restée avec"
     " elle jusqu'à l'arrivée de son mari.", "bibliothèque", ("Mireille",), False),
    ("Priya ran the marathon in Leeds. I was at home in Hull on the sofa, refreshing the tracker all morning.",
     "Leeds", ("Priya",), True),
    ("Maya won the school science fair with a project on plastic in the Loire. Sam and I were in the front row in the"
     " gym.", "the Loire", ("Maya", "Sam"), True),
])
def test_where_the_user_stood_at_someones_deed_is_that_place(original: str, place: str, persons: tuple[str, ...],
                                                             flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place, persons=persons)) is flagged


@pytest.mark.parametrize(("original", "place", "persons", "flagged"), [
    ("Match au pub O'Neill de Rouen avec Hugo. Léa m'a chambré par SMS toute la soirée depuis Twickenham.",
     "Twickenham", ("Hugo", "Léa"), True),
    ("Appel de Malo depuis la cafétéria de son internat à Vannes : il hésite entre deux options. Je lui ai dit de"
     " choisir celle qui le fait rire.", "Vannes", ("Malo",), True),
    ("Watched the final with Dad at the club. I sent Tom ten trophy emojis. He replied from the bar in Annecy with a"
     " single thumbs up.", "Annecy", ("Tom",), True),
    ("Exam results out. Passed everything. Called Daan from the steps of the faculty in Leiden and couldn't speak.",
     "Leiden", ("Daan",), False),
    ("Visio avec mamie Odile depuis le parc de Tempelhof. Elle voulait voir l'aéroport sans avions.",
     "parc de Tempelhof", ("Odile",), False),
])
def test_where_someone_elses_message_came_from_is_their_end(original: str, place: str, persons: tuple[str, ...],
                                                             flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place, persons=persons)) is flagged


@pytest.mark.parametrize(("original", "place", "persons", "flagged"), [
    ("Soirée au Roazhon Park avec Inès pour Rennes–Nantes. Elle a chanté tout le match, moi j'ai surtout mangé.",
     "Nantes", ("Inès",), True),
    ("Took the train Paris-Bordeaux with Inès and read all the way. Bordeaux in the rain, still lovely.", "Bordeaux",
     ("Inès",), False),
])
def test_a_fixtures_second_team_is_not_where_it_was(original: str, place: str, persons: tuple[str, ...],
                                                     flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place, persons=persons)) is flagged


@pytest.mark.parametrize(("reflection", "narrated"), [
    ("A lucky medal 'for the new job' is such a mother's gift. Maeve laughed before she cried, and that's a good sign.",
     True),
    ("Four hours of driving for one sign at mile 20. I bet Priya laughed too.", False),
    ("A lucky medal 'for the new job': you laughed before you cried, and Maeve would have too.", False),
])
def test_the_user_told_of_by_a_name_no_one_holds(reflection: str, narrated: bool) -> None:
    people = WhoIsWho(people=(KnownPerson(name="Priya", relation="wife", aliases=()),))
    original = "Mum sent a parcel: tea, crisps and a lucky medal 'for the new job'. I laughed until I cried."
    assert (NARRATED in flag_kinds(original, reflection=reflection, people=people)) is narrated


@pytest.mark.parametrize(("place", "flagged"), [("University of Stirling", False), ("Stirling Castle", True)])
def test_a_university_of_the_place_said_is_that_place(place: str, flagged: bool) -> None:
    original = "Took the day off so I could get to Ewan's graduation at Stirling. Kirsty cried through the whole thing."
    assert (PLACE in flag_kinds(original, place=place, persons=("Ewan", "Kirsty"))) is flagged
