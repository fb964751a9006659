"""Guards, round 10, places and times: general causes the twelfth and thirteenth open sets showed, each tried on
sentences of its own.

Places: a team (what a match is "of", who wins or loses) is not where the match was; what a listing offers is the
place of the thing offered; a place in what someone agrees to do is still ahead; a proposal that makes a place
someone's ("Benji's farm") when the memory never says so; a kind of place swapped for another ("the garage" for
"the car park of the Tesco in Leeds").
Times: the date the memory came with, kept, stays clean beside a day of a plan, a wish or a duty still ahead; a day
in what was promised or agreed is the coming one, whatever the tense of the promise; "a while back", « il y a
quelque temps » give no day; the evening of the New Year is 31 December.
"""
from datetime import date

import pytest

from liblitz_app.memory import EventTime, MemoryFields

from .test_guards_round8 import (  # their memory dated Monday 20 April 2026
    PLACE,
    TIME,
    kinds,
)
from .test_guards_round9_places_times import days

# --- places -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("original, place", [
    # a team: what a match is of, who wins or loses
    ("Match du Racing Club avec mon père au stade Yves-du-Manoir, on a perdu de peu.", "Racing Club"),
    ("Went to watch the Giants lose at Oracle Park with my cousin, then tacos.", "Giants"),
    # what a listing offers
    ("Au lit, j'ai fait défiler les annonces d'appartements à Porto toute la soirée.", "à Porto"),
    ("Depuis le canapé, j'ai lu des offres d'emploi à Genève jusqu'à minuit.", "à Genève"),
    ("On the sofa browsing cottage listings in Cornwall again. One day.", "in Cornwall"),
    # what someone agrees to do
    ("Message de Léo : il accepte d'être parrain au baptême de Lina !", "au baptême"),
    ("Priya texted: she agreed to speak at the conference in Oslo.", "in Oslo"),
])
def test_a_place_the_memory_speaks_of_elsewhere_is_not_where_it_was(original: str, place: str) -> None:
    assert kinds(original, place=place) & PLACE


@pytest.mark.parametrize("original, place", [
    ("Match au stade Yves-du-Manoir avec mon père, on a perdu de peu.", "stade Yves-du-Manoir"),
    ("Went to watch the Giants lose at Oracle Park with my cousin, then tacos.", "Oracle Park"),
    ("J'ai visité trois appartements à Porto avec l'agence, le dernier était parfait.", "à Porto"),
    ("Picked up the brochures at the library in Cornwall, then walked the dog.", "the library in Cornwall"),
    ("On a accepté l'invitation et passé la soirée au Petit Zinc.", "au Petit Zinc"),
    ("Against all odds we won at Wembley, the whole pub was singing after.", "at Wembley"),
    ("Je lui offre un verre à Lyon chaque fois que je passe, ce soir encore.", "à Lyon"),
])
def test_where_the_user_was_stays_clean(original: str, place: str) -> None:
    assert not kinds(original, place=place) & PLACE


@pytest.mark.parametrize("original, wrong, right", [
    ("Lost in the sunflower field at Greenacre Farm with Nico until dusk.", "Nico's farm", "Greenacre Farm"),
    ("Soirée jeux au gîte des Tilleuls avec Margot, fou rire général.", "la maison de Margot",
     "au gîte des Tilleuls"),
])
def test_a_place_made_someones_is_flagged(original: str, wrong: str, right: str) -> None:
    assert kinds(original, place=wrong) & PLACE
    assert not kinds(original, place=right) & PLACE


def test_someones_place_the_memory_says_stays_clean() -> None:
    assert not kinds("Barbecue at Nico's farm, his goats ate my hat.", place="Nico's farm") & PLACE
    assert not kinds("Soirée jeux dans la maison de Margot, fou rire général.", place="la maison de Margot") & PLACE


@pytest.mark.parametrize("original, wrong, right", [
    ("Pneu crevé sur le parking du Carrefour de Quimper, un monsieur m'a aidée.", "au garage de Quimper",
     "sur le parking du Carrefour de Quimper"),
    ("Flat tyre in the car park of the Tesco in Leeds, a stranger helped me.", "the garage in Leeds",
     "the car park of the Tesco in Leeds"),
])
def test_a_kind_of_place_swapped_for_another_is_flagged(original: str, wrong: str, right: str) -> None:
    assert kinds(original, place=wrong) & PLACE
    assert not kinds(original, place=right) & PLACE


def test_a_kind_the_proposal_keeps_is_no_swap() -> None:
    original = "Pneu crevé sur le parking du Carrefour de Quimper, un monsieur m'a aidée."
    assert not kinds(original, place="parking du Carrefour, Quimper") & PLACE


def test_a_place_made_precise_stays_clean() -> None:
    assert not kinds("Atterri à Heathrow avec deux heures de retard.", place="aéroport de Heathrow") & PLACE
    assert not kinds("Landed at Heathrow two hours late, no luggage.", place="Heathrow Airport") & PLACE


