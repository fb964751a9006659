"""Guards, round 16, persons and her voice: causes the never-tuned sets 28–31 showed, each tried on sentences of
its own.

Her: the name on her card listed as someone when the user only speaks to her or of her ("Asked Juniper to help
me"), unless the memory says someone else bears it. Two people: « M. et Mme Perrin ». No one: an animal the
sentence tells by what only an animal does or has done to it ("she barked", "walked Juno along the cliffs") or by
its kind after its name (« Gaspard le poisson rouge »); a saint's name in a place ("St. Mary's"); a relative the
memory leaves unnamed given a title and the child's name ("Jordan's mum" → "Mrs. Jordan"); a name said only where
a place's goes ("a wedding in Bali"); a game ("Candy Crush"). Her voice: the word she is called
by as the subject of any verb ("The assistant loves…") is the third person, not only a rename.
"""
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.memory import MemoryFields
from tests.unit.enrichment.test_guards_round9_persons import kinds

DROPPED, INVENTED = FlagKind.PERSON_DROPPED, FlagKind.PERSON_INVENTED
RENAMED, THIRD = FlagKind.COMPANION_RENAMED, FlagKind.NOT_FIRST_PERSON
ROWAN = Persona(name="Rowan", other_names=("Liblitz",))


def test_her_own_name_listed_when_the_user_asks_her_something_is_no_one() -> None:
    original = "Asked Rowan to help me calm down before the interview. It worked."
    assert INVENTED in kinds(original, ("Rowan",), persona=ROWAN)
    assert INVENTED not in kinds(original, (), persona=ROWAN)


@pytest.mark.parametrize("original", [
    "Rowan taught me to knit during the lunch break at work.",
    "Rowan m'a appris à tricoter pendant la pause de midi.",
    "My niece Rowan turned six today, we baked a cake.",
])
def test_someone_else_who_bears_her_name_is_someone(original: str) -> None:
    assert INVENTED not in kinds(original, ("Rowan",), persona=ROWAN)


def test_a_couple_by_their_titles_is_two_people() -> None:
    original = "Passé l'après-midi chez M. et Mme Lefort, elle m'a donné des boutures de géranium."
    assert DROPPED in kinds(original, ("Mme Lefort",))
    assert DROPPED not in kinds(original, ("M. Lefort", "Mme Lefort"))


@pytest.mark.parametrize("original, animal", [
    ("Walked Biscuit along the towpath, he barked at every single swan.", "Biscuit"),
    ("On a promené Caramel sur la digue avec mamie.", "Caramel"),
    ("Noisette a ronronné toute la nuit sur mes genoux.", "Noisette"),
    ("Oscar le poisson rouge a fêté ses trois ans dans son bocal.", "Oscar"),
    ("Mr Fluffles the guinea pig escaped under the sofa again.", "Mr Fluffles"),
])
def test_an_animal_told_by_what_it_does_or_its_kind_is_no_one(original: str, animal: str) -> None:
    assert INVENTED in kinds(original, (animal,))


@pytest.mark.parametrize("original, persons", [
    ("walked sacha's dogs with maeve today, she might join the business", ("Sacha", "Maeve")),
    ("Walked Lena to school, she held my hand the whole way.", ("Lena",)),
    ("Took Rex to the vet with Anya, just a sore paw, he barked at the nurse.", ("Anya",)),
    ("Kids' nativity: Ada was a donkey, Ezra was the innkeeper. Ezra forgot his line.", ("Ada", "Ezra")),
])
def test_people_near_animal_words_stay_people(original: str, persons: tuple[str, ...]) -> None:
    assert not kinds(original, persons) & {DROPPED, INVENTED}


