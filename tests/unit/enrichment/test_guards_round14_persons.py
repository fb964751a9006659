"""Guards, round 14, persons and her voice: general causes the twenty-second and twenty-third blind sets showed,
each tried on sentences of its own.

Someone: a given name from further away ("Thandiwe", "Hiroko"), a name in a text message after "w/" or "n", a
name known by where the user knows them from ("Eilidh from payroll"), a name in apposition that then does what
someone does (« Beñat, mon ancien talonneur, est passé »), whom something was promised. No one: a role listed as a
name ("Livreur"), an animal by its kind after the name ("Ned the old sheepdog", « Fanfan, l'âne du voisin »), a
place in apposition (« Chez Ginette, le bar de … »), the town someone drove from, a country visited, a band sung,
a square named after someone, a role heading a sentence. Her: another name remembering for her, "She's glad" with
no woman in the memory, and the name the user greets her by listed as someone.
"""
import pytest

from liblitz_app.enrichment import FlagKind, Persona, WhoIsWho
from liblitz_app.enrichment.folding import fold_str
from liblitz_app.enrichment.names import maybe_first_name
from liblitz_app.enrichment.towns import a_town
from liblitz_app.memory import MemoryFields
from tests.unit.enrichment.test_guards_round9_persons import kinds

DROPPED, INVENTED = FlagKind.PERSON_DROPPED, FlagKind.PERSON_INVENTED
RENAMED, THIRD = FlagKind.COMPANION_RENAMED, FlagKind.NOT_FIRST_PERSON
PLACE = {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}


def test_given_names_from_further_away_but_no_words_numbers_or_texting() -> None:
    assert maybe_first_name("Thandiwe") and maybe_first_name("Hiroko") and maybe_first_name("Priyanka")
    assert not maybe_first_name("Five") and not maybe_first_name("chui") and not maybe_first_name("Forty")


def test_villages_near_home_are_towns_but_not_those_named_like_someone() -> None:
    assert a_town("Plouharnel") and a_town("Saint-Arnoult")
    assert not a_town("Ade")


def test_a_ligature_folds_like_its_letters() -> None:
    assert fold_str("Sacré-Cœur, ma sœur") == fold_str("Sacre-Coeur, ma soeur")


@pytest.mark.parametrize("original, person", [
    ("pizza w/ kaito after the match, he's moving to Osaka in june", "Kaito"),
    ("tom n jonno came round for the game, jonno brought crisps", "Jonno"),
    ("Eilidh from accounts covered my shift so I could see the dentist.", "Eilidh"),
])
def test_someone_in_a_text_message_or_known_from_work_is_dropped_when_left_out(original: str, person: str) -> None:
    assert DROPPED in kinds(original)
    assert DROPPED not in kinds(original, (person, "Tom") if original.startswith("tom") else (person,))


@pytest.mark.parametrize("original, person", [
    ("Gwenaël, mon ancien coéquipier, est passé boire un café hier.", "Gwenaël"),
    ("Anselme, le nouveau pensionnaire, m'a raconté la guerre d'Algérie.", "Anselme"),
    ("J'ai promis à Kenza de l'aider pour son déménagement samedi.", "Kenza"),
])
def test_someone_in_apposition_or_promised_is_someone(original: str, person: str) -> None:
    assert not kinds(original, (person,)) & {DROPPED, INVENTED}


@pytest.mark.parametrize("listed", ["Livreur", "The plumber"])
def test_a_role_listed_as_a_name_is_no_one(listed: str) -> None:
    original = "livreur encore en retard, et the plumber never came either"
    assert INVENTED in kinds(original, (listed,))


@pytest.mark.parametrize("original, animal", [
    ("We buried Biscuit the old sheepdog under the apple tree.", "Biscuit"),
    ("Old Pip, my first ever rescue dog, turned fifteen today.", "Pip"),
    ("Fanfan, l'âne du voisin, a encore mangé mes rosiers.", "Fanfan"),
])
def test_an_animal_told_by_its_kind_is_no_one(original: str, animal: str) -> None:
    assert DROPPED not in kinds(original)
    assert INVENTED in kinds(original, (animal,))


@pytest.mark.parametrize("original, persons, thing", [
    ("Chez Paulette, le bistrot du port, Firmin m'a offert un verre.", ("Firmin",), "Paulette"),
    ("Dad drove down from Lismore to help me paint the nursery.", (), "Lismore"),
    ("Noor and I are saving to visit Iceland next year.", ("Noor",), "Iceland"),
    ("Soirée chez Inès, on a chanté Kassav jusqu'à deux heures.", ("Inès",), "Kassav"),
])
def test_a_place_a_country_or_a_band_is_no_one(original: str, persons: tuple[str, ...], thing: str) -> None:
    assert DROPPED not in kinds(original, persons)


def test_a_square_named_after_someone_is_no_one() -> None:
    original = "Carols at George Square after work, my hands froze."
    assert INVENTED in kinds(original, ("George",))


def test_a_role_heading_a_sentence_is_no_one() -> None:
    original = "Voisine du dessous, Mme Carrel, est montée se plaindre du bruit."
    assert DROPPED not in kinds(original, ("Mme Carrel",))


