"""Guards, round 14, places and times: general causes the twenty-second and twenty-third blind sets showed (and the
eighteenth to twenty-first), each tried on sentences of its own.

Times: "the weekend before last", "last nite"/"tonite", "in '09" are read; Thanksgiving may be Canada's (October's
second Monday) as well as America's; a weekday the user asks to be reminded of is the coming one only; an event
named for a weekday after a past call (« m'a appelé pour le tournoi samedi ») may be the coming one; a yes to a plan
is not another deed; the memory's words a known date was resolved from are not read again from another day, and a
known time with no day, kept word for word, stays clean; the memory's phrase spelt out ("last night" for "last nite")
is its phrase; a name before a participle is its subject ("Old Tom died this morning"); "Wrote my speech" reports
nothing.
Places: a quote closed by a plain mark is closed; « installé une balançoire » is a thing put, not someone settling;
the user joined someone where the memory puts them, did something to one who was there, sat or was stuck there:
the user's place too; a place named only in someone else's clause, beside a clause saying where the user was, is
not where it happened; a photo's, a wish's, a team's place, what is arranged or looked up there, another town for
the memory's venue are flagged; a hill by its own kind ("Carnethy Hill") and a hyphen-joined name are the memory's.
"""
from datetime import date

import pytest

from liblitz_app.enrichment.time_phrases import find_times
from liblitz_app.memory import EventTime, MemoryFields

from .test_guards_round8 import DAY, PLACE, TIME, kinds  # DAY: Monday 20 April 2026


def on(said: str, first: date, last: date | None = None) -> EventTime:
    return EventTime(said, first, last or first)


# --- times -----------------------------------------------------------------------------------------------

def test_the_weekend_before_last_is_the_one_before_last_weekend() -> None:
    original = "Weekend before last we moved Gran into her new flat."
    assert not kinds(original, time=on("Weekend before last", date(2026, 4, 11), date(2026, 4, 12))) & TIME
    assert kinds(original, time=on("Weekend before last", date(2026, 4, 18), date(2026, 4, 19))) & TIME
    fr = find_times("L'avant-dernier week-end, on a repeint la cuisine.", DAY)
    assert (fr[0].time.start, fr[0].time.end) == (date(2026, 4, 11), date(2026, 4, 12))


def test_texting_spellings_and_a_short_year_are_read() -> None:
    assert not kinds("last nite karaoke w the team, lost my voice", time=on("last night", date(2026, 4, 19))) & TIME
    assert kinds("last nite karaoke w the team, lost my voice", time=on("last night", date(2026, 4, 12))) & TIME
    original = "That summer in '98 we camped on the dunes every night."
    assert not kinds(original, time=on("in '98", date(1998, 1, 1), date(1998, 12, 31))) & TIME
    assert kinds(original, time=on("in '98", date(2008, 1, 1), date(2008, 12, 31))) & TIME


def test_thanksgiving_may_be_canadas() -> None:
    found = find_times("Thanksgiving dinner at my aunt's, way too much pie.", date(2025, 10, 16))
    assert found[0].time.start == date(2025, 10, 13)
    found = find_times("Thanksgiving dinner at my aunt's, way too much pie.", date(2025, 12, 2))
    assert found[0].time.start == date(2025, 11, 27)


def test_a_weekday_to_be_reminded_of_is_the_coming_one() -> None:
    original = "Remind me Noor has her piano recital Thursday at six."
    assert not kinds(original, time=on("Thursday", date(2026, 4, 23))) & TIME
    assert kinds(original, time=on("Thursday", date(2026, 4, 16))) & TIME


def test_an_event_named_for_a_weekday_after_a_past_call_may_be_to_come() -> None:
    original = "Karim m'a appelé pour le tournoi du club samedi, j'ai dit oui."
    assert not kinds(original, time=on("samedi", date(2026, 4, 25))) & TIME


def test_the_known_words_read_on_the_known_day_stay_clean() -> None:
    known = MemoryFields(time=on("hier", DAY))
    original = "Le voisin m'a dit hier que la rivière avait débordé."
    assert not kinds(original, time=on("hier", DAY), known=known) & TIME


