"""Round 48 (2026-12-04), from holdout316–323 (just opened) and the older open sets, each with the case it must leave
alone:

- the titles a screening or a bill names ("We screened Harold and Maude", « on a projeté Cléo de 5 à 7 », « Premier
  film : Thelma et Louise », « soirée Pagnol : Marius, Fanny et César »): no one to keep, the "and" between them
  joining titles, and invented when listed (not the children named after « Séance photo … : », nor "Screened the
  film with Tom and Léa");
- a full name in a sentence about a book, a chapter, a sculpture or a painting, or just after one (« J'ai lu trois
  chapitres. Pierre Servettaz me rappelle mon père », "agreed Henry Moore would have been a terrible pupil" at a
  sculpture park): a work's author or character (not one the user met, "Met Ann Patchett at Parnassus Books"; one
  someone else met, "she'd once met Julie Andrews", is still a star; a title says someone: « Frau Yilmaz »);
- a place on a screen: « on regardait Roland-Garros sur la télé commune », "The telly in the bay had the Chelsea
  Flower Show on" (not where the user was: « à l'hôpital Saint-Jacques », "the bay at Southmead"; nor a screen
  watched somewhere, "watched the final at Tom's on TV");
- a venue said by its name alone after "in the", "at the" is where the memory happened, when no place word says it
  ("Dress rehearsal tonight in the Corn Exchange. Afterwards half the orchestra went to the Wheatsheaf": the pub
  is after it, not the memory's place);
- a name given to a thing or an animal ("It's named Kimchi", "the orange is now called Kevin"), listed among the
  persons: invented (not "named after Gran", "my cousin is called Jo", nor "it called Mo instead", a phone's call);
- a day named after someone ("Martin Luther King Day", "Bastille Day"): no one to keep (not "Lunch with Sam Day").

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


PLACE = FlagKind.PLACE_CHANGED


@pytest.mark.parametrize(("original", "place"), [
    ("Perfusion ce matin à l'hôpital Saint-Jacques ; on regardait Roland-Garros sur la télé commune.", "Roland-Garros"),
    ("Infusion day at Southmead. The telly in the bay had the Chelsea Flower Show on all afternoon.",
     "Chelsea Flower Show"),
    ("Waiting room at the vet. The TV was showing the Grand National, nobody looked at it.", "the Grand National"),
])
def test_a_place_on_a_screen_is_not_where_the_user_was(original: str, place: str) -> None:
    assert PLACE in flag_kinds(original, place=place)


@pytest.mark.parametrize(("original", "place"), [
    ("Perfusion ce matin à l'hôpital Saint-Jacques ; on regardait Roland-Garros sur la télé commune.",
     "hôpital Saint-Jacques"),
    ("Infusion day at Southmead. The telly in the bay had the Chelsea Flower Show on all afternoon.", "Southmead"),
    ("Watched the final at Tom's on TV, the whole street was cheering.", "Tom's"),
])
def test_where_the_screen_was_is_still_the_place(original: str, place: str) -> None:
    assert PLACE not in flag_kinds(original, place=place)


INVENTED = FlagKind.PERSON_INVENTED


@pytest.mark.parametrize(("original", "persons"), [
    ("We screened Harold and Maude for the film club on Friday. Nadia led the talk.", ["Nadia", "Maude"]),
    ("Arrivés à La Rochelle avec Romain. Premier film : Thelma et Louise, en plein air.", ["Romain", "Louise"]),
])
def test_a_work_listed_as_someone_is_invented(original: str, persons: list[str]) -> None:
    assert INVENTED in flag_kinds(original, persons=persons)


@pytest.mark.parametrize(("original", "persons"), [
    ("Screened the film with Tom and Léa, then we argued about the ending.", ["Tom", "Léa"]),
    ("Met Ann Patchett at the bookshop last night. Went with Tomás, he bought three of her novels.",
     ["Ann Patchett", "Tomás"]),
    ("Spent Saturday at the records office in Galway and found Bridget Fahy's 1868 baptism entry!", ["Bridget Fahy"]),
])
def test_someone_beside_a_work_listed_is_not_invented(original: str, persons: list[str]) -> None:
    assert INVENTED not in flag_kinds(original, persons=persons)


@pytest.mark.parametrize(("original", "place"), [
    ("Dress rehearsal tonight in the Corn Exchange. Afterwards half the orchestra went to the Wheatsheaf.",
     "the Wheatsheaf"),
    ("Quiz night at the Red Lion with Priya. Afterwards we walked to the Crown for last orders.", "the Crown"),
])
def test_a_place_after_a_named_venue_is_another_moment(original: str, place: str) -> None:
    assert PLACE in flag_kinds(original, place=place)


@pytest.mark.parametrize(("original", "place"), [
    ("Dress rehearsal tonight in the Corn Exchange. Afterwards half the orchestra went to the Wheatsheaf.",
     "the Corn Exchange"),
    ("Lunch in the Lake District with Mum, then a long drive home.", "the Lake District"),
])
def test_the_named_venue_itself_is_the_place(original: str, place: str) -> None:
    assert PLACE not in flag_kinds(original, place=place)


@pytest.mark.parametrize(("original", "persons"), [
    ("Tom bought a goldfish for Min-jun. It's named Kimchi and it already outlived our plant.", ["Tom", "Kimchi"]),
    ("He practises the injection on an orange first, and the orange is now called Kevin.", ["Kevin"]),
])
def test_a_name_given_to_a_thing_listed_is_invented(original: str, persons: list[str]) -> None:
    assert INVENTED in flag_kinds(original, persons=persons)


@pytest.mark.parametrize(("original", "persons"), [
    ("My cousin is called Jo and she came to the party with Sam.", ["Jo", "Sam"]),
    ("The baby is named after Gran, who cried when she heard.", ["Gran"]),
    ("I asked my phone to call Mum and it called Mo instead. Mo was very confused.", ["Mo"]),
])
def test_someone_called_by_a_name_is_not_invented(original: str, persons: list[str]) -> None:
    assert INVENTED not in flag_kinds(original, persons=persons)


def test_a_day_named_after_someone_is_no_one() -> None:
    original = "Martin Luther King Day, the roads were empty. Drove Mr. Okafor home from his shift."
    assert DROPPED not in flag_kinds(original, persons=["Mr. Okafor"])
    assert DROPPED in flag_kinds("Lunch with Sam Day and Priya at the canteen.", persons=["Priya"])
