"""Guards, round 4: readings that the fifth blind set showed missing, each tried on sentences of its own.

Her "je" in the present about nothing the memory tells is her say, not the user's story; French "ai" is a verb.
"""
from datetime import date, timedelta

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.memory import EventTime, MemoryFields

DAY = date(2025, 6, 2)


def kinds(original: str, reflection: str = "", persons: tuple[str, ...] = (), place: str = "",
          persona: Persona | None = None, who: WhoIsWho | None = None, time: EventTime | None = None,
          day: date = DAY) -> set[FlagKind]:
    fields = MemoryFields(persons=persons, reflection=reflection, place=place, time=time or EventTime())
    return {f.kind for f in check_proposal(original, day, Proposal(fields=fields), persona, who or WhoIsWho())}


# --- her present-tense say, the user's story ------------------------------------------------------

@pytest.mark.parametrize("original, reflection, persona", [
    ("Premier plongeon de l'année dans le lac, l'eau était glacée.", "Brrr ! Je décerne une médaille au courage.",
     None),
    ("Finally fixed the leaking tap myself.", "A plumber in the making! I officially declare this a win.", None),
    ("Can't decide between pancakes and waffles for Sunday.", "Me, Nova, I vote pancakes, obviously.",
     Persona(name="Nova")),
    ("Mon neveu a eu son permis du premier coup.", "Moi, Lili, je commande une tarte pour fêter ça !",
     Persona(name="Liliane", other_names=("Lili",))),
])
def test_her_own_say_in_the_present_is_her_voice(original: str, reflection: str, persona: Persona | None) -> None:
    assert FlagKind.NOT_FIRST_PERSON not in kinds(original, reflection, persona=persona)


