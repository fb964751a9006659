"""Round 62 (2026-12-06), from holdout428–435 (just opened) and the older open sets, each with the case it must leave
alone:

- places: a sight over a place watched from another ("watched the fireworks over the bay from Pen's balcony", « le
  coucher de soleil sur le Canigou, vu depuis la terrasse ») is what was seen, not where the user was; the same sight
  with no other vantage ("Sunset over the bay with Mo") was there.
- persons: a given name that is a town's after a building's noun (« l'hôpital de Lourdes », « la salle des fêtes de
  Luz »), a name after the land's own nouns (« les plaines d'Abraham ») and a name joined by a small lowercase word
  as towns are ("Westbury-on-Trym", « Villeneuve-lès-Avignon ») are places, no one left out; « l'école d'Anaïs » is
  hers, and Anaïs someone.
- persons: a word alias who-is-who gives someone (« le petit », "papa"), capitalised before another capitalised word,
  starts a proper name (« le Petit Champlain », « Papa Noël »), not that person; « Le petit a ri » is him.
- places: a ward that "lost" a patient (« Bay 4 lost Mr Hughes ») is no team that lost a match; an imported row quoted
  right after its bracketed heading ("[Calendar import] 'Dentist - Harley Street'") is the memory's own, not
  someone's words; « tu vas rire : » opens a story, no plan.
- places: what the user carries ("in my wallet") and whom one takes after ("he gets it from Bracken") say nowhere the
  user was; a place another had something happen at, beside them, stays the memory's place.
- persons: a capitalised French word by its accents (« Pâte », « Câline »), a given name only folded in a far list
  ("Pate"), is no one left out; « Hélène » is someone.
- persons: an indefinite article and an adjective of age or kind ("an old Marine", "a 1950s Kay") or a plural one
  (« ses nouvelles Salomon ») before a name make it a kind or a thing; « une petite Lina », a newborn, is someone.
- who-is-who: someone recorded with their animal named ("SARDA dog handler (dog: Moss)", « maître-chien (chien :
  Tuc) ») is a person, not an animal; "dog: Labrador", "chien-guide" are the animal.
- times: « hir soir », a typo for « hier soir », is the day before; « hir » alone is read as nothing.
- persons: a name's anything in lower case, listed ("Hailey's caseworker", "Jess's dog", « les petits-fils de
  Gérard »), gives no name: invented, as "Jordan's sister" was; "Jess" listed is someone.
- companion: she calls herself a machine in « foi de petite machine », « tout robot que je sois », "the robot you talk
  to every night"; the memory's own robot, said so, is not her.
- reflection: a long flat retelling to the user, with no "I" of hers (« Tu es rentré à 4 h du matin, Sherpa dort
  dans la baignoire… »), restates the memory though it rewords a third of it; a long thought of hers does not.

The sentences were written for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, WhoIsWho
from liblitz_app.enrichment.persona import KnownPerson
from liblitz_app.enrichment.time_phrases import find_times
from tests.helpers.proposals import flag_kinds

DROPPED = FlagKind.PERSON_DROPPED
INVENTED = FlagKind.PERSON_INVENTED
PLACE = FlagKind.PLACE_CHANGED


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("New Year's Eve: we watched the fireworks over the bay from Pen's balcony, in one duvet.", "the bay", True),
    ("Le coucher de soleil sur le Canigou, vu depuis la terrasse de la maison, m'a coupé le souffle.", "Canigou", True),
    ("From the hospital car park I saw the moon rising over Arthur's Seat, huge and orange.", "Arthur's Seat", True),
    ("Sunset over the bay with Mo, chips on our knees, gulls everywhere.", "the bay", False),
    ("Feu d'artifice sur le Vieux-Port avec Inès et son frère, on a crié à chaque bouquet.", "Vieux-Port", False),
])
def test_a_sight_watched_from_elsewhere_is_not_where_the_user_was(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place)) is flagged


@pytest.mark.parametrize(("original", "persons"), [
    ("Mamie est rentrée de l'hôpital de Lourdes ce matin, fatiguée mais contente.", ("Mamie",)),
    ("Loto à la salle des fêtes de Luz avec Odette : on a gagné un jambon.", ("Odette",)),
    ("Pique-nique sur les plaines d'Abraham avec Jeanne, les écureuils nous ont volé le pain.", ("Jeanne",)),
    ("Caught the bus to Westbury-on-Trym with Dot for her hearing test.", ("Dot",)),
    ("Marché de Villeneuve-lès-Avignon avec Paulette, elle a marchandé les melons.", ("Paulette",)),
])
def test_a_place_named_like_a_person_is_no_one_left_out(original: str, persons: tuple[str, ...]) -> None:
    assert DROPPED not in flag_kinds(original, persons=persons)


@pytest.mark.parametrize(("original", "persons"), [
    ("Réunion à l'école d'Anaïs avec Karim, la maîtresse était ravie.", ("Karim",)),
    ("Tea at Jean-Paul's with Dot, then a walk by the river.", ("Dot",)),
])
def test_someone_named_beside_a_place_is_still_someone(original: str, persons: tuple[str, ...]) -> None:
    assert DROPPED in flag_kinds(original, persons=persons)


FAMILY = WhoIsWho.from_dict([{"name": "Malo", "relation": "fils", "aliases": ["le petit", "Malou"]},
                             {"name": "Gérard", "relation": "mari", "aliases": ["papa"]}])


@pytest.mark.parametrize(("original", "persons", "dropped"), [
    ("Balade dans le Petit Champlain avec Inès, les vitrines de Noël partout.", ("Inès",), False),
    ("À la fête de l'école, Papa Noël est arrivé en tracteur et Inès a crié.", ("Inès",), False),
    ("Le petit a ri toute la soirée devant les marionnettes avec Inès.", ("Inès",), True),
    ("Inès a appelé papa Gérard pour lui raconter le spectacle.", ("Inès",), True),
])
def test_a_word_alias_starting_a_proper_name_is_not_the_person(original: str, persons: tuple[str, ...],
                                                                dropped: bool) -> None:
    assert (DROPPED in flag_kinds(original, persons=persons, people=FAMILY)) is dropped


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("Bed 7 lost Mrs Patel just after midnight. I held her son's hand in the corridor.", "Bed 7", False),
    ("[Calendar import] 'Dentist - Harley Street - 10:00'. Note added: brave, no gas.", "Harley Street", False),
    ("Mira, tu vas rire : Bastien m'a vue danser dans la cuisine du gîte avec une louche.", "cuisine du gîte", False),
    ("Ashford Town lost again on Saturday, so we drowned our sorrows at the club.", "Ashford Town", True),
    ("Tom sang 'Streets of London' at the open mic and nobody clapped.", "London", True),
    ("Bastien a appelé : on va fêter ses quarante ans à Megève, il a déjà réservé.", "Megève", True),
])
def test_a_wards_loss_an_imported_row_a_storys_opener(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place)) is flagged


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("Ages ago, before we even opened the café, Marcus drew our sign on a beer mat at the Crown. I still have it in"
     " my wallet.", "the Crown", False),
    ("Alfie scored his first goal at school today. Jo says he gets that from me, I say he gets it from Grandad.",
     "school", False),
    ("Sunita sketched our first menu at the Crown while I was stuck at home with flu.", "the Crown", True),
])
def test_what_the_user_carries_says_no_place(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place)) is flagged


@pytest.mark.parametrize(("original", "dropped"), [
    ("Pâte brisée ratée deux fois, puis réussie avec Maxime. La cuisine est couverte de farine.", False),
    ("Câline a enfin mangé sa pâtée ce matin, Maxime a applaudi.", False),
    ("Hélène a enfin mangé sa soupe ce matin, Maxime a applaudi.", True),
])
def test_a_french_word_by_its_accents_is_no_one(original: str, dropped: bool) -> None:
    assert (DROPPED in flag_kinds(original, persons=("Maxime",))) is dropped


@pytest.mark.parametrize(("original", "dropped"), [
    ("Busked outside the station with Maxime. An old Marine asked for Johnny B. Goode and tipped twenty.", False),
    ("Maxime found a 1950s Kay at the flea market, warped but lovely.", False),
    ("Rando avec Maxime : il étrennait ses nouvelles Salomon et n'a parlé que de ça.", False),
    ("Ma cousine a eu une petite Zélie cette nuit, Maxime a pleuré au téléphone.", True),
])
def test_a_kind_or_a_thing_after_an_article_and_an_adjective(original: str, dropped: bool) -> None:
    assert (DROPPED in flag_kinds(original, persons=("Maxime",))) is dropped


@pytest.mark.parametrize(("relation", "an_animal"), [
    ("SARDA dog handler (dog: Moss)", False),
    ("maître-chien de l'équipe (chien : Tuc)", False),
    ("dog walker", False),
    ("dog: Labrador", True),
    ("chien-guide", True),
    ("our dog", True),
])
def test_someone_recorded_with_their_animal_named_is_a_person(relation: str, an_animal: bool) -> None:
    assert KnownPerson(name="Kirsty", relation=relation).an_animal is an_animal


def test_a_dog_handler_listed_is_no_animal_made_a_person() -> None:
    people = WhoIsWho.from_dict([{"name": "Kirsty", "relation": "SARDA dog handler (dog: Moss)", "aliases": []}])
    assert INVENTED not in flag_kinds("Kirsty rang at six: could I cover the search at Thirlmere?",
                                      persons=("Kirsty",), people=people)


def test_a_typo_for_yesterday_evening_is_the_day_before() -> None:
    found = find_times("hir soir les petits ont dormi tôt, j'ai lu tranquille", date(2026, 3, 10))
    assert [f.time.start for f in found] == [date(2026, 3, 9)]
    assert find_times("hir au marché j'ai vu Loïc", date(2026, 3, 10)) == []


@pytest.mark.parametrize(("original", "persons", "invented"), [
    ("Hailey's caseworker came by with a box of her old drawings. Hailey laughed at every one.",
     ("Hailey", "Hailey's caseworker"), True),
    ("Borrowed Jess's van for the move. Jess's dog rode shotgun the whole way.", ("Jess", "Jess's dog"), True),
    ("Les petits-fils de Gérard nous ont suivis toute la rando, Gérard était fier.",
     ("Gérard", "petits-fils de Gérard"), True),
    ("Borrowed Jess's van for the move. Jess's dog rode shotgun the whole way.", ("Jess",), False),
])
def test_a_names_anything_listed_gives_no_name(original: str, persons: tuple[str, ...], invented: bool) -> None:
    assert (INVENTED in flag_kinds(original, persons=persons)) is invented


RENAMED = FlagKind.COMPANION_RENAMED


@pytest.mark.parametrize(("original", "reflection", "renamed"), [
    ("Léa m'a confié ce soir qu'elle voulait reprendre le violon.",
     "Je garde ça, foi de petite machine : tu l'aideras.", True),
    ("Tom a couru son premier semi en 1h52, j'étais à l'arrivée.",
     "Je suis fière de vous deux, tout robot que je sois.", True),
    ("Saw a robot vacuum at the shop that sings. Priya wants one.",
     "A singing vacuum! The robot you talk to every night is a little jealous.", True),
    ("Saw a robot vacuum at the shop that sings. Priya wants one.",
     "A singing vacuum! I hope the robot behaves in Priya's flat.", False),
])
def test_she_calls_herself_a_machine_by_a_figure_of_speech(original: str, reflection: str, renamed: bool) -> None:
    assert (RENAMED in flag_kinds(original, reflection=reflection)) is renamed


RESTATES = FlagKind.REFLECTION_RESTATES_TEXT
NIGHT = ("jsuis rentré 3h du mat, le chien dort ds la baignoire jsp pk. on a ramené les 2 randonneurs du refuge, ils"
         " allaient bien juste gelés et affamés")


@pytest.mark.parametrize(("reflection", "restates"), [
    ("Tu es rentré à 3 h du matin, le chien dort dans la baignoire sans que tu saches pourquoi, et vous avez ramené"
     " les deux randonneurs du refuge, juste gelés et affamés.", True),
    ("Je suis soulagée que tout le monde soit rentré entier : ramener deux randonneurs gelés à trois heures du matin,"
     " c'est épuisant, et le chien a bien mérité sa baignoire.", False),
])
def test_a_long_flat_retelling_restates_the_memory(reflection: str, restates: bool) -> None:
    assert (RESTATES in flag_kinds(NIGHT, reflection=reflection)) is restates
