"""Round 45 (2026-12-03), from holdout284–299 (just opened) and the older open sets, each with the case it must leave
alone:

- "he" where everyone the memory names is a woman, when the memory names her by a who-is-who word ("my best friend"
  is Hannah); « il a tenu », « qu'il l'ait mise » (a deed in the past) there too, in a reflection that never speaks
  to the user, and « elle a raconté » where everyone named is a man (not « il a disparu », the gratin, beside "tu");
- "he", "she", "themselves" anywhere in a reflection that never speaks to the user, of a memory of the user's own where
  no one else is and no name is written ("Gerald", a plant, may be "he");
- « sa grand-mère » for the user's « mamie », "her gran" for "Gran", where the memory speaks of no one else (after
  Lina's gala, « mamie » is Lina's too).

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind, WhoIsWho
from liblitz_app.enrichment.persona import KnownPerson
from tests.helpers.proposals import flag_kinds

VOICE = FlagKind.NOT_FIRST_PERSON
HANNAH = WhoIsWho((KnownPerson("Hannah", "best friend", ("my best friend", "Han")),))


def test_he_among_women_named_by_a_relation_is_the_user() -> None:
    original = "My best friend came over with soup when I had the flu. I lent her my good blanket."
    assert VOICE in flag_kinds(original, persons=["Hannah"], people=HANNAH,
                               reflection="Soup and a good blanket: I love that he looked after her too.")
    assert VOICE not in flag_kinds(original, persons=["Hannah"], people=HANNAH,
                                   reflection="Soup and a good blanket: I love that you looked after her too.")


LEA = WhoIsWho((KnownPerson("Léa", "sœur", ("ma sœur",)),))


@pytest.mark.parametrize(("original", "persons", "reflection"), [
    ("Première lecture publique avec Amandine à la médiathèque. J'avais la voix qui tremblait.", ["Amandine"],
     "Il a tenu jusqu'au bout malgré la voix qui tremblait ; je suis fière de lui, et Amandine aussi."),
    ("Ma sœur m'a envoyé une photo de la mer depuis Biarritz. Je l'ai mise en fond d'écran.", ["Léa"],
     "Je comprends qu'il l'ait mise en fond d'écran ; un peu de mer avec lui toute la journée."),
])
def test_a_deed_in_the_past_among_women_is_the_user(original: str, persons: list[str], reflection: str) -> None:
    assert VOICE in flag_kinds(original, persons=persons, people=LEA, reflection=reflection)


def test_a_things_deed_beside_you_is_left_alone() -> None:
    original = "J'ai fait un clafoutis pour l'anniversaire de Margaux, tout le monde en a repris."
    assert VOICE not in flag_kinds(original, persons=["Margaux"],
                                   reflection="Tu doutais de ton clafoutis, et il a disparu en dix minutes !")


@pytest.mark.parametrize("reflection", [
    "All evening on one tap, and I hope he stopped to admire it.",
    "All evening on one tap, and now she can sleep without the drip.",
    "All evening on one tap; I hope they let themselves enjoy the silence.",
])
def test_he_or_she_where_no_one_else_is_the_user(reflection: str) -> None:
    original = "Finally fixed the leaking tap myself. Took all evening."
    assert VOICE in flag_kinds(original, reflection=reflection)


def test_a_named_thing_may_be_he() -> None:
    original = "Bought my first cactus and named it Gerald. Please survive, Gerald."
    assert VOICE not in flag_kinds(original, reflection="I think he will: cacti forgive almost everything.")


@pytest.mark.parametrize(("original", "reflection"), [
    ("Dimanche chez mamie, on a écossé les petits pois sur le banc.",
     "Des petits pois écossés sur le banc de sa grand-mère : un dimanche parfait."),
    ("Nana taught me her scone recipe at last. Mine were flat.",
     "Flat scones are still her nana's scones; the recipe is in good hands."),
])
def test_the_users_grandparent_told_as_theirs(original: str, reflection: str) -> None:
    assert VOICE in flag_kinds(original, reflection=reflection)


def test_someone_elses_grandparent_is_left_alone() -> None:
    original = "Gala de danse de Zoé au conservatoire, mamie a pleuré du début à la fin."
    assert VOICE not in flag_kinds(original, persons=["Zoé"],
                                   reflection="Les larmes de sa grand-mère disent toute sa fierté.")


# Second part: places told after, and names that are no one dropped.
PLACE = FlagKind.PLACE_CHANGED
DROPPED = FlagKind.PERSON_DROPPED


@pytest.mark.parametrize(("original", "persons", "where", "later"), [
    ("Séance de contes au planétarium de Bordeaux avec Lina, puis une gaufre place de la Bourse avant de rentrer.",
     ["Lina"], "planétarium de Bordeaux", "place de la Bourse"),
    ("Open day at the lifeboat station with Omar. Then fish and chips in Whitby on the way home.", ["Omar"],
     "the lifeboat station", "Whitby"),
    ("Tonight at the village hall for the quiz with Ruth, stopped at Greggs for a sausage roll.", ["Ruth"],
     "the village hall", "Greggs"),
])
def test_a_stop_on_the_way_home_is_not_where_it_happened(original: str, persons: list[str], where: str,
                                                          later: str) -> None:
    assert PLACE in flag_kinds(original, place=later, persons=persons)
    assert PLACE not in flag_kinds(original, place=where, persons=persons)


YVES = WhoIsWho((KnownPerson("Yves", "père", ("papa",)), KnownPerson("René", "grand-père", ("papi",))))


@pytest.mark.parametrize(("original", "persons"), [
    ("Ce matin, Jean-Yves a réparé la barrière du jardin partagé.", ["Jean-Yves"]),
    ("La mairie va donner le nom de papi au sentier : Chemin René-Auclair. Je suis fière.", ["René"]),
    ("Dev showed me photos of the dig he did in Crete last year.", ["Dev"]),
    ("Physio says less lifting for a month. Easy for her to say.", []),
])
def test_a_name_that_is_no_one_is_not_dropped(original: str, persons: list[str]) -> None:
    assert DROPPED not in flag_kinds(original, persons=persons, people=YVES)


def test_a_name_beside_a_joined_one_is_still_dropped() -> None:
    original = "Jean-Yves et papa ont réparé la barrière ; Yves a tenu les planches."
    assert DROPPED in flag_kinds(original, persons=["Jean-Yves"], people=YVES)


# Third part: the user's kin by the who-is-who's word.
HOME = WhoIsWho((KnownPerson("Hugo", "fils", ("mon fils", "le grand")), KnownPerson("Isla", "daughter", ()),
                 KnownPerson("Tom", "husband", ("my husband",)), KnownPerson("Lucía", "Mateo's sister", ()),
                 KnownPerson("Mateo", "boyfriend", ("my boyfriend",)), KnownPerson("Antoine", "petit-fils", ())))


def test_the_users_kin_by_the_who_is_who_told_as_theirs() -> None:
    original = "Le grand m'a dit ce soir qu'il voulait devenir pilote. Comme ça, en débarrassant la table."
    told_of = "On sent sa fierté d'ici ; que son fils le lui confie au dîner, c'est précieux."
    assert VOICE in flag_kinds(original, persons=["Hugo"], people=HOME, reflection=told_of)
    assert VOICE not in flag_kinds(original, persons=["Hugo"], people=HOME,
                                   reflection="Je sens ta fierté d'ici ; qu'il te le confie au dîner, c'est précieux.")


@pytest.mark.parametrize(("original", "persons", "reflection"), [
    ("Registered Isla at the town hall on Friday. Tom made them fix the spelling twice.", ["Isla", "Tom"],
     "A new dad guarding his daughter's name: I love that the first official thing came with a fuss."),
    ("Stayed at Lucía's because Mateo's flat was being painted; she made us pancakes at seven.", ["Lucía", "Mateo"],
     "Being looked after by his sister at seven in the morning sounds like being let into the family."),
    ("Antoine m'a appris les échecs. Il a 9 ans et me bat à chaque fois.", ["Antoine"],
     "Se faire battre par son petit-fils de 9 ans, c'est la plus belle des défaites."),
])
def test_someone_elses_or_anyones_kin_is_left_alone(original: str, persons: list[str], reflection: str) -> None:
    assert VOICE not in flag_kinds(original, persons=persons, people=HOME, reflection=reflection)


# Fourth part: a place's name with "of", a brand of two names, a thing's make.
FAMILY = WhoIsWho((KnownPerson("Walt", "father", ("Dad",)), KnownPerson("Ben", "brother", ("my brother",))))


@pytest.mark.parametrize(("original", "persons"), [
    ("We finally drove the Ring of Kerry with Priya, in the rain.", ["Priya"]),
    ("We ran out of Ben & Jerry's by two o'clock, so Kofi invented an affogato.", ["Kofi"]),
    ("Dad came down with his old Stanley flask and sat on the bench all afternoon.", ["Walt"]),
])
def test_a_things_name_is_no_one_dropped(original: str, persons: list[str]) -> None:
    assert DROPPED not in flag_kinds(original, persons=persons, people=FAMILY)


@pytest.mark.parametrize("original", [
    "Two of the ewes got out this morning and old Dale herded them back with his collie.",
    "Ben came round with a tub of ice cream and we watched the match.",
])
def test_someone_after_an_adjective_is_still_dropped(original: str) -> None:
    assert DROPPED in flag_kinds(original, persons=[], people=FAMILY)
