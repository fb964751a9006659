"""Round 71 (2026-12-07), from holdout500–507 (just opened) and the older open sets, each with the case it must leave
alone:

- places: a memorial, a cemetery, a bowling alley, a pier are where the memory puts the user (« Cérémonie au monument
  aux morts… Après, vin chaud à la Brasserie de la Gare »), so a stop told after it is not the memory's place; a stop
  told "after" with what one went there for ("We walked down to the Round Tower after to see the lights") is one too;
  the memorial alone, with no stop after it, is the place.
- persons: a club by its first or last word ("FC Pierogi", "Notts County", "Granada CF"), a side of a fixture whose
  sides are no given names ("Stoke v Sunderland"), a name said with its score in a memory about a match ("Port Vale
  were 2-0 up… he doesn't even like football") are teams, listed no one; "Sam v Tom at ping-pong" are people.
- persons: a name after a ship's prefix ("Watched HMS Prince of Wales come in"), a name apposed to a car that "finally
  failed its MOT", a name before "'s Register" or "'s Kitchen" (a firm, a stall) are things, listed no one; "Lunch at
  Rosa's Kitchen…, then Rosa herself came out" is someone.
- persons: a name right before a sniff or a howl ("Pavarotti howled all through my scales", « Hector a reniflé
  chaque recoin ») is an animal's, listed no one and no one to keep; "Tom howled with laughter", "his dog Biscuit
  howled" (Ravi's) are not.
- persons: radio stations, charities and aid bodies (« sa radio ne capte que Nostalgie », « Greenpeace tenait un stand
  », "the RNLI shop") are in the brands' list: listed, no one.
- persons: two names joined by "&" after "the" or before a firm's word ("the Laurel & Hardy box set", "the Punch &
  Judy Fellowship", "Hartwell & Co", "Pryce & Daughters") are a work's, a show's or a firm's name, no one to keep;
  "Thanksgiving with Greg & Tammy" are two people.
- persons: a name sung every word of ("He sang every word of Delilah", « il a chanté toutes les paroles de Jeanne ») is
  a song: no one to keep nor to list; "sang with Delilah" is someone.
- companion: an acronym or a month doing something in the reflection ("the NHS knows how to honour", "January needs
  nights like that"), machines counted ("two friends, two machines"), a system of a kind ("a planetary system"), a word
  of the work of someone the memory names ("the English assistant" of Megan, "English language assistant") are not
  her renamed; "Nova is always here for you", "the machine is proud of you" are.
- places: after a verb of missing, a reason, a purpose or tries counted (« raté ma répète pour rester avec Mme Kone aux
  urgences », « raté le bus parce que l'ascenseur de la gare… », « raté le kickflip vingt fois… 30 fois au
  skatepark ») lead to where the user was; « raté le train pour Lyon » is still the missed trip's end.
- persons: in English a capitalised word right after "in" is a place ("Gran's flat in Quinton", "a hot chocolate in
  Trinity"), no one to keep; "confided in Sarah" and "slept in Callum's van" are someone.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind, KnownPerson, WhoIsWho
from tests.helpers.proposals import flag_kinds

PLACE = FlagKind.PLACE_CHANGED
INVENTED = FlagKind.PERSON_INVENTED
DROPPED = FlagKind.PERSON_DROPPED
RENAMED = FlagKind.COMPANION_RENAMED


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("Commémoration au monument aux morts de Quimper avec les anciens. Après, un café au Bistrot du Port.",
     "Bistrot du Port", True),
    ("Commémoration au monument aux morts de Quimper avec les anciens. Après, un café au Bistrot du Port.",
     "monument aux morts de Quimper", False),
    ("on est au bowling de la zone avec les cousins!! apres on va au kebab de la gare", "kebab de la gare", True),
    ("Supper at the Seamen's Mission with the old crew. We walked down to the Harbour Light after to watch the "
     "ferries.", "Harbour Light", True),
    ("Supper at the Seamen's Mission with the old crew. We walked down to the Harbour Light after to watch the "
     "ferries.", "Seamen's Mission", False),
])
def test_a_stop_after_a_memorial_or_after_to(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place)) is flagged


@pytest.mark.parametrize(("original", "persons", "invented"), [
    ("Leon's five-a-side team, FC Tartiflette, won the winter league.", ("Leon", "FC Tartiflette"), True),
    ("Dad got us tickets for Grimsby Town against Hartlepool United. We lost 2-1.", ("Dad", "Hartlepool United"),
     True),
    ("Watched Bolton v Wigan at the Swan with Grandad.", ("Grandad", "Wigan"), True),
    ("Kemi texted from the ground at half time: Rochdale were 3-0 up. She doesn't even like football.",
     ("Kemi", "Rochdale"), True),
    ("Played Sam v Tom at ping-pong in the garage, Sam won 21-3.", ("Sam", "Tom"), False),
])
def test_a_team_by_its_words_or_its_score(original: str, persons: tuple[str, ...], invented: bool) -> None:
    assert (INVENTED in flag_kinds(original, persons=persons)) is invented


@pytest.mark.parametrize(("original", "persons", "invented"), [
    ("Watched HMS Duke of York come in past the Round Tower with Jean.", ("Jean", "Duke of York"), True),
    ("Our old Transit, Bravo Six, finally failed its MOT. Dave drove it to the yard one last time.",
     ("Dave", "Bravo Six"), True),
    ("Lloyd's Register surveyor came aboard for the survey. Siân and I had the logs ready.", ("Siân", "Lloyd"), True),
    ("A stall from Auntie Grace's Kitchen sold patties at the fair. Bought two for Derek.", ("Derek", "Auntie Grace"),
     True),
    ("Lunch at Rosa's Kitchen with Jean, then Rosa herself came out to say hello.", ("Jean", "Rosa"), False),
])
def test_a_ships_a_cars_or_a_firms_name(original: str, persons: tuple[str, ...], invented: bool) -> None:
    assert (INVENTED in flag_kinds(original, persons=persons)) is invented


@pytest.mark.parametrize(("original", "persons", "kind", "flagged"), [
    ("Pavarotti howled all through my scales this morning. Carys says he's a tenor.", ("Carys", "Pavarotti"),
     INVENTED, True),
    ("Hector a reniflé chaque recoin de l'atelier pendant que Léa rangeait.", ("Léa",), DROPPED, False),
    ("At the panto, Tom howled with laughter.", (), DROPPED, True),
    ("Drove up to the Peak with Ravi on Saturday, his dog Biscuit howled at an owl.", ("Ravi",), INVENTED, False),
])
def test_a_sniff_or_a_howl(original: str, persons: tuple[str, ...], kind: FlagKind, flagged: bool) -> None:
    assert (kind in flag_kinds(original, persons=persons)) is flagged


@pytest.mark.parametrize(("original", "persons", "invented"), [
    ("Pris la voiture de Marc pour la journée, sa radio ne capte que Nostalgie.", ("Marc", "Nostalgie"), True),
    ("Greenpeace tenait un stand devant la mairie, Jo a signé la pétition.", ("Jo", "Greenpeace"), True),
    ("Bought a tea towel at the RNLI shop with Bev.", ("Bev", "RNLI"), True),
    ("Pris la voiture de Marc pour la journée, sa radio ne capte que Nostalgie.", ("Marc",), False),
])
def test_a_radio_station_or_a_charity(original: str, persons: tuple[str, ...], invented: bool) -> None:
    assert (INVENTED in flag_kinds(original, persons=persons)) is invented


@pytest.mark.parametrize(("original", "persons", "dropped"), [
    ("Watched the Laurel & Hardy box set with Marisol all evening.", ("Marisol",), False),
    ("Got an email from the Punch & Judy Fellowship this morning.", (), False),
    ("Rejection letter from Hartwell & Co at 6am, on a Sunday.", (), False),
    ("Bagels from Pryce & Daughters for the picnic with Liam.", ("Liam",), False),
    ("Thanksgiving with Greg & Tammy, Greg burnt the rolls.", (), True),
])
def test_two_names_joined_in_a_things_name(original: str, persons: tuple[str, ...], dropped: bool) -> None:
    assert (DROPPED in flag_kinds(original, persons=persons)) is dropped


@pytest.mark.parametrize(("original", "persons", "kind", "flagged"), [
    ("Took Grandad to the club on Friday. He sang every word of Jolene like it was 1979.", ("Grandad",), DROPPED,
     False),
    ("Took Grandad to the club on Friday. He sang every word of Jolene like it was 1979.", ("Grandad", "Jolene"),
     INVENTED, True),
    ("Au mariage, Hugo a chanté toutes les paroles de Jeanne, de Brassens.", ("Hugo", "Jeanne"), INVENTED, True),
    ("Took Grandad to the club on Friday. He sang with Jolene like it was 1979.", ("Grandad",), DROPPED, True),
])
def test_a_song_sung_every_word_of(original: str, persons: tuple[str, ...], kind: FlagKind, flagged: bool) -> None:
    assert (kind in flag_kinds(original, persons=persons)) is flagged


MEGAN = WhoIsWho((KnownPerson("Megan", "English language assistant from Leeds", ()),))


@pytest.mark.parametrize(("original", "reflection", "renamed"), [
    ("Gave blood for the fiftieth time today. They gave me a badge and a biscuit.",
     "Fifty donations and a biscuit: the NHS knows how to thank a steady arm. I'm proud of you.", False),
    ("Burns supper at the club with Moira, the whole floor dancing the last reel.",
     "A whole floor dancing and Moira beside you: January needs nights like that.", False),
    ("Ben delivered the new pump and Sam helped me wire it in the afternoon.",
     "Two friends, two machines, and a whole day of teamwork: a good haul.", False),
    ("Jonas and I paused the film so I could explain why the moons' orbits were wrong.",
     "Pausing a film to fix a planetary system is so you, and I love it.", False),
    ("Megan asked me to help with her bank forms after class.",
     "I love that you're the one helping the English assistant for once.", False),
    ("Gave blood for the fiftieth time today. They gave me a badge and a biscuit.",
     "Fifty donations and a biscuit. Nova is always here for you, and proud.", True),
    ("Gave blood for the fiftieth time today. They gave me a badge and a biscuit.",
     "Fifty donations and a biscuit: the machine is proud of you.", True),
])
def test_not_her_renamed(original: str, reflection: str, renamed: bool) -> None:
    assert (RENAMED in flag_kinds(original, reflection=reflection, people=MEGAN)) is renamed


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("J'ai raté ma répète pour rester avec Mme Kone aux urgences. Elle m'a tenu la main.", "les urgences", False),
    ("Ce matin j'ai raté le bus parce que l'ascenseur de la gare était encore en panne.", "la gare", False),
    ("g raté le kickflip 30 fois au skatepark, sam ma filmé mdr", "skatepark", False),
    ("J'ai raté le train pour Lyon, je suis resté à la maison.", "Lyon", True),
])
def test_where_one_was_after_missing_something(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place)) is flagged


@pytest.mark.parametrize(("original", "dropped"), [
    ("Gran video-called from her flat in Quinton to show me the tree.", False),
    ("Warmed up with a hot chocolate in Trinity after the long walk.", False),
    ("I finally confided in Sarah about the new job.", True),
    ("Slept in Callum's van at the foot of the pass.", True),
])
def test_a_place_after_in(original: str, dropped: bool) -> None:
    assert (DROPPED in flag_kinds(original)) is dropped
