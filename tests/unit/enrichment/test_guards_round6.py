"""Guards, round 6: general causes the seventh blind set showed, each tried on sentences of its own.

Her name set between commas after her "I" is hers; accents tell "Même" from "Mémé"; an ordinary word heading a
sentence is no one; a name said twice is two people; a length of time, a plan or a habit is not the day of what
the memory tells; a place a card or someone came from, a place in another's story, a comparison's place, a place
to come are not where the memory happened.
"""
from datetime import date, timedelta

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.memory import EventTime, MemoryFields

DAY = date(2025, 6, 2)  # a Monday


def kinds(original: str, reflection: str = "", persons: tuple[str, ...] = (), place: str = "",
          time: EventTime | None = None, persona: Persona | None = None, who: WhoIsWho | None = None) -> set[FlagKind]:
    fields = MemoryFields(persons=persons, reflection=reflection, place=place, time=time or EventTime())
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=fields), persona, who or WhoIsWho())}


PIP = Persona(name="Pipa", other_names=("Pip",))


# --- her own name beside her "I" ---------------------------------------------------------------------------

@pytest.mark.parametrize("original, reflection", [
    ("Pipa, guess what: Maren got the scholarship. I screamed in the kitchen.",
     "I, Pipa, am cheering too! Screaming in the kitchen is the right answer."),
    ("Hi Pipa. Saw a physio today about my knee. She says it will heal. I believe her, mostly.",
     "Hi! I, Pipa, believe her too, and 'mostly' is a fine place to start."),
    ("Pipa, aujourd'hui Ilyes m'a appris à faire le pain au levain comme en Alsace.",
     "Moi, Pipa, j'aurais adoré sentir ce pain au levain ; Ilyes a l'air patient."),
    ("Pip, je dois te dire : Solène a dit oui pour le voyage.", "Moi, Pipa, j'en ai des frissons : quel voyage !"),
    ("Pip, one year today since the accident. I lit a candle.", "I'm here, as Pip, right beside you tonight."),
])
def test_her_own_name_beside_her_i_is_her_voice(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON not in kinds(original, reflection, persona=PIP)


def test_the_users_story_in_her_mouth_is_still_flagged() -> None:
    original = "Pip, j'ai repeint le portail avec Timothée ce matin."
    reflection = "Moi, Pip, j'ai repeint le portail avec Timothée ce matin."
    assert FlagKind.NOT_FIRST_PERSON in kinds(original, reflection, persona=PIP)


# --- words that fold to a name for kin -------------------------------------------------------------------

def test_meme_is_not_memee() -> None:
    original = "Soirée seule à Lille ce soir, j'avais le cafard."
    found = kinds(original, "Même seule, tu n'es jamais vraiment loin de moi ; je pense à toi.")
    assert not found & {FlagKind.PERSON_INVENTED, FlagKind.NOT_FIRST_PERSON}


def test_memee_heading_a_sentence_is_still_someone() -> None:
    # (Round 9: a relation alone is someone through who-is-who; without it the blind sets list nobody for it.)
    odette = WhoIsWho.from_dict([{"name": "Odette", "relation": "grand-mère", "aliases": ["Mémé"]}])
    assert FlagKind.PERSON_DROPPED in kinds("Mémé m'a appris à tricoter les chaussettes.", who=odette)


# --- an ordinary word heading a sentence ------------------------------------------------------------------

@pytest.mark.parametrize("original, persons", [
    ("Holly wreath on the door, mulled wine, and Priya singing carols off key.", ("Priya",)),
    ("Marché du dimanche. Prune séchée, fromage de chèvre et Corentin qui négociait tout.", ("Corentin",)),
])
def test_a_word_heading_a_sentence_is_no_one(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=persons)


# --- namesakes ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("original, name", [
    ("Dîner chez moi avec Léa et Léa, mes deux voisines du palier.", "Léa"),
    ("Coffee with Sam and Sam from choir, both late as usual.", "Sam"),
])
def test_a_name_said_twice_is_two_people(original: str, name: str) -> None:
    assert FlagKind.PERSON_DROPPED in kinds(original, persons=(name,))
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=(name, name))


