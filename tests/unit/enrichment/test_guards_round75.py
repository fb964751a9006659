"""Round 75 (2026-12-07): the voice reader's card (round 48's) judges with lower thresholds, chosen on holdout324–539,
sets it never learned from: 0.82 instead of 0.86 for its own, 0.92 instead of 0.985 where the reflection says "I" of a
memory that names someone else (scripts/train_readers.py tells the figures). What it now hears, and what it still
leaves alone (round 12's « Elle le méritait, ce cadeau » of Lucienne's leaving do, 0.916, stays a reflection about
Lucienne).

Places: a memory that came with a place (an import's town, a file's folder) keeps it when the proposal makes it more
precise ("Calton Hill, Edinburgh", « la criée du Guilvinec » for « Le Guilvinec »); a proposed place that shares no
word with it ("Calton Hill" alone, « Argentière » for « Chamonix ») is flagged, its message offering both. Until now a
spot of a known town named without the town was left unflagged (round 21's "Vallon des Auffes" for Marseille); of the
1,427 harmless proposals of holdout460-539 that came with a place, none did that.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.enrichment.learned import shipped_card
from liblitz_app.enrichment.voice_reader import CARD, TO_YOU, WITH_OTHERS
from liblitz_app.memory import MemoryFields
from tests.helpers.proposals import DAY, flag_kinds

NARRATED = FlagKind.NOT_FIRST_PERSON


PAINTINGS = ("Premier mois où j'ai vendu plus de vingt tableaux au marché de la Croix-Rousse. J'ai invité Samir au"
             " restaurant.")
KNEES = ("Dr. Patel says my knees are worn from twenty years of laying floors. Physio on Mondays, and no more kneeling"
         " jobs.")


@pytest.mark.parametrize(("original", "persons", "reflection"), [
    # the user's paintings and their dinner, told of as « son premier réflexe » (scored 0.968)
    (PAINTINGS, ("Samir",),
     "Vingt tableaux en un mois ! Je trouve beau que son premier réflexe ait été d'inviter Samir."),
    # the user's knees, "I'll help him" (0.957)
    (KNEES, ("Dr. Patel",),
     "Twenty years of floors: those knees have earned a rest, and I'll help him keep to the physio."),
])
def test_the_user_told_of_beside_someone_the_memory_names(original: str, persons: tuple[str, ...],
                                                          reflection: str) -> None:
    assert NARRATED in flag_kinds(original, persons=persons, reflection=reflection)


@pytest.mark.parametrize(("original", "persons", "reflection"), [
    (PAINTINGS, ("Samir",), "Vingt tableaux en un mois ! Je trouve beau que tu aies pensé à inviter Samir."),
    (KNEES, ("Dr. Patel",), "Twenty years of floors: those knees have earned a rest. I hope Dr. Patel's plan helps."),
])
def test_the_same_said_to_the_user_or_of_another(original: str, persons: tuple[str, ...], reflection: str) -> None:
    assert NARRATED not in flag_kinds(original, persons=persons, reflection=reflection)


def test_the_card_keeps_its_stricter_threshold_where_she_speaks_to_the_user() -> None:
    card = shipped_card(CARD)
    assert card is not None
    assert card.threshold < card.thresholds[WITH_OTHERS] < card.thresholds[TO_YOU]


WALK = "Walked up at sunset with Ailsa, the whole city going orange below us."
FRESH = "Première sortie en crampons avec Lucie, le glacier craquait sous nos pieds."


@pytest.mark.parametrize(("original", "known", "place"), [
    (WALK, "Edinburgh", "Calton Hill"),
    (FRESH, "Chamonix", "Argentière"),
    (FRESH, "Chamonix", "Mer de Glace"),
])
def test_a_known_place_left_out_is_flagged(original: str, known: str, place: str) -> None:
    assert FlagKind.PLACE_CHANGED in flag_kinds(original, place=place, known=MemoryFields(place=known))


@pytest.mark.parametrize(("original", "known", "place"), [
    (WALK, "Edinburgh", "Calton Hill, Edinburgh"),
    (WALK, "Edinburgh", "Edinburgh"),
    (FRESH, "Chamonix", "Mer de Glace, Chamonix"),
    (FRESH, "Chamonix", "Vieux-Chamonix"),  # its name in a hyphenated one
    ("Vente à la criée dès cinq heures, Lucie au micro.", "Le Guilvinec", "la criée du Guilvinec"),
    (FRESH, "Chamonix", ""),  # left empty: the memory keeps its own
])
def test_a_known_place_kept_is_not(original: str, known: str, place: str) -> None:
    assert FlagKind.PLACE_CHANGED not in flag_kinds(original, place=place, known=MemoryFields(place=known))


def test_the_flag_offers_the_place_kept() -> None:
    proposed = MemoryFields(place="Calton Hill")
    flags = check_proposal(WALK, DAY, Proposal(fields=proposed), Persona(), WhoIsWho(), MemoryFields(place="Edinburgh"))
    assert any("Calton Hill, Edinburgh" in flag.message("en") and "Calton Hill, Edinburgh" in flag.message("fr")
               for flag in flags)
