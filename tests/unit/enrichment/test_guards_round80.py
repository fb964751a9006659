"""Round 80 (2026-12-08): a title is nobody alone; « ben » is French for "well"; "Canal+" is a channel, "Ariane 6" a
rocket; "Uncle Dennis" as the who-is-who records him; the wish, then the going; a name, then its kind; the user as
their child's parent.

"Nurse Alison" in the who-is-who, "The nurse said it happens" in the memory: any nurse, not her, and no one the proposal
must list; "Father Declan" is not "my father". Her title with her surname shortened or misspelt, as a text message
writes it, is still her: "mrs p will say no", « mme vaseur dit ke… ».

« bon ben j'ai raté le gâteau », « Ben aujourd'hui Farid m'a appelé »: the French interjection, no Ben the proposal
must list (still « J'ai vu Ben hier soir », « le stagiaire, ben, il est de Leeds »: someone).

« regardé le match sur Canal+ chez papa », "Disney+ again": a name glued to a plus is a service's.

« le lancement d'Ariane 6 », "Toy Story 3": a name and its number, a model's or a sequel's (still « J'ai mis 20 €,
Romain 5 € », "the death record of Jean-Baptiste Roux 1871").

"Uncle Dennis is already ordering bricks" where the who-is-who records him as "Uncle Dennis" and the memory says
"Den": his name as the proposal lists him, no claim to be his niece (still "Uncle is ordering bricks"). "His niece
got to drive it" of a memory that speaks of the user's uncle alone is the user told of, as "her daughter" of a mother
was (round 74).

« Papa voulait s'arrêter à Vézelay. On y est restés trois heures »: the wish, then the going; Vézelay is where it
happened (still « Il s'est marié à Biarritz. J'y étais pas »).

"Welfare hall" for "a small do at the Welfare", "Leopard pub" for "at the Leopard": the memory's place by its name,
and what kind it is after it (still "show ground" for "the village hall": another kind).

"He rang his dad before his girlfriend" for "Liam passed… He rang me before he rang his girlfriend": the user told as
the parent of the child the memory speaks of, as "her daughter" of a mother was (round 74); not "she's got her
mother's spirit", « comme sa mère » (a likeness), nor where the memory speaks of the user's wife too (his mum).

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind, WhoIsWho
from liblitz_app.enrichment.persona import KnownPerson
from tests.helpers.proposals import flag_kinds

_GLAD = "What a lovely thing to share, and I'm glad it went so well."


def _people(*people: tuple[str, str]) -> WhoIsWho:
    return WhoIsWho(tuple(KnownPerson(name, relation) for name, relation in people))


@pytest.mark.parametrize(("original", "person"), [
    ("Mum slept most of the day. The nurse said it happens near the end.", ("Nurse Alison", "memory clinic nurse")),
    ("My father drove me to the station at six, like when I was at school.", ("Father Declan", "parish priest")),
])
def test_a_title_alone_is_not_the_person_it_comes_before(original: str, person: tuple[str, str]) -> None:
    people = _people(person, ("Kusum", "mother"))
    assert FlagKind.PERSON_DROPPED not in flag_kinds(original, people=people, persons=("Kusum",), reflection=_GLAD)


@pytest.mark.parametrize(("original", "name", "reflection"), [
    ("omg the choir wants a joint concert in dec!! mrs p will say no, she always does", "Mrs Pritchard", _GLAD),
    ("cour de piano ok, mme vaseur dit ke ma main gauche é tro lourde", "Mme Vasseur",
     "Je suis contente que la leçon se soit bien passée."),
])
def test_a_title_and_the_surname_shortened_are_the_person(original: str, name: str, reflection: str) -> None:
    people = _people((name, "teacher"))
    kinds = flag_kinds(original, people=people, persons=(name,), reflection=reflection)
    assert not kinds & {FlagKind.PERSON_DROPPED, FlagKind.PERSON_INVENTED}


_FINE = "Je suis contente pour toi, ça compte."


@pytest.mark.parametrize("original", [
    "bon ben j'ai raté le gâteau du dimanche. la pâte a pas levé, je recommence samedi",
    "Tu te souviens de l'entretien ? Ben aujourd'hui Farid m'a appelé, je commence lundi.",
    "Farid a raccroché et il a dit « Bon. Ben on dort plus. » On a ri jusqu'à minuit.",
])
def test_the_french_ben_is_no_one(original: str) -> None:
    people = _people(("Farid", "collègue"))
    persons = ("Farid",) if "Farid" in original else ()
    assert FlagKind.PERSON_DROPPED not in flag_kinds(original, people=people, persons=persons, reflection=_FINE)


@pytest.mark.parametrize("original", [
    "J'ai vu Ben hier soir au bar du port, il part à Lyon en janvier.",
    "à la cantine j'ai parlé anglais avec le nouveau stagiaire, ben, il est de leeds",
])
def test_ben_named_is_someone(original: str) -> None:
    assert FlagKind.PERSON_INVENTED not in flag_kinds(original, persons=("Ben",), reflection=_FINE)


@pytest.mark.parametrize("original", [
    "Hier soir on a regardé la finale sur Canal+ chez papa, il a crié à chaque essai.",
    "Rainy Sunday: Disney+ again with the kids, and popcorn on the sofa.",
])
def test_a_name_glued_to_a_plus_is_a_service(original: str) -> None:
    assert FlagKind.PERSON_DROPPED not in flag_kinds(original, reflection=_FINE if "papa" in original else _GLAD)


_DEN = WhoIsWho((KnownPerson("Uncle Dennis", "uncle, retired kiln fireman", ("Den", "Uncle Den")),))


def test_her_uncles_recorded_name_is_no_claim_to_be_his_niece() -> None:
    original = "The Heritage Fund said yes to round two! Den's already ordering firebricks, I'm so happy."
    reflection = "Round two! I'm thrilled, and of course Uncle Dennis is already ordering firebricks."
    kinds = flag_kinds(original, people=_DEN, persons=("Uncle Dennis",), reflection=reflection)
    assert FlagKind.NOT_FIRST_PERSON not in kinds


def test_the_user_as_her_uncles_niece_is_told_of() -> None:
    original = "Den finally let me drive the old forklift in the yard. He talks to that machine like a stubborn mule."
    reflection = "A stubborn machine that behaves only for Uncle Dennis, and his niece finally got to drive it."
    kinds = flag_kinds(original, people=_DEN, persons=("Uncle Dennis",), reflection=reflection)
    assert FlagKind.NOT_FIRST_PERSON in kinds


def test_a_wish_then_the_going_is_where_it_happened() -> None:
    original = "Papa voulait absolument s'arrêter à Vézelay pour la basilique. On y est restés trois heures."
    assert FlagKind.PLACE_CHANGED not in flag_kinds(original, place="Vézelay", reflection=_FINE)


def test_a_wedding_the_user_missed_is_not_where_it_happened() -> None:
    original = "Tu te souviens de Baptiste ? Il s'est marié hier à Biarritz. J'y étais pas, j'ai regardé la vidéo."
    assert FlagKind.PLACE_CHANGED in flag_kinds(original, place="Biarritz", reflection=_FINE)


@pytest.mark.parametrize(("original", "place"), [
    ("Neil's 50th. Small do at the Welfare, and Tony did a speech about the forklift.", "Welfare hall"),
    ("Hayley's baby shower was at the Leopard. I made her a set of tiny bowls.", "Leopard pub"),
])
def test_a_name_then_its_kind_is_the_memorys_place(original: str, place: str) -> None:
    kinds = flag_kinds(original, place=place, reflection=_GLAD)
    assert not kinds & {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}


_LIAM = WhoIsWho((KnownPerson("Liam", "son"),))
_RANG = "Liam passed his apprenticeship assessment today, with distinction. He rang me before he rang his girlfriend."


def test_the_user_as_their_childs_parent_is_told_of() -> None:
    reflection = "He rang his dad before his girlfriend, and I don't think that's an accident."
    assert FlagKind.NOT_FIRST_PERSON in flag_kinds(_RANG, people=_LIAM, persons=("Liam",), reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    (_RANG, "A distinction, and straight on the phone: he's got his father's stubborn streak, in the best way."),
    ("Liam passed his assessment today. He rang my wife first, then me.",
     "I'm so glad for Liam. Of course he rang his mum first, I would have done the same."),
])
def test_a_likeness_or_another_parent_is_no_one_told_of(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON not in flag_kinds(original, people=_LIAM, persons=("Liam",), reflection=reflection)


@pytest.mark.parametrize("original", [
    "Le lancement d'Ariane 6 est reporté à cause des vents. Fabrice a annoncé le report d'une voix blanche.",
    "Is it weird that I cry at the end of Toy Story 3 every time? Fifth time, still crying.",
])
def test_a_name_and_its_number_is_a_model(original: str) -> None:
    persons = ("Fabrice",) if "Fabrice" in original else ()
    kinds = flag_kinds(original, persons=persons, reflection=_FINE if persons else _GLAD)
    assert FlagKind.PERSON_DROPPED not in kinds


@pytest.mark.parametrize("original", [
    "Pot de départ de Martine, on s'est cotisés pour un bon d'achat. J'ai mis 20 €, Romain 5 €. Romain abuse.",
    "Transcrit l'acte de décès de Jean-Baptiste Roux 1871 avec Camille, l'écriture du curé était horrible.",
])
def test_a_sum_or_a_year_after_a_name_leaves_the_person(original: str) -> None:
    assert FlagKind.PERSON_DROPPED in flag_kinds(original, persons=("Martine", "Camille"), reflection=_FINE)
