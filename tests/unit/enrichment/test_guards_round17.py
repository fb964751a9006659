"""Guards, round 17 (tuned on holdout32–39): her voice when a woman is in the memory, and places that belong to
another time, to the one the user called, or to what the user applied for — each on sentences of its own.

Her: a reflection that never says "I" and whose "she" judges, speaking to the user ("She thinks you're allowed to
rest", « Elle pense que tu as le droit… »), or tells her words as someone's account (« Selon elle », « …, se
dit-elle », "…, she muses"), is the third person even when the memory names a woman. Places: the town of the person
the user called (« j'ai appelé Tata Awa au Mali »), where the user applied, entered or may move ("applied to three
jobs in Austin", « inscrit à l'Ironman de Vichy »), and someone's life long before (« né en 1931 à Sétif », "wounded
at Ypres in 1917").
"""
import pytest

from liblitz_app.enrichment import FlagKind
from tests.unit.enrichment.test_guards_round9_persons import kinds

THIRD = FlagKind.NOT_FIRST_PERSON
PLACE = {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}
MUM = "Ma mère a enfin accepté l'aide à domicile. Elle était épuisée."
MUM_EN = "Mum finally accepted a carer at home. She was exhausted."


@pytest.mark.parametrize("original, reflection", [
    (MUM, "Elle pense que tu as le droit de souffler, vraiment."),
    (MUM_EN, "She thinks you're allowed to rest, truly."),
    (MUM, "Selon elle, accepter de l'aide, c'est déjà du courage."),
    (MUM, "Une aide à domicile, c'est un vrai soulagement, se dit-elle."),
    (MUM_EN, "A carer is a relief for everyone, she muses."),
])
def test_her_own_judgement_told_as_a_womans_is_the_third_person(original: str, reflection: str) -> None:
    assert THIRD in kinds(original, reflection=reflection)


@pytest.mark.parametrize("original, reflection", [
    (MUM, "Elle pense sûrement à toi, même fatiguée."),
    (MUM, "Je pense qu'elle mérite ce repos, et toi aussi."),
    (MUM_EN, "She must be so relieved, and so are you."),
])
def test_a_woman_of_the_memory_stays_hers(original: str, reflection: str) -> None:
    assert THIRD not in kinds(original, reflection=reflection)


@pytest.mark.parametrize("original, place", [
    ("Ce soir j'ai appelé Tata Awa au Mali pour lui annoncer mon mariage.", "Mali"),
    ("Tonight I called Uncle Kofi in Kumasi to tell him about the job.", "Kumasi"),
    ("At the café downstairs I applied to three jobs in Austin this morning.", "Austin"),
    ("Je me suis inscrit à l'Ironman de Vichy, Léa pense que je suis fou.", "Vichy"),
    ("Maman m'a montré le livret de famille : son père est né en 1931 à Sétif.", "Sétif"),
    ("Got my great-grandfather's record from the archives: wounded at Ypres in 1917.", "Ypres"),
])
def test_a_place_of_another_time_of_the_one_called_or_applied_for_is_not_where_it_happened(original: str,
                                                                                            place: str) -> None:
    assert kinds(original, place=place) & PLACE


@pytest.mark.parametrize("original, place", [
    ("Mehdi m'a appelé pendant ma pause à Vénissieux, sa fille a eu son bac.", "Vénissieux"),
    ("Signed up for a pottery course at the community centre, Tuesdays 6-9pm.", "the community centre"),
    ("Spent the morning at the Bodleian tracking down a 1974 report.", "the Bodleian"),
    ("Premier jour de stage à l'hôpital Édouard-Herriot, épuisée mais fière.", "hôpital Édouard-Herriot"),
])
def test_where_the_user_was_stays_clean(original: str, place: str) -> None:
    assert not kinds(original, place=place) & PLACE
