"""Persons and places as the sentence gives them: who is someone, what is a thing's name, where it happened."""
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Proposal, WhoIsWho, check_proposal
from liblitz_app.enrichment.mentions import kin_said, named_as_a_thing, only_elsewhere
from liblitz_app.memory import MemoryFields

DAY = date(2025, 3, 1)
PEOPLE = WhoIsWho.from_dict([
    {"name": "Léa Martin", "relation": "sister", "aliases": []},
    {"name": "Hélène", "relation": "mère", "aliases": []},
    {"name": "Ava Hart", "relation": "daughter", "aliases": []},
    {"name": "Mia Hart", "relation": "daughter", "aliases": []},
])


def kinds(original: str, persons: tuple[str, ...] = (), place: str = "", people: WhoIsWho = PEOPLE,
          known: MemoryFields | None = None) -> set[FlagKind]:
    proposal = Proposal(fields=MemoryFields(persons=persons, place=place))
    return {f.kind for f in check_proposal(original, DAY, proposal, None, people, known)}


# --- a proposed person the memory names, but not as someone ----------------------------------------

@pytest.mark.parametrize("original, persons", [
    ("Walked from Putney to Hammersmith with my podcast.", ("Putney",)),      # a place on the way
    ("Au stade avec Jordan pour OM-PSG, on a perdu.", ("Jordan", "PSG")),     # a team inside a match's name
    ("Priya and I climbed Arthur's Seat at dawn.", ("Priya", "Arthur")),      # a hill named after someone
    ("J'ai revu le film Amélie Poulain avec Léa.", ("Léa", "Amélie Poulain")),  # a film's title
    ("Got a letter from the NHS about my knee.", ("NHS",)),                    # an acronym
    ("Remboursée enfin par la mutuelle Harmonie.", ("Harmonie",)),             # a thing's name after its noun
    ("Résilié mon abonnement SFR après 40 minutes.", ("conseiller SFR",)),     # a person made of a brand
])
def test_a_thing_listed_as_a_person_is_flagged(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_INVENTED in kinds(original, persons)


@pytest.mark.parametrize("original, persons, place", [
    ("I talked to Tolu about the move.", ("Tolu",), ""),                       # to whom, not where
    ("J'ai écrit à Tolu hier soir.", ("Tolu",), ""),
    ("Dinner at Tolu's with Sam.", ("Tolu", "Sam"), "Tolu's"),                 # someone's home
    ("Réunion avec le plombier Marc pour la fuite.", ("Marc",), ""),           # an occupation, then a name
    ("Anniversaire de Zoé avec ses copines Lina et Jade.", ("Zoé", "Lina", "Jade"), ""),
    ("Ce soir : Anne-So, J-P et Momo.", ("Anne-So", "J-P", "Momo"), ""),       # initials in a list of people
    ("Rdv chez le Dr Morin à 10h, rien d'inquiétant.", ("Dr Morin",), "cabinet du Dr Morin"),
    ("Thanksgiving at Aunt Ruth's, lovely.", ("Aunt Ruth",), "Aunt Ruth's house"),
    ("Took Biscuit, my old dog, to the vet.", ("Biscuit",), "vet"),           # a pet may be listed
])
def test_people_said_in_many_ways_are_not_flagged(original: str, persons: tuple[str, ...], place: str) -> None:
    assert kinds(original, persons, place) == set()


def test_a_surname_nobody_wrote_is_invented() -> None:
    assert FlagKind.PERSON_INVENTED in kinds("Coffee with Paul this morning.", ("Paul Martin",))
    assert kinds("Coffee with Paul Martin this morning.", ("Paul Martin",)) == set()


# --- relatives: who-is-who, in either language, and in groups -----------------------------------

@pytest.mark.parametrize("original, persons", [
    ("Ma grande sœur m'a appelée ce matin.", ("Léa Martin",)),  # who-is-who says "sister", in English
    ("My big sis came over.", ("Léa",)),
    ("Dîner chez ma mère dimanche.", ("Maman",)),               # the user's word for her mother
    ("Spent Saturday at the museum with the twins.", ("Ava", "Mia")),
])
def test_a_relative_named_from_who_is_who_is_supported(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons)


def test_a_recorded_person_the_memory_does_not_speak_of_is_invented() -> None:
    assert FlagKind.PERSON_INVENTED in kinds("My brother called this morning.", ("Léa",))


def test_a_home_named_by_its_host_from_who_is_who() -> None:
    assert kinds("Dîner chez ma mère dimanche.", ("Hélène",), "chez Hélène") == set()


def test_kin_said_reads_the_users_own_relatives_only() -> None:
    assert kin_said("Ma petite sœur et Maman sont venues") == {"sister", "mother"}
    assert kin_said("Her sister came") == set()


# --- dropped persons -------------------------------------------------------------------------------

@pytest.mark.parametrize("original", [
    "J'ai écrit à Tolu hier soir.", "C'était l'anniversaire de Tolu, on a dansé.",
    "Ran into Mrs Adebayo at the shop.", "I talked to Siobhan about the move.",
])
def test_someone_written_to_or_celebrated_is_a_person(original: str) -> None:
    assert FlagKind.PERSON_DROPPED in kinds(original, (), people=WhoIsWho())


@pytest.mark.parametrize("original", [
    "J'ai revu le film Amélie Poulain ce soir.", "Pierre m'a prêté sa perceuse Bosch.",
])
def test_a_things_name_after_its_noun_is_not_dropped(original: str) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original, ("Pierre",) if "Pierre" in original else ())


