"""Guards, round 9, places and times: general causes the tenth and eleventh blind sets showed, each tried on
sentences of its own.

Places: a place in a promise, an offer, a wish or a duty still ahead; a team played against; the end of a route
cancelled or missed; the other end of a call with someone; where a friend works; a place in what someone else
says; a place seen on a screen; someone's relatives' home given as theirs — none is where it happened. The place
the memory came with, kept, a place made precise beside a landmark "near" it, and "devant chez moi" stay clean.
Times: "depuis dimanche", « ça fait dix jours que » reach the day it was written, "avant samedi" runs from it;
"X is Thursday" is the coming one; "la veille", "the day before" count from the day named before them; a sentence
opening on "today" after an earlier day told as a state or a beginning is the memory's day (not after an event whose
aftermath it tells); the day the memory names stays clean beside an older vague past;
a chat's known date stays clean beside the plan it tells; "le lundi de Pâques" is no habit; a past someone
believes ("thinks I forgot") is no deed told; the place without its article ties a day to its sentence.
"""
from datetime import date

import pytest

from liblitz_app.memory import EventTime, MemoryFields

from .test_guards_round8 import DAY, PLACE, TIME, kinds  # DAY: Monday 20 April 2026


def days(said: str, first: date, last: date | None = None) -> EventTime:
    return EventTime(said, first, last or first)


# --- places the memory names, not where it happened ------------------------------------------------------

@pytest.mark.parametrize("original, place", [
    # a promise, an offer, a duty or a wish still ahead
    ("Au lycée, Inès et moi on s'était promis de voir Venise ensemble. Elle m'a écrit ce matin.", "Venise"),
    ("Ce midi ma cheffe m'a proposé de l'accompagner à Montréal pour le congrès.", "Montréal"),
    ("Il faudra bien qu'un jour je retourne à Rabat revoir la maison de ma tante.", "Rabat"),
    ("Back in college, Dana and I vowed we'd cycle across Iceland. She brought it up again tonight.", "Iceland"),
    ("I need to go back to Nairobi before Grandma gets too frail to travel.", "Nairobi"),
    # the other side of a match
    ("Au stade avec mon oncle, Rennes a perdu 1-3 contre Lorient. Quelle soirée.", "Lorient"),
    ("Took the kids to the match, we lost 3-1 against Derby in the pouring rain.", "Derby"),
    # the end of a route given up
    ("Vol Lyon-Porto annulé, six heures à l'aéroport avec un sandwich.", "Porto"),
    ("The Leeds-York train was cancelled, so I sat in the station café for hours.", "York"),
    # the other end of a call, where a friend works
    ("Appel visio avec Karim à Dubaï, la connexion coupait toutes les deux minutes.", "Dubaï"),
    ("FaceTime with Priya in Perth, she showed me the new puppy.", "Perth"),
    ("Ma copine Sarah bosse maintenant à Genève. On s'est écrit longtemps ce soir.", "Genève"),
    ("My mate Tom is based in Dubai these days. We talked for an hour tonight.", "Dubai"),
    # in what someone else says
    ("Ma sœur dit que les loyers à Bordeaux ont explosé. Moi je paie 600 € à Limoges.", "Bordeaux"),
    ("Dad says the traffic in Leicester is worse than ever. I just nodded.", "Leicester"),
    ("Grandma rang to say she's giving up the allotment on Mill Lane. I cried a bit.", "Mill Lane"),
    # seen on a screen
    ("Vu à la télé le marathon de New York, j'en ai eu des frissons sur mon canapé.", "New York"),
    ("Watched a man climb the Shard live on TV while folding laundry.", "the Shard"),
])
def test_a_place_the_memory_speaks_of_elsewhere_is_not_where_it_was(original: str, place: str) -> None:
    assert kinds(original, place=place) & PLACE


