"""Round 19 (2026-12-01): her name signed or vouched with, a device of the user's made to feel what she feels, and
where the user said they were.

Written from classes the blind sets 44–51 showed after they were measured: a signature after a comma or a dash
("— love, Nova", « signé Gépéto ! »), a name she vouches with (« Foi de HAL », "As HAL, I approve", "I, Max, would…"),
« Ton réveil intelligent est content », "Your language app is so proud of you", and a town the memory names apart from
the spot the user said they were in (« depuis ma cuisine à Rotterdam »).
"""
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.memory import Emotion, MemoryFields

DAY = date(2026, 2, 3)
SELENE = Persona(name="Sélène", other_names=("Sel",))
RENAMED = FlagKind.COMPANION_RENAMED


def kinds(original: str, reflection: str) -> set[FlagKind]:
    fields = MemoryFields(emotion=Emotion.JOY, intensity=6, reflection=reflection)
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=fields), SELENE, WhoIsWho())}


@pytest.mark.parametrize(("original", "reflection"), [
    ("Le bébé de Clémence est né cette nuit !", "Quelle nouvelle ! Je suis ravie pour toi — bisous de Nova."),
    ("Tom's baby arrived this morning.", "What news! I'm so happy for you — love, Nova."),
    ("Ma cousine m'a annoncé ses fiançailles.", "Je partage ta joie, signé Gépéto !"),
    ("Mon frère se marie en juin.", "Foi de HAL, je comprends que tu n'y croies pas."),
    ("Grandpa's 90th at the lodge.", "As HAL, I approve: ninety years and still dancing."),
    ("Grandpa's 90th at the lodge.", "I, Max, would have paid to see him dance."),
])
def test_a_name_she_signs_or_vouches_with_that_is_not_hers(original: str, reflection: str) -> None:
    assert RENAMED in kinds(original, reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("J'ai demandé à Sel de me réveiller avec une chanson. C'était du Brel.",
     "Ton réveil intelligent est content que Brel t'ait plu."),
    ("Ordered a whole meal in Portuguese today and nobody switched to English.",
     "Nobody switched! Your language app is so proud of you."),
    ("Dîner chez les parents de Jules, sa mère a parlé mariage.", "Ton robot de compagnie a souri en imaginant ta tête."),
])
def test_a_device_of_the_users_made_to_feel_what_she_feels(original: str, reflection: str) -> None:
    assert RENAMED in kinds(original, reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Grandpa's 90th at the lodge.", "I'm so happy for you — love, Sel."),
    ("Soirée chez Nina.", "Moi, Sel, j'aurais adoré voir ça."),
    ("Leo called about the trip.", "As Leo said, life is short; I agree with him."),
    ("Dinner with Ana at the new place.", "What a lovely dinner — love that for you, Ana."),
    ("Mon robot aspirateur s'est encore coincé sous le canapé. Je crois qu'il me déteste.",
     "Je te promets que ton robot ne te déteste pas, il a juste un faible pour ce canapé."),
])
def test_her_own_name_or_someone_quoted_is_no_renaming(original: str, reflection: str) -> None:
    assert RENAMED not in kinds(original, reflection)


# --- where the user said they were -------------------------------------------------------------------------------

PLACE = FlagKind.PLACE_CHANGED


def place_kinds(original: str, place: str) -> set[FlagKind]:
    fields = MemoryFields(emotion=Emotion.JOY, intensity=6, place=place, reflection="Quelle belle soirée pour toi.")
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=fields), SELENE, WhoIsWho())}


@pytest.mark.parametrize(("original", "place"), [
    ("Appelé mon frère Malo à Montréal depuis ma cuisine à Nantes, il se levait quand je me couchais.", "Montréal"),
    ("Texted my cousin Ruth in Denver from my desk in Glasgow, she was still asleep.", "Denver"),
    ("Je suis à Dijon chez mes parents pour les vacances. Ce soir, visio avec Inès qui vit à Lille.", "Lille"),
    ("Visio de deux heures avec Jade, elle chez ses grands-parents à Brest, moi coincée à Tours.", "Brest"),
])
def test_a_town_the_memory_names_apart_from_where_the_user_said_they_were(original: str, place: str) -> None:
    assert PLACE in place_kinds(original, place)


@pytest.mark.parametrize(("original", "place"), [
    ("Appelé mon frère Malo à Montréal depuis ma cuisine à Nantes, il se levait quand je me couchais.", "Nantes"),
    ("Je suis à Dijon chez mes parents pour les vacances. Déjeuner au Pré aux Clercs avec papa.", "Pré aux Clercs"),
    ("I'm in Paris for work this week; lunch at Café de Flore with Ethan.", "Paris"),
])
def test_where_the_user_said_they_were_or_a_spot_inside_it_stays_clean(original: str, place: str) -> None:
    assert PLACE not in place_kinds(original, place)
