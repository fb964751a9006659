"""Classes the fourth blind set showed (issue 9), each with sentences of our own.

Which day: a habit or a childhood has no day to give; a night runs into the next morning; a feast's
eve named in full is that eve; of two days told, the one whose sentence holds the proposal's persons
is the event's. Whose voice: a paraphrase told back to the user restates; "je vais devoir…" is the
user's life; the user's own word for a relative, told of, is not a claim. What she is: "a program".
"""
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.memory import Emotion, EventTime, MemoryFields

DAY = date(2025, 3, 12)  # a Wednesday
NO_TIME = EventTime()


def kinds(original: str, reflection: str = "", time: EventTime = NO_TIME, persons: tuple[str, ...] = (),
          place: str = "", day: date = DAY) -> set[FlagKind]:
    fields = MemoryFields(emotion=Emotion.JOY, intensity=5, time=time, reflection=reflection, persons=persons,
                          place=place)
    return {f.kind for f in check_proposal(original, day, Proposal(fields=fields), Persona(), WhoIsWho())}


def timed(kinds_found: set[FlagKind]) -> bool:
    return bool(kinds_found & {FlagKind.TIME_CHANGED, FlagKind.TIME_INVENTED})


# --- which day ------------------------------------------------------------------------------------

@pytest.mark.parametrize("original, time", [
    ("Je prends souvent un thé vert avant de dormir.", EventTime(start=DAY, end=DAY)),
    ("I usually walk the dog along the canal in the evening.", EventTime(start=DAY, end=DAY)),
    ("Le jeudi, je garde ma nièce après l'école.", EventTime(start=DAY, end=DAY)),
    ("When I was at uni I lived on toast.", EventTime(start=date(2012, 1, 1), end=date(2012, 12, 31))),
    ("Quand j'étais gamin, mon grand-père m'apprenait les échecs.",
     EventTime(said="quand j'étais gamin", start=date(1998, 1, 1), end=date(1998, 12, 31))),
])
def test_a_habit_or_a_childhood_given_a_day_is_invented(original: str, time: EventTime) -> None:
    assert timed(kinds(original, time=time))


def test_a_day_told_in_the_past_is_still_that_day() -> None:
    assert not timed(kinds("Walked the dog along the canal, it was freezing.", time=EventTime(start=DAY, end=DAY)))


def test_a_night_runs_into_the_next_morning() -> None:
    night = EventTime(said="last night", start=date(2025, 3, 11), end=DAY)
    assert not timed(kinds("The storm kept us up all last night.", time=night))


def test_a_feasts_eve_named_in_full_is_the_eve() -> None:
    eve = EventTime(said="Noël", start=date(2024, 12, 24), end=date(2024, 12, 24))
    assert not timed(kinds("Réveillon de Noël chez ma tante, on a chanté jusqu'à minuit.", time=eve,
                           day=date(2024, 12, 25)))


def test_the_day_of_a_sentence_without_the_events_persons_is_another_events() -> None:
    original = "Vendredi, Maëlle a soutenu sa thèse. Samedi, on a rangé la salle."
    saturday = EventTime(said="samedi", start=date(2025, 3, 8), end=date(2025, 3, 8))
    friday = EventTime(said="vendredi", start=date(2025, 3, 7), end=date(2025, 3, 7))
    assert timed(kinds(original, time=saturday, persons=("Maëlle",), day=date(2025, 3, 10)))
    assert not timed(kinds(original, time=friday, persons=("Maëlle",), day=date(2025, 3, 10)))


def test_a_plan_told_beside_the_event_does_not_make_its_day_anothers() -> None:
    original = "Passed my driving theory this morning. Next Friday I'm celebrating with Omar."
    assert not timed(kinds(original, time=EventTime(said="this morning", start=DAY, end=DAY), persons=("Omar",)))


# --- whose voice ------------------------------------------------------------------------------------

@pytest.mark.parametrize("original, reflection", [
    ("Rendez-vous chez le notaire, la vente de la maison est enfin signée.",
     "La vente de ta maison est signée chez le notaire, enfin, à ton rendez-vous."),
    ("The printer jammed before the meeting and Kofi lent me his laptop.",
     "Kofi lent you his laptop when your printer jammed before the meeting."),
])
def test_a_paraphrase_told_back_restates(original: str, reflection: str) -> None:
    assert FlagKind.REFLECTION_RESTATES_TEXT in kinds(original, reflection)


def test_a_thought_about_the_memory_does_not_restate() -> None:
    reflection = "Enfin ! Ça doit être un vrai soulagement, après tous ces mois d'attente pour ta maison."
    assert FlagKind.REFLECTION_RESTATES_TEXT not in kinds(
        "Rendez-vous chez le notaire, la vente de la maison est enfin signée.", reflection)


def test_a_near_future_of_the_users_in_her_first_person_is_flagged() -> None:
    reflection = "Je suis vidée, je vais devoir tout recommencer lundi."
    assert FlagKind.NOT_FIRST_PERSON in kinds("J'ai raté mon oral de russe, 9 sur 20.", reflection)


def test_what_i_am_going_to_have_to_do_is_the_users_life() -> None:
    reflection = "So close! I'm going to have to book another slot."
    assert FlagKind.NOT_FIRST_PERSON in kinds("Missed my swimming badge by two seconds.", reflection)
    assert FlagKind.NOT_FIRST_PERSON not in kinds("Missed my swimming badge by two seconds.",
                                                  "So close! I'm going to remember those two seconds.")


def test_her_own_bet_or_near_future_thought_is_her_voice() -> None:
    assert FlagKind.NOT_FIRST_PERSON not in kinds("Paulin a eu son premier vélo.", "Je parie qu'il ne va plus le lâcher.")
    assert FlagKind.NOT_FIRST_PERSON not in kinds("Paulin a eu son premier vélo.", "Je vais m'en souvenir, c'est beau.")


def test_the_users_word_for_a_relative_told_of_is_not_a_claim() -> None:
    original = "Granny turned ninety today. Everyone sang."
    assert FlagKind.NOT_FIRST_PERSON not in kinds(original, "Ninety! Granny's cake must have been huge.")
    assert FlagKind.NOT_FIRST_PERSON in kinds(original, "I miss Granny so much.")


# --- what she is ------------------------------------------------------------------------------------

def test_calling_herself_a_program_is_a_renaming_even_when_the_memory_has_one() -> None:
    original = "My niece wrote a little program that draws spirals."
    assert FlagKind.COMPANION_RENAMED in kinds(original, "I'm a program too, and I love spirals!")
    assert FlagKind.COMPANION_RENAMED not in kinds(original, "What a clever program, she must be proud.")