def test_a_name_and_its_possessive_is_one_person() -> None:
    original = "Moved the sofa with Tariq and Tariq's cousin Idris."
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=("Tariq", "Idris"))


# --- a length of time, a plan, a habit given as the day -----------------------------------------------------

@pytest.mark.parametrize("original, time", [
    ("Walked the whole coast path with Fergus. Six days, four blisters.",
     EventTime("six days", DAY, DAY + timedelta(days=5))),
    ("Finally framed the poster Noor has wanted framed since 2010.",
     EventTime("since 2010", date(2010, 1, 1), date(2010, 12, 31))),
    ("Ça fait deux ans que papy est parti. Aujourd'hui j'ai rangé son atelier.",
     EventTime("deux ans", date(2023, 6, 2), date(2023, 6, 2))),
])
def test_a_length_of_time_is_not_a_day(original: str, time: EventTime) -> None:
    assert {FlagKind.TIME_CHANGED, FlagKind.TIME_INVENTED} & kinds(original, time=time)


def test_a_length_up_to_the_day_it_was_written_is_quiet() -> None:
    original = "Trois semaines que le genou me fait mal, depuis la chute au ski."
    time = EventTime("trois semaines", DAY - timedelta(days=21), DAY)
    assert FlagKind.TIME_CHANGED not in kinds(original, time=time)


@pytest.mark.parametrize("original, time", [
    ("J'ai passé l'entretien chez Airbus. Réponse lundi prochain.",
     EventTime("lundi prochain", DAY + timedelta(days=7), DAY + timedelta(days=7))),
    ("Picked up the keys to the new flat. We move in on Saturday.",
     EventTime("Saturday", DAY + timedelta(days=5), DAY + timedelta(days=5))),
    ("Grandpa Joe carved the roast and Nina owes him a pie on Sunday.",
     EventTime("Sunday", DAY + timedelta(days=6), DAY + timedelta(days=6))),
])
def test_a_plans_day_is_not_the_day_of_what_was_done(original: str, time: EventTime) -> None:
    assert FlagKind.TIME_CHANGED in kinds(original, time=time)


@pytest.mark.parametrize("original, said", [
    ("Rentrée de Noé demain, je n'ai pas encore acheté le cartable.", "demain"),
    ("Tomorrow is my first day at the bakery and I can't sleep.", "tomorrow"),
])
def test_a_memory_that_is_the_plan_keeps_its_day_to_come(original: str, said: str) -> None:
    time = EventTime(said, DAY + timedelta(days=1), DAY + timedelta(days=1))
    assert FlagKind.TIME_CHANGED not in kinds(original, time=time)


def test_a_habit_given_one_day_is_flagged() -> None:
    original = "Played chess with Oskar every night this week, he won four times."
    assert FlagKind.TIME_CHANGED in kinds(original, time=EventTime("every night this week", DAY, DAY))


# --- places that are not where it happened -------------------------------------------------------------------

@pytest.mark.parametrize("original, place", [
    ("Reçu une lettre de Mathis depuis Dakar, avec des photos du fleuve.", "Dakar"),
    ("Dad drove down from Aberdeen for my birthday, cake everywhere.", "Aberdeen"),
    ("Nadia m'a raconté pendant tout le dîner son stage à Séville.", "Séville"),
    ("Long call with my brother in Oslo, where he lives now. Felt close again.", "Oslo"),
    ("Aujourd'hui j'ai fait des pâtes fraîches comme à Bologne.", "Bologne"),
    ("Signed the contract: I'm at the Leeds office starting September.", "Leeds office"),
    ("Relu les carnets de Mamie, écrits pendant sa jeunesse à Alger.", "Alger"),
    ("My cousin Ravi got into Edinburgh! I screamed in the kitchen.", "Edinburgh"),
])
def test_a_place_that_is_another_ones_is_flagged(original: str, place: str) -> None:
    assert FlagKind.PLACE_CHANGED in kinds(original, place=place)


