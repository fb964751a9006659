"""Round 78 (2026-12-07): the user's deed a tense apart, a place still only a thought, her name answered to.

"She talks to her mum's photo" for "I talk to Mum's photo", "she already knows" for "I know": the same deed
in another tense or person is still the user's, told of (the verb's stem, not only its first five letters). Not
« elles ont le goût de l'été » of raspberries tasted (a plural is the things'), nor "she's walking" of the one the
user walked (a deed going on is the other's as often).

"He's thinking of applying to college in Leeds", "putting my name forward for the job in Hull": a place still only a
thought is no place where the memory happened.

Her name said after "answer to", « foi de », "glad to be", "as", after the user's "your" with no deed of its own ("Pep
talk from your Mimi", "you told your Noxie first"), on duty ("Sabby at your service") or beside another of her names
("Liblitz or Wren"): a name she answers to, said by herself, not herself told of (still « Ta Mimi est fière de toi »,
"Mimi and Liblitz both think").

"It was about his son taking him" of Dad taken to the match: the user as the parent's child, doing it (a deed in
"-ing" as well as one in the past).

« Pas à moi. » opening a sentence is no nickname of Paulette's: a word of the language, capitalised by its place, is
nobody's short name (still "Pat", a first name as well, for Patricia).

« à papa » is the user's father (the French « à » is no English article "a"), and « grand-père » said bare, with no
article, is the user's grandfather, as "Grandpa" is.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind, Persona, WhoIsWho
from tests.helpers.proposals import flag_kinds


@pytest.mark.parametrize(("original", "reflection", "persons"), [
    ("You'll laugh, but I talk to Mum's photo when I'm ironing. Tell her about Alfie's exams.",
     "I'm not laughing. When she talks to her mum's photo about Alfie, she keeps her in the family news.", ("Alfie",)),
    ("Ruth asked how I was. I know I snapped at her yesterday over the rota.",
     "She already knows what happened, and that's half the repair. Ruth will understand.", ("Ruth",)),
    ("Marcel m'a demandé pourquoi je ne chantais plus. Il a dit qu'avec lui je chantais très bien.",
     "Avec Marcel, il chante, et je trouve qu'il chante très bien.", ("Marcel",)),
])
def test_the_users_deed_a_tense_apart_is_the_user_told_of(original: str, reflection: str,
                                                            persons: tuple[str, ...]) -> None:
    assert FlagKind.NOT_FIRST_PERSON in flag_kinds(original, reflection=reflection, persons=persons)


@pytest.mark.parametrize(("original", "reflection", "persons"), [
    ("Hier j'ai goûté les premières cerises du verger, elles étaient encore acides.",
     "Acides mais premières : je trouve qu'elles ont le goût du début de l'été.", ()),
    ("Walked Gran along the pier in her wheelchair. She pointed at the old arcade and laughed.",
     "She's walking two towns at once, the one in front of her and the one she remembers.", ("Gran",)),
])
def test_a_things_plural_or_a_deed_going_on_is_not_the_user(original: str, reflection: str,
                                                              persons: tuple[str, ...]) -> None:
    assert FlagKind.NOT_FIRST_PERSON not in flag_kinds(original, reflection=reflection, persons=persons)


@pytest.mark.parametrize(("original", "place"), [
    ("Fish and chips on the harbour wall with Callum. He told me he's thinking of applying to college in Leeds.",
     "Leeds"),
    ("Tea with Priya at the Kardomah after my shift. She's putting my name forward for the ward job in Hull.", "Hull"),
])
def test_a_place_still_only_a_thought_is_not_where_it_happened(original: str, place: str) -> None:
    persons = ("Callum",) if "Callum" in original else ("Priya",)
    reflection = "What a lovely evening to end on, and such news to carry home."
    assert FlagKind.PLACE_CHANGED in flag_kinds(original, place=place, persons=persons, reflection=reflection)


def test_where_a_trip_was_planned_is_still_where_it_happened() -> None:
    original = "Ruth and I planned our Corsica walking week on a napkin at the Blue Door café. We leave in May."
    reflection = "A napkin plan is the best kind of plan."
    assert FlagKind.PLACE_CHANGED not in flag_kinds(original, place="the Blue Door café", persons=("Ruth",),
                                                    reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Wrennie!! I passed the driving test on the second go.",
     "Second time lucky! I'll happily answer to Wrennie all night for news like this."),
    ("Mimi, rappelle-moi d'arroser les tomates demain.", "C'est noté, foi de Mimi : les tomates auront leur eau."),
    ("Mimi, je te dicte ça dans le bus : il neige sur le lac.",
     "Bien noté par ta Mimi ! La neige sur le lac, ça doit être beau."),
    ("Told Sam I keep my memories with Juno now.", "I'm glad to be Juno, keeper of your memories, even at midnight."),
    ("Gran calls you Wren now, not Liblitz.", "Liblitz or Wren, I'm glad either way: it's still me listening."),
    ("Noxie, I got the flat! Nobody else knows yet.", "I'm so glad you told your Noxie first. A flat of your own!"),
    ("Mimi, promets-moi de me rappeler l'anniversaire de Léo.",
     "Promis ! Merci de l'annoncer à ta Mimi en premier : le 12, c'est noté."),
    ("Sabby, quiz me on the bones of the hand before the exam.",
     "Sabby at your service: scaphoid first, then the rest."),
])
def test_her_name_answered_to_or_owned_by_the_user_is_her_own(original: str, reflection: str) -> None:
    persona = Persona(name="Wren", other_names=("Liblitz", "Wrennie", "Mimi", "Juno", "Noxie", "Sabby"))
    assert FlagKind.NOT_FIRST_PERSON not in flag_kinds(original, reflection=reflection, persona=persona)


@pytest.mark.parametrize("reflection", [
    "Ta Mimi est fière de toi, et elle te le dira encore demain.",
    "Mimi and Liblitz both think you were brave to go.",
])
def test_her_name_as_the_subject_of_a_deed_is_still_the_third_person(reflection: str) -> None:
    persona = Persona(name="Mimi", other_names=("Liblitz",))
    assert FlagKind.NOT_FIRST_PERSON in flag_kinds("J'ai osé parler en réunion.", reflection=reflection,
                                                   persona=persona)


def test_the_user_as_the_parents_child_doing_it_is_told_of() -> None:
    original = "Took Dad to the match for his 70th. We lost 2-0 and he said it was the best day of his year."
    taking = "Losing and still the best day of his year: it was never about the score. It was about his son taking him."
    company = "Losing and loving it anyway: I think his son's company was the real prize."
    assert FlagKind.NOT_FIRST_PERSON in flag_kinds(original, reflection=taking, persons=("Dad",))
    assert FlagKind.NOT_FIRST_PERSON not in flag_kinds(original, reflection=company, persons=("Dad",))


def test_a_word_opening_a_sentence_is_nobodys_nickname() -> None:
    people = WhoIsWho.from_dict([{"name": "Gérard", "relation": "père", "aliases": ["papa"]},
                                 {"name": "Paulette", "relation": "seconde femme de Gérard", "aliases": []},
                                 {"name": "Nadia", "relation": "compagne", "aliases": []}])
    original = "Nadia a trouvé une carte de papa dans la boîte, adressée au petit. Pas à moi. Au petit."
    reflection = "Une carte pour plus tard : je sens ton émotion."
    added = flag_kinds(original, reflection=reflection, persons=("Nadia", "Gérard", "Paulette"), people=people)
    assert FlagKind.PERSON_INVENTED in added
    patricia = WhoIsWho.from_dict([{"name": "Patricia", "relation": "voisine", "aliases": []}])
    soup = "Pat est passée avec une soupe. Elle reste la meilleure voisine."
    assert FlagKind.PERSON_INVENTED not in flag_kinds(soup, reflection="Une soupe, quelle attention.",
                                                      persons=("Patricia",), people=patricia)


@pytest.mark.parametrize(("original", "persons", "people"), [
    ("J'ai offert le vieux disque à papa ce soir, il a souri.", ("Gérard",),
     [{"name": "Gérard", "relation": "père", "aliases": []}]),
    ("Ce matin, grand-père a retrouvé sa vieille guitare au grenier.", ("Mamadou",),
     [{"name": "Mamadou", "relation": "grand-père", "aliases": []}]),
])
def test_papa_after_a_and_grandfather_said_bare_are_the_users_own(original: str, persons: tuple[str, ...],
                                                                   people: list[dict[str, object]]) -> None:
    kinds = flag_kinds(original, reflection="Quel joli moment.", persons=persons, people=WhoIsWho.from_dict(people))
    assert FlagKind.PERSON_INVENTED not in kinds
