"""Round 28 (2026-12-02): classes holdout132–139 showed once opened, each with the harmless case it must leave alone.

- a word before a time that is an article's noun (« les clés ce matin ») or a subject ("Mum rang this morning") is no
  thing's participle: the day is the memory's, whatever older thing it names (« Maison de 1930 »);
- "a phone plan at the shop" is bought, not planned;
- "at Jess's" is Jess's place, "at pete's" Uncle Pete's, when the proposal spells it out (not "Dad's old car");
- « au boulot » is « au travail »;
- where the user was, told beside someone else's whereabouts: « pendant que Paul faisait la sienne à Quimper », "Ana,
  who was on a bench in Central Park", « lui à la plage, moi sous la couette », a diary's "Repainted the fence in
  Leeds"; not "on a bench" read as French « on a », nor friends who « sont venus m'aider »;
- two people of one first name listed for a name the memory says once; the companion herself listed; a way or a firm
  named after someone (« Chemin Henri-Vidal », « entretien chez Michelin ») listed as a person;
- "Mrs. Mercer" dropped though the proposed place is "the old Mercer farm";
- "two nights ago"; "the band played on Friday" (a Friday past); « le match de dimanche » beside the day told;
- "the machine will nudge you", "I may just be the app on your phone": what she calls herself.
"""
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.enrichment.persona import KnownPerson
from liblitz_app.memory import Emotion, EventTime, MemoryFields

DAY = date(2026, 3, 14)  # a Saturday
NOX = Persona(name="Nox", other_names=("Noxie",))
PLACE_KINDS = {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}
TIME_KINDS = {FlagKind.TIME_CHANGED, FlagKind.TIME_INVENTED}


def kinds(original: str, people: WhoIsWho | None = None, **fields: object) -> set[FlagKind]:
    proposed = MemoryFields(emotion=Emotion.JOY, intensity=5, **fields)
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=proposed), NOX, people or WhoIsWho())}


def on(day: date, said: str) -> EventTime:
    return EventTime(said, day, day)


@pytest.mark.parametrize(("original", "said"), [
    ("Mum rang this morning, the cat knocked the Christmas tree over already.", "this morning"),
    ("On a reçu les clés ce matin. Maison de 1930, tout à refaire.", "ce matin"),
])
def test_a_subject_or_a_noun_before_the_time_is_no_things_participle(original: str, said: str) -> None:
    assert not TIME_KINDS & kinds(original, time=on(DAY, said), reflection="Quelle journée !")


def test_a_things_participle_still_dates_the_thing_not_the_memory() -> None:
    original = "Sold the bike bought in 2012 this morning. Felt oddly sad."
    assert TIME_KINDS & kinds(original, time=EventTime("in 2012", date(2012, 1, 1), date(2012, 12, 31)),
                              reflection="Letting go of things is hard.")


def test_a_plan_one_signs_up_for_at_a_place_is_no_plan() -> None:
    original = "Signed up for a new phone plan at the Orange shop yesterday. Took an hour."
    assert not PLACE_KINDS & kinds(original, place="the Orange shop", reflection="An hour well spent, I hope.")


def test_a_plan_is_still_somewhere_else() -> None:
    original = "We plan to move to Leeds in the spring. Tonight we packed the first boxes."
    assert PLACE_KINDS & kinds(original, place="Leeds", reflection="The first boxes are the hardest.")


@pytest.mark.parametrize(("original", "place", "people"), [
    ("Board games at Marco's turned into karaoke. Don't ask.", "Marco's place", None),
    ("footie on telly at pete's last night, we lost", "Uncle Pete's place",
     WhoIsWho((KnownPerson("Uncle Pete", "uncle", ("Pete",)),))),
])
def test_someones_place_said_by_the_possessive_alone(original: str, place: str, people: WhoIsWho | None) -> None:
    assert not PLACE_KINDS & kinds(original, people, place=place, reflection="I can picture it.")


def test_a_possessive_of_a_thing_is_no_home() -> None:
    original = "Spent the afternoon at Rita's studio going through Dad's old letters."
    assert PLACE_KINDS & kinds(original, place="Dad's house", reflection="Old letters say so much.")


def test_au_boulot_is_au_travail() -> None:
    original = "Au boulot ce matin, la machine à café est tombée en panne. Drame national."
    assert not PLACE_KINDS & kinds(original, place="au travail", reflection="Courage pour la journée !")