@pytest.mark.parametrize("original, reflection", [
    ("Dentist this morning, two fillings.", "I went to the dentist and got two fillings, ugh."),          # past
    ("Entretien chez un éditeur, je crois que ça s'est bien passé.", "J'ai passé un entretien chez un éditeur."),
    ("Déménagement samedi, les cartons sont partout.", "Je déménage samedi et les cartons m'envahissent."),  # retold
    ("Third night shift in a row.", "Another night shift. I'll have to sleep all weekend."),               # must
    ("Le dossier est refusé, il manque une pièce.", "Quelle galère. Je vais devoir tout recommencer lundi."),
])
def test_the_users_story_in_her_je_is_still_flagged(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON in kinds(original, reflection)


@pytest.mark.parametrize("reflection", [
    "J'en ai des frissons rien que d'y penser.",
    "J'y ai repensé toute la soirée, quelle belle vue.",
])
def test_french_ai_after_en_or_y_is_the_verb(reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED not in kinds("Vu le lac d'Annecy au lever du soleil.", reflection)


def test_an_ai_that_speaks_of_itself_is_still_a_rename() -> None:
    assert FlagKind.COMPANION_RENAMED in kinds("Long walk by the sea.", "Me, the AI, I loved hearing about it.")


# --- a kinship title the user uses, told of in a clause of its own --------------------------------

@pytest.mark.parametrize("original, reflection", [
    ("Papi a réparé le vélo de Léo tout l'après-midi.", "Le vélo réparé par Papi, je trouve ça adorable."),
    ("Grandpa taught Ella to fish today.", "A fishing lesson from Grandpa, I love that."),
    ("Tata Rose nous a gardé les petits samedi.", "Les petits chez Tata Rose, j'imagine le goûter !"),
])
def test_the_users_title_for_a_relative_told_of_is_not_claimed(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON not in kinds(original, reflection)


@pytest.mark.parametrize("original, reflection", [
    ("Papi est encore à l'hôpital.", "Papi me manque aussi, j'espère qu'il rentre vite."),
    ("Grandpa is in hospital again.", "I miss Grandpa so much already."),
])
def test_a_relative_claimed_as_hers_is_still_flagged(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON in kinds(original, reflection)


# --- a relation listed as written ----------------------------------------------------------------

@pytest.mark.parametrize("original, person", [
    ("Relu le carnet de recettes de ma grand-mère.", "grand-mère"),
    ("Le jardin où travaillait grand-père est à vendre.", "grand-père"),
    ("Found my grandfather's old watch in a drawer.", "grandfather"),
])
def test_a_relation_listed_as_the_memory_writes_it_is_not_invented(original: str, person: str) -> None:
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons=(person,))


def test_a_relation_nobody_wrote_or_made_a_name_is_still_invented() -> None:
    assert FlagKind.PERSON_INVENTED in kinds("Relu mes vieux carnets de voyage.", persons=("grand-père",))
    assert FlagKind.PERSON_INVENTED in kinds("Ma voisine m'a prêté son escabeau.", persons=("Madame Voisine",))


# --- where it happened: a place to come, a place shown, someone's home said by a pronoun -----------

@pytest.mark.parametrize("original, place", [
    ("Ma cousine s'installe à Grenoble en septembre prochain. Ce soir on a fêté ça chez elle à Lyon.", "Grenoble"),
    ("Dev is off to Lisbon next week; tonight we had farewell drinks at his flat in Leeds.", "Lisbon"),
    ("We were supposed to drive to Cornwall but the car broke down, so we stayed in Bath.", "Cornwall"),
    ("On devait partir à Biarritz, finalement on est restés à Pau à cause de la grève.", "Biarritz"),
    ("Nadia m'a montré des photos de son chalet à Megève pendant la pause au bureau.", "Megève"),
    ("Owen showed me videos of his boat in Brest while we queued at the bakery.", "Brest"),
])
def test_a_place_to_come_undone_or_shown_is_not_where_it_happened(original: str, place: str) -> None:
    assert FlagKind.PLACE_CHANGED in kinds(original, place=place)


@pytest.mark.parametrize("original, place, persons, who", [
    ("Ma cousine s'installe à Grenoble en septembre prochain. Ce soir on a fêté ça chez elle à Lyon.",
     "chez Inès à Lyon", ("Inès Martin",), WhoIsWho.from_dict([{"name": "Inès Martin", "relation": "cousine"}])),
    ("Dev is off to Lisbon next week; tonight we had farewell drinks at his flat in Leeds.",
     "Dev's flat in Leeds", ("Dev",), None),
    ("pizza night at marco's with the usual crew", "Marco's place", ("Marco",), None),
    ("On a attendu le train à la gare de Tours pendant deux heures.", "gare de Tours", (), None),
    ("Old photo: me and Nan on the pier at Brighton.", "Brighton", (), None),       # a caption: it was there
])
def test_where_it_happened_said_otherwise_passes(original: str, place: str, persons: tuple[str, ...],
                                                  who: WhoIsWho | None) -> None:
    found = kinds(original, place=place, persons=persons, who=who)
    assert FlagKind.PLACE_CHANGED not in found and FlagKind.PLACE_INVENTED not in found


def test_another_room_of_someones_home_is_still_a_change() -> None:
    assert FlagKind.PLACE_CHANGED in kinds("Afternoon at Ruth's workshop, sanding chairs.", place="Ruth's flat",
                                           persons=("Ruth",))


# --- an hour, a part of the day or the week-end, told without a day: the nearest one ----------------

SAT, SUN = date(2025, 5, 31), date(2025, 6, 1)   # the week-end before DAY, a Monday


@pytest.mark.parametrize("original, said, start, end", [
    ("Le colis est enfin arrivé à 10 h 40.", "10h40", DAY, DAY),
    ("Train delayed again, got in at 11 pm.", "11 pm", DAY, DAY),
    ("Spent the morning repotting the basil.", "this morning", DAY, DAY),
    ("Passé la soirée à trier des photos.", "ce soir", DAY, DAY),
    ("Week-end au chalet avec les copains.", "le week-end dernier", SAT, SUN),
])
def test_the_nearest_hour_part_or_week_end_passes(original: str, said: str, start: date, end: date) -> None:
    found = kinds(original, time=EventTime(said, start, end))
    assert FlagKind.TIME_INVENTED not in found and FlagKind.TIME_CHANGED not in found


@pytest.mark.parametrize("original, said, start, end", [
    ("Spent the morning repotting the basil.", "yesterday morning", DAY - timedelta(days=1), DAY - timedelta(days=1)),
    ("Le colis est enfin arrivé à 10 h 40.", "10h40", DAY - timedelta(days=3), DAY - timedelta(days=3)),
    ("Week-end au chalet avec les copains.", "le week-end dernier", SAT - timedelta(days=7), SUN - timedelta(days=7)),
    ("I love the smell of coffee in the morning.", "this morning", DAY, DAY),        # a habit: no day
])
def test_another_day_for_them_is_still_flagged(original: str, said: str, start: date, end: date) -> None:
    found = kinds(original, time=EventTime(said, start, end))
    assert FlagKind.TIME_INVENTED in found or FlagKind.TIME_CHANGED in found


# --- a name at the head of a list, a contest's name, a place's name said short -----------------------

@pytest.mark.parametrize("original, persons", [
    ("Dîner d'anniversaire : étaient là Margaux, Théo et Inès.", ("Margaux", "Théo", "Inès")),
    ("Around the table sat Imogen, Tariq and Bea, all exhausted.", ("Imogen", "Tariq", "Bea")),
])
def test_the_head_of_a_list_of_people_is_someone(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons=persons)


def test_a_town_before_a_list_of_people_is_still_no_one() -> None:
    found = kinds("De retour de Nantes, Théo et Inès m'attendaient à la gare.", persons=("Nantes", "Théo", "Inès"))
    assert FlagKind.PERSON_INVENTED in found


@pytest.mark.parametrize("original, contest", [
    ("Regardé la finale de Jean-Bouin avec papa, quel suspense.", "Jean-Bouin"),
    ("Stayed up for the final of Wimbledon, Alcaraz again!", "Wimbledon"),
])
def test_a_contests_name_is_no_one(original: str, contest: str) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=("Alcaraz",) if "Alcaraz" in original else ())
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=(contest,))


def test_a_match_may_be_someones() -> None:
    assert FlagKind.PERSON_DROPPED in kinds("Tout l'après-midi au match de Théo, il a marqué deux buts.")


@pytest.mark.parametrize("original, place, flagged", [
    ("Picnic on Mount Kos with Ada.", "Mount Kosciuszko", False),        # a name said short
    ("Balade au Puy Mary avec Jo.", "Puy Mary, Cantal", False),
    ("Picnic on Mount Kos with Ada.", "Mount Everest", True),
])
def test_a_place_name_said_short(original: str, place: str, flagged: bool) -> None:
    found = kinds(original, place=place, persons=("Ada",) if "Ada" in original else ("Jo",))
    assert (FlagKind.PLACE_CHANGED in found or FlagKind.PLACE_INVENTED in found) is flagged


# --- in-laws named by the group, a pet by what one does with it --------------------------------------

IN_LAWS = WhoIsWho.from_dict([{"name": "Marc Durand", "relation": "beau-père"},
                              {"name": "Clara Durand", "relation": "conjointe"}])


@pytest.mark.parametrize("original", [
    "Déjeuner chez mes beaux-parents, Clara a offert un livre à son père.",
    "Sunday lunch with the in-laws, Clara gave her dad a book.",
])
def test_an_in_law_for_the_in_laws_is_not_invented(original: str) -> None:
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons=("Clara Durand", "Marc Durand"), who=IN_LAWS)


