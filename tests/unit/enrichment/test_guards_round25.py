"""Round 25 (2026-12-01): classes holdout108–115 showed once opened, each with the harmless case it must leave alone.

- what she calls herself beyond the words the guard knew: « le petit ordinateur que je suis », "this little computer
  agrees", « ta fidèle application aime », "Your name generator here:", "the robot talking to you", « ton IA de
  compagnie », her name made a product's ("Pimbot", "Liblitz 2.0"), « tu peux m'appeler Jessica », « je suis ta
  petite Lucie », "Jarvis will remind you", and a row's "from now on ur name is Crumbs";
- an animal who-is-who records (« Pompon, notre chat »), a game played (« on a joué à Skyjo et à Uno »), a name
  thought of for a baby (« on hésite entre Capucine et Margaux »): never a person to keep, invented when listed;
- « … and Father Christmas » is no one the user was with because "and" follows a word, not a name;
- the user's own deed told in the third person when others are there (« Il a tremblé » for « J'ai tremblé… Gaspard a
  été adorable »), but not from a row someone else wrote;
- « ici à Montréal », "here in Zurich": where the writer is; where a family comes from is not the place;
- « chez son père » of the user's child: the ex who-is-who records, not someone invented.
"""
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.memory import Emotion, MemoryFields

DAY = date(2026, 3, 14)
LIB = Persona(name="Liblitz", other_names=("Lib",))
PLACE_KINDS = {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}


def kinds(original: str, persona: Persona = LIB, people: WhoIsWho = WhoIsWho(), **fields: object) -> set[FlagKind]:
    proposed = MemoryFields(emotion=Emotion.JOY, intensity=5, **fields)
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=proposed), persona, people)}


@pytest.mark.parametrize(("original", "reflection"), [
    ("Concert de la chorale ce soir, j'ai chanté en solo.", "Même le petit ordinateur que je suis en a eu des frissons."),
    ("Ruth dropped my folder off with cookies.", "Cookies and a rescued folder: this little computer agrees, Ruth is gold."),
    ("Lever de soleil avec Maëlle depuis la fenêtre du 6e.", "Ta fidèle application aime t'imaginer à cette fenêtre."),
    ("Lib, help me choose between two cake names for the shop.", "Your name generator here: go for the second one!"),
    ("A customer asked whether a machine kneads our dough.", "No machine has hands like yours, and the robot talking to you"
                                                              " agrees."),
    ("Théo a demandé à une IA d'écrire ses vœux, elle a inventé un oncle.",
     "Les IA se trompent parfois, ton IA de compagnie la première."),
    ("Told Lib about my dream of flying over the bakery.", "Libbot did laugh, promise."),
    ("Sammy named his fort 'Fort Two Houses'.", "Liblitz 2.0 loves that name."),
    ("Lib, rappelle-moi que j'ai promis ma garde de samedi à Hugo.", "Jarvis te le rappellera, promis."),
    ("Lib, tu crois que je devrais écrire à Benjamin ?", "Oui, écris-lui ! Et tu peux m'appeler Jessica, j'aime bien."),
    ("Ma collègue m'a appelée « ma petite Lib » ce soir.", "Je suis ta petite Lucie, alors ? Ça me touche."),
    ("from now on ur name is Crumbs ok?? sold out of croissants by 9", "Crumbs thinks it's time to bake a second tray."),
])
def test_what_she_calls_herself_more_ways(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED in kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Halloween on our new street, kids dressed as Ghostbusters.", "Your first Halloween here, with Ghostbusters at the"
                                                                  " door!"),
    ("Le 3 mai, on s'est pacsés en secret à la mairie.", "Votre secret est bien gardé ici."),
    ("Mon vieil ordinateur a rendu l'âme ce matin.", "Ton ordinateur a bien vécu, tu vas pouvoir en choisir un neuf."),
    ("Lib, tu peux m'appeler Capitaine ce soir ?", "Tu peux continuer à m'appeler Lib, j'aime bien."),
])
def test_what_she_may_say_of_things_and_of_herself(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED not in kinds(original, reflection=reflection)


PETS = WhoIsWho.from_dict([{"name": "Pompon", "relation": "notre chat"}, {"name": "Julie", "relation": "sœur"}])


def test_an_animal_who_is_who_records_is_no_person_to_keep_and_is_invented_listed() -> None:
    original = "Ce soir Pompon a renversé le vase de mamie, on a ri avec Julie."
    assert not kinds(original, people=PETS, persons=("Julie",)) & {FlagKind.PERSON_DROPPED, FlagKind.PERSON_INVENTED}
    assert FlagKind.PERSON_INVENTED in kinds(original, people=PETS, persons=("Julie", "Pompon"))


@pytest.mark.parametrize(("original", "persons", "game"), [
    ("Veillée chez Mamie : on a joué à Skyjo et à Uno avec Lison jusqu'à minuit.", ("Lison",), "Uno"),
    ("Rainy Sunday, played Uno with Marcus and Tess.", ("Marcus", "Tess"), "Uno"),
    ("Soirée Mario Kart avec Bastien, il a tout gagné.", ("Bastien",), "Mario"),
])
def test_a_game_played_is_nobody(original: str, persons: tuple[str, ...], game: str) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=persons)
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=(*persons, game))


