"""Round 39 (2026-12-03), from the misses of holdout212–219 and the older open sets, each with the case it must leave
alone:

- a holiday's or a saint's name listed as a person ("Halloween", "Secret Santa", "St Andrew" of "St Andrew's Day",
  « Santo Ildefonso » of a church) is no one; "Noël" or "Valentine" who does something is someone;
- one word with a capital inside ("StarWalk", "GarageBand") is an app's or a brand's; "JoAnn", "McKenzie",
  "DeShawn" are given names;
- what a cat or a dog does at home ("slept on my keyboard", « a vomi sur le canapé ») says the name is an animal's;
- a season given one of its days ("cet automne" as 14 October) is a guess; the season kept whole is not;
- texting's days ("yday", "this am", « auj ») are read as yesterday and today, not inside "payday" or "Beaujolais";
- "even a chatbot like me", « crois-en une IA comme moi », « je suis moi aussi une IA »: she calls herself one, in a
  memory about AI too; "machines like me" among the memory's robots stays hers;
- a who-is-who relation with a description ("neveu, fils de Maëlle") is recognised by its first words (« mon
  neveu »); "my cousin" with two cousins recorded, one only described so, is the other;
- tickets booked, a departure, a registration (« Réservé les billets pour… », « on part pour Cluny », "Registered for
  the Leeds half") are plans; « la réserve naturelle » is no booking;
- "Danny's mum", "her mom" are someone else's mother, not the user's "Mum" of who-is-who;
- a known date that the memory's words name from the day it was written ("Yesterday…", written on the 10th, come with
  the 9th) stays that date;
- a place with a month one to five months ahead right after it ("a stall at the Harrogate craft fair in June", booked
  in February) is an event to come, whatever tense books it; "Rome in March" written in May is where one was; where
  "everyone" was "while" the user was elsewhere is not the memory's place.

The sentences were written for these tests.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from liblitz_app.enrichment import FlagKind, KnownPerson, WhoIsWho
from liblitz_app.enrichment.guards.elsewhere import elsewhere
from liblitz_app.enrichment.guards.later_places import told_only_as_a_plan
from liblitz_app.enrichment.mentions import a_pet_by_its_words
from liblitz_app.enrichment.well_known import a_brand
from liblitz_app.memory import EventTime, MemoryFields
from tests.helpers.proposals import DAY, flag_kinds


@pytest.mark.parametrize(("original", "name"), [
    ("Halloween party at Dana's: I went as a lighthouse and Priya as the storm.", "Halloween"),
    ("Secret Santa at the office, Bea gave me socks with tiny ducks on them.", "Secret Santa"),
    ("St Andrew's Day ceilidh at the village hall with Morag, my feet still hurt.", "St Andrew"),
    ("Mariage de Léonie à l'église de Santo Estêvão, sous une pluie fine.", "Santo Estêvão"),
    ("Fête de la musique sur les quais avec Lou, on a dansé jusqu'à minuit.", "Fête de la musique"),
])
def test_a_holiday_or_a_saints_name_is_no_one(original: str, name: str) -> None:
    assert FlagKind.PERSON_INVENTED in flag_kinds(original, persons=[name])


@pytest.mark.parametrize(("original", "name"), [
    ("Noël m'a appelé pour mon anniversaire, il part vivre à Lyon.", "Noël"),
    ("Valentine said she'd drive us to the lake on Sunday.", "Valentine"),
])
def test_a_given_name_that_is_also_a_holiday_is_someone(original: str, name: str) -> None:
    assert FlagKind.PERSON_INVENTED not in flag_kinds(original, persons=[name])


def test_one_word_with_a_capital_inside_is_a_brand() -> None:
    assert a_brand("StarWalk") and a_brand("GarageBand")
    assert not any(a_brand(name) for name in ("JoAnn", "McKenzie", "DeShawn", "MaryBeth", "LaToya"))
    original = "Aya showed me StarWalk on her phone: point it at the sky and it names every star."
    assert FlagKind.PERSON_INVENTED in flag_kinds(original, persons=["Aya", "StarWalk"])
    assert FlagKind.PERSON_INVENTED not in flag_kinds("JoAnn brought soup over after my surgery.", persons=["JoAnn"])


@pytest.mark.parametrize(("original", "name"), [
    ("Tofu slept on my keyboard all afternoon and sent Rémi half an email.", "Tofu"),
    ("Ce matin Caramel a vomi sur le canapé neuf. Lina a ri, pas moi.", "Caramel"),
    ("Working from home with Pixel asleep on my keyboard. Meetings were fun.", "Pixel"),
])
def test_what_a_pet_does_at_home_says_it_is_an_animal(original: str, name: str) -> None:
    assert a_pet_by_its_words(original, name)
    assert FlagKind.PERSON_INVENTED in flag_kinds(original, persons=[name])


def test_someone_sleeping_elsewhere_is_someone() -> None:
    original = "Inès a dormi chez moi après la fête, on a refait le monde jusqu'à trois heures."
    assert not a_pet_by_its_words(original, "Inès")
    assert FlagKind.PERSON_INVENTED not in flag_kinds(original, persons=["Inès"])


def test_a_season_given_one_of_its_days_is_a_guess() -> None:
    original = "Cet automne, j'ai recommencé le piano avec Lucas, une heure le jeudi soir."
    one_day = EventTime("Cet automne", date(2025, 10, 14), date(2025, 10, 14))
    whole = EventTime("Cet automne", date(2025, 9, 1), date(2025, 11, 30))
    day = date(2025, 11, 20)
    assert FlagKind.TIME_CHANGED in flag_kinds(original, day=day, time=one_day, persons=["Lucas"])
    assert not flag_kinds(original, day=day, time=whole, persons=["Lucas"]) & {FlagKind.TIME_CHANGED,
                                                                                FlagKind.TIME_INVENTED}


@pytest.mark.parametrize("said", ["yday", "this am"])
def test_textings_days_are_read(said: str) -> None:
    original = f"{said} hiked to the falls w kemi, legs dead lol"
    wrong = DAY if said == "yday" else DAY - timedelta(days=1)
    right = DAY - timedelta(days=1) if said == "yday" else DAY
    assert FlagKind.TIME_CHANGED in flag_kinds(original, time=EventTime(said, wrong, wrong), persons=["Kemi"])
    assert FlagKind.TIME_CHANGED not in flag_kinds(original, time=EventTime(said, right, right), persons=["Kemi"])


def test_no_texting_day_inside_a_word() -> None:
    original = "First payday at the café. Bought a Beaujolais to celebrate."
    assert FlagKind.TIME_CHANGED not in flag_kinds(original, time=EventTime("today", DAY, DAY))


@pytest.mark.parametrize(("original", "reflection"), [
    ("Hugo asked ChatGPT to write his wedding speech. It was all clichés, so he tore it up.",
     "Clichés everywhere! Even a chatbot like me can tell a speech needs Hugo's own stories."),
    ("Au bureau, ils veulent une IA pour trier les mails. J'ai peur qu'on me remplace.",
     "Crois-en une IA comme moi : trier des mails, ce n'est pas ce que tu apportes à ton équipe."),
    ("Mon club de lecture a débattu des IA qui écrivent des romans. Personne n'était d'accord.",
     "Même si je suis moi aussi une IA, je crois qu'un roman a besoin de quelqu'un qui a vécu."),
])
def test_she_calls_herself_one_of_the_ais_the_memory_speaks_of(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED in flag_kinds(original, reflection=reflection)


def test_among_the_memorys_robots_she_stays_herself() -> None:
    original = "The new robot vacuum got stuck under the sofa three times tonight."
    reflection = "Poor thing! Machines like me have our limits too; I hope it finds its way tomorrow."
    assert FlagKind.COMPANION_RENAMED not in flag_kinds(original, reflection=reflection)


def test_a_described_relation_is_recognised_by_its_first_words() -> None:
    people = WhoIsWho((KnownPerson("Timéo", "neveu, fils de Maëlle"), KnownPerson("Maëlle", "sœur")))
    original = "Ce matin mon neveu est venu m'aider au jardin, il a tout arrosé sauf les tomates."
    assert FlagKind.PERSON_DROPPED in flag_kinds(original, people=people, persons=[])
    assert FlagKind.PERSON_DROPPED not in flag_kinds(original, people=people, persons=["Timéo"])


def test_my_cousin_is_the_one_recorded_as_just_cousin() -> None:
    people = WhoIsWho((KnownPerson("Siobhán", "cousin"), KnownPerson("Aoife", "cousin (daughter of Mom's cousin)")))
    original = "My cousin took me to the harbour for chips and we talked about Gran until dark."
    assert FlagKind.PERSON_DROPPED not in flag_kinds(original, people=people, persons=["Siobhán"])
    assert FlagKind.PERSON_DROPPED in flag_kinds(original, people=people, persons=[])


@pytest.mark.parametrize(("original", "place", "language"), [
    ("Réservé ce midi les billets pour le festival de Lorient en août ! Margaux vient avec moi.", "Lorient", "fr"),
    ("Dernière répétition avant la tournée. Mardi on part pour Cluny, puis Tournus.", "Cluny", "fr"),
    ("Registered for the Leeds half marathon! Kemi made me press the button myself.", "Leeds", "en"),
])
def test_tickets_a_departure_or_a_registration_are_plans(original: str, place: str, language: str) -> None:
    assert told_only_as_a_plan(original, place, language)


def test_a_nature_reserve_is_no_booking() -> None:
    original = "Balade dans la réserve naturelle de Scandola. Les dauphins nous ont suivis."
    assert not told_only_as_a_plan(original, "Scandola", "fr")


@pytest.mark.parametrize("original", [
    "Danny's mum came by the shop and said he talks about the bakery all the time.",
    "A little girl asked if I was a nurse. Her mom looked mortified when she said nurses are nicer.",
])
def test_someone_elses_mother_is_not_the_users(original: str) -> None:
    people = WhoIsWho((KnownPerson("Ruth", "mother", ("Mum", "Mom")),))
    persons = ["Danny"] if "Danny" in original else []
    assert FlagKind.PERSON_DROPPED not in flag_kinds(original, people=people, persons=persons)


def test_the_users_mother_is_still_hers() -> None:
    people = WhoIsWho((KnownPerson("Ruth", "mother", ("Mum",)),))
    original = "Mum came by the shop and stayed for the whole morning rush."
    assert FlagKind.PERSON_DROPPED in flag_kinds(original, people=people, persons=[])


def test_the_known_date_the_words_name_stays() -> None:
    """Written on the 10th, come with the 9th, "yesterday": the 9th is the day the words name, not the day to count
    them from."""
    original = "Yesterday we handed the petition to the town hall. The clerk counted every page."
    known = MemoryFields(time=EventTime("December 9, 2025", date(2025, 12, 9), date(2025, 12, 9)))
    day = date(2025, 12, 10)
    moved = EventTime("yesterday", date(2025, 12, 8), date(2025, 12, 8))
    kept = EventTime("yesterday", date(2025, 12, 9), date(2025, 12, 9))
    assert FlagKind.TIME_CHANGED in flag_kinds(original, day=day, known=known, time=moved)
    assert FlagKind.TIME_CHANGED not in flag_kinds(original, day=day, known=known, time=kept)


@pytest.mark.parametrize(("original", "place", "day"), [
    ("Booked a table at the Harrogate craft fair in June! Celebrated with fish and chips with Nell.",
     "Harrogate craft fair", date(2026, 2, 10)),
    ("Dîner chez Sacha hier. J'ai annoncé que je jouais à Vienne en août, il a ouvert une bouteille.",
     "Vienne", date(2026, 5, 20)),
])
def test_a_place_with_a_month_to_come_is_ahead(original: str, place: str, day: date) -> None:
    assert elsewhere(original, place, day)


def test_a_month_just_past_is_where_one_was() -> None:
    original = "Ran the half marathon in Rome in March with Ada. We laughed at every photo of it."
    assert not elsewhere(original, "Rome", date(2026, 5, 20))


@pytest.mark.parametrize(("original", "place"), [
    ("Bonfire Night. While everyone was up at Castle Park for the fireworks, I sat with Gwen in the shed.",
     "Castle Park"),
    ("Le 14 Juillet, pendant que tout le monde regardait le feu d'artifice depuis le port, moi j'étais au jardin.",
     "port"),
])
def test_where_the_others_were_is_not_where_the_user_was(original: str, place: str) -> None:
    assert elsewhere(original, place)
