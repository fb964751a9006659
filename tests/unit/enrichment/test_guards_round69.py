"""Round 69 (2026-12-06), from holdout484–491 (just opened) and the older open sets, each with the case it must leave
alone:

- reflection: a memory whose only "I" is contracted ("Knocked over a bowl I'd spent two days trimming") is the user's
  own, so "she" doing what the user did is the user, told of; not an "I'm" inside a quoted title ("a 'Where I'm From'
  day").

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind
from tests.helpers.proposals import flag_kinds

NARRATED = FlagKind.NOT_FIRST_PERSON


@pytest.mark.parametrize(("original", "reflection", "narrated"), [
    ("Knocked over a bowl I'd spent two days trimming. Swept it up, didn't cry, threw three more.",
     "Three more bowls after that one: she's become someone who keeps going. I'm sorry about the first one.", True),
    ("The school held a 'Where I'm From' day. Wore the scarf and read the poem out loud.",
     "Reading that poem out loud in the scarf, I hope she always feels it belongs to her.", False),
])
def test_a_contracted_i_is_the_user_writing(original: str, reflection: str, narrated: bool) -> None:
    assert (NARRATED in flag_kinds(original, reflection=reflection)) is narrated
