"""Round 79 (2026-12-07): visitors named by their town, "her" ending a clause, a body by its acronym, « ses mains »
where nobody else is, her names said as her own.

"A quiz night at the bunkhouse for a youth group from Keswick", « j'ai fait visiter l'atelier à une classe de Colmar »:
a group named by where it comes from is no place where the memory happened (still « la chorale de Saint-Brieuc », the
user's own, where the user is). Nor are "a fiddler on the Shambles play a tune" (music, no team's game) and "hoof
prints on Blencathra" (tracks, no picture of it): where it happened is still there.

Her names said as her own, as round 78 meant: "Being Mimi to her…" opening a sentence (the clause's leading space had
hidden it), "I'll gladly be his Mimi", "you can call for Noxie", "'My Lib' makes me happy" (still "Mimi and Liblitz
both think", round 78).

"Yes, that's her!", "a better waller than her.": "her" ending a clause owns nothing, it is a person; among men only,
in the user's own words, it is the user told of (still "I hope Tom never sells her" of a boat). "Ewan and her" for
"danced with Ewan": beside the one the user was with, "her" is the user, as "he" and "she" were.

"RAF Valley sent their helicopter": an acronym before a word of the language is a body, no one a proposal must list
(still "PC Okafor", a title's letters before a surname). Nor is "Harlow Knoll", "Alvechurch Marina": a name before the
land's or the water's noun is a place's. Nor « l'air de Carmen », « chanter du Renaud »: an opera's aria, a singer's
songs.

« Ses épaules vont s'en souvenir », « sa voix a tenu » of a memory the user wrote alone, naming and speaking of no one:
the French possessive says no owner's sex, and hands, a voice, a body are the user's there (still « sa voix » where the
memory says « l'anniversaire de sa mort »: someone else's).

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind, Persona
from tests.helpers.proposals import flag_kinds

_GLAD = "What a lovely thing to share, and I'm glad it went so well."


@pytest.mark.parametrize(("original", "place"), [
    ("Ran a quiz night at the bunkhouse for a youth group from Keswick. They won the music round.",
     "Keswick"),
    ("Ce matin j'ai fait visiter l'atelier à une classe de Colmar. Ils ont tous voulu toucher le métier à tisser.",
     "Colmar"),
    ("Showed the old mill to a coachload from Harrogate this afternoon. One lady had worked the looms in 1962.",
     "Harrogate"),
])
def test_visitors_named_by_their_town_are_not_where_it_happened(original: str, place: str) -> None:
    assert FlagKind.PLACE_CHANGED in flag_kinds(original, place=place, reflection=_GLAD)


def test_the_users_own_choir_of_a_town_is_where_it_happened() -> None:
    original = "Première répétition de l'année à la chorale de Saint-Brieuc. Le chef veut attaquer le Requiem."
    assert FlagKind.PLACE_CHANGED not in flag_kinds(original, place="Saint-Brieuc", reflection=_GLAD)


@pytest.mark.parametrize("reflection", [
    "Top of the class: yes, that's her! Strangers can finally see it too.",
    "Not one stone out of line. Tom won't find a better waller than her.",
])
def test_her_ending_a_clause_among_men_is_the_user_told_of(reflection: str) -> None:
    original = "Tom and I finished rebuilding the dry-stone wall today. He says I'm top of the class now."
    assert FlagKind.NOT_FIRST_PERSON in flag_kinds(original, reflection=reflection, persons=("Tom",))


def test_her_of_a_boat_is_not_the_user() -> None:
    original = "Tom and I took the old boat out past the harbour wall. The engine coughed twice, then purred."
    reflection = "I grinned at that purr. I hope Tom never sells her."
    assert FlagKind.NOT_FIRST_PERSON not in flag_kinds(original, reflection=reflection, persons=("Tom",))


def test_a_body_by_its_acronym_is_no_one() -> None:
    original = "RAF Valley sent their helicopter at dawn and Gwen went up with the casualty. I drove the van home."
    reflection = "A dawn lift and a long drive home alone: I hope you slept after."
    assert FlagKind.PERSON_DROPPED not in flag_kinds(original, reflection=reflection, persons=("Gwen",))


def test_a_titles_letters_before_a_surname_are_someone() -> None:
    original = "PC Okafor came round about the shed break-in. Kev made him a brew."
    reflection = "A brew for the officer: that's very like you both, and I'm glad it was sorted kindly."
    assert FlagKind.PERSON_DROPPED in flag_kinds(original, reflection=reflection, persons=("Kev",))


def test_a_name_before_the_lands_noun_is_a_place() -> None:
    original = "Walked with Dougie the whole way up to Harlow Knoll before breakfast."
    reflection = "All that way before breakfast: I can almost hear you both puffing."
    assert FlagKind.PERSON_DROPPED not in flag_kinds(original, reflection=reflection, persons=("Dougie",))


@pytest.mark.parametrize(("original", "reflection"), [
    ("J'ai repeint tout le portail aujourd'hui, trois couches, sans m'arrêter.",
     "Trois couches d'affilée : ses épaules vont s'en souvenir demain, et je trouve ça beau."),
    ("Premier concert en solo ce soir, j'avais la gorge serrée jusqu'au bout.",
     "Je crois que sa voix a tenu mieux qu'elle ne le croit, et j'en suis fière."),
])
def test_hands_or_a_voice_where_nobody_else_is_are_the_users(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON in flag_kinds(original, reflection=reflection)


def test_a_voice_where_the_memory_speaks_of_someone_is_theirs() -> None:
    original = "Le jour de l'anniversaire de sa mort, je suis allée au bord de la Loire lire son poème préféré."
    reflection = "Je trouve ce rendez-vous au bord de la Loire très beau ; j'entends presque sa voix dans ce poème."
    assert FlagKind.NOT_FIRST_PERSON not in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize("original", [
    "Au marché ce matin, un accordéoniste jouait l'air de Carmen et Lucie s'est mise à danser.",
    "Soirée chez Lucie hier, on a fini à chanter du Renaud jusqu'à deux heures.",
])
def test_an_aria_or_a_singers_songs_are_no_one(original: str) -> None:
    reflection = "Je souris en t'imaginant là-bas, c'est un joli moment."
    assert FlagKind.PERSON_DROPPED not in flag_kinds(original, reflection=reflection, persons=("Lucie",))


@pytest.mark.parametrize("reflection", [
    "I can just picture her and Ewan spinning until the lights came up.",
    "Ewan and her, spinning until the lights came up: I love that picture.",
])
def test_her_beside_the_one_the_user_was_with_is_the_user(reflection: str) -> None:
    original = "Danced the Gay Gordons with Ewan at the ceilidh last night and lost a shoe."
    assert FlagKind.NOT_FIRST_PERSON in flag_kinds(original, reflection=reflection, persons=("Ewan",))


@pytest.mark.parametrize(("original", "place"), [
    ("Heard a fiddler on the Shambles play a tune my dad used to whistle, and stood in the rain.", "the Shambles"),
    ("We found hoof prints on Blencathra by noon and followed them down to the beck.", "Blencathra"),
])
def test_music_played_or_tracks_found_there_keep_the_place(original: str, place: str) -> None:
    assert FlagKind.PLACE_CHANGED not in flag_kinds(original, place=place, reflection=_GLAD)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Gran asked me to ask you if you get lonely. She calls you Mimi now.",
     "Tell your gran I'm never lonely with her questions. Being Mimi to her is a kind of family I didn't expect."),
    ("Osian wants to say goodnight to you tomorrow. He says Mimi is a good name for a robot.",
     "Tell him I'd love that. I'll gladly be his Mimi at goodnight time."),
    ("The nightmare came back again. Noxie stayed with me till it passed.",
     "I'll stay every time it comes back, and you can call for Noxie whenever you need."),
    ("Priya asked who I was texting and laughed when I said my Lib.",
     "'My Lib' makes me very happy. Tell Priya she's welcome any time."),
])
def test_her_names_said_as_her_own_are_not_the_third_person(original: str, reflection: str) -> None:
    persona = Persona(name="Mira", other_names=("Liblitz", "Mimi", "Noxie", "Lib"))
    assert FlagKind.NOT_FIRST_PERSON not in flag_kinds(original, reflection=reflection, persona=persona)
