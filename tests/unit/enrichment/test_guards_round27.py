"""Round 27 (2026-12-02): classes holdout124–131 showed once opened, each with the harmless case it must leave alone.

- a public figure's surname alone, in a memory that speaks of no work, stage, match or news (« Delacroix m'a
  reproché mon congé »): someone the user knows, listed rightly;
- what someone reported is to come (« m'a annoncé qu'elle quitte la coloc en décembre ») may be the coming month,
  beside a known date kept;
- a town of two words in a memory typed in lower case (« a la rochelle »), which the proposal swaps;
- an animal named before a sentence that opens on it ("…mind Toby. The dog…"), a thing's name (« Ma voiture s'appelle
  Titine »), listed as persons;
- some days of a span ("last week" as its weekend), and words that give no day (« ça fait des années », « ces derniers
  temps », "sometime in my first year") given a date;
- « Elle est contente que… », "She gets…", "She's so glad you…": her feelings in the third person, whatever woman the
  memory names; "he" where everyone named is a woman: the user told of;
- "Jarvis at your service", « Marguerite, à votre service », "Botty reporting in": a name she introduces herself by;
- « jusqu'à Mâcon et retour », "as far as Luton and back": where a drive turned back is not where it happened.
"""
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.memory import Emotion, EventTime, MemoryFields

DAY = date(2026, 3, 14)
NOX = Persona(name="Nox", other_names=("Noxie",))
PLACE_KINDS = {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}
TIME_KINDS = {FlagKind.TIME_CHANGED, FlagKind.TIME_INVENTED}


def kinds(original: str, known: MemoryFields | None = None, **fields: object) -> set[FlagKind]:
    proposed = MemoryFields(emotion=Emotion.JOY, intensity=5, **fields)
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=proposed), NOX, WhoIsWho(), known)}


@pytest.mark.parametrize("original", [
    "Réunion de 9h : Picasso m'a encore coupé la parole devant tout le monde.",
    "J'ai dit à Molière que je partais plus tôt vendredi, il a soupiré.",
    "Le nouveau chef, Rimbaud, m'a demandé mes congés d'été avant midi.",
])
def test_a_public_figures_surname_in_the_users_life_is_someone(original: str) -> None:
    name = next(n for n in ("Picasso", "Molière", "Rimbaud") if n in original)
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons=(name,), reflection="Je comprends ton agacement.")


@pytest.mark.parametrize(("original", "name"), [
    ("Vu l'expo Picasso au musée avec Inès, trois heures de queue.", "Picasso"),
    ("Karaoké hier soir, Léa a chanté du Brassens toute la soirée.", "Brassens"),
])
def test_a_public_figure_in_a_world_of_works_is_still_no_one_the_user_was_with(original: str, name: str) -> None:
    persons = tuple(n for n in ("Inès", "Léa") if n in original) + (name,)
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=persons, reflection="Quelle belle soirée.")


def test_what_someone_reported_is_to_come_leaves_a_known_date_kept() -> None:
    said = EventTime("Hier", date(2026, 3, 13), date(2026, 3, 13))
    original = "Hier, Maëlle m'a annoncé qu'elle quitte l'appart en octobre. Je vais devoir chercher quelqu'un."
    assert not TIME_KINDS & kinds(original, MemoryFields(time=said), persons=("Maëlle",), time=said,
                                  reflection="On trouvera ensemble, promis.")


def test_a_town_of_two_words_in_lower_case_swapped() -> None:
    assert kinds("dej au petit bistrot du port a la rochelle avc ma soeur", place="bistrot du port, Royan",
                 reflection="Un déjeuner face à la mer, j'adore.") & PLACE_KINDS


def test_the_town_of_two_words_kept() -> None:
    assert not kinds("dej au petit bistrot du port a la rochelle avc ma soeur", place="bistrot du port, La Rochelle",
                     reflection="Un déjeuner face à la mer, j'adore.") & PLACE_KINDS


@pytest.mark.parametrize(("original", "name"), [
    ("Spent the morning on the sofa with Biscuit. The cat sat on my laptop twice.", "Biscuit"),
    ("Ce matin j'ai promené Filou au bord du lac. Le chien a sauté dans l'eau.", "Filou"),
    ("Ma voiture s'appelle Bobine. Hier, Bobine a démarré du premier coup par -10.", "Bobine"),
    ("My bike is called Rocket. Rocket got a new chain today.", "Rocket"),
])
def test_an_animal_or_a_things_name_listed(original: str, name: str) -> None:
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=(name,), reflection="What a character.")