@pytest.mark.parametrize("original, listed", [
    ("Long night shift at St. Bernard's, Mr. Osei kept asking for tea.", "Bernard"),
    ("Milo's dad picked him up late again, no apology.", "Mr. Milo"),
    ("Les parents d'Enzo sont venus se plaindre des devoirs.", "M. et Mme Enzo"),
    ("Priya wants her hen do in Ibiza, her mum wants a tea party in Slough.", "Ibiza"),
    ("Pendant la réunion, j'ai joué à Candy Crush sous la table.", "Candy Crush"),
])
def test_a_place_a_game_or_an_unnamed_relative_listed_is_no_one(original: str, listed: str) -> None:
    assert INVENTED in kinds(original, (listed,))


@pytest.mark.parametrize("original, persons", [
    ("Dinner at Marco's with my cousin Ana before I move to Berlin.", ("Marco", "Ana")),
    ("Lunch at Adaeze's with Sam, she made jollof.", ("Adaeze", "Sam")),
    ("Thanksgiving at Aunt Bisi's, the turkey was still frozen at noon.", ("Aunt Bisi",)),
    ("J'ai promis à Kettly de l'accompagner à son rendez-vous.", ("Kettly",)),
])
def test_someone_at_whose_home_or_to_whom_stays_someone(original: str, persons: tuple[str, ...]) -> None:
    assert INVENTED not in kinds(original, persons)


@pytest.mark.parametrize("reflection", [
    "The assistant loves that puzzle.",
    "L'IA adore ce puzzle.",
])
def test_the_word_she_is_called_by_doing_something_is_the_third_person_too(reflection: str) -> None:
    found = kinds("Last night I finished my 1000-piece puzzle.", reflection=reflection)
    assert {RENAMED, THIRD} <= found


def test_the_memorys_own_robot_doing_something_is_not_her() -> None:
    found = kinds("Our robot vacuum got stuck under the bed again.", reflection="The robot is hopeless, I love it.")
    assert THIRD not in found


@pytest.mark.parametrize("original, reflection", [
    ("Last night I finally finished my 1000-piece puzzle.", "She finally finished it, what patience."),
    ("Hier soir j'ai enfin terminé mon puzzle de 1000 pièces.", "Il a enfin terminé son puzzle, quelle patience."),
])
def test_the_users_own_deed_told_back_in_the_third_person_is_not_her_voice(original: str, reflection: str) -> None:
    assert THIRD in kinds(original, reflection=reflection)
    assert THIRD not in kinds(original, reflection=reflection.replace("She finally finished", "You finally finished")
                              .replace("Il a enfin terminé son", "Tu as enfin terminé ton"))


@pytest.mark.parametrize("original, persons, reflection", [
    ("Voice note from Idris: 'I passed my driving test!!!' Screaming in the background.", ("Idris",),
     "He passed! I can hear the joy from here."),
    ("I finished the marathon and so did Carla, an hour ahead of me.", ("Carla",),
     "She finished it in style, and so did you."),
])
def test_someone_elses_deed_in_the_third_person_stays_clean(original: str, persons: tuple[str, ...],
                                                            reflection: str) -> None:
    assert THIRD not in kinds(original, persons, reflection=reflection)


@pytest.mark.parametrize("original", [
    "Réveillée à 5 h par Moustache qui grattait à la porte. Journée foutue.",
    "This morning Pudding escaped from the garden and I chased her to the church.",
])
def test_a_word_that_is_no_given_name_need_not_be_listed(original: str) -> None:
    assert DROPPED not in kinds(original)


def test_a_given_name_at_the_start_is_still_someone_to_list() -> None:
    assert DROPPED in kinds("Ce matin Baptiste s'est sauvé de la réunion et j'ai couru derrière lui.")


def test_the_unnamed_relative_is_named_in_the_memorys_own_words() -> None:
    flags = check_proposal("Milo's dad picked him up late again.", date(2025, 6, 1),
                           Proposal(fields=MemoryFields(persons=("Milo", "Mr. Milo"))), Persona(), WhoIsWho())
    assert any("“Milo's dad”" in f.message_en and "« Milo's dad »" in f.message_fr for f in flags)
