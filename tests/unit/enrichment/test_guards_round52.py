"""Round 52 (2026-12-04), from holdout348–355 (just opened) and the older open sets, each with the case it must leave
alone:

- a plan's sentence whose subject has its verb joined on ("He's bringing his whole family to the Saturday matinee at
  the Corn Exchange", after a lunch told done): the venue of a day ahead, not where the memory happened;
- what the memory's own doings prepare, somewhere it names first, for a day still ahead (« Réunion ce soir chez
  Martine pour organiser la collecte de samedi au Super U de Craponne », "Planning meeting tonight at Denise's kitchen
  table for Saturday's drive at the Safeway on Division"): the venue of what is prepared (not « Maman a chanté… pour
  la fête de l'EHPAD jeudi », last Thursday's party, sung at);
- someone's wish whose place follows a comma and « à » (« Il veut que je vienne voir ses photos à ses 85 ans, à
  Chazelles »): a plan's (not a song called « Je veux » sung at the place);
- the user's body is no place the user was ("I pretended to have something in my eye" does not put the user
  somewhere else than the canteen of the sentence before);
- part 2: a given name in a memory about an animal, followed by what an animal does or has before anyone else is
  named ("Otis's first ferry crossing. He… never barked"), is the animal's when it is the only name left out (not
  where a person is left out beside it, nor "Dr. Reyes the vet", nor the owner in "Hugo's cat walked across his
  keyboard"); a dog recorded in who-is-who as "our pup" or "the family's cockapoo" is no person either;
- part 3: a listed name the proposed eatery is named after ("Lula" for "Lula Cafe", « Marcel » for « Café Marcel »)
  is invented, unless the memory says it of someone there; a given name that is a word too, which a memory
  capitalising its names writes only after an article ("Carol" for "the carol service"), is invented (not "dan was
  fuming" in a memory that writes names in lower case);
- part 4: the place the memory puts the user at, with one word of the language added before it in lower case ("bus
  terminus" for "in the cab at the terminus", "the Newlyn lifeboat station" for "at the Newlyn station"), is made
  precise, not invented (not "show ground" for "at the village hall… best in show", a word after it, another kind;
  nor « ta bergerie » for « sa bergerie »);
- part 5: a word of the language opening a clause ("Rehearsal moved to the Victoria Hall") is no one whose move or
  words the place is (not "Will moved to Leeds", a given name; nor « On m'a dit que… », someone's words);
- part 6: "no machine", « aucune machine » in a reflection are none of them, not her renamed ("knowledge no system
  holds"; « La machine est fière de toi » still is);
- part 7: a who-is-who name or alias is not the first or last part of a hyphenated word (« le petit », Hugo's
  alias, is not in « Le petit-fils de Josiane »: Hugo listed is invented);
- part 8: a short name who-is-who records as someone else's ("Dave", Dave Ridley) is no nickname of another
  (Daniel), though it starts the same;
- part 9: a weekly thing's weekday ("Sunday rehearsal in Queen's Park", « mercredi au club de bridge ») is the last
  such day, like any weekday: round 12's rule read it as no day at all, which the later blind sets' writers do not;
- part 10: her feeling told in the memory's own words ("I'd have loved to see eighty-year-old Maggie") is hers, not
  the user's story told as hers: round 5's reading of it caught nothing no other rule caught on the open sets, and
  flagged 37 harmless reflections;
- part 11: the memory's own words for where it was, put together ("the lifeboat station" for "Lifeboat shout at 2am…
  I made bacon rolls in the station"), are its place: round 10's reading of words said apart flagged 13 harmless
  places on the open sets for 1 harmful pair no other rule caught;
- part 12: « Clémence m'a l'air précieuse », « le merci de Sami m'a touchée » in her reflection are hers, not the
  user's life told as hers (the English "he told me" still is).

The sentences were written for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, WhoIsWho
from liblitz_app.memory import EventTime
from tests.helpers.proposals import flag_kinds

PLACE = FlagKind.PLACE_CHANGED
DROPPED = FlagKind.PERSON_DROPPED
INVENTED = FlagKind.PERSON_INVENTED
RENAMED = FlagKind.COMPANION_RENAMED
TIME = FlagKind.TIME_CHANGED
NARRATED = FlagKind.NOT_FIRST_PERSON
PLACE_KINDS = {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}
TUESDAY = date(2026, 3, 10)


def test_a_plan_with_its_verb_joined_on_is_a_day_ahead() -> None:
    original = ("Coffee with Amara in the break room; told her all about the recital. She's bringing her sister to the"
                " Saturday concert at the Corn Exchange.")
    assert PLACE in flag_kinds(original, day=TUESDAY, place="Corn Exchange", reflection="I love that she's coming.")


def test_a_visit_told_done_keeps_its_place() -> None:
    original = "Coffee with Amara at the Corn Exchange on Saturday. She's brilliant at getting people talking."
    assert not flag_kinds(original, day=TUESDAY, place="Corn Exchange", reflection="I love that.") & PLACE_KINDS


@pytest.mark.parametrize(("original", "place"), [
    ("Réunion ce soir chez Martine pour organiser la collecte de samedi au Super U de Craponne.",
     "Super U de Craponne"),
    ("Planning meeting tonight at Denise's kitchen table for Saturday's drive at the Safeway on Division.",
     "Safeway on Division"),
    ("Avec Jo on a fait les courses au marché pour le repas de samedi au gîte de Pornic.", "gîte de Pornic"),
])
def test_the_venue_of_what_is_prepared_is_not_where_it_was(original: str, place: str) -> None:
    assert PLACE in flag_kinds(original, day=TUESDAY, place=place, reflection="J'aime cet élan.")


def test_a_party_sung_at_last_thursday_keeps_its_place() -> None:
    original = "Maman a chanté avec les autres résidents pour la fête de l'EHPAD jeudi. Elle connaissait tout."
    assert not flag_kinds(original, day=TUESDAY, place="EHPAD", reflection="Quel joli moment.") & PLACE_KINDS


def test_a_wish_whose_place_follows_a_comma() -> None:
    original = ("Ce matin, Lulu m'a montré une photo de lui jeune sur le Ventoux. Il veut que je vienne voir les autres"
                " à ses 85 ans, à Chazelles.")
    assert PLACE in flag_kinds(original, day=TUESDAY, place="Chazelles", reflection="J'espère que tu iras.")


def test_a_song_called_je_veux_is_no_wish() -> None:
    original = ("Chanté « Je veux » de Zaz à la fête du cours, à la salle des fêtes de Villeurbanne. Noé était au"
                " premier rang.")
    assert not flag_kinds(original, day=TUESDAY, place="salle des fêtes de Villeurbanne",
                          reflection="Je suis fière de toi.") & PLACE_KINDS


def test_the_users_eye_is_no_place() -> None:
    original = ("Ollie's son had his Grade 5 exam today and he made me listen to the recording in the canteen. I"
                " pretended to have something in my eye.")
    assert not flag_kinds(original, day=TUESDAY, place="canteen", persons=("Ollie",),
                          reflection="I think Ollie saw right through you.") & PLACE_KINDS


@pytest.mark.parametrize(("original", "persons"), [
    ("Otis's first ferry crossing. He watched the gulls the whole time but never barked. Emma took the photos.",
     ("Emma",)),
    ("Hier soir, Vasco a ouvert le placard à croquettes avec sa truffe. Florian s'est moqué de moi.", ("Florian",)),
])
def test_the_animals_given_name_is_no_one_dropped(original: str, persons: tuple[str, ...]) -> None:
    assert DROPPED not in flag_kinds(original, persons=persons, reflection="I love that.")


@pytest.mark.parametrize(("original", "persons"), [
    ("Took Rufus to the dog beach with Noor. Rufus rolled in something dead; Noor laughed so hard she cried.", ()),
    ("Dr. Reyes the vet came to the house for Rufus, who's stopped eating since the move.", ()),
    ("Hugo's cat walked across his keyboard during the call. Everybody lost it.", ()),
])
def test_a_person_beside_an_animal_is_still_dropped(original: str, persons: tuple[str, ...]) -> None:
    assert DROPPED in flag_kinds(original, persons=persons, reflection="I love that.")


@pytest.mark.parametrize("relation", ["our pup", "the family's cockapoo"])
def test_a_pup_recorded_is_no_one_dropped(relation: str) -> None:
    people = WhoIsWho.from_dict([{"name": "Juno", "relation": relation, "aliases": []},
                                 {"name": "Sarah", "relation": "sister", "aliases": []}])
    assert DROPPED not in flag_kinds("Walked Juno round the park with Sarah.", people=people, persons=("Sarah",),
                                     reflection="I love that.")


@pytest.mark.parametrize(("original", "place", "persons"), [
    ("Sunday brunch at Lula Cafe with Jordan. We split the pasta.", "Lula Cafe", ("Jordan", "Lula")),
    ("Déjeuner au Café Marcel avec Inès, on a parlé de Lisbonne.", "Café Marcel", ("Inès", "Marcel")),
])
def test_the_name_of_an_eatery_is_no_one(original: str, place: str, persons: tuple[str, ...]) -> None:
    assert INVENTED in flag_kinds(original, place=place, persons=persons, reflection="J'aime ça.")


def test_the_owner_said_of_the_eatery_is_someone() -> None:
    original = "Coffee at Lula Cafe: Lula herself brought us the cake and sat with us."
    assert INVENTED not in flag_kinds(original, place="Lula Cafe", persons=("Lula",), reflection="I love that.")


def test_a_given_name_said_as_a_word_is_no_one() -> None:
    original = "Grace sang the solo at the carol service in the Mission and you could have heard a pin drop."
    assert INVENTED in flag_kinds(original, place="the Mission", persons=("Grace", "Carol"), reflection="I love it.")


def test_a_name_in_lower_case_is_someone() -> None:
    original = "pub quiz at the Red Lion tues, we came 2nd AGAIN. dan was fuming lol"
    assert INVENTED not in flag_kinds(original, place="the Red Lion", persons=("Dan",), reflection="I love it.")


@pytest.mark.parametrize(("original", "place"), [
    ("I'm in the cab at the terminus with ten minutes to spare and I can hear the chords on the radio.",
     "bus terminus"),
    ("Pager went at 3am. I was on the shore crew at the Newlyn station with Kitto, soaked to the bone.",
     "the Newlyn lifeboat station"),
])
def test_one_word_of_its_kind_added_is_no_place_invented(original: str, place: str) -> None:
    assert not flag_kinds(original, place=place, reflection="I love that.") & PLACE_KINDS


@pytest.mark.parametrize(("original", "place"), [
    ("Harvest supper at the village hall in Ambleside; the marrow won best in show.", "Ambleside show ground"),
    ("Les brebis de Bernard sont malades. On a passé trois heures dans sa bergerie.", "ta bergerie"),
])
def test_another_kind_of_place_is_still_flagged(original: str, place: str) -> None:
    assert flag_kinds(original, place=place, reflection="J'aime ça.") & PLACE_KINDS


def test_a_word_opening_a_clause_is_no_ones_move() -> None:
    original = "Rehearsal moved to the Victoria Hall yesterday because the church boiler died. Huge room, awful echo."
    assert not flag_kinds(original, place="Victoria Hall", reflection="I love that.") & PLACE_KINDS


def test_a_given_name_moving_is_someone_elses_place() -> None:
    original = "Will moved to Leeds last spring and I still miss him. Today I walked the dog alone in Hull."
    assert PLACE in flag_kinds(original, place="Leeds", reflection="I know you miss him.")


@pytest.mark.parametrize("reflection", [
    "Two pages of dogs is a proper handover; that's knowledge no system holds.",
    "I'll admit I cheered with you: there's a kind of knowing the lanes that no machine has yet.",
    "Aucune machine ne connaît les chemins comme toi, et j'aime ça.",
])
def test_none_of_the_machines_is_not_her(reflection: str) -> None:
    assert RENAMED not in flag_kinds("Kyle asked me to write down every dog on the round.", reflection=reflection)


def test_the_machine_proud_of_you_is_her() -> None:
    assert RENAMED in flag_kinds("J'ai fini le tour à vélo.", reflection="La machine est fière de toi.")


@pytest.mark.parametrize(("original", "invented"), [
    ("Le petit-fils de Josiane m'a aidée à porter le colis jusqu'à la cuisine.", True),
    ("Le petit a dormi chez nous samedi, il a voulu porter le colis de Josiane.", False),
])
def test_an_alias_inside_a_hyphenated_word_is_no_one(original: str, invented: bool) -> None:
    people = WhoIsWho.from_dict([{"name": "Hugo", "relation": "petit-fils", "aliases": ["le petit"]},
                                 {"name": "Josiane", "relation": "voisine", "aliases": []}])
    flags = flag_kinds(original, people=people, persons=("Josiane", "Hugo"), reflection="J'aime ce moment.")
    assert (INVENTED in flags) is invented


@pytest.mark.parametrize(("original", "invented"), [
    ("Dave Ridley's lad helped me dig the van out at Hollin Bank. Dave watched from the kitchen window.", True),
    ("Dan helped me dig the van out at Hollin Bank while Dave Ridley watched from the kitchen window.", False),
])
def test_another_recorded_name_is_no_nickname(original: str, invented: bool) -> None:
    people = WhoIsWho.from_dict([{"name": "Dave Ridley", "relation": "sheep farmer", "aliases": []},
                                 {"name": "Daniel", "relation": "son", "aliases": []}])
    flags = flag_kinds(original, people=people, persons=("Dave Ridley", "Daniel"), reflection="I love that.")
    assert (INVENTED in flags) is invented


@pytest.mark.parametrize(("original", "said", "day"), [
    ("Sunday rehearsal in Queen's Park because the hall was booked for a christening.", "Sunday", date(2026, 3, 8)),
    ("Josiane m'a présentée mercredi au club de bridge de la rue Saint-Nicolas.", "mercredi", date(2026, 3, 4)),
])
def test_a_weekly_things_weekday_is_the_last_one(original: str, said: str, day: date) -> None:
    time = EventTime(said=said, start=day, end=day)
    assert TIME not in flag_kinds(original, day=TUESDAY, time=time, reflection="I love that.")


def test_her_feeling_in_the_memorys_words_is_hers() -> None:
    original = "Priya did the make-up for the dress rehearsal and turned Maggie into an eighty-year-old."
    reflection = "Priya's talent with a make-up brush sounds remarkable; I'd have loved to see eighty-year-old Maggie."
    assert NARRATED not in flag_kinds(original, reflection=reflection, persons=("Priya", "Maggie"))


def test_the_memorys_words_for_its_place_put_together() -> None:
    original = ("Lifeboat shout at 2am: a yacht dragging her anchor off the point. Kirsty was on the crew, so I made"
                " bacon rolls in the station for when they got back.")
    assert not flag_kinds(original, place="the lifeboat station", persons=("Kirsty",),
                          reflection="Bacon rolls at 2am is its own kind of rescue.") & PLACE_KINDS


def test_someone_who_touched_her_is_hers() -> None:
    original = "Un tuto improvisé au tableau blanc par Clémence pour retrouver le bouton de la tablette."
    reflection = "Un tuto improvisé au tableau : j'aime apprendre ensemble, et Clémence m'a l'air précieuse."
    assert NARRATED not in flag_kinds(original, reflection=reflection, persons=("Clémence",))