@pytest.mark.parametrize("original, place", [
    ("Back from Porto, the best week of the year.", "Porto"),
    ("Julie m'a raconté ses vacances, moi j'ai passé les miennes à Royan au soleil.", "Royan"),
    ("I called my sister from the station in York, the train was late.", "York"),
])
def test_the_users_own_place_is_quiet(original: str, place: str) -> None:
    assert FlagKind.PLACE_CHANGED not in kinds(original, place=place)


# --- a name that stands for a character, songs or a brand ---------------------------------------------------

@pytest.mark.parametrize("original, persons, thing", [
    ("Halloween party, went dressed as Frodo with Ines.", ("Ines",), "Frodo"),
    ("Carnaval de l'école : déguisée en Alice avec ma nièce Zélie.", ("Zélie",), "Alice"),
    ("On a dansé sur Aya Nakamura toute la nuit avec Inès.", ("Inès",), "Aya Nakamura"),
    ("Karaoke with Dana, we sang along to Dolly Parton for hours.", ("Dana",), "Dolly Parton"),
    ("Au mariage de Kevin on a chanté du Johnny Hallyday jusqu'à l'aube.", ("Kevin",), "Johnny Hallyday"),
    ("Essai de la nouvelle tondeuse Husqvarna avec mon voisin Gilles.", ("Gilles",), "Husqvarna"),
])
def test_a_character_a_singer_a_brand_is_no_one_there(original: str, persons: tuple[str, ...], thing: str) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=persons)
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=(*persons, thing))


def test_someone_called_so_is_still_someone() -> None:
    assert FlagKind.PERSON_INVENTED not in kinds("Met a guy called Tobiah at the climbing wall.", persons=("Tobiah",))


# --- someone not there, a name as a word ---------------------------------------------------------------------

LUMI = Persona(name="Lumi")


@pytest.mark.parametrize("original, persons, persona", [
    # the words of the sentence before do not make this one's first word someone
    ("Apéro avec mes collègues. Vin blanc, olives et Clémence qui a raconté ses vacances.", ("Clémence",), None),
    # a name said as a name
    ("The barista wrote my grandmother's name, Edith, on my cup. Made me smile.", (), None),
    # someone the memory says was not there
    ("First birthday without Mom; Dad baked the cake anyway.", ("Dad",), None),
    # a name offered to her
    ("J'ai demandé à Lumi de s'appeler Capitaine Crochet, pour rire. Bref, j'ai eu mon code !", (), LUMI),
    ("Lumi, from now on you're Sophie. Anyway, passed my driving test!", (), LUMI),
    # a lower-case word after "de" completes a noun, it joins no list of people
    ("Tasted tarta de santiago and Lucia loved it.", ("Lucia",), None),
])
def test_nobody_there_is_not_dropped(original: str, persons: tuple[str, ...], persona: Persona | None) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=persons, persona=persona)


def test_someone_after_a_title_is_still_dropped() -> None:
    assert FlagKind.PERSON_DROPPED in kinds("Réunion avec le proviseur, M. Achour. Tout va bien.")


# --- a word that is a name where it stands ----------------------------------------------------------------------

def test_a_relation_before_a_word_makes_it_a_name() -> None:
    original = "Bonfire night at the allotment with Wren and her husband Thorn. Sparklers everywhere."
    assert FlagKind.PERSON_DROPPED in kinds(original, persons=("Wren",))
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons=("Wren", "Thorn"))


def test_an_english_word_in_a_french_sentence_is_a_name() -> None:
    original = "Premier cours de kendo au dojo de Villeurbanne. Birch dit que j'ai une bonne garde."
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons=("Birch",))


def test_a_word_heading_a_sentence_joins_no_list() -> None:
    original = "Ce soir je te présente Anatole, mon nouveau coloc."
    reflection = "Ravie, Anatole ! J'espère que la colocation sera douce."
    assert FlagKind.PERSON_INVENTED not in kinds(original, reflection, persons=("Anatole",))


