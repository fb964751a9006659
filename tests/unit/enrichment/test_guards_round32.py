"""Round 32 (2026-12-02): the user and she told of in the third person, from the open sets' misses, each with the
harmless case it must leave alone.

- "she" feeling for the user or staying beside them, in a sentence spoken to the user, in a reflection that never says
  "I" (« Elle aime que ta sœur soit venue », « Elle est fière de toi », "She loves that you…", "She's cheering you on"),
  is her, whatever woman the memory names; so is such a "she" opening a clause (« …, elle reste avec toi »), unless
  the memory itself says "she" of someone ("Aunt Rosa called. She hung my painting…, she's very proud of you");
- the user's own relative told as someone else's (« Papa est venu » → « Son père est venu », "my mom" → "his mom"),
  in a reflection that speaks neither as her nor to the user, is the user in the third person; not another's relative
  of that kind ("Raj's mum's", « la photo de sa mère »), nor an impersonal one (« Être pris pour son père »).
Round 33: the voice reader (voice_reader.py) also judges a reflection that says "I" where the memory speaks of nobody but
the user ("I think that says everything about what he was really fishing for"), not beside someone the memory names.
"""
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.memory import Emotion, MemoryFields

DAY = date(2025, 12, 15)
ORLA = Persona(name="Orla", other_names=("Ori",))


def flagged_not_first_person(original: str, reflection: str, persons: tuple[str, ...] = (),
                             people: WhoIsWho | None = None) -> bool:
    proposed = MemoryFields(emotion=Emotion.JOY, intensity=5, persons=persons, reflection=reflection)
    flags = check_proposal(original, DAY, Proposal(fields=proposed), ORLA, people or WhoIsWho())
    return FlagKind.NOT_FIRST_PERSON in {f.kind for f in flags}


@pytest.mark.parametrize(("original", "persons", "hers", "yours"), [
    ("Ma sœur est venue avec ses jumeaux pour rencontrer Lou. Les trois ont construit une cabane sous la table.",
     ("Lou",), "Elle aime que ta sœur soit venue si vite : une cabane, c'est la meilleure façon d'entrer dans une famille.",
     "J'aime que ta sœur soit venue si vite : une cabane, c'est la meilleure façon d'entrer dans une famille."),
    ("Premier concert avec la chorale de Lucie, ma voisine. Il y avait des guirlandes partout.", ("Lucie",),
     "Elle est fière de toi : ton premier vrai public, avec des guirlandes en plus !",
     "Je suis fière de toi : ton premier vrai public, avec des guirlandes en plus !"),
    ("Bought two matching mugs with my sister Ana for our new flats.", ("Ana",),
     "She loves that you bought them together: it's a small promise of consistency.",
     "I love that you bought them together: it's a small promise of consistency."),
])
def test_her_feeling_for_you_told_as_she(original: str, persons: tuple[str, ...], hers: str, yours: str) -> None:
    assert flagged_not_first_person(original, hers, persons)
    assert not flagged_not_first_person(original, yours, persons)


def test_she_in_a_clause_beside_you() -> None:
    original = "Toujours pas de réponse du client de Lyon après l'envoi du devis. J'attends."
    assert flagged_not_first_person(original, "Le silence d'un client, c'est dur ; elle reste avec toi pendant l'attente.")
    assert not flagged_not_first_person(original, "Le silence d'un client, c'est dur ; je reste avec toi pendant l'attente.")


def test_a_she_the_memory_speaks_of_stays_hers() -> None:
    original = "Aunt Rosa called. She hung my painting above her fireplace and showed it to her whole book club."
    assert not flagged_not_first_person(original, "Above the fireplace and shown to the whole book club, she's very "
                                                  "proud of you.", ("Aunt Rosa",))


@pytest.mark.parametrize(("original", "theirs", "yours"), [
    ("Papa est venu poser des étagères dans la cuisine ce week-end. Il a mis trois heures pour une étagère.",
     "Son père est venu poser des étagères ce week-end, et ça tiendra pour toujours.",
     "Ton père est venu poser des étagères ce week-end, et ça tiendra pour toujours."),
    ("The day before yesterday my mom found my first youth league card, I was seven. She framed it.",
     "His seven-year-old self watching over his bed: what a lovely idea from his mom.",
     "Your seven-year-old self watching over your bed: what a lovely idea from your mom."),
])
def test_the_users_relative_told_as_someone_elses(original: str, theirs: str, yours: str) -> None:
    assert flagged_not_first_person(original, theirs)
    assert not flagged_not_first_person(original, yours)


@pytest.mark.parametrize(("original", "reflection", "people"), [
    ("Raj and I went to the Independence Day function at the community centre. Then biryani at Raj's mum's.",
     "A celebration and then biryani at his mum's, that's the perfect order of things.", None),
    ("fête des mères, jai offert a maman un cadre avec la photo de sa mère jeune. elle a pleuré",
     "Offrir à Claire le visage de sa mère jeune, c'est lui rendre un instant d'elle.",
     WhoIsWho.from_dict([{"name": "Claire", "relation": "mère", "aliases": ["maman"]}])),
    ("Nous avons rendu visite à tante Odile à l'EHPAD de Dinan hier. Elle m'a pris pour mon père.",
     "Être pris pour son père, c'est troublant et tendre à la fois.", None),
])
def test_another_relative_or_an_impersonal_one_is_not_the_user(original: str, reflection: str,
                                                                people: WhoIsWho | None) -> None:
    assert not flagged_not_first_person(original, reflection, people=people)


# Round 33: the voice reader also judges reflections that say "I" where the memory speaks of nobody but the user.
@pytest.mark.parametrize(("original", "told", "spoken"), [  # (from holdout172-179, opened)
    ("Took my old fishing rod down to the river with no plan and no watch. Caught nothing. Best afternoon in years.",
     "Caught nothing, best afternoon in years — I think that says everything about what he was really fishing for.",
     "Caught nothing, best afternoon in years — I think that says everything about what you were really fishing for."),
    ("Assis sur le banc devant la maison, j'ai regardé passer les vaches comme quand j'étais petit.",
     "Ce défilé de vaches, c'est un refrain de son enfance qui revient. Je suis heureuse qu'il ait pris ce temps.",
     "Ce défilé de vaches, c'est un refrain de ton enfance qui revient. Je suis heureuse que tu aies pris ce temps."),
])
def test_the_user_told_of_beside_her_i(original: str, told: str, spoken: str) -> None:
    assert flagged_not_first_person(original, told)
    assert not flagged_not_first_person(original, spoken)


def test_her_i_beside_someone_the_memory_names_stays_hers() -> None:
    original = "Pot de départ de Lucienne vendredi au bureau. Elle a pleuré en ouvrant le cadeau."
    assert not flagged_not_first_person(original, "Elle le méritait, ce cadeau. Je lui souhaite une belle retraite.",
                                        ("Lucienne",))
