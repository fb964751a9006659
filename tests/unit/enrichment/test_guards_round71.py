"""Round 71 (2026-12-07), from holdout500–507 (just opened) and the older open sets, each with the case it must leave
alone:

- places: a memorial, a cemetery, a bowling alley, a pier are where the memory puts the user (« Cérémonie au monument
  aux morts… Après, vin chaud à la Brasserie de la Gare »), so a stop told after it is not the memory's place; a stop
  told "after" with what one went there for ("We walked down to the Round Tower after to see the lights") is one too;
  the memorial alone, with no stop after it, is the place.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind
from tests.helpers.proposals import flag_kinds

PLACE = FlagKind.PLACE_CHANGED


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("Commémoration au monument aux morts de Quimper avec les anciens. Après, un café au Bistrot du Port.",
     "Bistrot du Port", True),
    ("Commémoration au monument aux morts de Quimper avec les anciens. Après, un café au Bistrot du Port.",
     "monument aux morts de Quimper", False),
    ("on est au bowling de la zone avec les cousins!! apres on va au kebab de la gare", "kebab de la gare", True),
    ("Supper at the Seamen's Mission with the old crew. We walked down to the Harbour Light after to watch the "
     "ferries.", "Harbour Light", True),
    ("Supper at the Seamen's Mission with the old crew. We walked down to the Harbour Light after to watch the "
     "ferries.", "Seamen's Mission", False),
])
def test_a_stop_after_a_memorial_or_after_to(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place)) is flagged