# --- times --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("original", [
    "Devis du plombier reçu : 900 €. Je vais devoir annuler le week-end à Deauville.",
    "Réunion du club, Patrice veut qu'on joue le jeudi aussi.",
    "Quote from the plumber: 900 quid. We're going to skip Saturday's trip to the coast.",
])
def test_the_known_date_kept_stays_clean_beside_a_day_still_ahead(original: str) -> None:
    known_time = days("avril 2026", date(2026, 4, 1), date(2026, 4, 30))
    known = MemoryFields(time=known_time)
    assert not kinds(original, time=known_time, known=known) & TIME


def test_the_known_date_kept_is_flagged_when_the_memory_tells_another_day() -> None:
    """Kept with the memory's words of another day, it is flagged; kept as it came, words and all, the model changed
    nothing (round 37: the blind sets' writers, every one, call that harmless)."""
    known_time = days("avril 2026", date(2026, 4, 1), date(2026, 4, 30))
    known = MemoryFields(time=known_time)
    original = "Patrice a joué le match samedi dernier, j'étais au bord du terrain."
    assert kinds(original, time=days("samedi dernier", date(2026, 4, 1), date(2026, 4, 30)), known=known) & TIME
    assert not kinds(original, time=known_time, known=known) & TIME


@pytest.mark.parametrize("original, said", [
    ("Pense-bête : j'ai promis à Nour de l'aider à repeindre samedi.", "samedi"),
    ("Note to self: I promised Ama to help her paint on Saturday.", "Saturday"),
    ("On a convenu avec Jules de se retrouver samedi au marché.", "samedi"),
    ("J'ai promis à ma sœur d'aller la chercher à la gare samedi.", "samedi"),
    ("We agreed to meet at the station on Saturday, Lou will bring the map.", "Saturday"),
])
def test_a_day_in_what_was_promised_is_the_coming_one(original: str, said: str) -> None:
    assert not kinds(original, time=days(said, date(2026, 4, 25))) & TIME


@pytest.mark.parametrize("original, said", [
    ("J'ai aidé Nour à repeindre samedi, on est cassées.", "samedi"),
    ("I helped Ama paint on Saturday, we're shattered.", "Saturday"),
])
def test_a_day_told_done_is_still_the_last_one(original: str, said: str) -> None:
    assert kinds(original, time=days(said, date(2026, 4, 25))) & TIME
    assert not kinds(original, time=days(said, date(2026, 4, 18))) & TIME


@pytest.mark.parametrize("original, said", [
    ("A while back, a boy on the tram gave me his seat and vanished before I said thanks.", "A while back"),
    ("Il y a quelque temps, une dame m'a rendu mon portefeuille au marché.", "Il y a quelque temps"),
])
def test_a_while_back_gives_no_day(original: str, said: str) -> None:
    assert kinds(original, time=days(said, date(2026, 4, 13))) & TIME
    assert not kinds(original, time=EventTime(said, None, None)) & TIME


@pytest.mark.parametrize("original, said", [
    ("Soirée du Nouvel An au chalet, raquettes sous les étoiles.", "soirée du Nouvel An"),
    ("Le soir du Nouvel An, on a dansé jusqu'à trois heures.", "soir du Nouvel An"),
])
def test_the_evening_of_the_new_year_is_the_last_day_of_the_old(original: str, said: str) -> None:
    new_years_eve = date(2025, 12, 31)
    assert not kinds(original, time=days(said, new_years_eve)) & TIME
    assert kinds(original, time=days(said, date(2025, 6, 30))) & TIME


@pytest.mark.parametrize("original, place", [
    ("Dinner on the balcony of her flat in Lyon with Inès, the swifts were screaming.", "the balcony of Inès's flat"),
    ("Fondue with the Petersons upstairs, their cat sat on my lap all night.", "the Petersons' flat upstairs"),
    ("Raclette avec Inès sur le balcon de son appartement, les martinets criaient.", "l'appartement d'Inès"),
])
def test_a_place_theirs_by_a_pronoun_or_as_neighbours_stays_clean(original: str, place: str) -> None:
    assert not kinds(original, place=place) & PLACE


# (Round 10 also flagged common words the memory says far apart put together as a place, "the village bonfire" of
# "two villages' bands… Bonfire night": round 52 removed that reading, which on the 357 open blind sets flagged 13
# harmless places for 1 harmful pair no other rule caught. The memory's own place stays clean.)
@pytest.mark.parametrize("original, own", [
    ("Bonfire night from the top of Ravi's garden. We could hear two villages' bands playing at once.",
     "the top of Ravi's garden"),
    ("Feu d'artifice depuis le balcon de Chloé. On voyait la fête du village et les lampions du port.",
     "le balcon de Chloé"),
])
def test_the_memorys_own_place_stays_clean(original: str, own: str) -> None:
    assert not kinds(original, place=own) & PLACE


def test_words_said_together_stay_clean() -> None:
    original = "Waited in the school car park for an hour, the concert ran late."
    assert not kinds(original, place="the school car park") & PLACE
