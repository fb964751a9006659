"""Round 69 (2026-12-06), from holdout484–491 (just opened) and the older open sets, each with the case it must leave
alone:

- reflection: a memory whose only "I" is contracted ("Knocked over a bowl I'd spent two days trimming") is the user's
  own, so "she" doing what the user did is the user, told of; not an "I'm" inside a quoted title ("a 'Where I'm From'
  day").
- reflection: "He" opening a sentence is "he" too, where everyone the memory names is a woman ("Maren rang… I wished
  her luck" → "He's come a long way"); not a "He" inside someone's words the reflection quotes ("'He drives now, you
  know', told to everyone").
- reflection: "she's glad", « elle est contente » said to the user, where the memory speaks of no woman ("had the
  office to myself" → "she's glad the snow gave you that"), is herself in the third person; not "I'm glad".
- persons: a given name joined to a surname (« Concert à Jean-Drapeau avec Inès », « au gymnase Léo-Lagrange ») is,
  the French way, a place named after someone: listed, no one the user was with; « Jean-Paul », « Marie-Ève
  Tremblay » are people.
- reflection: « personne » in « Je n'ai réveillé personne » is nobody, no woman « elle » may be (« je suis fière
  d'elle » is the user); « C'est tout elle » is a person, where the memory speaks of no woman.
- places: the sentence after one that watched something on a screen ("Watched the Giro on Eurosport with Dad on the
  phone. The stage finished at Bormio"), where neither the user nor "we" does anything, is still the picture's place;
  not "In Bormio we could hear the crowd from the window".
- persons: a whole name after a work of theirs, a work about them, or an article (« J'ai lu un texte de Louise
  Michel », « le documentaire d'Arte sur Gisèle Halimi », "looking for large-print Agatha Christie") is an author or
  a figure, no one to keep; a friend who reads her own poem is someone (« Léa Martin m'a lu son poème »).
- places: a diary's line opening on its appointment, bare or after its day (« Mardi, rendez-vous chez le notaire à
  Brest pour la signature. Ensuite j'ai filé à la gare »), is where the memory was; not one booked or set for a day
  ahead (« Rendez-vous pris chez Ateliers Lenoir à Brest »).
- persons: a side of a fixture against a country or a listed team ("I yell at the telly like it's Kent v Jamaica
  at the cricket") is a team, no one to keep; "Sam vs Tom at ping-pong" are people.
- places: a venue said after « devant » ("in front of the") is where the memory was, so a stop told after « puis »
  (« Concert devant l'Opéra Nouvel, puis crêpe au Café Madeleine ») is a later one; the venue itself is not.
- reflection: as many as the ones the user was with and the user, told of as "them" ("Walked the canal with Pete…"
  → "a lovely walk for both of them"), in a reflection that never speaks to the user; not "the two of them" of Sam and
  Lily the user watched.
- reflection: where the memory names one person the user was with, no group and no "they" of its own, the
  reflection's "they" is the two of them ("Nina and I spent the afternoon at the toy museum" → "They clearly had an
  afternoon full of treasure", « Ils ont passé un après-midi plein de trésors »); not where the memory names a group
  ("took the kids").
- reflection: "her" owning something where the memory speaks only of men ("Ben and I watched the Mariners lose" →
  "her oldest ritual with him") is the user; not where it has a boat, a car or a country English calls "her".

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind, KnownPerson, WhoIsWho
from tests.helpers.proposals import flag_kinds

INVENTED = FlagKind.PERSON_INVENTED
PLACE = FlagKind.PLACE_CHANGED
DROPPED = FlagKind.PERSON_DROPPED
NARRATED = FlagKind.NOT_FIRST_PERSON


@pytest.mark.parametrize(("original", "reflection", "narrated"), [
    ("Knocked over a bowl I'd spent two days trimming. Swept it up, didn't cry, threw three more.",
     "Three more bowls after that one: she's become someone who keeps going. I'm sorry about the first one.", True),
    ("The school held a 'Where I'm From' day. Wore the scarf and read the poem out loud.",
     "Reading that poem out loud in the scarf, I hope she always feels it belongs to her.", False),
])
def test_a_contracted_i_is_the_user_writing(original: str, reflection: str, narrated: bool) -> None:
    assert (NARRATED in flag_kinds(original, reflection=reflection)) is narrated


@pytest.mark.parametrize(("original", "persons", "reflection", "narrated"), [
    ("Two days ago Maren rang to say she's moving to Oslo for good. I wished her luck and meant it.", ("Maren",),
     "Meaning it is what I keep. He's come a long way to be able to say that and mean it.", True),
    ("Gran's 85th. Drove her to the tea room myself. She told the whole table her grandson 'drives now, you know'.",
     ("Gran",), "'He drives now, you know', told to everyone. I think that was her best present.", False),
])
def test_he_opening_a_sentence_among_women(original: str, persons: tuple[str, ...], reflection: str,
                                           narrated: bool) -> None:
    assert (NARRATED in flag_kinds(original, persons=persons, reflection=reflection)) is narrated


@pytest.mark.parametrize(("reflection", "narrated"), [
    ("Half an hour of quiet before the phones start sounds precious; she's glad the snow gave you that.", True),
    ("Half an hour of quiet before the phones start sounds precious; I'm glad the snow gave you that.", False),
])
def test_her_gladness_told_in_the_third_person(reflection: str, narrated: bool) -> None:
    original = "First real snow. Scraped the windscreen, got in early and had the office to myself for half an hour."
    assert (NARRATED in flag_kinds(original, reflection=reflection)) is narrated


@pytest.mark.parametrize(("original", "persons", "invented"), [
    ("Concert à Jean-Drapeau avec Inès, sous la pluie, et on a chanté quand même.", ("Inès", "Jean Drapeau"), True),
    ("Tournoi de badminton au gymnase Léo-Lagrange avec Malo. Éliminés au deuxième tour.", ("Malo", "Léo"), True),
    ("Jean-Paul est venu dîner avec Malo. Il a apporté son gâteau aux noix.", ("Jean-Paul", "Malo"), False),
    ("La journaliste, Marie-Ève Tremblay, est restée jusqu'à minuit.", ("Marie-Ève Tremblay",), False),
])
def test_a_place_named_after_someone(original: str, persons: tuple[str, ...], invented: bool) -> None:
    assert (INVENTED in flag_kinds(original, persons=persons)) is invented


@pytest.mark.parametrize(("original", "reflection", "narrated"), [
    ("Ce soir j'ai enfin vu la comète toute seule, depuis le balcon. Je n'ai réveillé personne.",
     "La comète depuis le balcon, le nez en l'air : je garde cette image, et je suis fière d'elle.", True),
    ("Ce soir j'ai enfin vu la comète toute seule, depuis le balcon. Je n'ai réveillé personne.",
     "La comète depuis le balcon, le nez en l'air : je garde cette image, et je suis fière de toi.", False),
    ("J'ai réparé la chaudière à minuit, seule, avec la notice.",
     "Une chaudière réparée à minuit avec une notice : c'est tout elle.", True),
    ("Ma voisine a réparé la chaudière à minuit, seule, avec la notice.",
     "Une chaudière réparée à minuit avec une notice : c'est tout elle.", False),
])
def test_nobody_and_so_like_her(original: str, reflection: str, narrated: bool) -> None:
    assert (NARRATED in flag_kinds(original, reflection=reflection)) is narrated


@pytest.mark.parametrize(("original", "flagged"), [
    ("Watched the Giro on Eurosport with Dad on the phone. The stage finished at Bormio and he was cheering.", True),
    ("Regardé le Giro à la télé avec papa au téléphone. L'étape finissait à Bormio, il hurlait de joie.", True),
    ("Watched the Giro on Eurosport in the hotel lounge. In Bormio we could hear the crowd from the window.", False),
])
def test_still_on_the_screen(original: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place="Bormio")) is flagged


@pytest.mark.parametrize(("original", "persons", "dropped"), [
    ("Au centre social, j'ai lu un texte de Louise Michel devant quinze personnes, la voix qui tremblait.", (), False),
    ("Vu le documentaire d'Arte sur Gisèle Halimi avec Maëlys. Elle a posé mille questions.", ("Maëlys",), False),
    ("Mrs Parry came into the library looking for large-print Agatha Christie.", ("Mrs Parry",), False),
    ("Léa Martin m'a lu son poème au téléphone, et j'ai pleuré.", (), True),
])
def test_an_authors_work_names_no_one_to_keep(original: str, persons: tuple[str, ...], dropped: bool) -> None:
    assert (DROPPED in flag_kinds(original, persons=persons)) is dropped


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("Mardi, rendez-vous chez le notaire à Brest pour la signature. Ensuite j'ai filé à la gare.", "Brest", False),
    ("Rendez-vous chez Ateliers Lenoir à Brest pour parler du contrat. Ensuite j'ai filé à la gare.",
     "Ateliers Lenoir, Brest", False),
    ("Rendez-vous pris chez Ateliers Lenoir à Brest pour le contrat. Ensuite j'ai filé à la gare.",
     "Ateliers Lenoir, Brest", True),
    ("Jeudi, rendez-vous chez l'ophtalmo à Morlaix. Tout va bien, Malo m'a attendue dans la voiture.", "Morlaix",
     False),
    ("Réunion du club ce soir, on a tout préparé. Rendez-vous samedi devant la gare de Morlaix pour partir ensemble.",
     "Morlaix", True),
])
def test_the_days_appointment(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place)) is flagged


@pytest.mark.parametrize(("original", "persons", "dropped"), [
    ("Binged the whole series. Marcus says I yell at the telly like it's Kent v Jamaica at the cricket.", ("Marcus",),
     False),
    ("Sam vs Tom at ping-pong all evening in the garage. Tom won, Sam sulked.", ("Tom",), True),
])
def test_a_side_of_a_fixture(original: str, persons: tuple[str, ...], dropped: bool) -> None:
    assert (DROPPED in flag_kinds(original, persons=persons)) is dropped


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("Concert de deux heures devant l'Opéra Nouvel, puis crêpe au Café Madeleine avec Inès.", "Café Madeleine", True),
    ("Concert de deux heures devant l'Opéra Nouvel avec Inès, et on a fini trempées.", "Opéra Nouvel", False),
])
def test_a_stop_after_a_venue_stood_before(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place, persons=("Inès",))) is flagged


@pytest.mark.parametrize(("original", "persons", "reflection", "narrated"), [
    ("Walked the canal towpath with Pete this morning. He pointed at the herons and I didn't say a word.", ("Pete",),
     "Herons and hardly a word: it sounds like a lovely walk for both of them.", True),
    ("Watched Sam and Lily jump off the harbour wall all afternoon. I kept the towels dry.", ("Sam", "Lily"),
     "Jumping off the harbour wall all afternoon: the two of them are fearless, and I love the towel duty.", False),
])
def test_the_user_among_them(original: str, persons: tuple[str, ...], reflection: str, narrated: bool) -> None:
    assert (NARRATED in flag_kinds(original, persons=persons, reflection=reflection)) is narrated


@pytest.mark.parametrize(("original", "narrated"), [
    ("Nina and I spent the afternoon at the toy museum in Dinan. She wants the wooden castle for her bedroom.", True),
    ("Nina and I took the kids to the toy museum in Dinan. She wants the wooden castle for her bedroom.", False),
])
def test_the_user_and_another_as_they(original: str, narrated: bool) -> None:
    reflection = ("A wooden castle for a bedroom is a grand plan; I hope Nina keeps asking. They clearly had an"
                  " afternoon full of treasure.")
    assert (NARRATED in flag_kinds(original, persons=("Nina",), reflection=reflection)) is narrated


@pytest.mark.parametrize(("original", "narrated"), [
    ("Après-midi au musée du jouet avec Nina. Elle veut le château en bois pour sa chambre, j'ai dit qu'on verrait.",
     True),
    ("Après-midi au musée du jouet avec Nina et ses cousins. Elle veut le château en bois, j'ai dit qu'on verrait.",
     False),
])
def test_the_user_and_another_as_ils(original: str, narrated: bool) -> None:
    reflection = "Un château en bois pour une chambre, quel projet ! Ils ont passé un après-midi plein de trésors."
    assert (NARRATED in flag_kinds(original, persons=("Nina",), reflection=reflection)) is narrated


@pytest.mark.parametrize(("original", "reflection", "narrated"), [
    ("Ben and I watched the Mariners lose again at the ballpark. He bought me garlic fries for old times' sake.",
     "Losing games and garlic fries sound like her oldest ritual with him. I like that the score never matters.",
     True),
    ("Ben and I watched the Mariners lose again at the ballpark. He bought me garlic fries for old times' sake.",
     "Losing games and garlic fries sound like your oldest ritual with him. I like that the score never matters.",
     False),
    ("Ben and I took the old boat out past the breakwater. He let me steer her the whole way back.",
     "Steering her the whole way back: I love that he trusts her oldest ritual to you now.", False),
])
def test_her_own_among_men(original: str, reflection: str, narrated: bool) -> None:
    people = WhoIsWho((KnownPerson("Ben", "brother"),))
    assert (NARRATED in flag_kinds(original, persons=("Ben",), reflection=reflection, people=people)) is narrated