def test_persons_the_memory_already_had_are_not_dropped() -> None:
    known = MemoryFields(persons=("Karim",))
    assert FlagKind.PERSON_DROPPED in kinds("Déjeuner avec Karim.", ())
    assert FlagKind.PERSON_DROPPED not in kinds("Déjeuner avec Karim.", (), known=known)


def test_named_as_a_thing_needs_every_mention_to_be_a_thing() -> None:
    assert named_as_a_thing("Went to Wembley for the final with Dad, Man City lost.", "City")
    assert not named_as_a_thing("Lunch with Hannah at Dishoom.", "Hannah")


# --- places ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("original, place", [
    ("Booked flights to Lisbon for Easter with Callum.", "Lisbon"),         # a ticket's end
    ("Flight from Singapore was 14 hours, just got home.", "Singapore"),
    ("Zut, j'ai raté le train de 7h12 pour Nantes.", "Nantes"),
    ("Dispute avec Laurent : il veut la Bretagne, moi la Grèce.", "Bretagne"),  # a wish
    ("Packing tonight, tomorrow we drive to Bath.", "Bath"),                    # not yet
    ("Coffee with Sam, he told me about his trip to Oslo.", "Oslo"),           # someone else's trip
])
def test_a_place_only_planned_or_travelled_to_is_not_where_it_happened(original: str, place: str) -> None:
    assert FlagKind.PLACE_CHANGED in kinds(original, (), place, WhoIsWho())
    assert only_elsewhere(original, place)


@pytest.mark.parametrize("original, place", [
    ("La semaine passée, j'ai revu Sophie à Bordeaux.", "Bordeaux"),
    ("Drove up to Lake Tahoe with Jordan's family.", "Lake Tahoe"),
    ("Sortie vélo jusqu'à Annecy avec Bastien.", "Annecy"),
    ("Weekend in Edinburgh, at Sam's flat.", "Sam's flat, Edinburgh"),
])
def test_a_place_where_it_happened_passes(original: str, place: str) -> None:
    assert FlagKind.PLACE_CHANGED not in kinds(original, (), place, WhoIsWho())


def test_another_room_is_not_a_precision() -> None:
    assert FlagKind.PLACE_CHANGED in kinds("Weekend at Sam's flat, we talked till 3am.", (), "Sam's office",
                                           WhoIsWho())


@pytest.mark.parametrize("original", [
    "Cornwall was lovely, the sea was freezing.",       # "was" follows places too
    "Spotify's algorithm knows me too well.",
    "Talked to Mochi for an hour, she just purred.",    # a pet, told things
    "Went to the Adele concert with Jo.",               # whose concert, not who was there
    "Betty, my old car, broke down again.",             # what it is, said after a comma
])
def test_things_and_pets_are_not_dropped_persons(original: str) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original, ("Jo",) if "Jo" in original else (), people=WhoIsWho())


@pytest.mark.parametrize("original", ["Tolu was so kind, she brought soup.", "Ngozi's wedding was beautiful."])
def test_someone_spoken_of_as_someone_is_a_person(original: str) -> None:
    assert FlagKind.PERSON_DROPPED in kinds(original, (), people=WhoIsWho())


def test_a_nickname_of_someone_recorded_matches_their_name() -> None:
    people = WhoIsWho.from_dict([{"name": "Lucie Renard", "relation": "fille", "aliases": []}])
    assert kinds("Lulu et moi on a rangé le grenier.", ("Lucie Renard",), people=people) == set()


def test_a_title_is_not_a_first_name() -> None:
    people = WhoIsWho.from_dict([{"name": "Grace Adeyemi", "relation": "friend", "aliases": []}])
    assert FlagKind.PERSON_INVENTED in kinds("Grace texted that her dad passed.", ("Grace", "Mr. Adeyemi"),
                                             people=people)
    assert kinds("Visite de Madame Ferreira ce matin.", ("Mme Ferreira",), people=WhoIsWho()) == set()


def test_a_wished_place_is_elsewhere_and_a_diary_heading_is_not() -> None:
    assert only_elsewhere("Réunion tendue : la direction veut fermer Grenoble.", "Grenoble")
    assert not only_elsewhere("Apéro rue Victor Hugo avec Paul.", "rue Victor Hugo")  # a diary's heading


def test_someone_elses_mother_is_not_the_users() -> None:
    assert FlagKind.PERSON_INVENTED in kinds("Sam's mum made us dinner.", ("Sam", "Mum"), people=WhoIsWho())
    assert kinds("Mum made us dinner.", ("Mum",), people=WhoIsWho()) == set()
    assert kinds("Dîner chez Paul, sa mère a cuisiné.", ("Paul", "sa mère"), people=WhoIsWho()) == set()


@pytest.mark.parametrize("original", ["dîner avec pierre hier soir", "Dîner avec Tolu et ma sœur."])
def test_a_name_after_avec_is_someone_whatever_its_case(original: str) -> None:
    assert FlagKind.PERSON_DROPPED in kinds(original, ("ma sœur",), people=WhoIsWho())


def test_a_relative_listed_by_relation_is_not_a_thing() -> None:
    assert kinds("My boss, Dave, yelled at me.", ("Dave", "my boss"), people=WhoIsWho()) == set()
