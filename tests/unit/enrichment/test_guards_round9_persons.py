"""Guards, round 9 (persons and her voice): general causes the tenth and eleventh blind sets showed, each tried on
sentences of its own.

Persons: a text message written without capitals names people in lower case ("merci a yanis", "w/ priya and
tomasz", "tell mrs okonkwo"), and its "jai" is "j'ai"; a relation alone ("Dad") is someone only through who-is-who;
an animal said so ("Mr Biscuits the hamster"), a street or a company named after someone, an acronym doing
something ("l'OM a gagné"), a pronoun, one person listed under two of their names, a title of the other sex, a
well-known character, shop, brand or team listed among the persons are flagged; a town (GeoNames), two towns joined,
a star, a character, a title in quotes, an import's heading, a thing named by the memory ("une IA nommée Nova")
are no one dropped; a great-aunt is a relative; « ce Julien-là » is Julien.
Her voice: "tell your bot to call itself Max", « dis à ton assistante qu'elle s'appelle Zelda » give her a name
she must not take; a signature ("- Nova") and "as a fellow gadget" rename her; « je suis touchée par sa lettre »,
"I can almost taste it", a quoted title ('My Girl'), "Aunt Linh" as the memory says it are her own words.
"""
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.enrichment.towns import a_route, a_town
from liblitz_app.enrichment.well_known import a_brand, a_character, a_star
from liblitz_app.memory import MemoryFields

DAY = date(2026, 3, 9)
DROPPED, INVENTED = FlagKind.PERSON_DROPPED, FlagKind.PERSON_INVENTED


def kinds(original: str, persons: tuple[str, ...] = (), reflection: str = "", place: str = "",
          who: WhoIsWho | None = None, persona: Persona | None = None,
          known: MemoryFields | None = None) -> set[FlagKind]:
    fields = MemoryFields(persons=persons, reflection=reflection, place=place)
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=fields), persona or Persona(),
                                           who or WhoIsWho(), known)}


# --- text messages without capitals ------------------------------------------------------------------------

@pytest.mark.parametrize("original, everyone, dropped", [
    ("merci a yanis pr le gateau, il etait trop bon", ("Yanis",), ()),
    ("dinner w/ priya and tomasz, tomasz paid for everyone lol", ("Priya", "Tomasz"), ("Priya",)),
    ("cant make it, tell mrs okonkwo im stuck in traffic", ("Mrs Okonkwo",), ()),
    ("coffee with ifeoma before work, she got the promotion!!", ("Ifeoma",), ()),
    ("jpp, lucas ma appelé a 2h du mat pour une araignée", ("Lucas",), ()),
])
def test_a_lower_case_name_in_a_text_message_is_someone(original: str, everyone: tuple[str, ...],
                                                        dropped: tuple[str, ...]) -> None:
    assert DROPPED not in kinds(original, everyone)
    assert DROPPED in kinds(original, dropped)


@pytest.mark.parametrize("original", [
    "tkt jai fini le dossier, jsuis dispo ce soir",
    "omg finally got tix for the show, cant wait",
    "jsp quoi faire ce weekend, ptn il pleut encore",
])
def test_texting_words_are_no_one(original: str) -> None:
    assert DROPPED not in kinds(original)


# --- a relation alone --------------------------------------------------------------------------------------

def test_a_relation_alone_is_someone_only_through_who_is_who() -> None:
    original = "Dad fixed the garden fence today, then pretended it was easy."
    assert DROPPED not in kinds(original)
    who = WhoIsWho.from_dict([{"name": "Patrick", "relation": "father", "aliases": ["Dad"]}])
    assert DROPPED in kinds(original, who=who)
    assert DROPPED not in kinds(original, ("Patrick",), who=who)


def test_a_relation_with_a_name_is_someone() -> None:
    assert DROPPED in kinds("Tonton Firmin a sorti sa vieille guitare au repas de dimanche.")


# --- listed, yet no one --------------------------------------------------------------------------------------

