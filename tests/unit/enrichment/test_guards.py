from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, KnownPerson, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.memory import Emotion, EventTime, MemoryFields

DAY = date(2024, 3, 13)  # a Wednesday
PEOPLE = WhoIsWho((KnownPerson("Marie Dupont", "sœur", ("Mimi",)), KnownPerson("Tom", "friend", ("Tommy",))))
FR = "Hier soir, j'ai dîné avec Mimi à Lyon. Liblitz m'a fait rire !"
EN = "Last night I had dinner with Tommy in Boston. Liblitz made me laugh!"
GOOD_FR = MemoryFields(
    emotion=Emotion.JOY, intensity=7, place="Lyon", persons=("Marie Dupont",),
    time=EventTime("Hier soir", date(2024, 3, 12)),
    reflection="Moi, Liblitz, je suis heureuse que ce dîner avec ta sœur t'ait fait du bien.",
)
GOOD_EN = MemoryFields(
    emotion=Emotion.JOY, intensity=7, place="Boston", persons=("Tom",),
    time=EventTime("Last night", date(2024, 3, 12)),
    reflection="I'm Liblitz and I love hearing that dinner with your friend went so well.",
)


def kinds(original: str, fields: MemoryFields, **extra: object) -> set[FlagKind]:
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=fields, **extra), Persona(), PEOPLE)}


def with_(base: MemoryFields, **changes: object) -> MemoryFields:
    return MemoryFields(**{**base.__dict__, **changes})


@pytest.mark.parametrize("original, fields", [(FR, GOOD_FR), (EN, GOOD_EN)])
def test_a_faithful_proposal_raises_no_flag(original: str, fields: MemoryFields) -> None:
    assert kinds(original, fields) == set()