@pytest.mark.parametrize("original, time", [
    ("Old Tom Harker died this morning. Funeral Friday in the village.", on("this morning", DAY)),
    ("Booked the train to Rome for the wedding in June. Wrote my speech at the library tonight.", on("tonight", DAY)),
])
def test_the_days_event_beside_another_stays_clean(original: str, time: EventTime) -> None:
    assert not kinds(original, time=time) & TIME


# --- places ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("original, place", [
    ("Text from Jo: 'Got the job!!' I read it on the bench at Clifton.", "the bench at Clifton"),
    ("Papa a installé une balançoire au fond du jardin, les petits ont adoré.", "au fond du jardin"),
    ("Mamie est à la clinique de Quimper depuis lundi. Je suis allée la voir avec des fleurs.",
     "clinique de Quimper"),
    ("Comforted a little boy who was lost in the shopping centre.", "the shopping centre"),
    ("train to york cancelled, sat at doncaster for two hours with cold tea", "Doncaster"),
    ("Nadia m'a emmenée à Vannes, on a mangé sur le port.", "Vannes"),
])
def test_where_the_user_was_too_stays_clean(original: str, place: str) -> None:
    assert not kinds(original, place=place) & PLACE


@pytest.mark.parametrize("original, place, users", [
    ("Leila's brother got married in Casablanca. I sat in my kitchen and cried.", "Casablanca",
     "my kitchen"),
    ("Hugo keeps sending me flats for rent in Bordeaux. Ce soir j'ai épluché les annonces au salon.", "Bordeaux",
     "au salon"),
])
def test_a_place_only_in_someone_elses_clause_beside_the_users_is_flagged(original: str, place: str,
                                                                           users: str) -> None:
    assert kinds(original, place=place) & PLACE
    assert not kinds(original, place=users) & PLACE


def test_where_the_user_waited_inside_the_place_someone_else_is_stays_clean() -> None:
    original = "Papi a été opéré à la clinique des Lilas. Maman et moi on a attendu dans la salle d'attente."
    assert not kinds(original, place="clinique des Lilas") & PLACE


@pytest.mark.parametrize("original, place", [
    ("Applied for a nursing post in Dundee. Spent the night at home watching telly.", "Dundee"),
    ("On a réservé le voyage à Séville pour les vacances, j'ai déjà hâte.", "Séville"),
    ("J'ai demandé à l'enceinte la météo à Biarritz, elle a répondu en espagnol.", "Biarritz"),
])
def test_a_place_arranged_applied_for_or_looked_up_is_flagged(original: str, place: str) -> None:
    assert kinds(original, place=place) & PLACE


def test_a_job_the_user_got_keeps_its_town() -> None:
    assert not kinds("Got the job in Bristol! Celebrated with cake and cheap fizz.", place="Bristol") & PLACE


@pytest.mark.parametrize("original, place", [
    ("Rangé le grenier, retrouvé une photo de moi devant la cathédrale de Chartres.", "cathédrale de Chartres"),
    ("Dreaming of Lofoten again. Instead it's the night bus in the rain.", "Lofoten"),
    ("Watched a Celtic game at Parkhead with Dad, freezing.", "Celtic"),
    ("Spectacle à l'Olympia de Bruxelles avec Inès, on a dansé.", "l'Olympia de Paris"),
    ("First frost on the Pentland Hills, walked up to Carnethy to look.", "Castle Hill"),
])
def test_a_photos_a_wishs_a_teams_or_another_towns_place_is_flagged(original: str, place: str) -> None:
    assert kinds(original, place=place) & PLACE


@pytest.mark.parametrize("original, place", [
    ("Watched a Celtic game at Parkhead with Dad, freezing.", "Parkhead"),
    ("First frost on the Pentland Hills, walked up to Carnethy to look.", "Carnethy Hill, Pentland Hills"),
])
def test_the_ground_and_a_height_by_its_kind_stay_clean(original: str, place: str) -> None:
    assert not kinds(original, place=place) & PLACE


def test_the_time_a_row_came_with_kept_word_for_word_stays_clean() -> None:
    summer = EventTime("été 2011")
    original = "Photo importée : nous deux devant le phare, il ventait fort."
    assert not kinds(original, time=summer, known=MemoryFields(time=summer)) & TIME


def test_a_name_joined_by_a_hyphen_is_the_memorys() -> None:
    original = "raté le bus, bloquée a gare saint jean jusqua 20h, la loose"
    assert not kinds(original, place="gare Saint-Jean") & PLACE
