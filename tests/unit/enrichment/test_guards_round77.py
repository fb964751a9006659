"""Round 77 (2026-12-07): the user told as « elle » who dreams, "she" with nobody else there, and a namesake added.

In French, « il » or « elle » who thinks, dreams, hopes, smiles or cries is a person, as « il sait » was: where the
memory the user wrote names no one of that sex, a reflection that never speaks to the user and says « elle pleure un
peu » or « qu'elle soit passée de la râlerie au silence » tells the user of (not « il aime le soleil », a plant's,
nor « qu'elle soit là », a lamp's). In English, where the memory names no one at all,
"she" or "he" is the user too, unless an animal, someone's "'s", someone by a word ("the barista"; not the user's own
trade, nor a man for "she") or a name the memory gives a thing ("a sulking Fiesta"; not its place or its day) may be
them.

Who-is-who holds two people of one first name and the memory says it once, beside a word of one's relation ("Brian from
the signal box days" of the old mate from the signal box): that name is theirs, and the other one listed is added.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind, WhoIsWho
from tests.helpers.proposals import flag_kinds


@pytest.mark.parametrize(("original", "reflection"), [
    ("J'ai trié les photos de l'été toute la soirée.",
     "Tant de souvenirs d'un coup : je crois qu'elle pleure un peu en les regardant, et c'est doux."),
    ("J'ai repeint le portail tout seul ce matin, deux couches.",
     "Deux couches avant midi, je trouve ça beau : il pense déjà au prochain chantier."),
    ("Karim m'a emmené voir la mer pour mon anniversaire.",
     "Une journée au bord de l'eau, et elle sourit encore en y repensant. Karim sait faire plaisir."),
])
def test_a_french_he_or_she_who_thinks_or_dreams_is_the_user(original: str, reflection: str) -> None:
    persons = ("Karim",) if "Karim" in original else ()
    assert FlagKind.NOT_FIRST_PERSON in flag_kinds(original, reflection=reflection, persons=persons)


def test_she_who_has_gone_or_stayed_is_a_person() -> None:
    original = "Ce soir Paul m'a traînée au match, j'ai ronchonné tout le long du trajet."
    reflection = "J'aime qu'elle soit passée de la mauvaise humeur au fou rire. Paul sait y faire."
    assert FlagKind.NOT_FIRST_PERSON in flag_kinds(original, reflection=reflection, persons=("Paul",))
    lamp = "Une lampe toute simple : j'aime qu'elle soit là, près du canapé."
    assert FlagKind.NOT_FIRST_PERSON not in flag_kinds("J'ai acheté une lampe pour le salon.", reflection=lamp)


@pytest.mark.parametrize(("original", "reflection"), [
    ("J'ai rempoté le ficus de la cuisine ce matin.", "Je crois qu'il aime déjà son nouveau pot, près de la fenêtre."),
    ("Reçu mes nouveaux pinceaux, j'ai rangé toute la boîte par tailles.",
     "Tu rêves déjà de tes prochaines toiles, je le sens."),
    ("Léa m'a appelée, elle a eu son permis !", "Je suis si contente : elle rêve de partir en road trip cet été."),
])
def test_a_thing_or_someone_else_or_the_user_spoken_to_is_not_flagged(original: str, reflection: str) -> None:
    persons = ("Léa",) if "Léa" in original else ()
    assert FlagKind.NOT_FIRST_PERSON not in flag_kinds(original, reflection=reflection, persons=persons)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Can I tell you something silly? I practised saying 'my husband' in the mirror and couldn't stop smiling.",
     "That's not silly at all. I love that two little words can still make her smile like that, and soon they'll be"
     " true."),
    # (the user's own trade is no one else, and a drunk bloke is no "she")
    ("First week as a qualified midwife. Two births, one lost car key, and a drunk bloke who tried to tip me in"
     " toffees.", "Two births and a tip in toffees: she's officially arrived. I hope she felt how ready she was."),
])
def test_an_english_he_or_she_where_the_memory_names_no_one_is_the_user(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("At the library café this morning I read you my whole essay out loud. The barista kept smiling.",
     "The essay is finished! The barista had no idea he was hearing a future classic."),
    ("Dreamt I was sailing to Greece. Woke up to reality: my Fiesta won't start in the car park this morning.",
     "From a Greek dream to a sulking Fiesta, what a comedown! Hope she starts soon."),
    ("Bought a grabber before the op. Ruby the grabber is now my best friend.",
     "Naming the grabber Ruby is exactly the humour that gets people through. I'm glad she's earning her keep."),
    ("Passed my driving test this morning, second try.", "Second time lucky! You must be thrilled, and so is she."),
])
def test_an_english_he_or_she_who_may_be_another_is_not_flagged(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON not in flag_kinds(original, reflection=reflection)


def _two_brians() -> WhoIsWho:
    return WhoIsWho.from_dict([
        {"name": "Brian Hale", "relation": "old mate from the fire station", "aliases": ["Brian"]},
        {"name": "Brian Ross", "relation": "neighbour at the allotments", "aliases": ["Brian"]},
    ])


def test_a_namesake_beside_the_one_said_by_their_relation_is_added() -> None:
    original = "Brian from the fire station days rang last night, out of the blue. We talked for an hour."
    reflection = "An hour on the phone with an old friend: I'm glad you picked up."
    assert FlagKind.PERSON_INVENTED in flag_kinds(original, reflection=reflection, people=_two_brians(),
                                                  persons=("Brian Hale", "Brian Ross"))
    assert FlagKind.PERSON_INVENTED not in flag_kinds(original, reflection=reflection, people=_two_brians(),
                                                      persons=("Brian Hale",))


def test_two_namesakes_each_said_by_their_relation_are_both_there() -> None:
    original = "Brian from the fire station and Brian from the allotments met at my door and argued about leeks."
    reflection = "Two Brians and one argument about leeks: I'd have paid to watch."
    assert FlagKind.PERSON_INVENTED not in flag_kinds(original, reflection=reflection, people=_two_brians(),
                                                      persons=("Brian Hale", "Brian Ross"))
