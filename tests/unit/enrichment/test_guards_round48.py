"""Round 48 (2026-12-04), from holdout316–323 (just opened) and the older open sets, each with the case it must leave
alone:

- the titles a screening or a bill names ("We screened Harold and Maude", « on a projeté Cléo de 5 à 7 », « Premier
  film : Thelma et Louise », « soirée Pagnol : Marius, Fanny et César »): no one to keep, the "and" between them
  joining titles (not the children named after « Séance photo … : », nor "Screened the film with Tom and Léa");
- a full name in a sentence about a book, a chapter, a sculpture or a painting, or just after one (« J'ai lu trois
  chapitres. Pierre Servettaz me rappelle mon père », "agreed Henry Moore would have been a terrible pupil" at a
  sculpture park): a work's author or character (not one the user met, "Met Ann Patchett at Parnassus Books"; one
  someone else met, "she'd once met Julie Andrews", is still a star; a title says someone: « Frau Yilmaz »);

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind
from tests.helpers.proposals import flag_kinds

DROPPED = FlagKind.PERSON_DROPPED


@pytest.mark.parametrize(("original", "persons"), [
    ("We screened Harold and Maude for the film club on Friday. Nadia led the talk.", ["Nadia"]),
    ("Dimanche, on a projeté Cléo de 5 à 7 au ciné du village, débat animé par Inès.", ["Inès"]),
    ("Arrivés au festival avec Romain. Premier film : Thelma et Louise, en plein air.", ["Romain"]),
    ("Hier soir, soirée Marcel Pagnol pour l'anniversaire de Jo : Marius, Fanny et César à la suite.", ["Jo"]),
    ("Screening Paris, Texas at the Lantern tonight with Dev on the projector.", ["Dev"]),
])
def test_titles_a_screening_names_are_no_one(original: str, persons: list[str]) -> None:
    assert DROPPED not in flag_kinds(original, persons=persons)


@pytest.mark.parametrize(("original", "persons"), [
    ("Séance photo chez maman avec les petits-enfants : Zoé, Malo et Anaïs.", ["maman"]),
    ("Screened the film with Tom and Léa, then we argued about the ending.", ["Tom"]),
    ("Dîner chez nous : Léa et Tom sont venus avec le dessert.", ["Léa"]),
])
def test_people_beside_a_screening_are_still_dropped(original: str, persons: list[str]) -> None:
    assert DROPPED in flag_kinds(original, persons=persons)


@pytest.mark.parametrize(("original", "persons"), [
    ("Maë m'a prêté son livre. J'ai lu trois chapitres hier soir. Pierre Servettaz me rappelle mon père.", ["Maë"]),
    ("Day at the sculpture park with Jean. We agreed Henry Moore would have been a terrible pupil.", ["Jean"]),
    ("Watched The Sound of Music with Nana on Sunday. She told me she'd once met Julie Andrews in Weston.", ["Nana"]),
])
def test_a_full_name_beside_a_book_or_a_sculpture_is_a_works(original: str, persons: list[str]) -> None:
    assert DROPPED not in flag_kinds(original, persons=persons)


@pytest.mark.parametrize(("original", "persons"), [
    ("Met Ann Patchett at the bookshop last night. Went with Tomás, he bought three of her novels.", ["Tomás"]),
    ("La bibliothécaire, Frau Yilmaz, m'a gardé le seul livre en français de la section.", []),
])
def test_someone_met_beside_a_book_is_still_dropped(original: str, persons: list[str]) -> None:
    assert DROPPED in flag_kinds(original, persons=persons)
