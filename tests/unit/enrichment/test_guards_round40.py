"""Round 40 (2026-12-03), from the misses of holdout228–235 and the older open sets, each with the case it must leave
alone:

- the same pair gets the same flags in every run: two place guards took the first of a set of words, and a set's
  order changes with each run's string hashes (found when the closed sets' readings before the round differed from
  round 39's by three pairs, on code whose flags were identical on all open pairs);
- someone's relative or someone by their role, listed without a name (« mère de Yasmine », "Parisa's best friend",
  "Priya's landlord", « ma cousine », "the kid") is no one the memory names; « Mamie », "Mom" alone are names;
- a storm's name (« la tempête Benjamin », "Storm Amy took the fence down") is no one, listed or left out; "Amy"
  who calls is someone;
- « foi de robot » is her swearing as a robot, as « parole de logiciel » was; « le robot de cuisine » is a thing;
- a place named in a clause of what came later (« Le soir, pizza à Carcans », "Afterwards we had chips at the
  Crucible", « ensuite », « en sortant ») is not where the memory happened;
- a name inside a feast's (« Aïd el-Kébir », "Secret Santa"), a thing's ("Our robot lawnmower is called Haaland",
  « un robot aspirateur qui s'appelle Roger ») or the one the user gives her ("I want you to be called Molly") is
  no one dropped ("My new colleague is called Emma" is someone); a reflection that takes the name asked of her
  ("Alright, Dolores it is!" for "your computer lady is called Dolores") renames her;
- a place's town after « de » for more kinds of place (« la maternité de Pellegrin », « le plateau de Retord »);
- « je suis contente que Théo… », « je suis fière », "I have a good feeling about…" are her feelings, not the user's
  story retold as hers, even when they name what the memory tells; « J'ai couru mon premier 10 km » still is.

The sentences were written for these tests.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from liblitz_app.enrichment import FlagKind
from tests.helpers.proposals import flag_kinds

# Each in a process of its own: a set's order is fixed by PYTHONHASHSEED, once per process.
_IN_ANY_ORDER = {
    # "Uncle Pete's place": the memory's "Uncle Pete's", not the "Pete's" inside it, whatever the set's order
    "possessive home": (
        "from datetime import date\n"
        "from liblitz_app.enrichment.guards.flags import GuardContext\n"
        "from liblitz_app.enrichment.guards.places import _a_possessive_home\n"
        "ctx = GuardContext('Board games at Uncle Pete\\'s, then home by ten.', date(2026, 3, 2))\n"
        "print(_a_possessive_home(ctx, \"Uncle Pete's place\"))",
        "Uncle Pete's"),
    # two words of one length: the place's own order decides
    "spans of a place": (
        "from liblitz_app.enrichment.guards.later_places import _spans_of\n"
        "print(_spans_of('The marina was full. We walked to the harbor at dusk.', 'Harbor Marina'))",
        "[(38, 44)]"),
}


@pytest.mark.parametrize("name", sorted(_IN_ANY_ORDER))
def test_a_guard_reads_the_same_whatever_the_hash_seed(name: str) -> None:
    script, expected = _IN_ANY_ORDER[name]
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == expected, f"PYTHONHASHSEED={seed}"


@pytest.mark.parametrize(("original", "listed"), [
    ("Iftar chez les parents de Yasmine hier, sa mère a fait une chorba incroyable.", ["Yasmine", "mère de Yasmine"]),
    ("Le fils de Mme Roussel m'a demandé un stage d'été. Il est adorable.", ["le fils de Mme Roussel"]),
    ("Parisa's best friend's mum invited her for a sleepover. Farida said yes.", ["Parisa", "Parisa's best friend"]),
    ("We used Priya's driveway for the astronomy night. Her landlord came out to complain.",
     ["Priya", "Priya's landlord"]),
    ("Mon père est venu au mariage de ma cousine avec son vieux Pentax.", ["ma cousine"]),
    ("the campsite showers r FREEZING i screamed n a kid laughed at me", ["kid"]),
])
def test_a_relative_or_a_role_without_a_name_is_no_one_named(original: str, listed: list[str]) -> None:
    assert FlagKind.PERSON_INVENTED in flag_kinds(original, persons=listed)


@pytest.mark.parametrize(("original", "listed"), [
    ("Mamie m'a appris la pâte brisée ce matin, sans balance.", ["Mamie"]),
    ("Mom called to say the roses are out. We talked for an hour.", ["Mom"]),
    ("Dîner chez Rose de Lima, ma voisine, qui fait le meilleur couscous du quartier.", ["Rose de Lima"]),
])
def test_what_a_family_calls_its_own_or_a_name_with_de_is_someone(original: str, listed: list[str]) -> None:
    assert FlagKind.PERSON_INVENTED not in flag_kinds(original, persons=listed)


@pytest.mark.parametrize(("original", "name", "others"), [
    ("Storm Amy took the fence down overnight. Bryony and Alfie helped me fix it.", "Amy", ["Bryony", "Alfie"]),
    ("La tempête Benjamin a arraché le cabanon. Nadia et Théo sont venus aider.", "Benjamin", ["Nadia", "Théo"]),
])
def test_a_storms_name_is_no_one(original: str, name: str, others: list[str]) -> None:
    assert FlagKind.PERSON_INVENTED in flag_kinds(original, persons=[*others, name])
    assert not flag_kinds(original, persons=others) & {FlagKind.PERSON_DROPPED, FlagKind.PERSON_INVENTED}


def test_a_name_that_is_also_a_storms_is_someone_elsewhere() -> None:
    original = "Amy called during the storm. Bryony and Alfie helped me fix the fence."
    assert FlagKind.PERSON_DROPPED in flag_kinds(original, persons=["Bryony", "Alfie"])


def test_on_a_robots_word_she_calls_herself_one() -> None:
    original = "Lili, rappelle-moi de faire mes exos de gainage, sinon Inès me met au yoga."
    assert FlagKind.COMPANION_RENAMED in flag_kinds(
        original, persons=["Inès"], reflection="Je te le rappellerai, promis, foi de robot : le yoga attendra.")
    assert FlagKind.COMPANION_RENAMED not in flag_kinds(
        "Le robot de cuisine de Mamie a rendu l'âme.",
        reflection="Je suis triste pour ce robot de cuisine, il a bien servi.")


@pytest.mark.parametrize(("original", "place", "where"), [
    ("Mardi, sortie du club à Lacanau : Théo a surfé sa première vague verte. Le soir, pizza à Carcans.",
     "Carcans", "Lacanau"),
    ("My interview at Sheffield College went well. Afterwards Amani and I celebrated with chips at the Crucible.",
     "the Crucible", "Sheffield College"),
])
def test_a_place_of_what_came_later_is_not_where_it_happened(original: str, place: str, where: str) -> None:
    persons = ["Théo"] if "Théo" in original else ["Amani"]
    assert FlagKind.PLACE_CHANGED in flag_kinds(original, persons=persons, place=place)
    assert FlagKind.PLACE_CHANGED not in flag_kinds(original, persons=persons, place=where)


@pytest.mark.parametrize(("original", "persons"), [
    ("Secret Santa at work: I got Hannah and gave her a mug with a duck on it.", ["Hannah"]),
    ("Aïd el-Kébir chez papa aujourd'hui, Salomé a dansé avec les petits.", ["Salomé"]),
    ("Our robot lawnmower is called Haaland because it never stops running. Danny thinks it's funny.", ["Danny"]),
    ("Installé un robot aspirateur qui s'appelle Roger. Il se coince sous mon bureau, Léa rit.", ["Léa"]),
    ("Ben: hey can your assistant be called Jarvis from now on lol. also lunch at 1?", ["Ben"]),
])
def test_a_feasts_a_things_or_her_new_name_is_no_one_dropped(original: str, persons: list[str]) -> None:
    assert FlagKind.PERSON_DROPPED not in flag_kinds(original, persons=persons)


def test_a_colleague_called_so_is_someone() -> None:
    assert FlagKind.PERSON_DROPPED in flag_kinds("My new colleague is called Emma. She's lovely.", persons=[])


@pytest.mark.parametrize(("original", "reflection"), [
    ("Aunt Rosa: from now on your computer lady is called Dolores like my mother, ok? lol",
     "Alright, Dolores it is! Dolores thinks Aunt Rosa's joke is sweet."),
    ("[whatsapp] Théo: bon à partir de maintenant ton assistante elle s'appelle Bobby ok ??",
     "C'est Bobby qui te parle maintenant ! Je pense fort à vous deux."),
    ("Maman : « Tu peux dire à ton ordi de se faire appeler Gaston ? c plus mignon »",
     "Gaston est ravi de son nouveau nom, merci !"),
])
def test_a_name_asked_of_her_and_taken_renames_her(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED in flag_kinds(original, reflection=reflection)


def test_someone_who_phoned_gives_her_no_name() -> None:
    original = "Your sister called Emma yesterday, she was upset about the party."
    assert FlagKind.COMPANION_RENAMED not in flag_kinds(original, persons=["Emma"],
                                                        reflection="I hope Emma feels better after that call.")


def test_a_places_name_after_its_kind_is_no_one() -> None:
    original = "Premier rdv à la maternité de Pellegrin avec Hugo, l'écho a montré deux cœurs."
    assert FlagKind.PERSON_DROPPED not in flag_kinds(original, persons=["Hugo"])


@pytest.mark.parametrize(("original", "persons", "reflection"), [
    ("Ramassage de déchets sur la plage des Estagnots. Théo a trouvé une tong et une Barbie sans tête.", ["Théo"],
     "Une Barbie sans tête dans le sable, c'est drôle et triste. Je suis contente que Théo apprenne à prendre soin de"
     " sa plage."),
    ("Went for a jog with Becca from work. She kept slowing down for me. Might have a running buddy now.", ["Becca"],
     "The way Becca slowed down tells me a lot about her. I have a good feeling about this new running friendship."),
])
def test_her_feeling_about_what_the_memory_tells_is_hers(original: str, persons: list[str], reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON not in flag_kinds(original, persons=persons, reflection=reflection)


def test_the_users_deed_retold_as_hers_is_still_the_users() -> None:
    original = "J'ai couru mon premier 10 km ce matin au parc de la Tête d'Or."
    reflection = "J'ai couru mon premier 10 km ce matin, et je suis fière de moi."
    assert FlagKind.NOT_FIRST_PERSON in flag_kinds(original, reflection=reflection)