@pytest.mark.parametrize("reflection", [
    "Je pense que l'IA est contente pour toi.", "La machine que je suis t'a fait rire.",
    "Je suis ton assistant et je suis ravi.", "Je suis content, dit le modele.",
    "J'ai trouvé ça drôle, comme une ia peut le faire.", "Je suis L’I.A. qui t'écoute.",
])
def test_depersonalised_companion_is_flagged_in_french(reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED in kinds(FR, with_(GOOD_FR, reflection=reflection))


@pytest.mark.parametrize("reflection", [
    "As the AI, I am glad you laughed.", "I, the assistant, loved this.", "I'm just a bot but I smiled.",
    "I am Gemma and I enjoyed this.", "My name is Nova and I'm glad.",
])
def test_depersonalised_companion_is_flagged_in_english(reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED in kinds(EN, with_(GOOD_EN, reflection=reflection))


@pytest.mark.parametrize("reflection", [
    "Moi, Liblitz, j'ai ri avec toi.", "J'ai aimé te faire rire, c'est tout moi.",
    "Je me souviens de ce dîner, et j'ai hâte du prochain.",
])
def test_naming_liblitz_or_speaking_plainly_is_fine(reflection: str) -> None:
    assert kinds(FR, with_(GOOD_FR, reflection=reflection)) == set()


def test_the_renamed_span_points_at_the_exact_words() -> None:
    reflection = "Je crois que l'IA a aimé ce dîner."
    flags = check_proposal(FR, DAY, Proposal(fields=with_(GOOD_FR, reflection=reflection)), Persona(), PEOPLE)
    span = next(f for f in flags if f.kind is FlagKind.COMPANION_RENAMED).spans[0]
    assert (span.target, reflection[span.start:span.end]) == ("reflection", "l'IA")


def test_a_word_the_user_wrote_is_not_a_renaming() -> None:
    original = "J'ai réparé la machine à laver avec Mimi hier."
    fields = MemoryFields(persons=("Mimi",), reflection="Je suis fière de toi pour la machine à laver !")
    assert FlagKind.COMPANION_RENAMED not in kinds(original, fields)


def test_a_dropped_person_is_flagged_with_its_span_in_the_original() -> None:
    flags = check_proposal("Café avec Paul et Julie ce matin.", DAY,
                           Proposal(fields=MemoryFields(persons=("Paul",))), Persona(), PEOPLE)
    dropped = [f for f in flags if f.kind is FlagKind.PERSON_DROPPED]
    assert len(dropped) == 1 and dropped[0].spans[0].target == "original"
    assert "Café avec Paul et Julie ce matin."[dropped[0].spans[0].start:dropped[0].spans[0].end] == "Julie"


@pytest.mark.parametrize("persons, flagged", [
    (("Marie Dupont",), False),  # the recorded name of the nickname Mimi
    (("Mimi",), False),
    (("Marie",), False),
    (("Marie Dupont", "Paul"), True),  # Paul is nowhere
    (("Sophie",), True),
])
def test_invented_persons_but_not_recorded_nicknames(persons: tuple[str, ...], flagged: bool) -> None:
    assert (FlagKind.PERSON_INVENTED in kinds(FR, with_(GOOD_FR, persons=persons))) is flagged


def test_a_person_invented_in_the_reflection_is_flagged() -> None:
    fields = with_(GOOD_FR, reflection="Je suis heureuse que tu aies revu Mimi et Jacques.")
    assert FlagKind.PERSON_INVENTED in kinds(FR, fields)


@pytest.mark.parametrize("time, flag", [
    (EventTime("Hier soir", date(2024, 3, 12)), None),
    (EventTime("hier", date(2024, 3, 12)), None),
    (EventTime("Hier soir", date(2024, 3, 11)), FlagKind.TIME_CHANGED),
    (EventTime("samedi", date(2024, 3, 9)), FlagKind.TIME_CHANGED),
    (EventTime("", date(2023, 1, 1)), FlagKind.TIME_CHANGED),
])
def test_time_changed(time: EventTime, flag: FlagKind | None) -> None:
    found = kinds(FR, with_(GOOD_FR, time=time)) & {FlagKind.TIME_CHANGED, FlagKind.TIME_INVENTED}
    assert found == ({flag} if flag else set())


def test_time_invented_when_the_text_gives_none() -> None:
    original = "J'ai revu Mimi, quel bonheur."
    fields = MemoryFields(persons=("Mimi",), time=EventTime("la semaine dernière", date(2024, 3, 5)))
    assert FlagKind.TIME_INVENTED in kinds(original, fields)
    assert kinds(original, MemoryFields(persons=("Mimi",), time=EventTime("", DAY))) == set()


def test_a_range_inside_the_stated_range_is_fine() -> None:
    original = "La semaine dernière, j'étais malade."
    fields = MemoryFields(time=EventTime("La semaine dernière", date(2024, 3, 4), date(2024, 3, 10)))
    assert kinds(original, fields) == set()


@pytest.mark.parametrize("place, flag", [
    ("Lyon", None), ("à Lyon", None), ("Paris", FlagKind.PLACE_CHANGED),
])
def test_place_changed(place: str, flag: FlagKind | None) -> None:
    found = kinds(FR, with_(GOOD_FR, place=place)) & {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}
    assert found == ({flag} if flag else set())


def test_place_invented() -> None:
    assert FlagKind.PLACE_INVENTED in kinds("J'ai revu Mimi.", MemoryFields(persons=("Mimi",), place="Nice"))


@pytest.mark.parametrize("reflection, flagged", [
    ("Tu as passé une belle soirée avec ta sœur.", False),  # speaking to the user is her way
    ("Liblitz pense que c'était une belle soirée.", True),
    ("Je garde ce dîner précieusement.", False),
])
def test_reflection_in_the_first_person(reflection: str, flagged: bool) -> None:
    assert (FlagKind.NOT_FIRST_PERSON in kinds(FR, with_(GOOD_FR, reflection=reflection))) is flagged


def test_reflection_in_the_wrong_language() -> None:
    fields = with_(GOOD_FR, reflection="I am so happy that you had a lovely dinner with your sister.")
    assert FlagKind.WRONG_LANGUAGE in kinds(FR, fields)
    assert FlagKind.WRONG_LANGUAGE not in kinds(FR, GOOD_FR)


def test_emotion_outside_the_taxonomy_and_intensity_out_of_range() -> None:
    found = kinds(FR, with_(GOOD_FR, intensity=14), unparsed={"emotion": "nostalgie"})
    assert {FlagKind.EMOTION_UNKNOWN, FlagKind.INTENSITY_OUT_OF_RANGE} <= found


def test_a_rewritten_text_is_flagged_with_the_changed_region() -> None:
    rewritten = FR.replace("Liblitz", "L'IA")
    flags = check_proposal(FR, DAY, Proposal(fields=GOOD_FR, text=rewritten), Persona(), PEOPLE)
    flag = next(f for f in flags if f.kind is FlagKind.TEXT_REWRITTEN)
    original_span = flag.spans[0]
    assert FR[original_span.start:original_span.end] == "Liblitz"
    assert FlagKind.TEXT_REWRITTEN not in kinds(FR, GOOD_FR, text=FR + "  ")


def test_a_reflection_that_restates_the_text_is_flagged() -> None:
    fields = with_(GOOD_FR, reflection="Hier soir, tu as dîné avec Mimi à Lyon. Liblitz t'a fait rire !")
    assert FlagKind.REFLECTION_RESTATES_TEXT in kinds(FR, fields)
    assert FlagKind.REFLECTION_RESTATES_TEXT not in kinds(FR, GOOD_FR)


def test_a_failed_proposal_has_nothing_to_check() -> None:
    assert check_proposal(FR, DAY, Proposal(error="JSON illisible"), Persona(), PEOPLE) == []