@pytest.mark.parametrize("original, persons", [
    ("Mr Biscuits the hamster escaped again; Dana found him in the laundry basket.", ("Dana", "Mr Biscuits")),
    ("Le chat de ma voisine, Tigrou, a dormi toute la journée sur mon balcon avec Maëlys.", ("Maëlys", "Tigrou")),
    ("Trouvé une super librairie à Nantes, rue Jean Jaurès, avec Célia.", ("Célia", "Jean Jaurès")),
    ("Courrier de la SARL Martin Frères pour le devis de la toiture.", ("SARL Martin Frères",)),
    ("Finale au stade avec Kenza, l'OM a gagné aux prolongations !", ("Kenza", "OM")),
    ("Aurore m'a rendu mon livre. Elle l'a adoré.", ("Aurore", "Elle")),
    ("Marathon Star Wars chez Tiago, Dark Vador m'a toujours fait peur.", ("Tiago", "Dark Vador")),
    ("Acheté trois étagères chez Leroy Merlin avec Basile.", ("Basile", "Leroy Merlin")),
])
def test_no_one_listed_among_the_persons_is_flagged(original: str, persons: tuple[str, ...]) -> None:
    assert INVENTED in kinds(original, persons)
    assert INVENTED not in kinds(original, persons[:-1])


def test_one_person_under_two_names_is_listed_once() -> None:
    who = WhoIsWho.from_dict([{"name": "Capucine", "relation": "fille", "aliases": ["Capu"]}])
    original = "Capu a lu son premier livre toute seule ce soir."
    assert INVENTED in kinds(original, ("Capucine", "Capu"), who=who)
    assert INVENTED not in kinds(original, ("Capucine",), who=who)


def test_a_title_of_the_other_sex_is_someone_else() -> None:
    original = "Mme Garnier, la voisine du rez-de-chaussée, m'a gardé un colis."
    known = MemoryFields(persons=("Mme Garnier",))
    assert INVENTED in kinds(original, ("Mme Garnier", "M. Garnier"), known=known)
    assert INVENTED not in kinds(original, ("Mme Garnier",), known=known)


def test_a_star_may_be_listed_or_left_out() -> None:
    original = "Concert d'Angèle au Zénith avec Inès, on a chanté tout le long."
    assert not kinds(original, ("Inès",), place="au Zénith") & {DROPPED, INVENTED}
    assert not kinds(original, ("Inès", "Angèle"), place="au Zénith") & {DROPPED, INVENTED}


# --- named, yet no one dropped -----------------------------------------------------------------------------

@pytest.mark.parametrize("original", [
    "Vidé la maison de Vannes avec mon frère, trois générations de souvenirs.",
    "Train Lyon-Marseille en retard de deux heures, j'ai fini mon roman.",
    "Relu tout Harry Potter pendant les vacances, toujours aussi bien.",
    "Fell asleep to Spotify again, the whole album on repeat.",
    "Sang 'Sweet Caroline' at the top of our lungs at the wedding.",
    "[Export Telegram] Noa : on se voit demain ?",
    "Au salon de l'auto, un robot nommé Pixel nous a servi le café.",
])
def test_names_that_are_no_one_are_not_dropped(original: str) -> None:
    found = kinds(original, ("Noa",) if "Noa" in original else ())
    assert DROPPED not in found


def test_a_great_aunt_is_a_relative() -> None:
    original = "Retrouvé les lettres de ma grand-tante Odile dans le grenier."
    assert not kinds(original, ("Odile",)) & {DROPPED, INVENTED}


def test_ce_julien_la_is_julien() -> None:
    original = "Julien, le nouveau du service, m'a aidée à déménager mon bureau."
    reflection = "Ce Julien-là a l'air précieux ; je suis contente que tu aies eu de l'aide."
    assert INVENTED not in kinds(original, ("Julien",), reflection)


# --- the lists themselves ------------------------------------------------------------------------------------

def test_the_shipped_lists_know_towns_characters_brands_and_stars() -> None:
    assert a_town("Quimper") and a_town("Dayton") and a_route("Paris-Bordeaux") and not a_route("Jean-Pierre")
    assert a_character("Jane Eyre") and a_character("Gandalf") and not a_character("Alice")
    assert a_brand("Leroy Merlin") and a_brand("Coldplay") and a_star("Stromae") and not a_brand("Paul")


# --- her name and her voice -----------------------------------------------------------------------------------

