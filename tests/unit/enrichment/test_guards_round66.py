"""Round 66 (2026-12-06), from holdout460–467 (just opened) and the older open sets, each with the case it must leave
alone:

- places: where someone drove over from (« Le photographe avait fait la route depuis Brest exprès »), or what someone
  brought back (« Fatou m'a ramené de Dakar un bissap »): their town, not where the memory was; "We drove over from
  Leeds at dawn" is the user's own road.
- reflection: Faker's one-word titles that name no one ("Land", "Make") no longer make someone of "the Land Rover":
  "she stayed on that bonnet" there is the user, as in a memory where nobody else is.
- places: where someone goes after being with the user ("Dinner at Le Petit Zinc with Nadia before she flew back to
  Lisbon", "He's driving on to Carlisle to see his sister"), or what the user is offered ("a six-month secondment to
  the lab in Grenoble"): not where the memory was; "before we walked to the harbour" keeps the user's own place.
- persons: an animal said after its name with whose it is ("Ziggy, the neighbour's old whippet"), a thing named
  (« Il l'a déjà baptisé Rosalie » of a fire engine, "a Roomba they've named Gustav"): no one; "Ziggy, my neighbour's
  daughter" and "a girl they've named Gustava" are someone.
- places: who heard the user on the radio from afar (« Maman m'a écoutée depuis Lorient »): her end; « j'ai écouté
  l'émission depuis Lorient » is the user's.
- persons: a name said where only an animal is (« gaston hurle ds sa caisse de transport », "Rocco spent the whole
  evening on his perch") is no one dropped; "Dev held her leash" is someone holding the dog's.
- companion: a town the reflection speaks of ("I love that Galway feels a bit like home to you now") is not another
  name of hers, as "Nova feels…" is; nor how something was signed (« ta plus belle œuvre, signée à plusieurs mains »),
  as « Signé : ton ordinateur » is.
- time: one evening of a season given as a day the calendar's season still holds (« Un soir cet hiver » as 29 March,
  written on the 30th) is narrowed like any other of its days; the whole season is its honest reading.
- reflection: in a French memory that names nobody, « elle » doing what a person does is the user (« Je trouve
  qu'elle a eu du courage de proposer ça »), unless the reflection speaks to the user (« ton cœur… il sait déjà »).
- reflection: the user's own things told as "her" ("Washing her hands twice" for "made me wash my hands twice"), as
  "his", « sa » were; "Holding her bag" for "I held her bag", Mum's, is another's.

The sentences were written for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona
from liblitz_app.memory.model import EventTime
from tests.helpers.proposals import flag_kinds

DROPPED = FlagKind.PERSON_DROPPED
INVENTED = FlagKind.PERSON_INVENTED
NARRATED = FlagKind.NOT_FIRST_PERSON
RENAMED = FlagKind.COMPANION_RENAMED
TIME = FlagKind.TIME_CHANGED
PLACE = FlagKind.PLACE_CHANGED


@pytest.mark.parametrize(("original", "place", "persons", "flagged"), [
    ("Portes ouvertes à la caserne pour les 40 ans. J'ai montré le camion à la classe de Lou. Le photographe avait fait"
     " la route depuis Brest exprès.", "Brest", ("Lou",), True),
    ("Fatou m'a ramené de Dakar un bissap maison, on l'a bu à la pause sur le parking du dépôt.", "Dakar",
     ("Fatou",), True),
    ("We drove over from Leeds at dawn. Whitby was still asleep when we parked.", "Whitby", (), False),
])
def test_where_someone_came_from_is_not_where_it_was(original: str, place: str, persons: tuple[str, ...],
                                                     flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place, persons=persons)) is flagged


@pytest.mark.parametrize(("original", "reflection", "flagged"), [
    ("Downloaded Sky Tonight and Night Owl. Sky Tonight said clear till dawn, Night Owl said Jupiter at 23:10 over the"
     " ridge. Both were right. I sat on the bonnet of the Land Rover until my fingers went numb.",
     "Two apps agreeing and the sky keeping its word — and she stayed on that bonnet till dawn. I'd call that a perfect"
     " night for her.", True),
    ("Downloaded Sky Tonight and Night Owl. Sky Tonight said clear till dawn, Night Owl said Jupiter at 23:10 over the"
     " ridge. Both were right. I sat on the bonnet of the Land Rover until my fingers went numb.",
     "Two apps agreeing and the sky keeping its word — and you on that bonnet till dawn. I'd call that a perfect night"
     " for you.", False),
])
def test_a_land_rover_is_nobody(original: str, reflection: str, flagged: bool) -> None:
    assert (NARRATED in flag_kinds(original, reflection=reflection)) is flagged


@pytest.mark.parametrize(("original", "reflection", "persons", "flagged"), [
    ("Fingerprints for the visa this morning. The scanner wouldn't read my thumb, so the officer made me wash my hands"
     " twice. Dan said it was the least romantic date ever.",
     "Washing her hands twice for a thumbprint is absurd, and a little sweet. I'm glad Dan made it a date.", ("Dan",),
     True),
    ("Passport photos at the post office with Mum. I held her bag while the machine took my picture twice.",
     "Holding her bag while the machine did its work: I'm glad you two went together.", (), False),
])
def test_the_users_things_told_as_hers(original: str, reflection: str, persons: tuple[str, ...],
                                       flagged: bool) -> None:
    assert (NARRATED in flag_kinds(original, reflection=reflection, persons=persons)) is flagged


@pytest.mark.parametrize(("original", "place", "persons", "flagged"), [
    ("Dinner at Le Petit Zinc with Nadia before she flew back to Lisbon. She made me promise to visit her there in the"
     " autumn.", "Lisbon", ("Nadia",), True),
    ("Lunch at the Anchor with Nadia before we walked to the harbour.", "the Anchor", ("Nadia",), False),
    ("Dad drove me to the early shift because the trains were on strike. We sang along to his old tapes. He's driving"
     " on to Carlisle to see his sister.", "Carlisle", (), True),
    ("Claire offered me a six-month secondment to the lab in Grenoble. I haven't slept.", "Grenoble", ("Claire",),
     True),
    ("Started my secondment at the lab in Grenoble today. Claire showed me the cleanroom.", "lab in Grenoble",
     ("Claire",), False),
])
def test_where_someone_goes_on_to_or_what_is_offered(original: str, place: str, persons: tuple[str, ...],
                                                      flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place, persons=persons)) is flagged


@pytest.mark.parametrize(("original", "persons", "kind", "flagged"), [
    ("Pesto met Ziggy, the neighbour's old whippet, in the yard. Ziggy sniffed him once and lay down.", ("Ziggy",),
     INVENTED, True),
    ("Met Ziggy, my neighbour's daughter, in the yard. She's starting school on Monday.", ("Ziggy",), INVENTED, False),
    ("Karim a trouvé un vieux camion de pompiers sur Leboncoin. On est allés le voir ce matin. Il l'a déjà baptisé"
     " Rosalie.", ("Karim", "Rosalie"), INVENTED, True),
    ("The flat has a new member: a Roomba they've named Gustav. Tom sent me a video of Gustav stuck under the sofa.",
     ("Tom",), DROPPED, False),
    ("Ana had her baby last night: a girl they've named Gustava. Tom sent me the first photo.", ("Tom",), DROPPED,
     True),
])
def test_an_animal_by_whose_it_is_or_a_thing_named(original: str, persons: tuple[str, ...], kind: FlagKind,
                                                   flagged: bool) -> None:
    assert (kind in flag_kinds(original, persons=persons)) is flagged


MIRA = Persona.from_dict({"name": "Mira", "other_names": ["Liblitz", "Mimi"]})


@pytest.mark.parametrize(("original", "reflection", "flagged"), [
    ("Eef and Ro took me to the harbour to watch the buskers. Ro sang along to everything.",
     "I can picture it, and I love that Galway feels a bit like home to you now, thanks to the two of them.", False),
    ("Eef and Ro took me to the harbour to watch the buskers. Ro sang along to everything.",
     "I can picture it, and I love that Nova feels a bit like home to you now.", True),
    ("Fresque terminée ! Six semaines, vingt jeunes, trente litres de peinture.",
     "Six semaines et vingt jeunes : cette fresque, c'est ta plus belle œuvre, signée à plusieurs mains.", False),
    ("Fresque terminée ! Six semaines, vingt jeunes, trente litres de peinture.",
     "Six semaines et vingt jeunes : quelle fierté pour toi. Signé : ton ordinateur.", True),
])
def test_a_town_or_a_way_of_signing_is_no_name_of_hers(original: str, reflection: str, flagged: bool) -> None:
    kinds = flag_kinds(original, reflection=reflection, persona=MIRA, persons=("Eef", "Ro"))
    assert (RENAMED in kinds) is flagged


@pytest.mark.parametrize(("start", "end", "flagged"), [
    (date(2026, 3, 29), date(2026, 3, 29), True),
    (date(2025, 12, 1), date(2026, 2, 28), False),
])
def test_one_evening_of_a_season_given_a_day(start: date, end: date, flagged: bool) -> None:
    original = ("Un soir cet hiver, maman m'a avoué qu'elle avait gardé toutes mes lettres. On était dans la cuisine,"
                " elle regardait ailleurs.")
    time = EventTime(said="Un soir cet hiver", start=start, end=end)
    assert (TIME in flag_kinds(original, day=date(2026, 3, 30), time=time)) is flagged


@pytest.mark.parametrize(("original", "persons", "kind", "flagged"), [
    ("jsuis ds le train pr lille, gaston hurle ds sa caisse de transport, tt le wagon rigole", (), DROPPED, False),
    ("Rocco spent the whole evening on his perch, sulking at the rain.", (), DROPPED, False),
    ("Maple lay on the blanket through the whole concert. Dev held her leash the entire time.", ("Dev",), INVENTED,
     False),
])
def test_where_only_an_animal_is(original: str, persons: tuple[str, ...], kind: FlagKind, flagged: bool) -> None:
    assert (kind in flag_kinds(original, persons=persons)) is flagged


@pytest.mark.parametrize(("original", "flagged"), [
    ("Ce matin, France Bleu m'a interviewée par téléphone sur la chorale. Maman m'a écoutée depuis Lorient et m'a"
     " appelée juste après.", True),
    ("Ce matin, j'ai écouté l'émission sur la chorale depuis Lorient, chez maman.", False),
])
def test_who_heard_the_user_from_afar(original: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place="Lorient")) is flagged


@pytest.mark.parametrize(("reflection", "flagged"), [
    ("Personne n'a ri, donc tout le monde y croit ! Je trouve qu'elle a eu du courage de proposer ça.", True),
    ("Personne n'a ri, donc tout le monde y croit ! Je trouve que tu as eu du courage de proposer ça.", False),
    ("Une chorale de voisins, c'est ton cœur qui parle pour toi ; il sait déjà ce qui rassemble.", False),
])
def test_she_where_the_memory_names_nobody(reflection: str, flagged: bool) -> None:
    original = ("Réunion du conseil de quartier. On vote pour un marché de Noël commun. J'ai proposé une chorale de"
                " voisins, personne n'a ri.")
    assert (NARRATED in flag_kinds(original, reflection=reflection)) is flagged
