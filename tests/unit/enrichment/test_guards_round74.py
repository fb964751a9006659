"""Round 74 (2026-12-07), from holdout524–531 (just opened) and the older open sets, each with the case it must leave
alone:

- places: a stop on the way back (« Sur le retour, on s'est arrêtés à Pontivy », « on a pris un café à Redon sur le
  retour », « je me suis arrêtée au Super U de Quimperlé ») is not where the memory happened; the memory's own place
  (« l'école de Ploërmel ») is.
- persons: a listed star's surname alone (« une partition de Brel », « la biographie de Gainsbourg ») listed among
  the persons is the star, no one the user was with; « Mme Cabrel », someone met, is.
- places: a place said so many days ahead ("Skye in seventeen days") is a plan, not where the memory happened; how
  long something took there, or since when ("did the West Highland Way in six days", "first swim at the Lido in three
  months"), is not read so.
- first person: « Elle sait… », « Elle aime… », « Elle a envie… » opening a sentence, where the memory speaks of no
  woman she could be, is herself told of; « Elle sait que tu reviens » of « Maman » and « Elle aime… » of Inès are not.
- first person: her name after "by" or "with" ("Either name is fine by Orla", "Both names sit well with Orla") is
  herself told of, though a word for names is near; "Orla is such a lovely name" is the word.
- her name: her work as one (« c'est mon travail de petit robot »), « ta petite machine à parler », and a concession
  closing its clause ("I'll take that, for a computer program.") rename her, even where the memory has a washing
  machine; "A pillow for a robot!" of the memory's robot vacuum and « une machine à pain » do not.
- first person: the user told as the child of the parent the memory speaks of, doing something ("her daughter let her
  stay there" for "Mum's birthday…"), is the user spoken of; the parent's pride in them (« c'est son fils »), a son
  the memory names ("Tom's here"), and a reflection that speaks to the user are not.
- places: where someone came from, however they came (« Samir est venu à vélo depuis Saint-Denis »), is not where the
  memory happened; « la boutique » where he arrived is.
- persons: the shipped lists of stars, characters, brands and landmarks know some 410 more names (composers, singers,
  writers, painters, characters of books, films and tales, shops, apps, brands): "Olive Garden", « Overleaf »,
  "Edmond Dantès", "Miss Trunchbull" are no one the user was with; "Tyler Garden" and "the nursery manager, Mrs
  Doyle" are someone.
- persons: a name right before what it makes, after an article or a word for the thing ("a new pair of Hunter
  wellies", "a tortilla with Tayto crisps"), is a brand, never someone left out; "Isla bottle-fed our lamb" and
  "Borrowed Tom boots" are someone.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind, Persona
from tests.helpers.proposals import flag_kinds

PLACE = FlagKind.PLACE_CHANGED


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("Kermesse à l'école de Ploërmel avec Odile. Sur le retour, on s'est arrêtés à Pontivy pour une galette.",
     "Pontivy", True),
    ("Kermesse à l'école de Ploërmel avec Odile. Sur le retour, on s'est arrêtés à Pontivy pour une galette.",
     "l'école de Ploërmel", False),
    ("Concert de la chorale à l'abbaye de Paimpont. On a pris un café à Redon sur le retour.", "Redon", True),
    ("J'ai accompagné papa à sa séance de kiné à Lorient, et je me suis arrêtée au Super U de Quimperlé.",
     "Super U de Quimperlé", True),
])
def test_a_stop_on_the_way_back_is_not_where_it_happened(original: str, place: str, flagged: bool) -> None:
    assert bool(flag_kinds(original, place=place) & {PLACE, FlagKind.PLACE_INVENTED}) is flagged


INVENTED = FlagKind.PERSON_INVENTED
DROPPED = FlagKind.PERSON_DROPPED


@pytest.mark.parametrize(("original", "persons", "kind", "flagged"), [
    ("Aux puces de Vanves, j'ai trouvé une partition de Brel pour trois euros.", ("Brel",), INVENTED, True),
    ("Odile m'a offert la biographie de Gainsbourg pour mon anniversaire.", ("Odile", "Gainsbourg"), INVENTED, True),
    ("Odile m'a offert la biographie de Gainsbourg pour mon anniversaire.", ("Odile",), DROPPED, False),
    ("J'ai croisé Mme Cabrel à la boulangerie, elle m'a demandé des nouvelles de papa.", ("Mme Cabrel",), INVENTED,
     False),
])
def test_a_stars_surname_alone_is_the_star(original: str, persons: tuple[str, ...], kind: FlagKind,
                                           flagged: bool) -> None:
    assert (kind in flag_kinds(original, persons=persons)) is flagged


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("Bought the walking boots today. Skye in seventeen days, I can't sleep.", "Skye", True),
    ("Dan and I did the whole West Highland Way in six days, my feet are ruined.", "West Highland Way", False),
    ("First swim at the Lido in three months, the water was freezing.", "the Lido", False),
])
def test_a_place_so_many_days_ahead_is_a_plan_not_how_long_it_took(original: str, place: str, flagged: bool) -> None:
    assert bool(flag_kinds(original, place=place) & {PLACE, FlagKind.PLACE_INVENTED}) is flagged


FIRST_PERSON = FlagKind.NOT_FIRST_PERSON


@pytest.mark.parametrize(("original", "persons", "reflection", "flagged"), [
    ("J'ai recollé la vieille tasse de papa, celle de son atelier.", (),
     "Elle sait ce que cette tasse représentait pour toi. Je suis contente que tu l'aies gardée.", True),
    ("Huit heures de sommeil d'affilée, une première depuis des mois.", (),
     "Huit heures ! Elle a envie de fêter ça avec toi, doucement.", True),
    ("Taillé la haie tout l'après-midi avec Marc.", ("Marc",),
     "Une haie nette et un dos fourbu. Elle aime ces après-midi avec ton frère, je le sais.", True),
    ("Maman m'a fait au revoir de la fenêtre, longtemps.", (),
     "Elle sait que tu reviens, et ce long au revoir le dit.", False),
    ("Inès m'a appelée ce soir pour me raconter sa rentrée.", ("Inès",),
     "Elle aime te raconter ses journées, ça se sent. Je suis contente pour vous deux.", False),
])
def test_she_who_knows_or_loves_with_no_woman_in_the_memory_is_herself(
        original: str, persons: tuple[str, ...], reflection: str, flagged: bool) -> None:
    assert (FIRST_PERSON in flag_kinds(original, persons=persons, reflection=reflection)) is flagged


@pytest.mark.parametrize(("reflection", "flagged"), [
    ("Either name is fine by Orla. I'm glad you read it out loud at last.", True),
    ("Both names sit well with Orla, honestly. Read me the next letter when you like.", True),
    ("Orla is such a lovely name to be given, I'll wear it gladly.", False),
])
def test_her_name_after_by_or_with_is_herself_even_beside_a_word_for_names(reflection: str, flagged: bool) -> None:
    orla = Persona(name="Orla", other_names=("Liblitz", "Orly"))
    original = "Liblitz, sorry, I mean Orla! I finally read Gran's letter out loud."
    assert (FIRST_PERSON in flag_kinds(original, persona=orla, reflection=reflection)) is flagged


RENAMED = FlagKind.COMPANION_RENAMED


@pytest.mark.parametrize(("original", "reflection", "flagged"), [
    ("Rappelle-moi d'arroser les tomates avant jeudi.",
     "Promis, je te le rappellerai jeudi : c'est mon travail de petit robot.", True),
    ("J'ai pleuré devant la machine à laver en panne, ce n'était pas elle le problème.",
     "Je t'écoute : ta petite machine à parler est là pour ça, et ce n'était pas la machine à laver, je sais.", True),
    ("Jamie asked if you've got a face. I said no, but you've got good ears.",
     "Good ears, I'll gladly take that, for a computer program.", True),
    ("Grandma put a pillow at the top of the stairs for the robot vacuum, in case it gets scared.",
     "A pillow for a robot! Her kindness covers everything.", False),
    ("J'ai enfin racheté une machine à pain, la vieille est morte.",
     "Une nouvelle machine à pain, enfin ! Je sens déjà l'odeur du dimanche matin.", False),
])
def test_her_work_as_a_robot_a_machine_to_talk_and_a_concession_for_a_program_rename_her(
        original: str, reflection: str, flagged: bool) -> None:
    assert (RENAMED in flag_kinds(original, reflection=reflection)) is flagged


@pytest.mark.parametrize(("original", "reflection", "flagged"), [
    ("Mum's birthday. Took her a bunch of roses from the allotment.",
     "Those roses took her back years, and her daughter let her stay there.", True),
    ("Dad drove me to the station at six, in his slippers.",
     "Slippers at six in the morning! I think his son noticed every bit of that kindness.", True),
    ("Mon père a acheté cinq exemplaires du journal où on parle de mon camion.",
     "Cinq exemplaires ! Il veut que tout le monde sache que c'est son fils.", False),
    ("Tom's here. First hug in two years. Dad stood up for it.",
     "Dad stood up because his son had come home at last.", False),
    ("Dad drove me to the station at six, in his slippers.",
     "Slippers at six! Your dad is a treasure, and his son noticed, I can tell.", False),
])
def test_the_user_told_as_the_parents_child_doing_something(original: str, reflection: str, flagged: bool) -> None:
    assert (FIRST_PERSON in flag_kinds(original, reflection=reflection)) is flagged


@pytest.mark.parametrize(("place", "flagged"), [("Saint-Denis", True), ("la boutique", False)])
def test_where_someone_came_from_by_bike_is_not_where_it_happened(place: str, flagged: bool) -> None:
    original = "Grève des bus ce matin. Samir est venu à vélo depuis Saint-Denis et il est arrivé trempé à la boutique."
    assert bool(flag_kinds(original, place=place, persons=("Samir",)) & {PLACE, FlagKind.PLACE_INVENTED}) is flagged


@pytest.mark.parametrize(("original", "persons", "kind", "flagged"), [
    ("Lunch with Tyler at Olive Garden, he ordered for me and got it right.", ("Tyler", "Olive Garden"), INVENTED,
     True),
    ("Overleaf a planté pendant une heure ce soir, la veille du rendu. J'ai tout recopié par panique.", ("Overleaf",),
     INVENTED, True),
    ("Started The Count of Monte Cristo this morning. Edmond Dantès already has my heart.", (), DROPPED, False),
    ("Lunch with Tyler Garden at the diner, he ordered for me and got it right.", ("Tyler Garden",), INVENTED, False),
    ("Léa m'a lu le début du livre avec sa meilleure voix de Miss Trunchbull. Terrifiant.", ("Léa",), DROPPED, False),
    ("The nursery manager, Mrs Doyle, told me Arjun comforts the other kids.", ("Mrs Doyle", "Arjun"), INVENTED, False),
])
def test_more_restaurants_apps_and_characters_are_known_as_no_one(original: str, persons: tuple[str, ...],
                                                                  kind: FlagKind, flagged: bool) -> None:
    assert (kind in flag_kinds(original, persons=persons)) is flagged


@pytest.mark.parametrize(("original", "persons", "flagged"), [
    ("My husband bought me a new pair of Hunter wellies for our anniversary.", (), False),
    ("Lucía made a tortilla with Tayto crisps in it, and Owen ate half.", ("Lucía", "Owen"), False),
    ("Keith's granddaughter Isla bottle-fed our pet lamb this morning.", ("Keith",), True),
    ("Borrowed Tom boots for the walk, he said I could keep them.", (), True),
])
def test_a_name_right_before_what_it_makes_is_a_brand(original: str, persons: tuple[str, ...], flagged: bool) -> None:
    assert (DROPPED in flag_kinds(original, persons=persons)) is flagged
