"""Round 23 (2026-12-01): classes the open sets showed (holdout84–99 mostly), each with the harmless case it must
leave alone.

- a public figure the memory speaks of (a painter, a writer, a singer heard), listed among the persons, is nobody the
  user was with; one met (a signing, « croisé dans un TGV »), on stage or in a match may be; one met and left out
  is someone dropped;
- a role written as a common noun, with what it is of ("the track coach", « le technicien d'Orange »), is no name;
- what she calls herself: "your robot companion", « ton robot de compagnie », "the companion app" (not « un robot
  de cuisine »), or signs as (« Noté par l'application », « parole de logiciel »); a memory about "an AI assistant"
  speaks of AI too;
- where the user was accepted, is to study, was given a trip to, or what was booked, is not where the memory happened;
- « Ce midi Théo m'a demandé… »: a time word before a name makes no thing of it.
"""
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.memory import Emotion, MemoryFields

DAY = date(2026, 3, 14)
PLACE_KINDS = {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}


def kinds(original: str, **fields: object) -> set[FlagKind]:
    proposed = MemoryFields(emotion=Emotion.JOY, intensity=5, **fields)
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=proposed), Persona(), WhoIsWho())}


@pytest.mark.parametrize(("original", "persons"), [
    ("Finished the biography of Georgia O'Keeffe. Her house in New Mexico, I'd love to go one day.",
     ("Georgia O'Keeffe",)),
    ("Jeudi, visite de l'Opéra Garnier avec le club photo. Le plafond de Chagall, on s'est tous allongés par terre "
     "sauf Mme Petit.", ("Mme Petit", "Chagall")),
    ("Jonah blasted Taylor Swift during Sunday cleaning and the bathroom has never been cleaner.",
     ("Jonah", "Taylor Swift")),
])
def test_a_public_figure_the_memory_speaks_of_is_no_one_listed(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=persons)


@pytest.mark.parametrize(("original", "persons"), [
    ("Vendredi dernier, concert de Stromae à l'Accor Arena avec Jade.", ("Jade", "Stromae")),
    ("Baptiste m'a raconté hier soir au bar qu'il a croisé Zidane dans un TGV.", ("Baptiste", "Zidane")),
    ("Au stade avec Hugo : Antoine Dupont a marqué deux essais, on a hurlé.", ("Hugo", "Antoine Dupont")),
])
def test_a_star_met_on_stage_or_in_a_match_may_be_listed(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons=persons)


def test_a_star_met_and_left_out_is_someone_dropped() -> None:
    original = "Met Neil Gaiman at a signing at the bookshop and stammered. Thanks Freya for pushing me."
    assert FlagKind.PERSON_DROPPED in kinds(original, persons=("Freya",))
    chagall = "Le plafond de Chagall, on s'est tous allongés par terre pour le photographier, sauf Mme Petit."
    assert FlagKind.PERSON_DROPPED not in kinds(chagall, persons=("Mme Petit",))


@pytest.mark.parametrize(("original", "role"), [
    ("The track coach made us do 20 minutes of core. I hurt everywhere.", "the track coach"),
    ("Yesterday the Comcast guy spent three hours at Grandma's fixing the modem.", "the Comcast guy"),
    ("Le technicien d'Orange est venu installer la fibre chez mes parents ce matin.", "le technicien d'Orange"),
])
def test_a_role_with_what_it_is_of_is_no_name(original: str, role: str) -> None:
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=(role,))


def test_a_title_and_a_name_is_a_name() -> None:
    assert FlagKind.PERSON_INVENTED not in kinds("Le Dr Morel m'a enfin pris au sérieux.", persons=("Dr Morel",))


@pytest.mark.parametrize(("original", "reflection"), [
    ("Cuisiné pour Hugo et Samira ce soir : poulet Marengo et un fondant qui a coulé.",
     "Ton robot de compagnie te le dit : un fondant qui coule, c'est presque un fondant réussi."),
    ("My little robot vacuum got stuck under the couch again. Dan named it Rusty.",
     "Your robot companion sympathizes with Rusty; Dan gave him a good name."),
    ("Last day at Harbor Elementary. 32 years. The fifth graders clapped me out.",
     "The companion app thinks that's how a 32-year story should end."),
    ("Lib, note que Malik veut faire un discours de 20 minutes. Il faut l'arrêter.", "Noté par l'application !"),
    ("Pâques chez tonton Gérard. Chasse aux œufs avec les petits.", "Lucie et son œuf géant, j'adore — parole de logiciel."),
])
def test_what_she_calls_herself_is_a_renaming(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED in kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("At lunch Felix told me he's building an AI assistant for the unemployment office.",
     "I understand preferring people: an AI can answer questions, but it can't share bad coffee."),
    ("J'ai enfin acheté un robot de cuisine, fini le hachoir à la main.",
     "Ton robot de cuisine va te faire gagner des heures, j'en suis contente."),
])
def test_a_memory_about_ai_or_a_kitchen_robot_lets_the_words_be(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED not in kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "place"), [
    ("Léa a reçu sa réponse : acceptée en licence de bio à Brest ! Elle hurle dans toute la maison depuis 8h.",
     "Brest"),
    ("Ethan got into the summer robotics program at Georgia Tech. He's going in July.", "Georgia Tech"),
    ("Les enfants m'ont offert le voyage au Japon pour mes 65 ans. Départ en octobre.", "Japon"),
    ("Signed up for woodworking. Classes start in September at the Eastside campus.", "Eastside campus"),
])
def test_where_the_user_is_to_go_is_not_where_it_happened(original: str, place: str) -> None:
    assert kinds(original, place=place) & PLACE_KINDS


@pytest.mark.parametrize(("original", "place"), [
    ("Booked flights to Reykjavik tonight from my couch in Leeds, I can't believe it", "Leeds"),
    ("Signed up today for adult trumpet lessons at the Hartford Community Music School, first class September 8!",
     "Hartford Community Music School"),
])
def test_where_the_booking_was_made_stays_the_place(original: str, place: str) -> None:
    assert not kinds(original, place=place) & PLACE_KINDS


def test_a_name_after_a_time_word_is_someone() -> None:
    original = "Ce midi Théo m'a demandé de lui apprendre à conduire, moi qui ai eu le permis au troisième essai."
    assert FlagKind.PERSON_DROPPED in kinds(original, persons=())
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=("Théo",))
