"""Round 31 (2026-12-02): classes holdout156–163 showed once opened, each with the harmless case it must leave alone.

- a place the memory calls off right after naming it (« Leçon à Bron annulée », "Motorway lesson to Bath cancelled",
  "My interview in Glasgow got postponed") is no place of the memory; where the user stayed instead, in the memory's
  words ("sat in the office" → "driving school office"), is; « le concert à Dinan était annulé, on a chanté sous
  l'abri-bus » still happened in Dinan;
- a later day the event was told to someone ("Told Sam all about it yesterday", « Hier je l'ai racontée à Léa ») does
  not make the proposal's day another event's;
- "wanted to go to Weston": a town gone to, though also a first name; « les trois frères Delmas »: a family by its name;
  « jen avais » is « j'en avais ».
"""
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.memory import Emotion, EventTime, MemoryFields

DAY = date(2025, 12, 15)  # a Monday
NOX = Persona(name="Nox", other_names=("Noxie",))
PLACE_KINDS = {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}
TIME_KINDS = {FlagKind.TIME_CHANGED, FlagKind.TIME_INVENTED}


def kinds(original: str, **fields: object) -> set[FlagKind]:
    fields.setdefault("reflection", "Quel moment, je suis contente pour toi." if " la " in original or " le " in original
                      or " à " in original else "What a moment, I'm glad for you.")
    proposed = MemoryFields(emotion=Emotion.JOY, intensity=5, **fields)
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=proposed), NOX, WhoIsWho())}


@pytest.mark.parametrize(("original", "called_off", "instead"), [
    ("Leçon à Bron annulée à cause du verglas, on est restés à l'agence à faire des questions de code.", "Bron",
     "agence de l'auto-école"),
    ("Motorway lesson to Bath cancelled because of fog, so we sat in the office doing theory questions.", "Bath",
     "driving school office"),
])
def test_a_place_called_off_and_where_the_user_stayed(original: str, called_off: str, instead: str) -> None:
    assert not kinds(original, place=instead) & PLACE_KINDS
    assert kinds(original, place=called_off) & PLACE_KINDS


def test_a_place_called_off_with_got() -> None:
    assert kinds("My interview in Glasgow got postponed, HR had an issue. Gutted.", place="Glasgow") & PLACE_KINDS


def test_an_event_called_off_in_the_town_the_user_was_in() -> None:
    original = "le concert de la Saint-Jean à Dinan était annulé à cause de l'orage, on a chanté sous l'abri-bus"
    assert not kinds(original, place="Dinan") & PLACE_KINDS


@pytest.mark.parametrize(("original", "said", "day", "friend"), [
    ("Last Thursday was my first time on the ring road alone. Told Sam all about it on the phone yesterday.",
     "Last Thursday", date(2025, 12, 11), "Sam"),
    ("Jeudi dernier, première fois sur la rocade seule. Hier je l'ai racontée à Léa au téléphone.", "Jeudi dernier",
     date(2025, 12, 11), "Léa"),
])
def test_the_day_it_was_told_is_not_another_event(original: str, said: str, day: date, friend: str) -> None:
    assert not kinds(original, persons=(friend,), time=EventTime(said, day, day)) & TIME_KINDS


def test_a_town_gone_to_is_no_one() -> None:
    original = "Sam wanted to go to Weston, but we stayed in Portishead and I drove round the marina instead."
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=("Sam",), place="Portishead")
    assert FlagKind.PERSON_DROPPED in kinds("Sam and I went to see Weston at the marina.", persons=("Sam",))


def test_a_family_by_its_name_is_no_one() -> None:
    original = "Jeudi, le notaire de Figeac m'a laissé consulter le partage de 1923 entre les trois frères Delmas."
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=(), place="Figeac")


def test_a_texting_contraction_is_no_one() -> None:
    original = "jsuis passé a la librairie gibert en sortant du taf, g craqué pr 4 livres alors que jen avais dja 12"
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=(), place="librairie Gibert")