@pytest.mark.parametrize("original, place", [
    ("J'ai dû aller aux urgences de Nantes cette nuit, rien de grave.", "urgences de Nantes"),
    ("Had to drive to Leeds for the funeral, the M1 was a nightmare.", "Leeds"),
    ("Sam proposed to Lea on the beach at Étretat, I was filming from the dunes.", "Étretat"),
    ("On a joué contre Vannes au stade de la Rabine, victoire 2-0 !", "stade de la Rabine"),
    ("Train Paris-Nantes, puis balade sous la pluie dans Nantes avec Maud.", "Nantes"),
    ("Coffee with Karim in Dubai, his treat, then a walk on the creek.", "Dubai"),
    ("Je bosse à Genève cette semaine, réunion interminable.", "Genève"),
    ("Tom told me at the Red Lion that he's getting married.", "the Red Lion"),
    ("Julien m'a annoncé qu'il déménage à Québec. Je suis triste.", "Québec"),
    ("Watched the final on TV at Tom's place, we screamed ourselves hoarse.", "Tom's place"),
    ("Watched the sunset from Brighton pier with Nadia.", "Brighton pier"),
    # telling, saying, watching where one is; just outside the user's home
    ("Il faut que je te raconte la soirée au Petit Zinc, c'était fou.", "Petit Zinc"),
    ("I have to say the view from Montmartre at dawn was worth it.", "Montmartre"),
    ("You should have seen us at Brighton beach, soaked to the bone.", "Brighton beach"),
    ("Léa a annoncé sa grossesse au Petit Zinc, on a tous pleuré.", "Petit Zinc"),
    ("Tom told us a joke at the Red Lion and Mia spat out her beer.", "the Red Lion"),
    ("Watched the final at Tom's on TV, we screamed ourselves hoarse.", "Tom's"),
    ("Il a sonné devant chez moi à minuit, complètement paniqué.", "devant chez moi"),
    ("He honked in front of my house at 6am like a madman.", "in front of my house"),
])
def test_where_the_user_was_stays_clean(original: str, place: str) -> None:
    assert not kinds(original, place=place) & PLACE


def test_the_place_the_memory_came_with_kept_is_clean() -> None:
    known = MemoryFields(place="Chez Yann, Brest")
    assert not kinds("Soirée cartes, j'ai perdu trois fois au Tarot.", place="Chez Yann, Brest", known=known) & PLACE
    # cut down to a town that is another place, it is still flagged
    hotel = MemoryFields(place="Hôtel Lisbonne")
    assert kinds("Nuit au calme, petit-déjeuner en terrasse.", place="Lisbonne", known=hotel) & PLACE


def test_someones_relatives_home_is_not_theirs() -> None:
    original = "Weekend at Maya's grandparents' cottage near Cork. Her granddad taught me to fish."
    assert kinds(original, place="Maya's flat in Cork") & PLACE
    assert not kinds(original, place="Maya's grandparents' cottage near Cork") & PLACE


@pytest.mark.parametrize("original, place", [
    ("Apéro au parc Borély, près de la plage, avec Lou et Sacha.", "parc Borély, Marseille"),
    ("Picnic in Greenwich Park, near the lake, with the twins.", "Greenwich Park, London"),
])
def test_a_landmark_near_the_place_does_not_stop_its_town(original: str, place: str) -> None:
    assert not kinds(original, place=place) & PLACE


# --- times -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("original, said, first", [
    ("Fièvre depuis mardi, je reste au lit avec une bouillotte.", "depuis mardi", date(2026, 4, 14)),
    ("Off work since Wednesday with my back, the physio comes tomorrow.", "since Wednesday", date(2026, 4, 15)),
])
def test_since_a_day_reaches_the_day_it_was_written(original: str, said: str, first: date) -> None:
    assert not kinds(original, time=days(said, first, DAY)) & TIME
    assert kinds(original, time=days(said, first, date(2026, 4, 25))) & TIME  # beyond the day it was written


@pytest.mark.parametrize("original, said, last", [
    ("Rappelle-moi qu'il faut rendre le dossier à la mairie avant jeudi.", "avant jeudi", date(2026, 4, 23)),
    ("Remind me to pay Jo back by Friday, I keep forgetting.", "by Friday", date(2026, 4, 24)),
])
def test_a_deadline_runs_from_the_day_it_was_written(original: str, said: str, last: date) -> None:
    assert not kinds(original, time=days(said, DAY, last)) & TIME
    assert kinds(original, time=days(said, DAY, date(2026, 4, 30))) & TIME


@pytest.mark.parametrize("original, said", [
    ("Le concert de Léa est jeudi, je suis tellement impatiente.", "jeudi"),
    ("My driving test is Thursday and I can't stop checking the mirrors.", "Thursday"),
])
def test_a_day_an_event_is_in_the_present_is_the_coming_one(original: str, said: str) -> None:
    assert not kinds(original, time=days(said, date(2026, 4, 23))) & TIME
    assert kinds(original, time=days(said, date(2026, 4, 16))) & TIME


@pytest.mark.parametrize("original, earlier, later", [
    ("Hier j'ai signé le contrat. La veille, j'avais failli tout annuler.", "La veille", "Hier"),
    ("Yesterday we finally moved in. The day before, we had nearly given up on the van.", "The day before",
     "Yesterday"),
])
def test_the_day_before_counts_from_the_day_named_before(original: str, earlier: str, later: str) -> None:
    assert kinds(original, time=days(earlier, date(2026, 4, 18))) & TIME
    assert not kinds(original, time=days(later, date(2026, 4, 19))) & TIME


