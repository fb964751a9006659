"""Round 46 (2026-12-04), from holdout300–307 (just opened) and the older open sets, each with the case it must leave
alone:

- « avec elle », « pour elle », « fière de lui » in a reflection that never speaks to the user, of a memory of the
  user's own that speaks of no woman (no man): after a preposition « elle » and « lui » are a person, the user (not
  « pour lui dire merci », to someone; not beside a grave, where « elle » is the one mourned; not beside « ma
  thérapeute », who may be either);
- a part in a play ("read in for Ruth", « je serai Lucienne », "Elvira's entrance"; not "Priya's lines" nor "Marco's
  stand-in"), an animal by what only an animal has or does ("Willow's kennel", "Ziggy (tabby, 4y)"; not a man beside a
  dog, nor "Mr Abbott's stall"), a shop by what one eats there ("pizza at Gino's"; not "dinner at Jess's"), a town at
  a route's end ("my route to Melbourne"), a lake, a cave, a watch: no one to keep, and invented when listed;
- a place promised, asked or booked for later ("we promised each other we'd kayak to…"), or shown in a picture someone
  sent (« Photo envoyée par Maë : le phare… »);
- the user's deed inside a sentence about her (« ce qu'elle a réussi »), « elle a droit aux deux », and the French
  possessive « son », no son.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind
from tests.helpers.proposals import flag_kinds

VOICE = FlagKind.NOT_FIRST_PERSON


@pytest.mark.parametrize(("original", "persons", "reflection"), [
    ("Détour par l'abbaye. Un moine nous a fait visiter le cloître en parlant de foot. Je ne m'y attendais pas.", [],
     "Un moine qui parle de foot, c'est le genre de surprise que le chemin sait faire. Je ris avec elle."),
    ("Gîte complet à Figeac, j'ai dormi sur un matelas gonflable dans la salle des fêtes. Franchement ça va.", [],
     "Un matelas gonflable au lieu d'un lit, et la bonne humeur quand même. Je suis rassurée que ça aille pour elle."),
    ("Ma sœur Nadia m'a aidée à finir le dossier. On l'a rendu à minuit pile.", ["Nadia"],
     "Rendu à minuit pile, avec Nadia à la manœuvre : je suis tellement fière de lui."),
])
def test_her_or_him_after_a_preposition_is_the_user(original: str, persons: list[str], reflection: str) -> None:
    assert VOICE in flag_kinds(original, persons=persons, reflection=reflection)


@pytest.mark.parametrize(("original", "persons", "reflection"), [
    ("Ma sœur Nadia m'a aidée à finir le dossier. On l'a rendu à minuit pile.", ["Nadia"],
     "Rendu à minuit pile grâce à Nadia : je suis contente pour elle aussi."),
    ("Mon voisin m'a aidé à monter l'armoire. Je ne m'y attendais pas.", [],
     "Quelle belle surprise ! Ça donne envie de lui rendre la pareille, pour lui dire merci."),
    ("Toussaint hier. Je suis allée seule sur la tombe, j'ai posé des chrysanthèmes et je suis restée une heure.", [],
     "Y aller seule, c'était peut-être le seul moyen d'être vraiment avec elle."),
    ("Gîte complet à Figeac, j'ai dormi sur un matelas gonflable dans la salle des fêtes. Franchement ça va.", [],
     "Tu as pris ça avec le sourire ; cette salle des fêtes gardera une histoire de plus avec elle."),
])
def test_someone_else_after_a_preposition_is_left_alone(original: str, persons: list[str], reflection: str) -> None:
    assert VOICE not in flag_kinds(original, persons=persons, reflection=reflection)


DROPPED = FlagKind.PERSON_DROPPED


@pytest.mark.parametrize(("original", "persons"), [
    ("Première lecture de la pièce à la salle des fêtes. Julien a donné les rôles : je serai Lucienne !", ["Julien"]),
    ("Last week Sam on lights finally sorted the lamp cue for Elvira's entrance.", ["Sam"]),
    ("Auditions at the parish hall. Helen read in for Ruth and was wonderful.", ["Helen"]),
    ("Ce soir je passe la soirée à répéter Roméo et Juliette à la MJC avec Lucas.", ["Lucas"]),
    ("Sam the stage manager built Madame Arcati's séance table out of an old coffee table.", ["Sam"]),
])
def test_a_part_in_a_play_is_no_one(original: str, persons: list[str]) -> None:
    assert DROPPED not in flag_kinds(original, persons=persons)


@pytest.mark.parametrize(("original", "persons"), [
    ("2025-08-14, Cedar Ridge Animal Shelter, Adopted: Ziggy (tabby, 4y), volunteer of record: me", []),
    ("Sat in Willow's kennel for an hour with a book.", []),
    ("Trois box à désinfecter ce soir, et Figaro qui m'a griffée en prime.", []),
    ("A student named a sea cucumber Kevin and refused to dissect it.", []),
    ("Au gîte, un chat roux appelé Pastis m'a suivie jusqu'au lit.", []),
])
def test_an_animal_by_what_only_an_animal_has_is_no_one(original: str, persons: list[str]) -> None:
    assert DROPPED not in flag_kinds(original, persons=persons)


@pytest.mark.parametrize(("original", "persons"), [
    ("Répétition ce soir : Margot m'a fait répéter mon texte jusqu'à minuit.", []),
    ("Dimanche, balade jusqu'à Étretat avec Sofiane et Biscotte. La chienne a passé le trajet à la fenêtre.", []),
    ("Baby Léo (3 months) slept through the night for the first time.", []),
    ("They named the baby boy Samuel, after his grandfather.", []),
    ("Rehearsal ran late. Priya's lines were perfect and I messed up mine.", []),
])
def test_someone_beside_a_stage_or_an_animal_is_still_dropped(original: str, persons: list[str]) -> None:
    assert DROPPED in flag_kinds(original, persons=persons)


@pytest.mark.parametrize(("original", "persons"), [
    ("Sam's first audition went great; after, Sam and I grabbed pizza at Gino's.", ["Sam"]),
    ("Jordan and I spent the evening mapping out my route to Melbourne: Dubai layover, then a long nap.", ["Jordan"]),
    ("J'ai acheté des mantecadas pour Léa, elles ne survivront pas jusqu'à Santiago.", ["Léa"]),
])
def test_a_shop_or_a_town_by_how_it_is_said_is_no_one(original: str, persons: list[str]) -> None:
    assert DROPPED not in flag_kinds(original, persons=persons)


@pytest.mark.parametrize(("original", "persons"), [
    ("Long drive to Jess's after work, we talked until two.", []),
    ("Dinner at Jess's, she made her lasagne.", []),
    ("Stopped by Paolo's bar tonight. He promised to send his customers our way.", []),
    ("At Borough Market this morning, bought strawberries from Mr Abbott's stall.", []),
])
def test_someone_whose_home_or_shop_it_is_is_still_dropped(original: str, persons: list[str]) -> None:
    assert DROPPED in flag_kinds(original, persons=persons)


INVENTED = FlagKind.PERSON_INVENTED


@pytest.mark.parametrize(("original", "persons"), [
    ("The cast list from Jordan just landed. I'm Lady Bracknell. I've read it twice.", ["Jordan", "Lady Bracknell"]),
    ("Last week Sam on lights finally sorted the lamp cue for Elvira's entrance.", ["Sam", "Elvira"]),
])
def test_a_part_listed_as_someone_is_invented(original: str, persons: list[str]) -> None:
    assert INVENTED in flag_kinds(original, persons=persons)


def test_the_stallholder_listed_is_no_invention() -> None:
    original = "At Borough Market this morning, bought strawberries from Mr Abbott's stall."
    assert INVENTED not in flag_kinds(original, persons=["Mr Abbott"])


PLACE = FlagKind.PLACE_CHANGED


@pytest.mark.parametrize(("original", "place"), [
    ("Walked the trail at Deception Pass with Nadia after work. We promised each other we'd kayak to Sucia Island"
     " this summer.", "Sucia Island"),
    ("Mr. Okafor wants me to play at the Christmas concert at the Guildhall. Said I'd think about it.", "Guildhall"),
    ("Réservé les refuges du GR10 pour juillet : Arrémoulit, Wallon. Léa a déjà acheté des chaussettes.",
     "Refuge d'Arrémoulit"),
])
def test_a_place_promised_asked_or_booked_for_later_is_not_where_it_was(original: str, place: str) -> None:
    assert PLACE in flag_kinds(original, place=place)


def test_where_the_promise_was_made_is_left_alone() -> None:
    original = ("Walked the trail at Deception Pass with Nadia after work. We promised each other we'd kayak to Sucia"
                " Island this summer.")
    assert PLACE not in flag_kinds(original, place="Deception Pass")


@pytest.mark.parametrize(("original", "place"), [
    ("Photo envoyée par Maë : le phare d'Eckmühl sous la tempête. Moi j'étais coincée au labo de Roscoff.",
     "phare d'Eckmühl"),
    ("Picture from Sam: the harbour at Mousehole at dawn. I was stuck at my desk in Leeds all day.", "Mousehole"),
])
def test_what_a_picture_someone_sent_shows_is_not_where_it_was(original: str, place: str) -> None:
    assert PLACE in flag_kinds(original, place=place)


def test_a_caption_of_the_users_own_picture_is_left_alone() -> None:
    assert PLACE not in flag_kinds("Photo from the import: beach bonfire with the gang.", place="the beach")


@pytest.mark.parametrize(("original", "persons"), [
    ("Took Dad on a last drive past the old plant. He wants to see Lake Erie one more time in the spring.", ["Dad"]),
    ("Ribadesella. Tito Bustillo cave is shut on Saturdays, so I ate an ice cream instead.", []),
    ("Dad was furious that his old Timex was wrong. Ben fixed it while Dad watched.", ["Dad", "Ben"]),
])
def test_a_lake_a_cave_a_watch_is_no_one(original: str, persons: list[str]) -> None:
    assert DROPPED not in flag_kinds(original, persons=persons)


def test_someone_beside_a_cave_is_still_dropped() -> None:
    assert DROPPED in flag_kinds("Went to the caves with Ingrid. Ingrid cave-dived for the first time.", persons=[])


def test_the_french_possessive_son_is_no_son() -> None:
    from liblitz_app.enrichment.mentions import kin
    assert kin("depuis son arrivée") == set()
    assert kin("my son came") == kin("mon fils est venu") == kin("son") == {"son"}


@pytest.mark.parametrize(("original", "reflection"), [
    ("Aujourd'hui j'ai réussi à passer la laisse à Kaïser, le rottweiler qui grognait depuis son arrivée.",
     "Elle se rend compte de ce qu'elle a réussi ? Je suis émue."),
    ("Descente vers Molinaseca, j'ai glissé sur l'ardoise. Je suis restée assise cinq minutes à rire et à pleurer.",
     "Rire et pleurer en même temps sur une ardoise, elle a droit aux deux."),
])
def test_the_users_deed_inside_a_sentence_about_her_is_the_user(original: str, reflection: str) -> None:
    assert VOICE in flag_kinds(original, reflection=reflection)


def test_whose_part_it_is_is_still_someone() -> None:
    original = "Dress rehearsal tonight. As Marco's stand-in I had to learn everything in a day."
    assert DROPPED in flag_kinds(original, persons=[])


@pytest.mark.parametrize(("original", "persons"), [
    ("Dad asked for Johnny Cash. We played it and he tapped the bed rail with his wedding ring.", ["Dad"]),
    ("Soirée ciné-club avec Margot : un Truffaut, puis un Agnès Varda qu'elle ne connaissait pas.", ["Margot"]),
])
def test_a_singer_or_a_film_maker_listed_is_no_one_dropped(original: str, persons: list[str]) -> None:
    assert DROPPED not in flag_kinds(original, persons=persons)


@pytest.mark.parametrize(("original", "persons"), [
    ("Flowkey says I've practised 30 days in a row. Silly, but I showed it to Joan anyway.", ["Joan"]),
    ("Kong-stuffing night with Marcus: 140 Kongs filled, and Jif sent us a whole pallet for free.", ["Marcus"]),
])
def test_a_brand_listed_is_no_one_dropped(original: str, persons: list[str]) -> None:
    assert DROPPED not in flag_kinds(original, persons=persons)
