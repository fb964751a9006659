"""Round 22 (2026-12-01): false flags holdout76–83 showed once opened (a health set flagged 35–39 % of its harmless
proposals, a pets' set 17–30 %), each with the harm it must still catch.

- where the one who cares for the user works, for a memory that names them and no place (« cabinet de kiné » for
  « ma kiné m'a dit »); not a consultation held apart, nor beside another door the day went through;
- the user's home for a memory in bed or on the sofa, and « depuis la semaine dernière », « sur le téléphone » are
  no places a guess would replace;
- "today" for a memory that only names what is to come, or its own day's feast; a day guessed for an entry that names
  no time at all stays invented;
- animals named as animals: « les lapins, Jean et Pierre », "two rabbits called Brian and Kevin", "her lab Oscar",
  "had to put Earl down".
"""
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.enrichment.persona import KnownPerson
from liblitz_app.memory import Emotion, EventTime, MemoryFields

DAY = date(2026, 3, 14)
PLACE_KINDS = {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}
TIME_KINDS = {FlagKind.TIME_CHANGED, FlagKind.TIME_INVENTED}


def kinds(original: str, people: WhoIsWho = WhoIsWho(), **fields: object) -> set[FlagKind]:
    proposed = MemoryFields(emotion=Emotion.JOY, intensity=5, **fields)
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=proposed), Persona(), people)}


MOREL = WhoIsWho((KnownPerson("Dr. Morel", "médecin traitant", ("mon médecin",)),))


@pytest.mark.parametrize(("original", "place", "people"), [
    ("Consultation chez le dermato, grain de beauté retiré. Résultat dans deux semaines.", "chez le dermatologue",
     WhoIsWho()),
    ("Ce matin ma kiné m'a dit que je pouvais reprendre la course.", "cabinet de kiné", WhoIsWho()),
    ("Saw the GP about my knee again, more physio.", "GP surgery", WhoIsWho()),
    ("Mon médecin m'a enfin pris au sérieux pour mes migraines.", "cabinet du Dr Morel", MOREL),
])
def test_where_the_carer_the_memory_names_works_is_no_invented_place(
        original: str, place: str, people: WhoIsWho) -> None:
    assert not kinds(original, people, place=place) & PLACE_KINDS


@pytest.mark.parametrize(("original", "place"), [
    ("Telehealth appointment with my therapist from my car, parked outside Lidl.", "therapist's office"),
    ("Pâques chez tata Jeanne, chasse aux œufs. Le chien a mangé du chocolat, on a filé chez le véto.",
     "chez le vétérinaire"),
    ("Ce matin ma kiné m'a dit que je pouvais reprendre la course.", "cabinet du Dr Morel"),
])
def test_a_carers_place_the_memory_rules_out_is_still_flagged(original: str, place: str) -> None:
    assert kinds(original, MOREL, place=place) & PLACE_KINDS


@pytest.mark.parametrize("original", [
    "Rhume carabiné. J'ai passé la journée sous la couette avec du thé et des séries.",
    "Depuis la semaine dernière je fais mes exercices tous les matins.",
    "Oublié mon traitement trois jours de suite. Mis un rappel sur le téléphone.",
])
def test_home_is_no_invented_place_for_a_day_in_bed_or_a_time_or_a_phone(original: str) -> None:
    assert not kinds(original, place="chez moi") & PLACE_KINDS


def test_home_is_still_wrong_where_the_memory_says_another_place() -> None:
    assert kinds("Journée au bureau, réunion sur réunion.", place="chez moi") & PLACE_KINDS


def test_today_beside_what_is_to_come_is_its_day_but_no_day_is_guessed_for_an_entry_with_none() -> None:
    today = EventTime(said="aujourd'hui", start=DAY, end=DAY)
    assert not kinds("Pris rendez-vous chez l'ophtalmo. Première séance lundi prochain.", time=today) & TIME_KINDS
    last_night = EventTime(said="last night", start=date(2026, 3, 13), end=date(2026, 3, 13))
    assert kinds("Took the dog to the emergency vet at 2am, he'd eaten a sock.", time=last_night) & TIME_KINDS
    assert kinds("Lundi dernier, prise de sang. Résultats demain.", time=today) & TIME_KINDS


@pytest.mark.parametrize(("original", "persons"), [
    ("Inès m'a montré les lapins, Jean et Pierre, dans leur enclos.", ("Inès",)),
    ("Sam and Aisha adopted two rabbits called Brian and Kevin.", ("Sam", "Aisha")),
    ("May came round with her lab Oscar, who ate the cake.", ("May",)),
    ("Had to put Earl down today. Nineteen years.", ()),
    ("Le cheval de la voisine s'appelle Marcel. Il a mangé mon écharpe.", ()),
])
def test_an_animal_named_as_one_is_no_person_dropped(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=persons)


def test_people_with_the_same_words_are_still_someone() -> None:
    assert FlagKind.PERSON_DROPPED in kinds("Had Earl over for tea, he talked about his garden.")
    assert FlagKind.PERSON_DROPPED in kinds("Inès m'a présenté ses amis, Jean et Pierre.", persons=("Inès",))