@pytest.mark.parametrize(("original", "theirs", "mine"), [
    ("Repeint la cuisine chez nous à Brest pendant que Paul faisait la sienne à Quimper.", "Quimper", "Brest"),
    ("Repainted the fence in Leeds today while Tom did his own in York.", "York", "Leeds"),
    ("Yesterday I ate lunch in Hyde Park on a call with Ana, who was on a bench in Central Park.", "Central Park",
     "Hyde Park"),
    ("Premier Noël en visio avec Hugo : lui en short à la plage de Bondi, moi sous la couette chez mes parents à Lille.",
     "plage de Bondi", "Lille"),
])
def test_someone_elses_whereabouts_beside_the_users(original: str, theirs: str, mine: str) -> None:
    assert PLACE_KINDS & kinds(original, place=theirs, reflection="Quelle journée !")
    assert not PLACE_KINDS & kinds(original, place=mine, reflection="Quelle journée !")


def test_friends_who_came_to_help_were_there_with_the_user() -> None:
    original = "Grosse journée peinture chez moi : Karim et Léo sont venus m'aider pour la chambre d'amis."
    assert not PLACE_KINDS & kinds(original, persons=("Karim", "Léo"), place="la chambre d'amis",
                                   reflection="Des amis qui viennent peindre, c'est précieux.")


LUCAS = WhoIsWho((KnownPerson("Lucas Ferri", "camarade italien", ("Lucas l'Italien",)),
                  KnownPerson("Lucas Bernard", "ami de Lyon", ("Lucas de Lyon",))))


def test_a_namesake_added_for_a_name_said_once() -> None:
    original = "Lucas l'Italien m'a prêté son vélo pour la semaine."
    assert FlagKind.PERSON_INVENTED in kinds(original, LUCAS, persons=("Lucas Ferri", "Lucas Bernard"),
                                             reflection="Un ami qui prête son vélo, c'est précieux.")
    assert FlagKind.PERSON_INVENTED not in kinds(original, LUCAS, persons=("Lucas Ferri",),
                                                 reflection="Un ami qui prête son vélo, c'est précieux.")


def test_both_namesakes_said_are_both_listed() -> None:
    original = "Lucas l'Italien et Lucas de Lyon sont venus dîner, on a beaucoup ri."
    assert FlagKind.PERSON_INVENTED not in kinds(original, LUCAS, persons=("Lucas Ferri", "Lucas Bernard"),
                                                 reflection="Deux Lucas à table, quelle soirée !")


def test_the_companion_is_not_a_person_of_the_memory() -> None:
    original = "Hier j'ai raconté à Nox mon voyage à Lisbonne avec Camille."
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=("Camille", "Nox"), reflection="J'ai adoré l'écouter.")
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons=("Camille",), reflection="J'ai adoré l'écouter.")


@pytest.mark.parametrize(("original", "name"), [
    ("Lettre de la mairie : le chemin du lac portera le nom de papi, Chemin Henri-Vidal. Je suis fière.",
     "Chemin Henri-Vidal"),
    ("The town named the river path after Grandpa: the Walt Carter Trail. So proud.", "Walt Carter Trail"),
    ("Entretien chez Michelin ce matin, je crois que j'ai bien parlé.", "Michelin"),
])
def test_a_way_or_a_firm_named_after_someone_is_no_one(original: str, name: str) -> None:
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=(name,), reflection="Quelle fierté.")


def test_a_titled_person_is_dropped_even_when_the_place_bears_the_name() -> None:
    original = "Visited the old Mercer farm with Ana on Tuesday. Mrs. Mercer gave us apples."
    assert FlagKind.PERSON_DROPPED in kinds(original, persons=("Ana",), place="the old Mercer farm",
                                            reflection="Apples from the farm itself!")
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=("Ana", "Mrs. Mercer"), place="the old Mercer farm",
                                                reflection="Apples from the farm itself!")


def test_two_nights_ago() -> None:
    original = "Two nights ago we danced until 4am at Kim's. Yesterday I slept all day."
    assert not TIME_KINDS & kinds(original, time=on(date(2026, 3, 12), "two nights ago"), reflection="Worth it!")
    assert TIME_KINDS & kinds(original, time=on(date(2026, 3, 13), "two nights ago"), reflection="Worth it!")


def test_a_weekday_told_in_the_past_is_not_the_coming_one() -> None:
    original = "Gabe's band played at the Roxy on Friday. The drummer broke a stick in the first song."
    assert not TIME_KINDS & kinds(original, time=on(date(2026, 3, 13), "Friday"), reflection="What a night!")
    assert TIME_KINDS & kinds(original, time=on(date(2026, 3, 20), "Friday"), reflection="What a night!")


@pytest.mark.parametrize(("original", "told", "the_things"), [
    ("Ce midi j'ai déjeuné avec papa, il m'a reparlé du match de dimanche.", "ce midi", ("dimanche", 8)),
    ("Had lunch with Dad today, he went on about Sunday's game for an hour.", "today", ("Sunday", 8)),
])
def test_a_day_said_of_a_thing_is_the_things(original: str, told: str, the_things: tuple[str, int]) -> None:
    said, day = the_things
    assert TIME_KINDS & kinds(original, time=on(date(2026, 3, day), said), reflection="Il en parle encore !")
    assert not TIME_KINDS & kinds(original, time=on(DAY, told), reflection="Il en parle encore !")


