"""Round 37 (2026-12-02), from the open sets' misses and false flags, each with the case it must leave alone:

- a place the memory names only for what is still to happen there (« on se retrouve samedi à… », "we've been invited
  to sing at…", « le voyage qu'on fera en Irlande »), beside a sentence telling what the memory is about, is not
  where it happened; a habit (« tous les jeudis »), a quotation or a memory that is nothing but the plan are left
  alone;
- a name said in the plural ("both Marcuses") is the person the proposal lists; an event's or a day's name ("Guy
  Fawkes Night", "Indie Bookshop Saturday") is no one;
- the date a memory came with, kept as it came, words and all, is not a changed time, whatever the memory says;
- « chez Pépé » for « sur le frigo de Pépé »: a thing of someone's home puts the user there;
- an animal recorded in who-is-who by a compound (« chien-guide », "guide-dog puppy") is an animal; a "cat-sitter" is
  someone.

The sentences were written for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, KnownPerson, WhoIsWho
from liblitz_app.enrichment.guards.later_places import told_only_as_a_plan
from liblitz_app.memory import EventTime, MemoryFields
from tests.helpers.proposals import flag_kinds

PLACE_KINDS = {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}
TIME_KINDS = {FlagKind.TIME_CHANGED, FlagKind.TIME_INVENTED}


@pytest.mark.parametrize(("original", "planned", "language"), [
    ("Romane m'a écrit : on se retrouve dimanche à la salle Molière pour le filage. J'ai relu mon texte dans le bus.",
     "salle Molière", "fr"),
    ("The coach told us tonight that we've been invited to play at Wembley in March. I couldn't eat my dinner.",
     "Wembley", "en"),
    ("Apéro sur le balcon avec Zoé. On a parlé du voyage qu'on fera en Irlande quand les enfants seront grands.",
     "Irlande", "fr"),
    ("Long shift at the depot. Priya says we'll do the quiz at her flat in Hove next Friday, with her lasagne.",
     "her flat in Hove", "en"),
])
def test_a_place_only_to_come_is_not_where_it_happened(original: str, planned: str, language: str) -> None:
    assert told_only_as_a_plan(original, planned, language)
    assert flag_kinds(original, place=planned) & PLACE_KINDS


@pytest.mark.parametrize(("original", "place", "language"), [
    # a habit, not a plan
    ("Grâce au club d'échecs je progresse enfin. On se retrouve tous les jeudis au café des Arts.", "café des Arts",
     "fr"),
    # in a quotation
    ("Mme Leroy nous a prévenus : « Personne ne vous attendra à la gare. » Ce matin j'ai couru pour rien.", "gare",
     "fr"),
    # the memory is nothing but the plan: where it will be is all it says
    ("Tomorrow is my first shift at the bakery on Mill Street.", "the bakery on Mill Street", "en"),
    # the name Will, not "will"
    ("Will and I walked the dogs along the canal in Oxford. It drizzled. We didn't care.", "Oxford", "en"),
])
def test_what_is_no_plan_is_left_alone(original: str, place: str, language: str) -> None:
    assert not told_only_as_a_plan(original, place, language)


@pytest.mark.parametrize(("original", "persons"), [
    ("Both Tobys turned up at the allotment: Toby my nephew and Toby from plot 9.", ("Toby", "Toby Marsh")),
    ("Guy Fawkes Night on the green with Hannah, sparklers and frozen toes.", ("Hannah",)),
    ("Indie Bookshop Saturday was packed; Oren ran the till while I wrapped.", ("Oren",)),
])
def test_a_plural_or_an_events_name_is_no_one_dropped(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_DROPPED not in flag_kinds(original, persons=persons)


def test_a_real_name_left_out_is_still_dropped() -> None:
    assert FlagKind.PERSON_DROPPED in flag_kinds("Both Tobys turned up at the allotment with Nadia.",
                                                 persons=("Toby",))


def test_the_known_date_kept_as_it_came_is_no_changed_time() -> None:
    entry = EventTime("03/02/2026", date(2026, 2, 3), date(2026, 2, 3))
    original = "[Journal, entry of 03/02/2026] Yesterday the cast came off. I drew a smiley on my own arm."
    assert not flag_kinds(original, time=entry, known=MemoryFields(time=entry)) & TIME_KINDS
    # the known day with the memory's words on it is still read against them
    moved = EventTime("Yesterday", date(2026, 2, 3), date(2026, 2, 3))
    assert flag_kinds(original, time=moved, known=MemoryFields(time=entry)) & TIME_KINDS


@pytest.mark.parametrize(("original", "place"), [
    ("Nina et moi avons collé le planning des courses sur le frigo de Papi. Il a râlé pour la forme.", "chez Papi"),
    ("Deux nuits sur le canapé d'Ilyès pendant les travaux. Il ronfle, je le savais.", "chez Ilyès"),
])
def test_a_thing_of_their_home_puts_the_user_there(original: str, place: str) -> None:
    assert not flag_kinds(original, place=place) & PLACE_KINDS
    assert flag_kinds(original, place="chez Mathilde") & PLACE_KINDS


@pytest.mark.parametrize("relation", ["chien-guide", "guide-dog puppy", "chiot d'assistance"])
def test_an_animal_recorded_with_a_hyphen_is_never_dropped(relation: str) -> None:
    people = WhoIsWho((KnownPerson(name="Vasco", relation=relation),))
    original = "Vasco a appris « au pied » en une seule séance. Élodie dit qu'il est d'une rare concentration."
    assert FlagKind.PERSON_DROPPED not in flag_kinds(original, people=people, persons=("Élodie",))
    assert FlagKind.PERSON_DROPPED in flag_kinds(original, persons=("Élodie",))  # unrecorded, Vasco may be anyone


def test_someone_who_looks_after_an_animal_is_someone() -> None:
    assert not KnownPerson(name="Lucy Park", relation="cat-sitter").an_animal
    assert not KnownPerson(name="Tom", relation="dog-walker").an_animal