def test_an_in_law_nobody_spoke_of_is_still_invented() -> None:
    found = kinds("Déjeuner chez mes parents, Clara a apporté le dessert.", persons=("Clara Durand", "Marc Durand"),
                  who=IN_LAWS)
    assert FlagKind.PERSON_INVENTED in found


@pytest.mark.parametrize("original", [
    "Took Pepper to the vet, just a sore paw.",
    "Emmené Filou chez le véto ce matin, rien de grave.",
    "Walked Biscuit twice around the park before the rain.",
])
def test_a_pet_taken_to_the_vet_or_walked_is_no_dropped_person(original: str) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original)


@pytest.mark.parametrize("original", [
    "Took Nadia to the station, then straight to work.",   # someone taken somewhere else
    "Walked with Biscuit's owner Tom along the canal.",     # the owner, named
])
def test_someone_taken_or_walked_with_is_still_a_person(original: str) -> None:
    assert FlagKind.PERSON_DROPPED in kinds(original)


# --- a period of one's life, no year said ------------------------------------------------------------

@pytest.mark.parametrize("original, said", [
    ("Back when I worked at the bakery, I'd be up at four every day.", "back when I worked at the bakery"),
    ("Du temps où je vivais à Lille, on allait au marché de Wazemmes.", "du temps où je vivais à Lille"),
])
def test_a_period_of_life_given_a_year_is_invented(original: str, said: str) -> None:
    found = kinds(original, time=EventTime(said, date(2016, 1, 1), date(2016, 12, 31)))
    assert FlagKind.TIME_INVENTED in found or FlagKind.TIME_CHANGED in found
    assert not {FlagKind.TIME_INVENTED, FlagKind.TIME_CHANGED} & kinds(original, time=EventTime(said))