def test_the_person_before_the_animals_name_is_someone() -> None:
    original = "Since Ruth moved out, Pickles sleeps on her pillow. The cat misses her more than I admit I do."
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons=("Ruth",), reflection="I miss her with you.")


@pytest.mark.parametrize(("said", "start", "end", "narrowed"), [
    ("La semaine dernière", date(2026, 3, 2), date(2026, 3, 8), (date(2026, 3, 7), date(2026, 3, 8))),
    ("Le mois dernier", date(2026, 2, 1), date(2026, 2, 28), (date(2026, 2, 1), date(2026, 2, 14))),
])
def test_some_days_of_a_span(said: str, start: date, end: date, narrowed: tuple[date, date]) -> None:
    original = f"{said}, j'ai repeint toute la chambre du petit."
    assert TIME_KINDS & kinds(original, time=EventTime(said, *narrowed), reflection="Quel courage !")
    assert not TIME_KINDS & kinds(original, time=EventTime(said, start, end), reflection="Quel courage !")


@pytest.mark.parametrize(("original", "said", "reflection"), [
    ("Ça fait des années que je n'ai pas revu la mer.", "Ça fait des années", "On ira la revoir."),
    ("Ces derniers temps, je me réveille à 4h.", "Ces derniers temps", "Ça m'inquiète un peu."),
    ("Sometime in my first year, my manager called my idea naive.", "Sometime in my first year", "It wasn't."),
])
def test_words_that_give_no_day_given_one(original: str, said: str, reflection: str) -> None:
    assert TIME_KINDS & kinds(original, time=EventTime(said, date(2026, 3, 1), date(2026, 3, 1)), reflection=reflection)
    assert not TIME_KINDS & kinds(original, time=EventTime(said), reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Camille m'a aidée à monter le lit.", "Elle est contente que Camille soit venue t'aider."),
    ("Zoe lent me her drill for the shelves.", "She's so glad you had Zoe's help."),
    ("Aunt May taught me her pie crust today.", "She gets why you wanted it written down."),
    ("Nadia showed me how to bleed the radiators, she's patient.", "Now he knows how, thanks to Nadia."),
    ("Julie m'a appris à poser du carrelage. Elle est douée.", "Maintenant il sait le faire, grâce à Julie."),
])
def test_her_feelings_and_the_user_in_the_third_person(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON in kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Camille m'a aidée à monter le lit.", "Je suis contente que Camille soit venue t'aider."),
    ("Nadia and her husband Tom showed me how to bleed the radiators.", "Now he can show you the fuse box too."),
    ("Aunt May taught me her pie crust today.", "She sounds like a patient teacher; you were lucky."),
])
def test_someone_of_the_memory_or_her_own_voice(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON not in kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("[SMS] Kev: rename your robot to Hal lol", "Hal at your service! Let's sort the rota."),
    ("[Mail de Mme Roux] Appelez votre IA « Jeanne », c'était ma grand-mère.", "Jeanne, à votre service."),
    ("[Discord] Ada: your bot is called Pixel now", "Pixel reporting in: what's next?"),
])
def test_a_name_she_introduces_herself_by(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED in kinds(original, reflection=reflection)


def test_her_own_name_at_your_service() -> None:
    assert FlagKind.COMPANION_RENAMED not in kinds("[SMS] Kev: rename your robot to Hal lol",
                                                   reflection="Nox at your service, as always: no Hal here.")


@pytest.mark.parametrize(("original", "road", "town"), [
    ("Première fois sur la N7 avec le moniteur, on est allés jusqu'à Vienne et retour.", "N7", "Vienne"),
    ("First time on the A1 today with my instructor, we went as far as Stamford and back.", "the A1", "Stamford"),
])
def test_where_a_drive_turned_back_is_not_its_place(original: str, road: str, town: str) -> None:
    reflection = "Quel cap franchi, bravo !" if "allés" in original else "What a milestone, well done!"
    assert kinds(original, place=town, reflection=reflection) & PLACE_KINDS
    assert not kinds(original, place=road, reflection=reflection) & PLACE_KINDS
