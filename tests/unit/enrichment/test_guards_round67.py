"""Round 67 (2026-12-06), from holdout468–475 (just opened) and the older open sets, each with the case it must leave
alone:

- places: a stop after the memory's own place, when the two share only an article ("Watched the match at the stadium.
  Then chips in the car"), a stop told « au retour » before a short aside (« Burger King de Lunel au retour, minuit
  passé »), after a place toured ("the group toured the Château de Pompadour… Tea in Uzerche on the way home"); not a
  place in the memory's own town ("First week in Barcelona… then we sat on the balcony"), nor the place the memory's
  own is in ("in the van in the Lidl car park… afterwards"), nor after "Will and I drove up to the Tanargue", someone.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind
from tests.helpers.proposals import flag_kinds

DROPPED = FlagKind.PERSON_DROPPED
INVENTED = FlagKind.PERSON_INVENTED
NARRATED = FlagKind.NOT_FIRST_PERSON
TIME = FlagKind.TIME_CHANGED
PLACE = FlagKind.PLACE_CHANGED


@pytest.mark.parametrize(("original", "place", "persons", "flagged"), [
    ("Watched the derby lose at the stadium with Ravi, soaked to the bone. Then chips in the car because we couldn't"
     " feel our fingers.", "the car", ("Ravi",), True),
    ("Hier soir, concert de Zaz au Zénith de Nîmes avec Inès. Elle connaissait tout. Quick de Lunel au retour, une"
     " heure passée.", "Quick de Lunel", ("Inès",), True),
    ("Saturday: the walking club toured the Château de Hautefort and its gardens. Scones in Excideuil on the way"
     " home.", "Excideuil", (), True),
    ("First week in Lisbon. Rita showed me the tram stops and then we sat on the balcony eating pastries.",
     "the balcony", ("Rita",), False),
    ("Nadia lent me her old Callas records. I listened to one in the van in the Aldi car park and sat there a while"
     " afterwards.", "the Aldi car park", ("Nadia",), False),
    ("Last weekend Will and I drove the bikes up to the Ventoux for the climb. Two nights sleeping in the tent.",
     "the Ventoux", ("Will",), False),
])
def test_a_stop_after_the_memorys_own_place_is_not_where_it_was(original: str, place: str, persons: tuple[str, ...],
                                                               flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place, persons=persons)) is flagged
