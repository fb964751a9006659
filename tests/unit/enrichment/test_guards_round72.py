"""Round 72 (2026-12-07), from holdout508–515 (just opened) and the older open sets, each with the case it must leave
alone:

- places: going somewhere told in the present with a date or a season in its sentence (« la chorale part à Conques
  en juin », « cet été, on retourne tous les deux à Belle-Île », « On retourne voter à Fontenay le 9 »), or a promise
  made to the user (« Il m'a promis un week-end à Étretat »), is a plan, not where the memory happened; « on est
  partis à Nice en juin » (told done), « quelque part dans le Morvan, ce printemps » (no one going) are not.
- places: in English, what someone is doing now for it, or asked of the user, with a month or a season in its sentence
  ("the council is sending me to Durham in the autumn", "they're taking the twins to Cardiff at half term", "Amy asked
  me to sing at her wedding in St Luke's in September"), is a plan; "In June we were taking the twins to Whitby" is not.
- persons: a title of the other sex before a surname the memory gives with a given name (« Mme Lecoq » for « Raymond
  Lecoq… sa femme »), or with a possessive ("Mr Ackroyd" for "Mrs Ackroyd's fanlight… her husband"), is someone the
  memory never names; « M. Lecoq » for « Raymond Lecoq » and "Mrs Ackroyd" are who it names.
- persons: a town's name by its shape (« Saint-Jean-de-Daye », « Bourg-en-Bresse », the shape person mentions already
  read as no one's) listed among the persons is no one.
- persons: a name right after a milking or a saddling (« elle a voulu traire Marguerite », "Joe milked Bluebell") is an
  animal's: no one to keep, and listed, no one; "Joe milked the cows with Sarah" keeps Sarah.
- first person: in English "him" or "her" after a preposition ("it mattered to him, and the crowd stayed for him") is a
  person; where the memory speaks of no man (of no woman) and the reflection never speaks to the user, it is the user
  told of; "sit there with him" of Dad is not. In French, « Je comprends qu'il ne sache pas encore » of a memory where
  only women are named tells the user as « il »; « Je comprends qu'il hésite » of Paul does not.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind
from tests.helpers.proposals import flag_kinds

PLACE = FlagKind.PLACE_CHANGED
INVENTED = FlagKind.PERSON_INVENTED


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("Gilles m'a appelé : la chorale part à Conques en juin, il voudrait que je vienne. J'ai dit oui.", "Conques",
     True),
    ("Hier au téléphone avec Paul on a décidé : cet été, on retourne tous les deux à Belle-Île. J'en rêve déjà.",
     "Belle-Île", True),
    ("Réunion à la mairie de Sainte-Hermine hier soir. On retourne voter à Fontenay le 9. Rien n'est joué.",
     "Fontenay", True),
    ("Ce soir Karim a fait un gratin un peu brûlé. Il m'a promis un week-end à Étretat au printemps.", "Étretat",
     True),
    ("Le 8 juin, on est partis à Nice avec les cousins. Il a plu toute la journée.", "Nice", False),
    ("Un soir de ce printemps, quelque part dans le Morvan, on a dîné dehors. Léo avait allumé des bougies.",
     "Morvan", False),
    ("Le 8 mars, on a organisé une vente de gâteaux pour l'école de Lormes. Hier, Sophie m'a envoyé les photos.",
     "école de Lormes", False),
    ("Got the letter: the council is sending me to Durham in the autumn for the training. I read it twice on the bus.",
     "Durham", True),
    ("Jo rang from work: she and Ben are taking the twins to Cardiff at half term. I'll mind the cat.", "Cardiff",
     True),
    ("Amy asked me to sing at her wedding in St Luke's in September. I said yes before she finished.", "St Luke's",
     True),
    ("In June we were taking the twins to Whitby every weekend. It rained a lot.", "Whitby", False),
])
def test_going_told_in_the_present_with_a_date_ahead(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place)) is flagged


@pytest.mark.parametrize(("original", "persons", "invented"), [
    ("Raymond Lecoq est mort dimanche. Sa femme m'a demandé de porter le cercueil.", ("Raymond Lecoq", "Mme Lecoq"),
     True),
    ("Fixed Mrs Ackroyd's gate, the one her husband reversed into in 1990.", ("Mrs Ackroyd", "Mr Ackroyd"), True),
    ("Fixed Mrs Ackroyd's gate, the one her husband reversed into in 1990.", ("Mrs Ackroyd",), False),
    ("M. et Mme Perrin sont passés prendre le café.", ("M. Perrin", "Mme Perrin"), False),
])
def test_a_title_of_the_other_sex(original: str, persons: tuple[str, ...], invented: bool) -> None:
    assert (INVENTED in flag_kinds(original, persons=persons)) is invented


@pytest.mark.parametrize(("original", "persons", "invented"), [
    ("Au repas du club, j'étais à côté de Marie Lefèvre de Saint-Jean-de-Daye.",
     ("Marie Lefèvre", "Saint-Jean-de-Daye"), True),
    ("Au repas du club, j'étais à côté de Marie Lefèvre de Bourg-en-Bresse.", ("Marie Lefèvre", "Bourg-en-Bresse"),
     True),
    ("Au repas du club, j'étais à côté de Marie Lefèvre de Saint-Jean-de-Daye.", ("Marie Lefèvre",), False),
])
def test_a_french_places_name_by_its_shape(original: str, persons: tuple[str, ...], invented: bool) -> None:
    assert (INVENTED in flag_kinds(original, persons=persons)) is invented


@pytest.mark.parametrize(("original", "persons", "flagged"), [
    ("Lou et Inès sont venues pour Pâques. Inès a voulu traire Violette, elle a eu peur.", ("Lou", "Inès"), set()),
    ("Lou et Inès sont venues pour Pâques. Inès a voulu traire Violette, elle a eu peur.",
     ("Lou", "Inès", "Violette"), {INVENTED}),
    ("Joe milked Bluebell before dawn, Helen made tea.", ("Joe", "Helen"), set()),
    ("Joe milked the cows with Sarah before dawn.", ("Joe",), {FlagKind.PERSON_DROPPED}),
])
def test_an_animal_milked_or_saddled(original: str, persons: tuple[str, ...], flagged: set[FlagKind]) -> None:
    kinds = flag_kinds(original, persons=persons) & {INVENTED, FlagKind.PERSON_DROPPED}
    assert kinds == flagged


NARRATED = FlagKind.NOT_FIRST_PERSON


@pytest.mark.parametrize(("original", "persons", "reflection", "narrated"), [
    ("Biggest crowd I've had at Covent Garden tonight, maybe fifty people in a ring. My hands shook so much I fluffed"
     " the opening, but nobody seemed to mind.", (),
     "Fifty people in a ring! I think the shaking just means it mattered to him, and the crowd clearly stayed for him,"
     " fluffed opening and all.", True),
    ("Had coffee with Dad at the market, he paid for once.", ("Dad",),
     "I love that he paid. It must have felt good to sit there with him.", False),
    ("Nadia pense qu'on devrait vendre le bateau. Moi je ne sais pas encore.", ("Nadia",),
     "Je comprends qu'il ne sache pas encore : vendre le bateau, c'est tourner une page.", True),
    ("Paul hésite à vendre la maison de sa mère.", ("Paul",),
     "Je comprends qu'il hésite : c'est la maison de son enfance. Tu peux l'aider à y voir clair.", False),
])
def test_the_user_told_as_him_or_her(original: str, persons: tuple[str, ...], reflection: str,
                                     narrated: bool) -> None:
    assert (NARRATED in flag_kinds(original, persons=persons, reflection=reflection)) is narrated