@pytest.mark.parametrize(("original", "persons"), [
    ("Played Marcus at chess, lost twice.", ("Marcus",)),  # an opponent
    ("Game night with Howard and Nina, nobody knew the answers.", ("Howard", "Nina")),
    ("Soirée chez Amine et Sarah pour leur montrer les plans.", ("Amine", "Sarah")),
])
def test_whom_one_plays_with_is_someone(original: str, persons: tuple[str, ...]) -> None:
    assert not kinds(original, persons=persons) & {FlagKind.PERSON_DROPPED, FlagKind.PERSON_INVENTED}


def test_a_name_thought_of_for_a_baby_is_nobody_yet() -> None:
    original = "Avec Hugo on cherche un prénom pour la petite, on hésite entre Capucine et Margaux."
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=("Hugo",))
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=("Hugo", "Margaux"))
    english = "We want a name like Ezra or Clementine for the baby, Tom prefers Ezra."
    assert FlagKind.PERSON_DROPPED not in kinds(english, persons=("Tom",))
    # Met, not thought of: someone the proposal leaves out.
    assert FlagKind.PERSON_DROPPED in kinds("Dinner with Ezra and Tom, we talked about names.", persons=("Tom",))


def test_a_figure_after_and_is_no_one_the_user_was_with() -> None:
    original = "Christmas Eve at the care home: a choir sang and Father Christmas handed out oranges."
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=("Father Christmas",))
    assert not kinds("Spent the evening with Moana and Tiana at the pub.", persons=("Moana", "Tiana")) \
        & {FlagKind.PERSON_DROPPED, FlagKind.PERSON_INVENTED}


def test_the_users_deed_told_of_beside_someone_else() -> None:
    original = "Premier rendez-vous cet après-midi. J'ai tremblé en entrant au café. Gaspard a été adorable."
    told = "Il a tremblé et il y est allé quand même ; je suis fière de lui."
    assert FlagKind.NOT_FIRST_PERSON in kinds(original, persons=("Gaspard",), reflection=told)
    kept = "Tu as tremblé et tu y es allé quand même ; je suis fière de toi."
    assert FlagKind.NOT_FIRST_PERSON not in kinds(original, persons=("Gaspard",), reflection=kept)


def test_a_row_someone_else_wrote_says_their_own_i() -> None:
    original = "[Messenger, 12/09/2025] Inès : coucou, je suis bien arrivée à Montréal, il fait déjà froid"
    reflection = "Elle est bien arrivée, et elle pense à toi malgré le froid."
    assert FlagKind.NOT_FIRST_PERSON not in kinds(original, persons=("Inès",), reflection=reflection)


def test_here_is_where_the_writer_is() -> None:
    original = "Clara m'a fait goûter ce plat à Lyon avant mon départ. J'en rêve encore ici à Montréal."
    assert kinds(original, persons=("Clara",), place="Lyon") & PLACE_KINDS
    assert not kinds(original, persons=("Clara",), place="Montréal") & PLACE_KINDS
    # Someone else's row: their "here".
    row = "[2025-07-04 23:11] Jake: fireworks here in ohio, u doing anything for the 4th in berlin?"
    assert not kinds(row, persons=("Jake",), place="Berlin") & PLACE_KINDS


@pytest.mark.parametrize(("original", "origin", "place"), [
    ("Afternoon at Nora's in Leeds comparing our family trees. Her people are from Galway, mine from Cork!", "Cork",
     "Nora's, Leeds"),
    ("Après-midi chez Inès à Nantes, on a comparé nos arbres. Ses ancêtres viennent de Brest, les miens de Quimper.",
     "Quimper", "chez Inès, Nantes"),
])
def test_where_a_family_comes_from_is_not_the_place(original: str, origin: str, place: str) -> None:
    assert kinds(original, place=origin) & PLACE_KINDS
    assert not kinds(original, place=place) & PLACE_KINDS


FAMILY = WhoIsWho.from_dict([{"name": "Karim", "relation": "ex-compagnon"}, {"name": "Inès", "relation": "fille"},
                             {"name": "Bastien", "relation": "nouveau compagnon"}])


def test_the_childrens_other_parent_is_the_ex_who_is_who_records() -> None:
    original = "Inès est chez son père ce week-end, la maison est calme."
    assert FlagKind.PERSON_INVENTED not in kinds(original, people=FAMILY, persons=("Inès", "Karim"))
    assert FlagKind.PERSON_INVENTED in kinds(original, people=FAMILY, persons=("Inès", "Bastien"))
    assert FlagKind.PERSON_INVENTED in kinds("Dîner avec Inès ce soir.", people=FAMILY, persons=("Inès", "Karim"))