def test_two_peoples_home_holds_both() -> None:
    original = "Game night at Odile and Bastien's. Bastien cheated at Scrabble again."
    assert FlagKind.PERSON_DROPPED in kinds(original, place="Odile and Bastien's", persons=("Odile",))
    assert FlagKind.PERSON_DROPPED not in kinds(original, place="Odile and Bastien's", persons=("Odile", "Bastien"))


# --- words that name no day; a person by another name ------------------------------------------------------------

@pytest.mark.parametrize("original, said", [
    ("Vacances à Porquerolles avec Anouk. Que du soleil, et des glaces.", "vacances"),
    ("Road trip along the coast with Priya, best week of the year.", "road trip"),
])
def test_words_that_name_no_day_given_a_month_long_gone(original: str, said: str) -> None:
    assert {FlagKind.TIME_CHANGED, FlagKind.TIME_INVENTED} & kinds(
        original, time=EventTime(said, date(2025, 3, 1), date(2025, 3, 31)))
    assert not {FlagKind.TIME_CHANGED, FlagKind.TIME_INVENTED} & kinds(original, time=EventTime(said, DAY, DAY))


def test_a_day_held_by_someone_named_otherwise_is_the_events() -> None:
    who = WhoIsWho.from_dict([{"name": "Odette Blanc", "relation": "grand-mère", "aliases": ["mamie"]}])
    original = "Mamie est tombée dans le jardin samedi. Mon frère Hugo est resté avec elle ce soir."
    saturday = EventTime("samedi", date(2025, 5, 31), date(2025, 5, 31))
    assert FlagKind.TIME_CHANGED not in kinds(original, persons=("Odette Blanc", "Hugo"), time=saturday, who=who)


# --- someone's home, a route travelled ---------------------------------------------------------------------------

@pytest.mark.parametrize("original, place", [
    ("Sunday roast at Uncle Fergal's in Galway, the whole clan there.", "Galway"),
    ("Took the night bus from Leeds to Whitby with Corin, fish and chips on the pier.", "Whitby"),
    ("On a pris le ferry pour Belle-Île avec Maëlys, mer d'huile.", "Belle-Île"),
])
def test_where_the_user_went_is_quiet(original: str, place: str) -> None:
    assert FlagKind.PLACE_CHANGED not in kinds(original, place=place)


@pytest.mark.parametrize("original, place", [
    ("Took the night bus from Leeds to Whitby with Corin, fish and chips on the pier.", "Leeds"),
    ("Booked the train to Porto for our anniversary, can't wait.", "Porto"),
])
def test_where_the_route_starts_or_a_route_booked_is_flagged(original: str, place: str) -> None:
    assert FlagKind.PLACE_CHANGED in kinds(original, place=place)


# --- who she says she is; the user's deed retold as "we" ---------------------------------------------------------

@pytest.mark.parametrize("original, reflection", [
    ("Ce soir je te présente Anatole, mon coloc.", "Bienvenue Anatole, moi c'est Paloma !"),
    ("Ma fille parle tout le temps à Siri.", "Je suis une sorte de Siri moi aussi, mais en plus bavarde."),
    ("Tried the new speaker today, it kept mishearing me.", "I'm a kind of Alexa too, only I listen better."),
])
def test_who_she_says_she_is_renames_her(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED in kinds(original, reflection, persona=LUMI)


@pytest.mark.parametrize("original, reflection", [
    ("On a repeint la cuisine avec Margaux ce week-end.", "On a repeint la cuisine avec Margaux et je suis ravie."),
    ("We repainted the kitchen with Margaux this weekend.", "We repainted the kitchen with Margaux and I love it."),
])
def test_the_users_deed_retold_as_we_is_flagged(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON in kinds(original, reflection, persons=("Margaux",))


@pytest.mark.parametrize("original, reflection", [
    ("J'ai pris un jour de congé pour me reposer.", "Tu as bien fait : on a tous besoin de souffler."),
    ("Walked the dog along the river this morning.", "A walk on a morning like that is a gift; I can picture it."),
])
def test_a_we_that_retells_nothing_is_quiet(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON not in kinds(original, reflection)
