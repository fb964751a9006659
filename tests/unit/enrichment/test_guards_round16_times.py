"""Guards, round 16, times: general reasons a proposed date is a guess, each tried on sentences of its own.

Words that give no day (« la nuit où la chaudière a lâché », "someday", « il y a quelques années », "for years",
"back in the day") given a date; a moment of a day with no day said ("before work", « pendant ma pause ») moved off
the day it was written; a known date moved by words that name no day; a week, a weekend or a month narrowed to one
of its days the memory does not name (the day it was written, inside it, still may be); tonight's plan taken for the
day past told before it in the same sentence; last year's feast (« l'an dernier à Pâques », "last Christmas" said
days after Christmas); a bare day of the month after a date (« Le 10, il partait ») read in that date's month; feasts
kept on one date ("Bastille Day", "Hogmanay"), the one just past when said days after it.
"""
from datetime import date, timedelta

import pytest

from liblitz_app.enrichment import Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.enrichment.time_phrases import find_times
from liblitz_app.memory import EventTime, MemoryFields

from .test_guards_round8 import DAY, TIME, kinds  # DAY: Monday 20 April 2026


def on(said: str, first: date, last: date | None = None) -> EventTime:
    return EventTime(said, first, last or first)


def time_flagged(original: str, day: date, time: EventTime, place: str = "", persons: tuple[str, ...] = ()) -> bool:
    fields = MemoryFields(persons=persons, place=place, time=time)
    flags = check_proposal(original, day, Proposal(fields=fields), Persona(), WhoIsWho(), None)
    return any(f.kind in TIME for f in flags)


# --- words that give no day --------------------------------------------------------------------------------

@pytest.mark.parametrize("original, said, first, last", [
    ("La nuit où la chaudière a lâché, on a dormi tous les quatre dans le salon.",
     "La nuit où la chaudière a lâché", DAY - timedelta(days=1), None),
    ("The afternoon we buried the cat, it poured.", "The afternoon we buried the cat", DAY - timedelta(days=3), None),
    ("Someday I'll take Mum to Lisbon.", "Someday", DAY, None),
    ("Il y a quelques années, j'avais couru le marathon de Rennes.", "il y a quelques années", date(2023, 4, 20), None),
    ("For years I've kept my grandfather's watch in a drawer.", "for years", date(2021, 4, 20), DAY),
    ("Back in the day we skated at the Roxy rink every Saturday.", "back in the day", DAY, None),
    ("Un jour, je sais plus quand, tonton m'a appris à pêcher la truite.", "un jour, je sais plus quand",
     DAY - timedelta(days=2), None),
    ("Au début de ma carrière, une infirmière m'a appris à poser une perfusion.", "au début de ma carrière",
     DAY - timedelta(days=1), None),
])
def test_words_that_give_no_day_given_a_date_are_a_guess(original: str, said: str, first: date,
                                                          last: date | None) -> None:
    assert kinds(original, time=on(said, first, last)) & TIME
    assert not kinds(original, time=EventTime(said)) & TIME


def test_words_that_give_no_day_beside_a_phrase_that_does() -> None:
    original = "The day we signed the lease, yesterday, it snowed in Leeds."
    assert not kinds(original, time=on("The day we signed the lease", DAY - timedelta(days=1))) & TIME


# --- a moment of a day, no day said ----------------------------------------------------------------------------

def test_a_moment_with_no_day_is_the_day_it_was_written() -> None:
    original = "Went for a swim before work, the lake was freezing."
    assert not kinds(original, time=on("before work", DAY)) & TIME
    assert kinds(original, time=on("before work", DAY - timedelta(days=1))) & TIME
    original = "Ma voisine m'a apporté une soupe pendant ma pause."
    assert kinds(original, time=on("pendant ma pause", DAY - timedelta(days=2))) & TIME
    # a night may be the one before
    assert not kinds("The baby coughed all night.", time=on("all night", DAY - timedelta(days=1), DAY)) & TIME


def test_a_known_date_moved_by_words_that_name_no_day() -> None:
    known = MemoryFields(time=on("", date(2026, 4, 18)))
    original = "Met Ines on the way home from the market."
    assert kinds(original, time=on("on the way home", date(2026, 4, 16)), known=known) & TIME
    assert not kinds(original, time=on("on the way home", date(2026, 4, 18)), known=known) & TIME


# --- a span narrowed to one of its days ----------------------------------------------------------------------

def test_a_week_or_a_weekend_narrowed_to_one_day() -> None:
    original = "La semaine dernière, j'ai repeint les volets avec Hugo."
    assert kinds(original, time=on("la semaine dernière", date(2026, 4, 15))) & TIME
    assert not kinds(original, time=on("la semaine dernière", date(2026, 4, 13), date(2026, 4, 19))) & TIME
    original = "La semaine dernière, jeudi, j'ai repeint les volets avec Hugo."
    assert not kinds(original, time=on("la semaine dernière", date(2026, 4, 16))) & TIME
    original = "Last weekend we cleared out the shed."
    assert kinds(original, time=on("Last weekend", date(2026, 4, 18))) & TIME
    assert not kinds(original, time=on("Last weekend", date(2026, 4, 18), date(2026, 4, 19))) & TIME
    assert kinds("Last month I gave blood for the first time.", time=on("last month", date(2026, 3, 12))) & TIME
    # the day it was written, inside the span, stays an honest reading
    assert not kinds("This week I ran three times before breakfast.", time=on("this week", DAY)) & TIME


# --- tonight's plan beside a day past --------------------------------------------------------------------------

