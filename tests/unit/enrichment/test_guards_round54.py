"""Round 54 (2026-12-05), from holdout364–371 (just opened) and the older open sets, each with the case it must leave
alone:

- the "he", "she", « elle » beside the one the user was with ("I love that he and Carlos brought the shelter to the
  kids" for "Carlos and I drove the bus", « Ana et elle » for « fou rire avec Ana ») is the user told of, where the
  memory names no one else (not "I love that he and Ollie hit it off" of Dad talking to Ollie, nor « Tom et elle »
  of « avec tom et jade », nor when she speaks to the user too).

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind
from tests.helpers.proposals import flag_kinds

NARRATED = FlagKind.NOT_FIRST_PERSON


@pytest.mark.parametrize(("original", "persons", "reflection"), [
    ("Carlos and I drove the mobile library van to three villages today.", ("Carlos",),
     "What a day! I love that he and Carlos brought the books to the kids."),
    ("walked the old dogs with tyler this morning, perfect morning tbh", ("Tyler",),
     "A perfect morning indeed. I'm glad she and Tyler had it together."),
    ("Premier vrai fou rire avec Ana au marché : on a inventé un mot à nous.", ("Ana",),
     "Leur mot me fait sourire. Je trouve qu'il dit bien ce qu'elles partagent, Ana et elle, entre deux étals."),
])
def test_the_one_beside_whom_the_user_was_is_the_user(original: str, persons: tuple[str, ...],
                                                      reflection: str) -> None:
    assert NARRATED in flag_kinds(original, persons=persons, reflection=reflection)


@pytest.mark.parametrize(("original", "persons", "reflection"), [
    ("Dad drove up to fix my desk, then spent two hours talking to Ollie about football.", ("Ollie",),
     "Ten minutes of DIY and two hours of football. I love that he and Ollie hit it off."),
    ("ce soir enregistrement avec tom et jade pour le podcast, jade a raconté ses débuts", ("Tom", "Jade"),
     "Quelle belle histoire que celle de Jade. Tom et elle ont l'air de former un bon duo."),
    ("Carlos and I drove the mobile library van to three villages today.", ("Carlos",),
     "I love that he and Carlos brought the books to the kids, and you must be tired."),
])
def test_one_beside_someone_else_is_not_the_user(original: str, persons: tuple[str, ...], reflection: str) -> None:
    assert NARRATED not in flag_kinds(original, persons=persons, reflection=reflection)