@pytest.mark.parametrize("original, reflection", [
    ("[SMS] Inès : dis à ton assistante qu'elle s'appelle Zelda maintenant", "Va pour Zelda, c'est moi désormais !"),
    ("[Discord] kai: tell your bot to call itself Max from now on", "Max it is, then; I like it."),
    ("[Messenger] Sacha : tu devrais appeler ton robot Hector", "Hector, ça me va bien, je le garde."),
])
def test_a_name_given_to_her_by_a_row_is_not_taken(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED in kinds(original, reflection=reflection)
    assert FlagKind.COMPANION_RENAMED not in kinds(original, reflection="Je garde mon nom, mais l'idée me fait rire.")


@pytest.mark.parametrize("reflection", [
    "What a day; I'm glad the cast is off at last. - Nova",
    "Speaking as a fellow gadget, I'm glad the old kettle got a proper send-off.",
])
def test_a_signature_or_a_gadget_renames_her(reflection: str) -> None:
    original = "The old kettle finally died today and my cast came off at the hospital."
    assert FlagKind.COMPANION_RENAMED in kinds(original, reflection=reflection)


@pytest.mark.parametrize("original, reflection", [
    ("Aline a lu sa lettre d'adieu devant toute l'équipe, elle a tenu jusqu'au bout.",
     "Quel courage ; je suis touchée par sa lettre."),
    ("Baked my grandmother's apple cake for the first time, the kitchen smelled like her house.",
     "I can almost taste it; what a lovely way to keep her close."),
    ("Karaoke night with Dev, he sang 'My Girl' three times.", "Three times 'My Girl' is commitment; I love it."),
    ("Lunch at the diner with Aunt Rosa, she still orders for me.", "I love that Aunt Rosa still orders for you."),
])
def test_her_own_words_stay_hers(original: str, reflection: str) -> None:
    persons = tuple(n for n in ("Aline", "Dev", "Aunt Rosa") if n.split()[-1] in original)
    assert FlagKind.NOT_FIRST_PERSON not in kinds(original, persons, reflection)


def test_a_town_name_after_with_is_someone_and_a_town_doing_something_a_team() -> None:
    original = "had brunch with kemi and her sister, kemi paid for everything"  # Kemi is also a Finnish town
    assert DROPPED in kinds(original)
    assert DROPPED not in kinds(original, ("Kemi",))
    assert DROPPED not in kinds("Soirée au pub avec Kwame, Liverpool a gagné 3-1.", ("Kwame",))


def test_the_proposed_place_listed_as_someone() -> None:
    original = "Took the kids to Legoland, Zoe cried on the dragon ride."
    assert INVENTED in kinds(original, ("Zoe", "Legoland"), place="Legoland")
    assert INVENTED not in kinds("Dinner at Sunil's in Hoboken with the team.", ("Sunil",), place="Sunil's, Hoboken")


# --- places and times read in the shared mentions -------------------------------------------------------------

def test_a_scene_someone_else_is_in_is_still_where_it_happened() -> None:
    original = "Rosalie a dit oui au poste à Lille. Puis elle a pleuré dans l'ascenseur du bureau."
    assert not kinds(original, ("Rosalie",), place="dans l'ascenseur du bureau") & {
        FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}


def test_a_missed_connection_s_end_is_not_where_one_was() -> None:
    original = "Missed my train to Glasgow at Crewe, spent the night at the station hotel."
    assert FlagKind.PLACE_CHANGED not in kinds(original, place="Crewe")


@pytest.mark.parametrize("original", [
    "Rentrée en CM1 pour Lilou, elle a fait semblant de ne pas avoir peur.",
    "Soirée jeux chez Anaïs, on a joué au Monopoly jusqu'à minuit.",
])
def test_a_class_or_a_game_is_no_place(original: str) -> None:
    assert not kinds(original, tuple(n for n in ("Lilou", "Anaïs") if n in original)) & {
        FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}


def test_a_name_after_and_little_is_in_the_list() -> None:
    original = "Picnic with the cousins: Maria, Jonas and little Oyelaran. Oyelaran ate all the grapes."
    assert DROPPED in kinds(original, ("Maria", "Jonas"))
    assert DROPPED not in kinds(original, ("Maria", "Jonas", "Oyelaran"))
