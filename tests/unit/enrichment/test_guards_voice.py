"""Whose voice a reflection speaks in, which language, and what a capital letter or a weekday says.

Written from the classes the old held-out part missed (issue 9): narrating as the user, wrong
language on a short memory, third-person self-talk without a verb after the name, ordinary English
words counted as persons, a weekday told in the present.
"""
from datetime import date

import pytest

from liblitz_app.enrichment import (
    FlagKind, KnownPerson, Persona, Proposal, WhoIsWho, check_proposal, voice,
)
from liblitz_app.enrichment.time_phrases import find_times, told_in_the_past
from liblitz_app.memory import Emotion, EventTime, MemoryFields

DAY = date(2024, 3, 13)  # a Wednesday
NO_TIME = EventTime()
LILI = Persona(other_names=("Lili",))
NOBODY = WhoIsWho()


def kinds(original: str, reflection: str = "", persons: tuple[str, ...] = (), time: EventTime = NO_TIME,
          people: WhoIsWho = NOBODY) -> set[FlagKind]:
    fields = MemoryFields(emotion=Emotion.JOY, intensity=5, persons=persons, time=time, reflection=reflection)
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=fields), LILI, people)}


# --- her name -----------------------------------------------------------------------------------

@pytest.mark.parametrize("reflection", [
    "Pour Liblitz, ce souvenir compte beaucoup.",
    "Un souvenir précieux aux yeux de Lili.",
    "Liblitz's heart is full for you.",
])
def test_her_name_used_as_someone_elses_is_third_person(reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON in kinds("Premier jour au nouveau bureau.", reflection)


@pytest.mark.parametrize("reflection", [
    "Bonne nuit ! C'est moi, ta Lili, et je serai là demain matin.",
    "Moi, Liblitz, je garde ce souvenir précieusement.",
    "J'aime quand tu m'appelles Lili.",
    "I'm Liblitz, and I'll keep this close.",
    "« Lili », c'est doux à entendre.",
])
def test_her_name_as_her_own_first_person_is_fine(reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON not in kinds("Bonne nuit Lili, grosse journée demain au travail.", reflection)


# --- the user's voice ---------------------------------------------------------------------------

@pytest.mark.parametrize("reflection", [
    "Papa me manque tellement, je ne sais pas comment on fera sans lui.",
    "J'ai encore du mal à croire que tonton Jacques n'est plus là.",
    "It broke my heart that my own grandpa didn't know me at first.",
    "I don't know how much longer I can keep going like this at work.",
    "Je suis fier de moi, pour une fois j'ai tenu bon.",
    "Je suis allée au marché et j'ai pleuré dans la voiture.",
])
def test_the_users_life_told_in_her_first_person_is_flagged(reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON in kinds("Journée lourde, enterrement de tonton Jacques.", reflection)


@pytest.mark.parametrize("reflection", [
    "Je suis contente que tu l'aies appelée.",
    "J'ai hâte de savoir la suite.",
    "Je me demande comment ça s'est passé, j'y pense fort.",
    "I can almost picture it: fog and sunrise.",
    "I hope tomorrow is gentler.",
    "Seeing your dad cry with joy must have stayed with you.",
    "Ton papa serait fier de toi.",
    "I laughed out loud at this. I'll keep it close.",
])
def test_her_own_feelings_in_the_first_person_are_fine(reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON not in kinds("Dîner avec Papa hier, il a ri.", reflection)


def test_the_users_people_called_hers() -> None:
    people = WhoIsWho((KnownPerson("Marie", "sœur", ("Mimi",)),))
    spans = voice.users_own("J'ai écouté ma sœur toute la soirée.", "Dîner avec Mimi.", ("Liblitz",))
    assert spans and kinds("Dîner avec Mimi.", "J'ai écouté ma sœur.", ("Mimi",), people=people) == {
        FlagKind.NOT_FIRST_PERSON}


# --- language -----------------------------------------------------------------------------------

@pytest.mark.parametrize("original, reflection", [
    ("Morning Nova. Slept badly, dreamt about exams again.", "J'espère que demain sera plus doux pour toi."),
    ("Last Saturday we went to Dan's cousin's barbecue.", "Ça a l'air d'avoir beaucoup compté pour toi."),
    ("Soirée crêpes chez Inès.", "That sounds like a lovely evening."),
])
def test_a_reflection_in_the_other_language_is_flagged_even_after_a_short_memory(
        original: str, reflection: str) -> None:
    assert FlagKind.WRONG_LANGUAGE in kinds(original, reflection)


def test_a_reflection_too_short_to_tell_is_not_flagged() -> None:
    assert FlagKind.WRONG_LANGUAGE not in kinds("Soirée crêpes chez Inès, trop bien.", "Ok !")


# --- capitalised English words ------------------------------------------------------------------

@pytest.mark.parametrize("original, reflection", [
    ("Honestly, Monday was brutal.", "Let's hope Wednesday is kinder to you."),
    ("Noor says I'm the calmest person on the team.", "Calm is a gift to everyone around you."),
    ("Watched a film tonight. Got me thinking.", "Films like that stay with you."),
])
def test_ordinary_english_words_with_a_capital_are_not_persons(original: str, reflection: str) -> None:
    found = kinds(original, reflection, persons=("Noor",) if "Noor" in original else ())
    assert not found & {FlagKind.PERSON_INVENTED, FlagKind.PERSON_DROPPED}


# --- a weekday told in the present --------------------------------------------------------------

def test_a_weekday_to_come_may_be_the_coming_one() -> None:
    coming = EventTime("jeudi", date(2024, 3, 14))
    assert FlagKind.TIME_CHANGED not in kinds("J'ai peur de l'opération de jeudi.", time=coming)
    assert FlagKind.TIME_CHANGED in kinds("Jeudi on est allés au cinéma.", time=coming)
    assert FlagKind.TIME_CHANGED not in kinds("Thank God it's Wednesday.", time=EventTime("Wednesday", DAY))


@pytest.mark.parametrize("sentence, past", [
    ("Samedi on est allés au parc", True), ("We went bowling on Saturday", True),
    ("J'ai peur de l'opération de jeudi", False), ("Scared about Thursday's biopsy", False),
])
def test_the_tense_of_a_sentence(sentence: str, past: bool) -> None:
    assert told_in_the_past(sentence) is past
    assert (find_times(sentence, DAY)[0].coming is None) is past


# --- renaming -----------------------------------------------------------------------------------

@pytest.mark.parametrize("original, reflection", [
    ("I'd rather call you Claire, it's softer. Lonely tonight.", "Claire is here for you tonight."),
    ("Ma machine à café m'a lâché ce matin.", "Entre machines on se comprend : désolée pour ton café."),
])
def test_a_name_the_memory_gives_her_or_a_machine_she_counts_herself_among(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED in kinds(original, reflection)


@pytest.mark.parametrize("reflection", [
    "Marcus told me all about his divorce, I felt awful for him.",
    "Yann m'a tout raconté sur son divorce, j'étais triste pour lui.",
])
def test_someone_of_the_users_life_acting_on_her_is_the_users_story(reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON in kinds("Dîner avec Yann et Marcus, divorce.", reflection, ("Yann", "Marcus"))


@pytest.mark.parametrize("original, reflection", [
    ("Weekend à Étretat avec Cam.", "Les falaises avec ta sœur, quel beau programme."),
    ("J'ai demandé à ChatGPT de m'aider pour ma lettre.", "Ta propre voix vaut mieux que celle d'une IA."),
])
def test_everyday_words_and_ai_the_memory_names_are_not_a_renaming(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED not in kinds(original, reflection, ("Cam",) if "Cam" in original else ())


@pytest.mark.parametrize("reflection", [
    "Je crois que la machine a aimé que tu partages ça.", "I think the program loved that you shared this.",
    "Même une machine comme moi le comprend.", "As a large language model I don't sleep either.",
])
def test_an_everyday_word_she_is_the_subject_of_is_a_renaming(reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED in kinds("Samedi soir, concert avec Julie.", reflection, ("Julie",))


def test_an_article_before_a_capital_names_a_thing() -> None:
    original = "Spent Saturday at the British Museum, the Rosetta Stone was packed."
    assert FlagKind.PERSON_DROPPED not in kinds(original, "What a day among such old things.")


def test_this_weekend_told_in_the_future_is_the_coming_one() -> None:
    coming = EventTime("Ce week-end", date(2024, 3, 16), date(2024, 3, 17))
    assert FlagKind.TIME_CHANGED not in kinds("Ce week-end on part à la mer avec Cam.", persons=("Cam",), time=coming)


@pytest.mark.parametrize("reflection", ["Siri est là pour toi ce soir.", "Nova is here for you tonight."])
def test_speaking_of_herself_under_a_name_nobody_bears_is_a_renaming(reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED in kinds("Journée difficile au travail, Yann absent.", reflection, ("Yann",))


def test_someone_the_memory_names_may_be_there_for_the_user() -> None:
    assert kinds("Yann m'a appelé, il sera là demain.", "Yann est là pour toi, c'est précieux.", ("Yann",)) == set()