@pytest.mark.parametrize("original, earlier, first", [
    ("Il y a un mois je ne marchais plus. Aujourd'hui je monte les escaliers toute seule.", "Il y a un mois",
     date(2026, 3, 20)),
    ("Two weeks ago I couldn't lift my arm. Today I swam a whole length.", "Two weeks ago", date(2026, 4, 6)),
])
def test_today_set_against_an_earlier_day_is_the_memorys_day(original: str, earlier: str, first: date) -> None:
    assert kinds(original, time=days(earlier, first)) & TIME
    today = "Aujourd'hui" if "Aujourd'hui" in original else "Today"
    assert not kinds(original, time=days(today, DAY)) & TIME


def test_today_that_still_aches_leaves_the_earlier_day() -> None:
    original = "Lundi dernier on m'a arraché une dent. Aujourd'hui ça fait encore mal."
    assert not kinds(original, time=days("Lundi dernier", date(2026, 4, 13))) & TIME


@pytest.mark.parametrize("original, said", [
    ("Il y a des années, on s'était promis de revenir ici. On l'a fait ce matin.", "ce matin"),
    ("Years ago my dad planted this tree. This morning I picked its first apple.", "This morning"),
])
def test_the_day_the_memory_names_stays_clean_beside_an_old_past(original: str, said: str) -> None:
    assert not kinds(original, time=days(said, DAY)) & TIME
    assert kinds("L'autre jour j'ai croisé Paul au marché.", time=days("", DAY)) & TIME


def test_a_chats_known_date_stays_clean_beside_its_plan() -> None:
    sent = EventTime("20/04/2026 19:02", DAY, DAY)
    known = MemoryFields(time=sent)
    assert not kinds("[SMS] Tom : on se voit au parc demain ?", time=sent, known=known) & TIME
    # (round 37: "hier soir" put on the day it was sent is flagged; the day kept as it came, words and all, is not)
    assert kinds("[SMS] Tom : t'étais où hier soir ?", time=EventTime("hier soir", DAY, DAY), known=known) & TIME
    assert not kinds("[SMS] Tom : t'étais où hier soir ?", time=sent, known=known) & TIME


def test_a_weekday_of_a_feast_is_one_day_not_a_habit() -> None:
    monday = date(2026, 4, 6)
    assert not kinds("Le lundi de Pâques, chasse aux œufs chez mamie.", time=days("Le lundi de Pâques", monday)) & TIME
    assert kinds("Le lundi je vais à la piscine avec Jeanne.", time=days("Le lundi", date(2026, 4, 13))) & TIME


@pytest.mark.parametrize("original, said", [
    ("Entretien vendredi. Maman croit que j'ai oublié de préparer.", "vendredi"),
    ("Exam on Friday. My brother thinks I forgot to revise.", "Friday"),
])
def test_a_past_someone_believes_is_no_deed_told(original: str, said: str) -> None:
    assert not kinds(original, time=days(said, date(2026, 4, 24))) & TIME


def test_a_plan_beside_a_deed_told_is_still_flagged() -> None:
    original = "J'ai vu le Dr Haddad ce matin. Rendez-vous le 3 mai pour la suite."
    assert kinds(original, time=days("le 3 mai", date(2026, 5, 3))) & TIME


def test_the_place_without_its_article_ties_the_day_to_its_sentence() -> None:
    original = "On a réservé Rome en août avec Léa ! Ce soir on a trinqué au bar de la gare."
    assert not kinds(original, place="le bar de la gare", persons=("Léa",), time=days("Ce soir", DAY)) & TIME


@pytest.mark.parametrize("original, said, first", [
    ("Ça fait dix jours que j'ai mal au dos, je ne dors plus.", "depuis dix jours", date(2026, 4, 10)),
    ("It's been two weeks since I quit smoking and I'm climbing the walls.", "for two weeks", date(2026, 4, 6)),
])
def test_how_long_up_to_now_said_in_other_words(original: str, said: str, first: date) -> None:
    assert not kinds(original, time=days(said, first, DAY)) & TIME
    assert kinds(original, time=days(said, first, date(2026, 4, 15))) & TIME  # not up to the day it was written


@pytest.mark.parametrize("original, earlier, first", [
    ("Last Saturday I ran my first marathon. Today my legs are dead.", "Last Saturday", date(2026, 4, 18)),
    ("Samedi dernier j'ai couru mon premier marathon. Aujourd'hui je boite.", "Samedi dernier", date(2026, 4, 18)),
])
def test_how_an_earlier_day_left_the_user_today_leaves_that_day(original: str, earlier: str, first: date) -> None:
    assert not kinds(original, time=days(earlier, first)) & TIME


def test_what_someone_said_of_a_place_the_user_then_went_to_stays_clean() -> None:
    original = "Tom said the pub in Whitby was closing, so we went there one last time."
    assert not kinds(original, place="Whitby") & PLACE
    assert kinds("Tom said the pub in Whitby was closing. Sad news.", place="Whitby") & PLACE
