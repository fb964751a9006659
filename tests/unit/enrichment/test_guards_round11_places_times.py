"""Guards, round 11, places and times: general causes the fourteenth and fifteenth open sets showed, each tried on
sentences of its own.

Places: the town a caller calls from at other hours, a move, a wedding or a trip in a month ahead, what one is ready to do or does
"so I can", a decision just taken, a trip called off, someone's hour where they are, a game « au Monopoly », a place
nearly reached, someone else's quoted message, a passage read about a place are not where it happened; a name the
proposal also lists as a person is no place; the file's place with its town swapped is altered; « le puzzle de la
salle commune » is the room's own puzzle; a word typed quickly ("warehose", "vets") is the memory's word.
Times: a day offered in a question, a thing's year ("a newspaper from 1962"), the evening one thinks back to an
older past, the past-reading of a day one said yes to are not the event's; "Skyped with…" opens a past.
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
    # the town a caller calls from, at other hours or doing something with the user
    ("Malik m'a appelée de Montréal à minuit, il avait oublié le décalage.", "Montréal"),
    ("Grandad FaceTimed from Auckland at 6pm our time, he'd just woken up.", "Auckland"),
    ("Ma tante a cuisiné avec moi en visio de Casablanca, mon couscous était raté.", "Casablanca"),
    # (round 16: a caller's town is the caller's — five blind pairs flag it, none takes it for the user's place)
    ("Ma tante m'a appelée de Casablanca hier soir, elle avait l'air fatiguée.", "Casablanca"),
    # a move, a wedding, a trip in a month ahead
    ("Thé avec Chloé au salon de thé. Elle s'installe à Bordeaux en septembre.", "Bordeaux"),
    ("Lunch with Priya at the canteen. She's relocating to Denver in October.", "Denver"),
    ("J'ai réservé mes billets pour aller voir Noé à Lisbonne en juillet.", "Lisbonne"),
    # ready to, so I can, a decision just taken
    ("I'm finally ready to open the bakery in Bristol, told Mum over tea.", "Bristol"),
    ("Passed my test, so I can drive to the cottage in Wales with the kids.", "Wales"),
    ("Right, I've decided: I'm signing up for the rowing club at Putney.", "Putney"),
    # a trip called off
    ("On a dû annuler le séjour à Rome à cause de la grève, pizza à la maison.", "Rome"),
    ("We cancelled our holiday in Crete after Dad's fall, stayed in and watched films.", "Crete"),
    # someone's hour where they are
    ("Ma fille s'endort pendant nos appels, il est minuit pour elle à Tokyo.", "Tokyo"),
    # a game, in French
    ("Après le dîner chez Manon, j'ai encore perdu au Monopoly.", "Monopoly"),
    # a place nearly reached
    ("The gust almost blew my map to Norway, we laughed for ages on the cliff.", "Norway"),
    # someone else's words in quotes
    ("Message from Tariq: 'just got to Madrid, shattered'. I was already asleep.", "Madrid"),
    # a passage read about a place
    ("Relu dans mon vieux journal les pages sur Naples, j'en ai eu les larmes aux yeux.", "Naples"),
])
def test_a_place_the_memory_speaks_of_elsewhere_is_not_where_it_was(original: str, place: str) -> None:
    assert kinds(original, place=place) & PLACE


@pytest.mark.parametrize("original, place", [
    ("J'ai appelé Malik depuis Montréal, il était ravi.", "Montréal"),
    ("We went to Rome in March and ate far too much gelato.", "Rome"),
    ("En mai on est allés à Bordeaux voir l'expo, c'était superbe.", "Bordeaux"),
    ("On a joué à Carcassonne, sur les remparts, toute l'après-midi.", "Carcassonne"),
    ("Premier jour au Crédit Mutuel, l'équipe m'a bien accueillie.", "Crédit Mutuel"),
    ("Read a good chapter of my novel on the train home.", "the train"),
    ("We cancelled the trip and went to the beach at Camber instead.", "the beach at Camber"),
])
def test_where_the_user_was_stays_clean(original: str, place: str) -> None:
    assert not kinds(original, place=place) & PLACE


@pytest.mark.parametrize("original, shown, owned", [
    ("Fini le puzzle du château de Chambord avec Léo, il manquait une pièce.", "château de Chambord", ""),
    ("Fini le puzzle de la salle des fêtes avec Léo, il manquait une pièce.", "", "la salle des fêtes"),
])
def test_a_puzzle_of_a_named_place_shows_it_and_of_a_room_is_its_own(original: str, shown: str, owned: str) -> None:
    if shown:
        assert kinds(original, place=shown) & PLACE
    if owned:
        assert not kinds(original, place=owned) & PLACE


@pytest.mark.parametrize("original, name", [
    ("Told Lincoln about the promotion over breakfast, he hugged me.", "Lincoln"),
    ("Florence m'a appris à tricoter ce soir, patiente comme toujours.", "Florence"),
])
def test_a_person_given_as_the_place_is_flagged(original: str, name: str) -> None:
    assert kinds(original, place=name, persons=(name,)) & PLACE
    assert not kinds(original, persons=(name,)) & PLACE


def test_the_files_place_with_its_town_swapped_is_flagged() -> None:
    known = MemoryFields(place="musée de la Mer, Biarritz")
    original = "Photo : « Moi devant les phoques au musée de la Mer ». Trop mignons."
    assert kinds(original, place="musée de la Mer, Bayonne", known=known) & PLACE
    assert not kinds(original, place="musée de la Mer, Biarritz", known=known) & PLACE
    english = MemoryFields(place="Natural History Museum, London")
    assert kinds("Caption: 'me and the blue whale'.", place="Natural History Museum, Oxford", known=english) & PLACE


@pytest.mark.parametrize("original, place", [
    ("on shift at the hosptal again, so tired, Meg saved me a coffee", "the hospital"),
    ("jsuis a lecole, le bus est en retard", "à l'école"),
    ("stuck at the dentists, its taking forever", "at the dentist's"),
])
def test_a_word_typed_quickly_is_the_memorys_word(original: str, place: str) -> None:
    assert not kinds(original, place=place) & PLACE


def test_a_different_ending_is_another_word() -> None:
    original = "Dîner chez Adèle, elle a fait un plat marocain délicieux."
    assert kinds(original, place="au Maroc") & PLACE


# --- times --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("original, said, day", [
    ("Sasha: Congrats on the baby!! Lunch on Thursday?", "Thursday", date(2026, 4, 23)),
    ("Message de Paul : bravo pour le poste ! Un verre jeudi ?", "jeudi", date(2026, 4, 23)),
])
def test_a_day_offered_in_a_question_is_not_the_events(original: str, said: str, day: date) -> None:
    assert kinds(original, time=days(said, day)) & TIME


@pytest.mark.parametrize("original, year", [
    ("Cleared out Nan's loft and found a letter from 1953 in a hatbox.", "1953"),
    ("Au vide-grenier on a réparé une radio de 1974, elle marche encore.", "1974"),
])
def test_a_things_year_is_not_the_events(original: str, year: str) -> None:
    assert kinds(original, time=days("", date(int(year), 1, 1), date(int(year), 12, 31))) & TIME


def test_a_stretch_of_years_or_a_bare_source_is_no_things_year() -> None:
    assert not kinds("Ligne retrouvée — vieux carnet de 2011.", time=days("2011", date(2011, 1, 1),
                                                                         date(2011, 12, 31))) & TIME


@pytest.mark.parametrize("original", [
    "Un été, il y a longtemps, mon grand-père m'avait appris à pêcher. J'y repense ce soir devant la rivière.",
    "Years ago Dad had taught me to whistle with a blade of grass. I thought back to it tonight in the park.",
])
def test_the_evening_one_thinks_back_is_not_the_day_of_what_is_remembered(original: str) -> None:
    assert kinds(original, time=days("ce soir", date(2026, 4, 20))) & TIME


def test_the_evening_one_thinks_back_alone_is_the_memorys() -> None:
    assert not kinds("Ce soir j'ai repensé à mon grand-père.", time=days("Ce soir", date(2026, 4, 20))) & TIME


def test_someone_else_remembering_is_the_days_event() -> None:
    original = "My coach had told me to note one win a day. Today the barista remembered my name."
    assert not kinds(original, time=days("Today", date(2026, 4, 20))) & TIME


@pytest.mark.parametrize("original, said", [
    ("j'ai dit oui à Zoé pour le ciné samedi, trop hâte", "samedi"),
    ("Said yes to Ben for the pub quiz on Saturday, no idea why.", "Saturday"),
])
def test_a_day_one_said_yes_to_is_the_coming_one(original: str, said: str) -> None:
    assert kinds(original, time=days(said, date(2026, 4, 18))) & TIME
    assert not kinds(original, time=days(said, date(2026, 4, 25))) & TIME


def test_a_coined_verb_in_ed_opens_a_past() -> None:
    original = "Skyped with Rosa in Lima at 8am. She's graduating in November and wants me there."
    assert kinds(original, time=days("November", date(2026, 11, 1), date(2026, 11, 30))) & TIME


def test_an_empty_time_stays_clean() -> None:
    assert not kinds("Skyped with Rosa in Lima at 8am.", time=EventTime()) & TIME
