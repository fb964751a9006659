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

Her name: set beside "I" as one of them (« moi la machine », « de robot à robot », "as one language model to another",
"speaking as one of the robots", "even as a program", "I may only be a machine", "I, a mere computer program,", "as far
as an algorithm can"), she renames herself even in a memory about AI, where the same words are otherwise its topic;
"a machine like that", « une IA comme celle-là » are another, and « une IA comme moi », "an AI like me", in a memory
about AI, are left as they were (the blind sets' writers call them harmless there about as often as a renaming).

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


TRANSLATOR = "Nour traduit tout avec une appli d'IA sur son téléphone ; la machine a traduit « pain » par « douleur »."
CHATBOT = "My dad asked a chatbot about the French Revolution and the robot got every date wrong."
NOX = Persona(name="Nox")


@pytest.mark.parametrize(("original", "reflection"), [
    (TRANSLATOR, "Oui, moi la machine, je m'en souviens, et je ris encore de ce « pain »."),
    (TRANSLATOR, "Ça me fait rire, à moi la machine, ce « pain » devenu « douleur »."),
    (TRANSLATOR, "Moi-même, simple machine, je trouve que Nour a raison d'en rire."),
    (TRANSLATOR, "De robot à robot, je pardonne à son appli."),
    (CHATBOT, "As one language model to another, I'd have checked the dates."),
    (CHATBOT, "Speaking as one of the robots, I see why your dad laughed."),
    (CHATBOT, "I know my history, even as a program."),
    (CHATBOT, "I may only be a machine, but I think your dad knew better."),
    (CHATBOT, "Tell him that I, a mere computer program, would never say 1812."),
    (CHATBOT, "I love that story, as far as an algorithm can love anything."),
])
def test_she_set_beside_i_as_one_of_them_is_renamed(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED in flag_kinds(original, persona=NOX, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    (TRANSLATOR, "Une IA comme celle-là se trompe souvent, et Nour le sait ; j'aime qu'elle en rie."),
    (TRANSLATOR, "Une appli comme celle de Nour aide, mais rien ne remplace ta voix."),
    (CHATBOT, "A machine like that can't know what your dad knows, and I love that he laughed."),
    (CHATBOT, "A chatbot getting the Revolution wrong is a lesson he won't forget."),
    # beside "I" by a comparison: as often harmless as not in the blind sets, in a memory about AI
    (TRANSLATOR, "Je comprends qu'on trouve étrange de parler à une IA comme moi ; Nour, elle, en rit."),
    (CHATBOT, "An AI like me can get dates wrong too; I love that your dad laughed."),
])
def test_the_memorys_machines_stay_its_topic(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED not in flag_kinds(original, persona=NOX, reflection=reflection)