@pytest.mark.parametrize("reflection", [
    "Of course, the machine will nudge you every Sunday.",
    "I may just be the app on your phone, but I'll remember.",
])
def test_what_she_calls_herself(reflection: str) -> None:
    original = "Nox, can you remind me every Sunday to call Ana? I keep forgetting."
    assert FlagKind.COMPANION_RENAMED in kinds(original, persons=("Ana",), reflection=reflection)


def test_words_someone_said_name_no_day_of_the_memory() -> None:
    original = "Entretien réussi ce matin chez Decathlon. La recruteuse, Pauline, m'a dit : « à lundi »."
    assert not TIME_KINDS & kinds(original, persons=("Pauline",), time=on(DAY, "ce matin"),
                                  reflection="« À lundi » : deux mots magnifiques.")


def test_a_feast_of_the_very_day_beside_what_someone_said() -> None:
    original = "Saint-Valentin au stade : Léa m'a dit que j'étais irrécupérable. Mais on a gagné ce soir."
    day = date(2026, 2, 14)
    proposed = MemoryFields(emotion=Emotion.JOY, intensity=5, persons=("Léa",), time=on(day, "ce soir"),
                            reflection="Une victoire un soir de Saint-Valentin, voilà ton romantisme !")
    flags = check_proposal(original, day, Proposal(fields=proposed), NOX, WhoIsWho())
    assert not TIME_KINDS & {f.kind for f in flags}


@pytest.mark.parametrize(("original", "said"), [
    ("I called the recruiter back myself. Her name's Alicia and she booked me for Thursday.", "today"),
    ("It's been two years since Priya left. I'm still not used to the empty chair at the pub quiz.", "today"),
])
def test_the_day_written_beside_a_day_ahead_or_a_length(original: str, said: str) -> None:
    assert not TIME_KINDS & kinds(original, time=on(DAY, said), reflection="I'm proud of you.")


def test_arrived_for_a_feast_still_ahead() -> None:
    day = date(2026, 4, 4)  # Easter is the next day
    proposed = MemoryFields(emotion=Emotion.JOY, intensity=5, place="at home", time=EventTime("", day, day),
                            reflection="A full house, how lovely.")
    flags = check_proposal("The cousins arrived for Easter. The house is overflowing.", day, Proposal(fields=proposed),
                           NOX, WhoIsWho())
    assert not TIME_KINDS & {f.kind for f in flags}


@pytest.mark.parametrize(("original", "place"), [
    ("Season opener tonight at Bramley-Moore, Meg and me behind the goal. The noise!", "Bramley-Moore Dock"),
    ("Trivia at the Crown on Tuesday. Our team came dead last. Chloe blamed me for the Eurovision question.",
     "the Crown"),
    ("Kenji's leaving drinks at Bar Termini. Everyone wrote him a card.", "Bar Termini"),
    ("On rêve d'une maison en Creuse. Pour l'instant on regarde les annonces sur le canapé à Lyon.", "Lyon"),
    ("Owen and I dream of a cabin near Duluth. For now we browse listings on the couch in Minneapolis.", "Minneapolis"),
])
def test_where_it_happened_beside_a_team_a_leaving_do_or_a_dream(original: str, place: str) -> None:
    assert not PLACE_KINDS & kinds(original, place=place, reflection="What a night!")


@pytest.mark.parametrize(("original", "place"), [
    ("On rêve d'une maison en Creuse. Pour l'instant on regarde les annonces sur le canapé à Lyon.", "en Creuse"),
    ("Owen and I dream of a cabin near Duluth. For now we browse listings on the couch in Minneapolis.", "Duluth"),
])
def test_the_dream_is_still_elsewhere(original: str, place: str) -> None:
    assert PLACE_KINDS & kinds(original, place=place, reflection="A dream worth having.")


@pytest.mark.parametrize("original", [
    "Rosa called from Phoenix. She's been retired a year and loves it.",
    "Appel vidéo avec Camille ce soir, elle se réveillait à peine à Montréal et moi j'allais me coucher.",
    "Dev sent me a postcard of Stanley Park. Opened it at the kitchen table.",
])
def test_a_town_or_a_park_named_like_someone_is_no_one_dropped(original: str) -> None:
    persons = tuple(n for n in ("Rosa", "Camille", "Dev") if n in original)
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=persons, reflection="Quelle belle nouvelle !")


def test_someone_named_like_a_town_is_still_someone() -> None:
    original = "Wrote to Victoria about the party, she said yes."
    assert FlagKind.PERSON_DROPPED in kinds(original, reflection="I'm glad she's coming.")
