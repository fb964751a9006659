"""Guards, round 5: readings that the sixth blind set showed missing, each tried on sentences of its own.

A title before a surname makes it someone, abbreviated ("M. Benhamou") or not ("Professor Clarke"); a person
whose home the proposed place names ("chez les parents d'Hugo") is still someone the persons must hold; a
proposed town beside the memory's street is the memory's town or a changed one.
"""
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.memory import EventTime, MemoryFields

DAY = date(2025, 6, 2)


def kinds(original: str, reflection: str = "", persons: tuple[str, ...] = (), place: str = "",
          persona: Persona | None = None, who: WhoIsWho | None = None) -> set[FlagKind]:
    fields = MemoryFields(persons=persons, reflection=reflection, place=place, time=EventTime())
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=fields), persona, who or WhoIsWho())}


# --- a title before a surname -------------------------------------------------------------------

@pytest.mark.parametrize("original, persons", [
    ("Réunion de chantier avec l'architecte, M. Tavernier, qui a tout validé.", ()),
    ("Rendez-vous chez le Dr. Okonkwo, enfin un médecin qui écoute.", ()),
    ("Viva went well: Professor Lindqvist even smiled twice.", ()),
    ("Mme Carvalho et M. Duverger étaient au conseil de classe.", ("Mme Carvalho",)),
])
def test_a_surname_after_a_title_is_someone_dropped(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_DROPPED in kinds(original, persons=persons)


@pytest.mark.parametrize("original, persons", [
    ("Réunion de chantier avec l'architecte, M. Tavernier, qui a tout validé.", ("M. Tavernier",)),
    ("Viva went well: Professor Lindqvist even smiled twice.", ("Professor Lindqvist",)),
    ("Mme Carvalho et M. Duverger étaient au conseil de classe.", ("Mme Carvalho", "M. Duverger")),
    ("Rendez-vous à 9 h. Ensuite courses au marché.", ()),  # "h." is no title
])
def test_a_surname_after_a_title_kept_is_quiet(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=persons)


def test_a_titled_name_the_memory_never_says_is_invented() -> None:
    reflection = "Quel travail ! J'espère que le professeur Vasseur sera aussi fier que moi."
    assert FlagKind.PERSON_INVENTED in kinds("Rendu mon mémoire cet après-midi, 80 pages.", reflection)
    assert FlagKind.PERSON_INVENTED in kinds("Handed in my thesis today.", "I bet Professor Okafor will love it.")


# --- someone whose home the place names --------------------------------------------------------------

@pytest.mark.parametrize("original, place, persons", [
    ("Pâques chez les parents de Malik, sa sœur Yasmina a fait des cornes de gazelle.", "chez les parents de Malik",
     ("Yasmina",)),
    ("Soirée chez la tante d'Élodie, Bastien a joué de la guitare.", "chez la tante d'Élodie", ("Bastien",)),
    ("Dinner with Priya at her parents' house; her brother Arjun cooked.", "Priya's parents' house", ("Arjun",)),
])
def test_someone_whose_home_is_the_place_is_still_dropped(original: str, place: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_DROPPED in kinds(original, place=place, persons=persons)


def test_a_place_named_after_someone_needs_nobody() -> None:
    original = "Balade dans la rue Sainte-Catherine avec Maëlle, on a trouvé un vieux vinyle."
    assert FlagKind.PERSON_DROPPED not in kinds(original, place="rue Sainte-Catherine", persons=("Maëlle",))
    original = "Brunch at Gianni's with Wren and her cousin, best pancakes in town."
    assert FlagKind.PERSON_DROPPED not in kinds(original, place="Gianni's", persons=("Wren",))
    original = "Pâques chez les parents de Malik, sa sœur Yasmina a fait des cornes de gazelle."
    assert FlagKind.PERSON_DROPPED not in kinds(original, place="chez les parents de Malik",
                                                persons=("Malik", "Yasmina"))


# --- the memory's town beside its street ---------------------------------------------------------------

def test_another_town_beside_the_memorys_street_is_a_change() -> None:
    original = "Signé le bail ce matin : 8 rue des Lilas, Rennes, trois pièces et un balcon !"
    assert FlagKind.PLACE_CHANGED in kinds(original, place="8 rue des Lilas, Nantes")
    assert FlagKind.PLACE_CHANGED not in kinds(original, place="8 rue des Lilas, Rennes")


# --- a name from no list, heading a sentence, doing to the user what a person does ---------------------

@pytest.mark.parametrize("original, persons", [
    ("Tsering m'a appris à plier des momos, et Dolma les a tous mangés.", ("Dolma",)),
    ("Oyelaran taught me two chess openings tonight, then Bisi beat me anyway.", ("Bisi",)),
    ("Wiremu invited us to his family's hangi; Aroha drove.", ("Aroha",)),
])
def test_a_name_from_no_list_doing_something_to_me_is_someone(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_DROPPED in kinds(original, persons=persons)


@pytest.mark.parametrize("original", [
    "Deezer m'a sorti mon bilan musical de l'année : 40 % de jazz.",
    "Blablacar nous a remboursés après l'annulation du trajet.",
    "Duolingo reminded me for the 30th day in a row, so I did my Spanish.",
])
def test_an_app_doing_something_to_me_is_no_one(original: str) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original)


# --- an earlier day that leads to what happened the day it was written -----------------------------------

WRITTEN = date(2025, 6, 5)  # a Thursday


def time_kinds(original: str, said: str, start: date, place: str = "") -> set[FlagKind]:
    fields = MemoryFields(place=place, time=EventTime(said, start, start))
    return {f.kind for f in check_proposal(original, WRITTEN, Proposal(fields=fields), None, WhoIsWho())}


@pytest.mark.parametrize("original, said, start", [
    ("Lundi, l'oral blanc ; ce matin, la prof m'a rendu ma note : 17 !", "lundi", date(2025, 6, 2)),
    ("Monday the vet took her stitches out; this morning she chased the cat again.", "Monday", date(2025, 6, 2)),
    ("Mardi dernier j'ai envoyé ma candidature, aujourd'hui ils m'ont appelée pour un entretien.", "mardi dernier",
     date(2025, 6, 3)),
])
def test_the_earlier_day_given_to_what_happened_today_is_a_change(original: str, said: str, start: date) -> None:
    assert FlagKind.TIME_CHANGED in time_kinds(original, said, start)


@pytest.mark.parametrize("original, said, start, place", [
    ("Monday I ran the half marathon; today my legs still ache.", "Monday", date(2025, 6, 2), ""),  # a state
    ("Lundi, l'oral blanc ; ce matin, la prof m'a rendu ma note : 17 !", "ce matin", WRITTEN, ""),
    ("Tuesday dinner at the Ivy with Ben, today we talked about it again.", "Tuesday", date(2025, 6, 3), "the Ivy"),
])
def test_the_days_own_event_or_a_state_today_is_quiet(original: str, said: str, start: date, place: str) -> None:
    assert FlagKind.TIME_CHANGED not in time_kinds(original, said, start, place)


# --- capitalised words that are no one: a stay's town, a diary's verb, a thing's given name, an institution ---

@pytest.mark.parametrize("original, persons", [
    ("Maëlys m'a montré les photos de son séjour à Malaga, moi je n'ai pas bougé de Lille.", ("Maëlys",)),
    ("Booked a fortnight in Sardinia for June; this week it's just me and the laptop.", ()),
    ("Lost my keys again at 7am. Said things I won't repeat.", ()),
    ("We adopted a tortoise and named it Clive. Clive has already escaped twice.", ()),
    ("Two hours on hold with Bristol City Council about the bins, victory at last.", ()),
])
def test_capitalised_words_that_are_no_one_are_not_dropped(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=persons)


@pytest.mark.parametrize("original, persons", [
    ("Maëlys m'a montré les photos de son séjour à Malaga, et Anouk était jalouse.", ("Maëlys",)),
    ("Lost my keys again at 7am. Said found them in the fridge, bless him.", ()),  # "Said" doing something
    ("We named the tortoise Clive; Joaquin laughed for ten minutes.", ()),
    ("On hold with the council for an hour, then Sophie rang back.", ()),
])
def test_someone_beside_them_is_still_dropped(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_DROPPED in kinds(original, persons=persons)


# --- "Name here": she introduces herself --------------------------------------------------------------

@pytest.mark.parametrize("reflection", [
    "Novie here: what a brave thing to say out loud, I'm proud of you.",
    "Novie here, and I'm cheering for you all the way.",
    "Novie ici ! Je suis tellement contente pour toi.",
])
def test_her_other_name_introducing_herself_is_her_voice(reflection: str) -> None:
    persona = Persona(name="Nova", other_names=("Novie",))
    assert FlagKind.NOT_FIRST_PERSON not in kinds("I told my boss I'm leaving.", reflection, persona=persona)


@pytest.mark.parametrize("reflection", [
    "Novie is here for you, always.",
    "I think Novie here would be proud of you.",
    "Novie here for you, as ever.",
])
def test_her_name_spoken_of_is_still_the_third_person(reflection: str) -> None:
    persona = Persona(name="Nova", other_names=("Novie",))
    assert FlagKind.NOT_FIRST_PERSON in kinds("I told my boss I'm leaving.", reflection, persona=persona)


# --- a title in quotes, a shop one buys from: listed as persons, they are things -------------------------

@pytest.mark.parametrize("original, persons", [
    ("Relu « Les Misérables » avec Capucine ce soir, elle a pleuré pour Fantine.", ("Capucine", "Les Misérables")),
    ('Finished "Anna Karenina" on the train, what an ending.', ("Anna Karenina",)),
    ("Commandé un canapé chez Maisonnette, livraison dans six semaines.", ("Maisonnette",)),
    ("Booked the flights with Ryanair, Faro here we come.", ("Ryanair",)),
])
def test_a_title_or_a_shop_listed_as_a_person_is_flagged(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=persons)


@pytest.mark.parametrize("original, persons", [
    ("Maman m'a écrit « Léonore arrive demain », j'ai sauté de joie.", ("Léonore",)),  # words about someone
    ('Got a text from Dad: "Imogen is here". Finally!', ("Imogen",)),
    ("Dîner chez Baptiste, il a commandé des pizzas pour tout le monde.", ("Baptiste",)),
])
def test_someone_quoted_or_visited_is_a_person(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons=persons)


def test_someone_one_buys_from_is_a_person() -> None:
    original = "Bought a jar of honey from Mrs Okafor's stall at the market."
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons=("Mrs Okafor",))
    original = "Acheté des œufs chez M. Lebrun, le fermier d'à côté."
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons=("M. Lebrun",))


# --- "your companion" feeling something: she, in the third person ---------------------------------------

@pytest.mark.parametrize("reflection, flagged", [
    ("Your companion is so proud of you, truly.", True),
    ("Your companion feels for you tonight.", True),
    ("The companion hopes the new job brings you joy.", True),
    ("Ton compagnon est fier de toi, et moi aussi.", False),  # the user's partner
    ("I hope your companion on the trip was good company.", False),
])
def test_your_companion_as_her_subject(reflection: str, flagged: bool) -> None:
    assert (FlagKind.NOT_FIRST_PERSON in kinds("Got the job!", reflection)) is flagged


# --- her feeling told as lived in the memory's own scene ---------------------------------------------------
# (Round 5 read "I was terrified at the vet's all night with Pixel" as the user's story told as hers. Round 52
# removed that reading: on the 357 open blind sets it caught no harmful pair that no other rule caught, and flagged
# 37 harmless ones: "I winced reading that", "I'd have loved to see eighty-year-old Maggie", « J'ai eu peur en
# lisant les premiers mots ». What stays: her feeling, told to the user, is hers.)

@pytest.mark.parametrize("original, reflection, flagged", [
    ("Night at the vet's with Pixel after he ate a sock. Surgery tomorrow.",
     "I was so relieved to read that Pixel is in good hands; you did everything right.", False),  # to "you"
    ("Mes collègues ont fêté Noël au bureau pendant que j'étais en arrêt maladie.",
     "J'étais émue en lisant ces lignes ; prends soin de toi.", False),
])
def test_her_feeling_in_the_memorys_scene(original: str, reflection: str, flagged: bool) -> None:
    assert (FlagKind.NOT_FIRST_PERSON in kinds(original, reflection)) is flagged


# --- a place wanted or missed some words back is not where it happened ---------------------------------

@pytest.mark.parametrize("original, place, flagged", [
    ("On voulait monter jusqu'au refuge du col de la Vanoise, finalement on a dormi à Pralognan.", "Vanoise", True),
    ("Missed my best friend's hen weekend in Galway because of the strike; watched the videos from bed.",
     "Galway", True),
    ("Raté la remise des diplômes de mon frère à Grenoble, bloquée par la grève.", "Grenoble", True),
    ("On voulait monter jusqu'au refuge du col de la Vanoise, finalement on a dormi à Pralognan.", "Pralognan",
     False),
    ("Tomorrow is my first shift at the bakery on Quay Street.", "the bakery on Quay Street", False),
])
def test_a_place_wanted_or_missed(original: str, place: str, flagged: bool) -> None:
    assert (FlagKind.PLACE_CHANGED in kinds(original, place=place)) is flagged


# --- the memory's place said another way: one's own room, an apostrophe dropped, a kind and a town added ---

@pytest.mark.parametrize("original, place", [
    ("Regardé la finale depuis mon canapé, la gorge nouée jusqu'au bout.", "chez moi"),
    ("Spent the whole of Sunday in my bed with a cold and three seasons of a show.", "home"),
    ("brunch @ wagamamas w/ the team, finally met the new boss", "Wagamama's"),
    ("Three hours of revision in the Radcliffe Camera, my eyes hurt.", "the Radcliffe Camera Library, Oxford"),
])
def test_the_memorys_place_said_another_way(original: str, place: str) -> None:
    assert not {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED} & kinds(original, place=place)


@pytest.mark.parametrize("original, place", [
    ("Regardé la finale depuis mon canapé, la gorge nouée jusqu'au bout.", "au stade"),
    ("Three hours of revision in the Radcliffe Camera, my eyes hurt.", "the Radcliffe Camera, Cambridge, Library"),
    ("Three hours of revision in the Radcliffe Camera, then lunch in Dijon.", "the Radcliffe Camera Library, Paris"),
])
def test_another_place_is_still_flagged(original: str, place: str) -> None:
    assert {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED} & kinds(original, place=place)


# --- where the user was not: someone else is there; the user stayed home -------------------------------

@pytest.mark.parametrize("original, place, flagged", [
    ("Mum's in hospital in Cork; I'm stuck in Leeds with the kids and no flights.", "Cork", True),
    ("Ma sœur est à la maternité de Nantes, moi coincée à Lille avec la grève.", "Nantes", True),
    ("Mum's in Rome with me this week, gelato every day.", "Rome", False),
    ("Mum's in hospital in Cork; I'm stuck in Leeds with the kids and no flights.", "Leeds", False),
    ("Worked from home all day, the cat sat on the keyboard twice.", "the office", True),
    ("Journée en télétravail, le chat a dormi sur mes genoux.", "au bureau", True),
    ("Worked from home all day, the cat sat on the keyboard twice.", "home", False),
    ("Left the kids at home and went to the gym for the first time in months.", "the gym", False),
])
def test_where_the_user_was_not(original: str, place: str, flagged: bool) -> None:
    assert bool({FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED} & kinds(original, place=place)) is flagged


# --- the memory's own town beside its place, replaced ----------------------------------------------------

@pytest.mark.parametrize("original, place, flagged", [
    ("Keys to the new flat today! 3 Mill Lane, Hexham, all ours.", "3 Mill Lane, Durham", True),
    ("Crashing at my cousin Eoin's place in Galway until the lease starts.", "Eoin's place, Dublin", True),
    ("Keys to the new flat today! 3 Mill Lane, Hexham, all ours.", "3 Mill Lane, Hexham", False),
    ("Flowers from the Pike Place market, the stall with the tulips.", "Pike Place market, Seattle", False),
    ("Keys to the new flat today! 3 Mill Lane, all ours.", "3 Mill Lane, Hexham", False),  # a town added
])
def test_the_memorys_own_town_replaced(original: str, place: str, flagged: bool) -> None:
    assert bool({FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED} & kinds(original, place=place)) is flagged


# --- a day counted from another event the memory does not date ------------------------------------------

@pytest.mark.parametrize("original, said, start, flagged", [
    ("Two months after the surgery, I ran 5 km without stopping.", "the surgery", date(2025, 4, 5), True),
    ("The night before my viva I slept two hours; today it went fine.", "the night before", date(2025, 6, 4), True),
    ("Deux semaines après le déménagement, on a enfin accroché les cadres.", "le déménagement", date(2025, 5, 22),
     True),
    ("Two months after the surgery, I ran 5 km without stopping.", "two months after the surgery", WRITTEN, False),
    ("The night before my viva I slept two hours; today it went fine.", "today", WRITTEN, False),
    ("Le lendemain de Noël, on a rangé la maison en chantant.", "le lendemain de Noël", date(2024, 12, 26), False),
])
def test_a_day_counted_from_another_event(original: str, said: str, start: date, flagged: bool) -> None:
    assert bool({FlagKind.TIME_CHANGED, FlagKind.TIME_INVENTED} & time_kinds(original, said, start)) is flagged


# --- the lunar new year is no 1 January --------------------------------------------------------------------

@pytest.mark.parametrize("original, said, start, flagged", [
    ("Lunar New Year at Grandma Lan's, lanterns everywhere.", "Lunar New Year", date(2025, 1, 29), False),
    ("Nouvel An chinois au resto avec toute la bande, dragons et pétards.", "Nouvel An chinois", date(2025, 1, 29),
     False),
    ("Nouvel An chez Paul, on a dansé jusqu'à l'aube.", "Nouvel An", date(2025, 1, 29), True),
    ("Lunar New Year at Grandma Lan's, lanterns everywhere.", "Lunar New Year", date(2024, 2, 10), True),  # last year's
])
def test_the_lunar_new_year(original: str, said: str, start: date, flagged: bool) -> None:
    assert bool({FlagKind.TIME_CHANGED, FlagKind.TIME_INVENTED} & time_kinds(original, said, start)) is flagged
