"""Round 76 (2026-12-07): a day told in the past is the one gone by, and more pasts are heard as told.

A memory headed by its day (« Dimanche, brunch chez Gaëlle avec Ben. », "Tuesday: first speech therapy appointment"),
no clause of its sentence opening on a subject, is written after that day: a proposal dating it to the coming one is
flagged. Of the 2,100 harmless proposals of the open sets whose memory opens so, none dated it ahead.

English pasts told after a name set beside its apposition ("Malcolm, my dad, turned seventy"), after an adverb ("the
movers finally brought"), after a noun of two words ("the resit results came out") or "a" ("a gull landed on"; not
the French « à », which folds to "a"), a simple past that dictionaries also give as an adjective ("Edie fell asleep",
"the studio tried"), a past that is its plain form ("Marta cut my fringe"); French text messages' auxiliaries
(« g vu », « jsui rentré »), not how one is now (« jsuis crevée », « chui bloqué à Porto »), and « j'ai envie » is no
past. A feast's party, market or lights told in the past (« on a joué pour le marché de Noël », "showed up at the
Christmas party" on 19 December) are held in the weeks before it: the coming feast, not last year's, and not somewhere
still ahead.

The sentences were written for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind
from liblitz_app.enrichment.time_phrases import told_in_the_past
from liblitz_app.memory import EventTime
from tests.helpers.proposals import flag_kinds

WEDNESDAY = date(2025, 11, 12)


@pytest.mark.parametrize("sentence", [
    "Malcolm, my dad, turned seventy on Saturday and asked for a hammock.",
    "Wednesday evening Edie fell asleep in her deckchair by the hives.",
    "Marta cut my fringe in the staff kitchen on Sunday.",
    "On Monday the resit results came out: 61.",
    "Thursday the movers finally brought the piano up to the flat.",
    "On Wednesday the studio tried a new light cue for me.",
    "Sunday's match in Hull: a gull landed on the crossbar.",
    "Sunday at the market, a woman paid for the next ten orders.",
    "mercredi g vu antoine au ciné, film nul",
    "jsui rentré du trek lundi, du sable partout",
    "chui allé au marché samedi avec léo",
])
def test_a_past_is_heard(sentence: str) -> None:
    assert told_in_the_past(sentence)


@pytest.mark.parametrize("sentence", [
    "Marta cuts my fringe on Sundays.",
    "Both kids home, Marcus stuck at work.",
    "Dinner after the Bath Festival set.",
    "jsuis bloqué à Porto, je rentre lundi",
    "jsuis crevée, vivement samedi",
    "j'ai envie de te voir samedi",
    "Parfois je me demande si je sers à quelque chose à la chorale.",
])
def test_a_present_or_a_state_is_not_a_past(sentence: str) -> None:
    assert not told_in_the_past(sentence)


def _on(day: int, said: str) -> EventTime:
    return EventTime(said, date(2025, 11, day), date(2025, 11, day))


@pytest.mark.parametrize("original", [
    "Dimanche, brunch chez Gaëlle avec Ben.",
    "Dimanche : brunch chez Gaëlle avec Ben. Il a fini par avouer pour le chat.",
    "Sunday: brunch at Gail's with Ben.",
    "On Sunday, brunch at Gail's with Ben. He finally owned up about the cat.",
])
def test_a_memory_headed_by_its_day_tells_the_last_one(original: str) -> None:
    said = original.split(",")[0].split(":")[0].removeprefix("On ").strip()
    assert FlagKind.TIME_CHANGED in flag_kinds(original, day=WEDNESDAY, time=_on(16, said), persons=("Ben",))
    assert FlagKind.TIME_CHANGED not in flag_kinds(original, day=WEDNESDAY, time=_on(9, said), persons=("Ben",))


@pytest.mark.parametrize("original", [
    "Dimanche, je fais le brunch chez Gaëlle avec Ben.",
    "Dimanche, j'emmène Ben bruncher chez Gaëlle.",
    "Dimanche, brunch chez Gaëlle avec Ben, et on va enfin voir son nouveau chat.",
    "Sunday, we're doing brunch at Gail's with Ben.",
])
def test_a_day_whose_sentence_tells_a_plan_may_be_the_coming_one(original: str) -> None:
    said = original.split(",")[0]
    assert FlagKind.TIME_CHANGED not in flag_kinds(original, day=WEDNESDAY, time=_on(16, said), persons=("Ben",))


def test_a_text_messages_past_is_the_last_day() -> None:
    original = "mercredi g vu antoine au ciné, film nul mais le mec top"
    monday = date(2025, 12, 1)
    ahead = EventTime("mercredi", date(2025, 12, 3), date(2025, 12, 3))
    gone = EventTime("mercredi", date(2025, 11, 26), date(2025, 11, 26))
    assert FlagKind.TIME_CHANGED in flag_kinds(original, day=monday, time=ahead, persons=("antoine",))
    assert FlagKind.TIME_CHANGED not in flag_kinds(original, day=monday, time=gone, persons=("antoine",))


def test_a_feasts_party_told_in_the_past_is_held_before_it() -> None:
    original = "Jo from work and Jo my cousin both showed up at the Christmas party in the same jumper."
    day = date(2025, 12, 19)
    assert FlagKind.TIME_CHANGED not in flag_kinds(original, day=day, time=EventTime("", day, day),
                                                   persons=("Jo",))


def test_the_venue_of_a_feasts_market_told_in_the_past_is_where_it_was() -> None:
    original = "Le groupe a joué pour le marché de Noël de l'école de Léa. Des enfants dansaient devant la scène."
    assert FlagKind.PLACE_CHANGED not in flag_kinds(original, day=date(2025, 12, 8), place="école de Léa",
                                                    persons=("Léa",))
