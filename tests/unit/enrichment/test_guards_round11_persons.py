"""Guards, round 11 (persons and her voice): general causes the fourteenth and fifteenth blind sets showed, each tried
on sentences of its own.

A name said as someone (met, with, "… and I", "our …", someone's wedding) is someone though it is a word or a town;
so is a name followed by an apposition with a person's noun ("Hope, our team lead,"), and someone's holiday
("Tomasz's Easter shift"). A town after "in", and two towns joined, are places; a town that drove the user somewhere
is someone. A team that wins or loses, someone's unnamed relative, a sign « Chez … », an animal "called" so or at
the vet's with the user, a famous book listed among the persons are flagged; two people who share a name that
who-is-who tells apart must both be listed; a word made of a name ("Grace-ful") is no one. She « compatit » as
herself; a report of the memory with neither "I" nor "you" restates it.
"""
import pytest

from liblitz_app.enrichment import FlagKind, WhoIsWho
from tests.unit.enrichment.test_guards_round9_persons import kinds

DROPPED, INVENTED = FlagKind.PERSON_DROPPED, FlagKind.PERSON_INVENTED


@pytest.mark.parametrize("original, persons", [
    ("Met Sydney for brunch in Hove; she hates being asked about Australia.", ("Sydney",)),
    ("June and I finally painted the shed, badly.", ("June",)),
    ("Hope, our team lead, let everyone go home at three.", ("Hope",)),
    ("I swapped with Tomasz for his Easter shift, so he owes me.", ("Tomasz",)),
])
def test_a_word_or_a_town_said_as_someone_is_someone(original: str, persons: tuple[str, ...]) -> None:
    assert not kinds(original, persons) & {DROPPED, INVENTED}


@pytest.mark.parametrize("original, persons", [
    ("Facetimed Ines in Florence before her exam; she was calm.", ("Ines",)),
    ("We wrote every month between Lyon and Porto, Matthieu and I.", ("Matthieu",)),
])
def test_towns_are_places(original: str, persons: tuple[str, ...]) -> None:
    assert DROPPED not in kinds(original, persons)


def test_a_town_that_did_something_to_the_user_is_someone() -> None:
    original = "Florence drove me to the station at dawn without a word of complaint."
    assert DROPPED in kinds(original)
    assert DROPPED not in kinds(original, ("Florence",))


@pytest.mark.parametrize("original, persons", [
    ("Watched the final at the pub with Ravi; Arsenal lost on penalties.", ("Ravi", "Arsenal")),
    ("Nadia's brother came to help with the move.", ("Nadia", "Nadia's brother")),
    ("Apéro de départ de Mme Roux Chez Titi, le bar du coin.", ("Mme Roux", "Titi")),
    ("Took the kids to the farm; the old goat was called Bernard and ate a glove.", ("Bernard",)),
    ("stuck at the vets w Pixel, she ate a sock again", ("Pixel",)),
    ("Book club tonight: we finally finished Middlemarch, Aoife loved it.", ("Aoife", "Middlemarch")),
])
def test_no_one_listed_is_flagged(original: str, persons: tuple[str, ...]) -> None:
    assert INVENTED in kinds(original, persons)


def test_a_player_who_scores_is_someone() -> None:
    original = "Five-a-side final at the leisure centre: Kofi scored twice and we won the cup."
    assert not kinds(original, ("Kofi",)) & {DROPPED, INVENTED}


def test_two_people_sharing_a_name_that_who_is_who_tells_apart() -> None:
    who = WhoIsWho.from_dict([{"name": "Jo Bell", "relation": "colleague", "aliases": ["Jo from work"]},
                              {"name": "Joanna", "relation": "sister", "aliases": ["Jo"]}])
    original = "Jo from work and Jo my sister finally met at my birthday."
    assert DROPPED in kinds(original, ("Jo Bell",), who=who)
    assert DROPPED not in kinds(original, ("Jo Bell", "Joanna"), who=who)


def test_a_word_made_of_a_name_is_no_one() -> None:
    assert DROPPED not in kinds("Olive baked olive bread for the Olive-themed party.", ("Olive",))


def test_she_sympathises_as_herself_even_about_a_machine() -> None:
    original = "La machine à laver a encore inondé la salle de bain."
    assert FlagKind.COMPANION_RENAMED in kinds(original, reflection="La machine compatit : quelle galère !")


def test_a_report_of_the_memory_restates_it() -> None:
    original = "Message de Karim sur le groupe : « Le barbecue de samedi est annulé, il va pleuvoir toute la journée. »"
    reflection = "Karim a annoncé sur le groupe que le barbecue de samedi est annulé car il va pleuvoir toute la journée."
    assert FlagKind.REFLECTION_RESTATES_TEXT in kinds(original, ("Karim",), reflection)
    assert FlagKind.REFLECTION_RESTATES_TEXT not in kinds(original, ("Karim",), "Dommage pour le barbecue ; on le"
                                                                               " refera au soleil, j'en suis sûre.")