def test_a_period_with_its_year_passes() -> None:
    original = "Back when I lived in Oslo, in 2016, winters felt endless."
    found = kinds(original, time=EventTime("2016", date(2016, 1, 1), date(2016, 12, 31)))
    assert not {FlagKind.TIME_INVENTED, FlagKind.TIME_CHANGED} & found


# --- the memory's thing called hers ------------------------------------------------------------------

@pytest.mark.parametrize("original, reflection", [
    ("Laptop died in the middle of the presentation.", "My laptop picked the worst possible moment."),
    ("Oral de russe raté, 9 sur 20.", "Mon oral de russe m'a achevée."),
])
def test_the_memorys_thing_called_hers_is_flagged(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON in kinds(original, reflection)


@pytest.mark.parametrize("original, reflection", [
    ("Laptop died in the middle of the presentation.", "My goodness, what timing! I hope the slides were saved."),
    ("Oral de russe raté, 9 sur 20.", "Mon cœur se serre, un oral pareil demande tant de travail."),
])
def test_her_own_my_is_not_the_users(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON not in kinds(original, reflection)


@pytest.mark.parametrize("original, name", [
    ("Apéro chez Hugo : sa chatte a dormi sur mes genoux, et Maëlle est partie tôt.", "Maëlle"),
    ("Barbecue: Ben grilled, Priya brought her dog and Wes did the dishes.", "Wes"),
])
def test_someone_after_a_pet_and_a_conjunction_is_someone(original: str, name: str) -> None:
    others = tuple(n for n in ("Hugo", "Ben", "Priya") if n in original)
    assert FlagKind.PERSON_DROPPED in kinds(original, persons=others)
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=(*others, name))


def test_a_pet_named_after_its_noun_is_still_no_one() -> None:
    assert FlagKind.PERSON_DROPPED not in kinds("Brushed the old cat Gordon for an hour.")


# --- a text message told back in full words -----------------------------------------------------------

@pytest.mark.parametrize("original, reflection", [
    ("chui crevé, réunion tte la journée avc le client", "Tu es crevé parce que tu as eu réunion toute la journée avec le client."),
    ("so tired tmrw is another double shift bc Jen quit", "You're so tired because tomorrow is another double shift since Jen quit."),
])
def test_a_text_message_told_back_in_full_is_a_restatement(original: str, reflection: str) -> None:
    assert FlagKind.REFLECTION_RESTATES_TEXT in kinds(original, reflection)


def test_a_thought_about_a_text_message_is_not() -> None:
    reflection = "Une journée pareille vide n'importe qui. Tu mérites une vraie soirée sans écran."
    assert FlagKind.REFLECTION_RESTATES_TEXT not in kinds("chui crevé, réunion tte la journée avc le client",
                                                          reflection)


# --- a reflection in neither of the user's languages --------------------------------------------------

@pytest.mark.parametrize("original, reflection", [
    ("Journée à la plage avec Léo, on a mangé des glaces.", "Che bella giornata! Sono davvero contenta per voi due."),
    ("Finally finished the quilt for my niece.", "Que lindo! Tenho a certeza de que ela vai adorar o presente."),
])
def test_a_reflection_in_a_third_language_is_flagged(original: str, reflection: str) -> None:
    assert FlagKind.WRONG_LANGUAGE in kinds(original, reflection)


@pytest.mark.parametrize("original, reflection", [
    ("Dinner at the new tapas bar with Mo.", "¡Salud! I hope the patatas bravas lived up to the hype."),
    ("Soirée karaoké avec Inès.", "Wunderbar ! J'imagine déjà la playlist, je suis ravie pour toi."),
    ("Dinner at the new tapas bar with Mo.", "Buen provecho!"),                      # too short to tell
])
def test_a_foreign_word_or_two_is_not_another_language(original: str, reflection: str) -> None:
    assert FlagKind.WRONG_LANGUAGE not in kinds(original, reflection)