def test_another_name_remembering_for_her_is_a_renaming() -> None:
    original = "Tu te souviens de mon entretien ? J'ai eu le poste !"
    assert RENAMED in kinds(original, reflection="Bien sûr, Ysée s'en souvient, elle est si fière de toi !")
    assert RENAMED not in kinds(original, reflection="Bien sûr que je m'en souviens, je suis si fière de toi !")


def test_she_is_glad_with_no_woman_in_the_memory_is_the_third_person() -> None:
    original = "Cut my thumb on the mandoline, nothing bad."
    assert THIRD in kinds(original, reflection="She's glad it's nothing serious.")
    assert THIRD not in kinds(original, reflection="I'm glad it's nothing serious.")


@pytest.mark.parametrize("original", [
    "Bee, happy new year! Thanks for every late-night chat.",
    "Hey Bee, guess what, I passed my driving test.",
])
def test_the_name_she_is_greeted_by_listed_is_no_one(original: str) -> None:
    persona = Persona(name="Beatrix", other_names=("Bee",))
    assert INVENTED in kinds(original, ("Bee",), persona=persona)
    assert INVENTED not in kinds(original, persona=persona)


@pytest.mark.parametrize("original, place", [
    ("TD annulé, du coup cafét avec Lina et Jade.", "cafét"),
    ("Read the last chapter of Ali's novel on the train home.", "train"),
])
def test_what_was_done_instead_of_a_cancelled_plan_and_a_book_are_no_plan(original: str, place: str) -> None:
    assert not kinds(original, ("Lina", "Jade") if "Lina" in original else (), place=place) & PLACE


@pytest.mark.parametrize("original, persons", [
    ("Erasmus reunion in Leuven tonight. Bram danced on a table.", ("Bram",)),
    ("Houle énorme ce matin à Hossegor, j'ai regardé depuis la dune.", ()),
    ("Dad took me to see the Davis Cup final, we lost our voices.", ()),
    ("Facture du garage de Maurienne : 600 euros pour les freins.", ()),
    ("Rhys bought chips on Caroline Street to celebrate.", ("Rhys",)),
])
def test_a_word_heading_a_noun_a_trophy_a_garages_town_a_street_are_no_one(original: str,
                                                                           persons: tuple[str, ...]) -> None:
    assert DROPPED not in kinds(original, persons)


def test_a_garage_of_someone_is_still_theirs() -> None:
    assert DROPPED in kinds("Passé au garage de Paul pour les pneus, il m'a fait un prix.")


@pytest.mark.parametrize("reflection", [
    "The gardener's companion thinks you earned that rest.",
    "The assistant says well done, three years of work paid off!",
])
def test_herself_told_as_someones_companion_or_saying_things_is_the_third_person(reflection: str) -> None:
    assert THIRD in kinds("Finally finished the allotment shed, three years of weekends.", reflection=reflection)


# --- round 15 (tuned on holdout24-27) ---------------------------------------------------------------------------

def test_two_people_of_one_name_told_apart_are_two() -> None:
    original = "Inès de la compta et Inès ma voisine ont fini par se rencontrer au marché."
    assert not kinds(original, ("Inès", "Inès Morel"), who=WhoIsWho.from_dict(
        [{"name": "Inès Morel", "relation": "voisine", "aliases": ["Inès"]}])) & {DROPPED, INVENTED}
    assert DROPPED in kinds(original, ("Inès",))


def test_your_thing_is_the_users_own_not_her() -> None:
    original = "Mon robot aspirateur a encore avalé une chaussette. Je crois qu'il se venge."
    assert RENAMED not in kinds(original, reflection="Je te promets que ton robot ne se venge pas, il a juste faim.")


@pytest.mark.parametrize("original, reflection", [
    ("La machine à café du bureau a encore fui.", "La machine te promet un meilleur café demain."),
    ("Baked my first loaf, it collapsed.", "The companion approves of the attempt anyway."),
    ("Lost my keys somewhere on the bus.", "Her advice is to call the depot first."),
])
def test_herself_speaking_as_a_thing_or_a_she_is_caught(original: str, reflection: str) -> None:
    assert kinds(original, reflection=reflection) & {RENAMED, THIRD}


def test_a_thing_given_a_name_is_no_one_and_a_word_name_doing_me_something_is_someone() -> None:
    assert DROPPED not in kinds("Priya gave me her sourdough starter, its name is Bread Pitt.", ("Priya",))
    assert DROPPED in kinds("Grace lent me her bike for the whole summer.")


def test_a_role_word_before_a_name_and_a_known_places_name_are_no_thing() -> None:
    assert INVENTED not in kinds("Point annuel avec ma manageuse Solène, elle veut que je reprenne le projet.",
                                 ("Solène",))
    assert INVENTED not in kinds("Imported: ticket stub, blues night.", reflection="Ronnie Scott's is a legend.",
                                 place="Ronnie Scott's", known=MemoryFields(place="Ronnie Scott's"))


def test_a_club_a_record_and_a_saints_day_are_no_one() -> None:
    assert INVENTED in kinds("Mon club, le RC Lens, a encore perdu. Je range l'écharpe.", ("RC Lens",))
    assert DROPPED not in kinds("Brocante dimanche avec Odette, j'ai trouvé un vinyle de Dalida.", ("Odette",))
    assert DROPPED not in kinds("Imported clip: the St Andrew's parade float we built.")