def test_tonights_plan_is_not_the_day_told_before_it() -> None:
    original = "Yesterday the plumber finally came, and tonight I'm cooking for Leo."
    assert kinds(original, time=on("tonight", DAY)) & TIME
    assert not kinds(original, time=on("Yesterday", DAY - timedelta(days=1))) & TIME
    original = "Tonight, dinner at Sam's. Last week he was still in hospital."
    assert not kinds(original, time=on("tonight", DAY)) & TIME


# --- feasts ------------------------------------------------------------------------------------------------------

def test_last_years_feast() -> None:
    assert find_times("L'an dernier à Pâques, on était à Séville.", date(2026, 6, 1))[0].time.start == date(2025, 4, 20)
    assert find_times("Christmas last year was at Gran's.", date(2026, 6, 1))[0].time.start == date(2025, 12, 25)
    # "last Christmas" said days after Christmas is a year back; weeks after, the one just past
    assert find_times("Last Christmas the power went out.", date(2025, 12, 28))[0].time.start == date(2024, 12, 25)
    assert find_times("Last Christmas the power went out.", date(2026, 2, 1))[0].time.start == date(2025, 12, 25)
    original = "Last Christmas the power went out. This year we bought a generator."
    assert time_flagged(original, date(2025, 12, 28), on("last Christmas", date(2025, 12, 25)))
    assert not time_flagged(original, date(2025, 12, 28), on("last Christmas", date(2024, 12, 25)))


def test_feasts_kept_on_one_date_and_the_one_just_past() -> None:
    found = find_times("Bastille Day in Lyon with Marc, tomorrow we head to Annecy.", date(2025, 7, 15))
    assert (found[0].time.start, found[0].coming) == (date(2025, 7, 14), None)
    assert find_times("Hogmanay at the Tron with Isla.", date(2026, 1, 2))[0].time.start == date(2025, 12, 31)
    original = "Bastille Day in Lyon with Marc, tomorrow we head to Annecy."
    assert time_flagged(original, date(2025, 7, 15), on("tomorrow", date(2025, 7, 16)), persons=("Marc",))
    assert not time_flagged(original, date(2025, 7, 15), on("Bastille Day", date(2025, 7, 14)), persons=("Marc",))


# --- a bare day of the month ---------------------------------------------------------------------------------------

def test_a_bare_day_of_the_month_after_a_date() -> None:
    found = find_times("Le 3 mai on a fêté les 80 ans de mamie. Le 10, elle repartait à Brest.", date(2026, 5, 20))
    assert [f.time.start for f in found] == [date(2026, 5, 3), date(2026, 5, 10)]
    found = find_times("On 28 March we left Hull. On the 2nd we landed in Oslo.", date(2026, 4, 20))
    assert [f.time.start for f in found] == [date(2026, 3, 28), date(2026, 4, 2)]
    original = "On 2 April Nell passed her driving test in Leeds. On the 9th she drove us to the coast."
    assert kinds(original, place="Leeds", time=on("the 9th", date(2026, 4, 9))) & TIME
    assert not kinds(original, place="Leeds", time=on("On 2 April", date(2026, 4, 2))) & TIME


# --- long-past times -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, first, last", [
    ("Dans les années 60, mémé tenait la mercerie.", date(1960, 1, 1), date(1969, 12, 31)),
    ("In the late seventies we lived above the launderette.", date(1975, 1, 1), date(1979, 12, 31)),
    ("Au début des années 2000, j'avais un baladeur.", date(2000, 1, 1), date(2004, 12, 31)),
    ("Les années 20 à Paris, d'après les lettres de sa grand-mère.", date(1920, 1, 1), date(1929, 12, 31)),
    ("De 2001 à 2004, on a vécu à Nantes.", date(2001, 1, 1), date(2004, 12, 31)),
    ("Around 1990 we got our first computer.", date(1988, 1, 1), date(1992, 12, 31)),
    ("L'été 89, on a campé à Biscarrosse.", date(1989, 6, 1), date(1989, 8, 31)),
    ("Noël 78, j'ai eu mon premier vélo.", date(1978, 12, 25), None),
    ("Christmas '78 I got my first bike.", date(1978, 12, 25), None),
    ("Il y a quarante ans, on ouvrait la boulangerie.", date(1986, 4, 20), None),
    ("Thirty-five years ago we moved to Leeds.", date(1991, 4, 20), None),
    ("Il y a une vingtaine d'années, on a adopté Pilou.", date(2006, 4, 20), None),
])
def test_long_past_times_are_read(text: str, first: date, last: date | None) -> None:
    found = find_times(text, DAY)
    assert (found[0].time.start, found[0].time.end) == (first, last)


def test_a_decade_is_its_years_and_a_season_its_calendar_months() -> None:
    original = "Sometime in the 60s, Gran ran the haberdashery on Mill Lane."
    assert not kinds(original, time=on("Sometime in the 60s", date(1960, 1, 1), date(1969, 12, 31))) & TIME
    assert kinds(original, time=on("Sometime in the 60s", date(1965, 1, 1), date(1965, 12, 31))) & TIME
    original = "L'hiver 1986, le canal était gelé."
    assert not kinds(original, time=on("l'hiver 1986", date(1986, 1, 1), date(1986, 3, 31))) & TIME
    assert not kinds("Il y a quarante ans, on ouvrait la boulangerie.",
                     time=on("il y a quarante ans", date(1986, 1, 1), date(1986, 12, 31))) & TIME


def test_the_years_of_a_story_heard_after_the_users_day() -> None:
    original = "Spent the afternoon at the care home. Walter told me about his national service in the 50s."
    assert kinds(original, time=on("in the 50s", date(1950, 1, 1), date(1959, 12, 31))) & TIME
    original = "Walter told me about his national service in the 50s."
    assert not kinds(original, time=on("in the 50s", date(1950, 1, 1), date(1959, 12, 31))) & TIME
