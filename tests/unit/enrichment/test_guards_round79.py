"""Round 79 (2026-12-07): visitors named by their town.

"A quiz night at the bunkhouse for a youth club from Keswick", « j'ai fait visiter l'atelier à une classe de Colmar »:
a group named by where it comes from is no place where the memory happened (still « la chorale de Saint-Brieuc », the
user's own, where the user is).

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind
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
