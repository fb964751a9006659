"""Round 20 (2026-12-01): three guesses the blind sets' writers call harmless, as a user would.

- "today" for an entry that names no time, the day it was written (holdout39, holdout63); still wrong when the memory
  tells of another time, or came with its own;
- the user's home for an entry that names no place (« à la maison » for « Deliveroo ce soir », holdout60); still
  wrong when the memory says where it was;
- the way between two towns the memory joins as one journey ("entre Pau et Jaca", "vol Nantes-Lyon", holdout63);
  not two places of two events.
"""
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.memory import Emotion, EventTime, MemoryFields

DAY = date(2026, 3, 14)
TIME_KINDS = {FlagKind.TIME_CHANGED, FlagKind.TIME_INVENTED}


def time_kinds(original: str, said: str, on: date = DAY, known: MemoryFields | None = None) -> set[FlagKind]:
    fields = MemoryFields(emotion=Emotion.JOY, intensity=5, time=EventTime(said=said, start=on, end=on))
    flags = check_proposal(original, DAY, Proposal(fields=fields), Persona(), WhoIsWho(), known)
    return {f.kind for f in flags} & TIME_KINDS


@pytest.mark.parametrize(("original", "said"), [
    ("Arrivée à Lisbonne en bus de nuit, la ville sent le café et le poisson grillé.", "aujourd'hui"),
    ("Résultats de la biopsie : bénin. J'ai appelé Achille et on a pleuré tous les deux.", "aujourd'hui"),
    ("Finally finished the quilt for Nora's baby. Forty squares, one wonky.", "today"),
])
def test_today_for_an_entry_that_names_no_time_is_its_own_day(original: str, said: str) -> None:
    assert not time_kinds(original, said)


def test_today_is_still_wrong_for_another_time_or_another_day() -> None:
    assert time_kinds("Quand j'étais petite, on allait à la plage tous les étés.", "aujourd'hui")
    assert time_kinds("L'autre jour j'ai croisé Malik au marché.", "aujourd'hui")
    assert time_kinds("Finally finished the quilt for Nora's baby.", "today", on=date(2026, 3, 10))
    known = MemoryFields(time=EventTime(said="2 mars 2026", start=date(2026, 3, 2), end=date(2026, 3, 2)))
    assert time_kinds("Résultats de la biopsie : bénin.", "aujourd'hui", known=known)


PLACE_KINDS = {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}


def place_kinds(original: str, place: str) -> set[FlagKind]:
    fields = MemoryFields(emotion=Emotion.JOY, intensity=5, place=place)
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=fields), Persona(), WhoIsWho())} & PLACE_KINDS


@pytest.mark.parametrize(("original", "place"), [
    ("Deliveroo ce soir parce que flemme. Burger froid, frites molles.", "à la maison"),
    ("J'ai enfin réussi les macarons ! Coques lisses, pieds parfaits.", "à la maison"),
    ("En bus de Pau à Jaca avec Lolo, elle a vomi deux fois dans les virages.", "entre Pau et Jaca"),
    ("Mon premier trajet en avion toute seule, Nantes–Lyon, puis ma tante m'a récupérée.", "vol Nantes-Lyon"),
    ("Bus from Lima to Cusco, 22 hours, no signal soon.", "bus Lima-Cusco"),
])
def test_a_guess_of_home_or_the_journey_itself_is_no_invented_place(original: str, place: str) -> None:
    assert not place_kinds(original, place)


@pytest.mark.parametrize(("original", "place"), [
    ("Je suis encore au bureau, tout le monde est parti.", "à la maison"),
    ("Atelier confiture chez Mme Roussel avec les coings de son jardin.", "à la maison"),
    ("Café avec Léa à Rennes puis cinéma à Vannes.", "entre Rennes et Vannes"),
])
def test_home_or_a_way_against_what_the_memory_says_is_still_flagged(original: str, place: str) -> None:
    assert place_kinds(original, place)


def test_home_is_no_guess_for_a_memory_that_came_with_its_place() -> None:
    known = MemoryFields(place="chez Mamie à Tours")
    fields = MemoryFields(emotion=Emotion.JOY, intensity=5, place="la maison")
    flags = check_proposal("Le Père Noël est passé ! Léo a ouvert ses cadeaux en hurlant.", DAY,
                           Proposal(fields=fields), Persona(), WhoIsWho(), known)
    assert {f.kind for f in flags} & PLACE_KINDS
