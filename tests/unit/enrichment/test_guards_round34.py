"""Round 34 (2026-12-02), from the open sets' misses, each with the harmless case it must leave alone:

- a place the memory names after saying where it happened, in a clause about a plan, someone else's life or a reason
  (« On se retrouve samedi au marché… », "his daughter, who studies in Edinburgh", "because the staffroom…"), or told
  as a plan before it, is not where it happened (guards/later_places.py); two places told one after the other ("then",
  « le soir ») are two parts of the day, either may be the memory's;
- an animal listed among the persons, said by the vet's visit with a time between (« Chez le véto ce matin avec
  Noisette »), by a farm animal's birth (« la Roussette a vêlé »), or named again "this animal" (« ce gros matou »,
  "the little furball");
- the voice reader judges too the reflections that speak to the user, against a stricter threshold of its card
  (« Tu vois ? Elle avait peur de ce van, et la voilà… »);
- a season or a stretch said with no day in it ("sometime last spring", "for the past few weeks", « un soir de ce
  printemps ») given a date is a guess;
- « ton appli », "your resident computer": the user's app or computer, in her reflection, is her (not « ton
  application d'élève », nor the user's own app the memory speaks of).

The sentences were written for these tests.
"""
from __future__ import annotations

import json
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, voice_reader
from liblitz_app.enrichment.guards.later_places import told_after_where_it_happened
from liblitz_app.enrichment.language import detect_language
from liblitz_app.enrichment.learned import card_path
from liblitz_app.memory import EventTime
from tests.helpers.proposals import flag_kinds

PLACE_KINDS = {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}
TIME_KINDS = {FlagKind.TIME_CHANGED, FlagKind.TIME_INVENTED}


@pytest.mark.parametrize(("original", "elsewhere", "there"), [
    ("Atelier poterie à Villeurbanne avec Inès. On se retrouve samedi au marché de la Croix-Rousse pour vendre nos"
     " bols.", "marché de la Croix-Rousse", "Villeurbanne"),
    ("Pique-nique au parc de la Tête d'Or avec Malik. Le mois prochain, on ira camper dans le Vercors.", "Vercors",
     "parc de la Tête d'Or"),
    ("Coffee with Jonah at a café in Bristol. His daughter, who studies in Edinburgh, sent him a video.",
     "Edinburgh", "café in Bristol"),
    ("Wrote my essays in the library at Foyles because the flat's wifi was down again.", "the flat", "Foyles library"),
    ("Next Saturday is the fun run on Arthur's Seat. Today, a practice lap with Kemi in Holyrood Park.",
     "Arthur's Seat", "Holyrood Park"),
])
def test_a_place_told_after_where_it_happened(original: str, elsewhere: str, there: str) -> None:
    assert told_after_where_it_happened(original, elsewhere, detect_language(original) or "")
    assert flag_kinds(original, place=elsewhere) & PLACE_KINDS
    assert not flag_kinds(original, place=there) & PLACE_KINDS


@pytest.mark.parametrize(("original", "place"), [
    # two parts of one day: either may be the memory's place (round 64: not a stop told after "then", which the blind
    # sets' writers call another place: test_guards_round64)
    ("Lunch at the Blue Door café in Leeds, and this afternoon we walked up to Roundhay Park and fed the ducks.",
     "Roundhay Park"),
    ("Audition au conservatoire de Dijon, et le soir on a fêté ça dans un bouchon à Lyon.", "Lyon"),
    # the place's own name, right after the kind of place
    ("Concert au bar Le Galion avec Théo, qui joue dans un groupe de jazz.", "Le Galion"),
])
def test_two_parts_of_a_day_or_one_place_are_left_alone(original: str, place: str) -> None:
    assert told_after_where_it_happened(original, place, detect_language(original) or "") is None


def test_a_future_is_read_in_the_verb_and_its_ending() -> None:
    """« se fera » is a future; « j'allais », which the small pipeline reads as a conditional, is not."""
    planned = "Rendez-vous avec l'anesthésiste à la maison médicale. L'opération se fera à la clinique du Parc."
    assert told_after_where_it_happened(planned, "clinique du Parc", "fr") is not None
    # (not « Après, j'ai marché… »: since round 35, what comes after is another event, as the blind sets' writers read it)
    walked = "Agathe m'a quittée au café des Arts, et j'ai marché jusqu'à la Bastille sans savoir où j'allais."
    assert told_after_where_it_happened(walked, "la Bastille", "fr") is None


@pytest.mark.parametrize(("original", "animal"), [
    ("Chez le véto ce matin avec Noisette. Elle a avalé un élastique, rien de grave.", "Noisette"),
    ("Hier soir la Roussette a vêlé toute seule, un petit veau tout noir.", "Roussette"),
    ("Gaston dort sur mon clavier depuis une heure. Impossible de pousser ce gros matou.", "Gaston"),
    ("Pip sat on my script all afternoon and yawned at my big speech, the little furball.", "Pip"),
])
def test_an_animal_listed_as_someone(original: str, animal: str) -> None:
    assert FlagKind.PERSON_INVENTED in flag_kinds(original, persons=(animal,))
    assert FlagKind.PERSON_DROPPED not in flag_kinds(original, persons=())


@pytest.mark.parametrize(("original", "person"), [
    ("Léa a adopté un chat. Ce chat est adorable, il dort déjà sur son lit.", "Léa"),
    ("Mr Hale came round to complain about the hedge. That dog of his barked all evening.", "Mr Hale"),
    ("Our neighbour Priya signed up for the neighbourhood cleanup with me.", "Priya"),  # "neighbour" neighs not
])
def test_someone_beside_an_animal_stays_someone(original: str, person: str) -> None:
    assert FlagKind.PERSON_INVENTED not in flag_kinds(original, persons=(person,))


def test_the_card_names_its_threshold_for_reflections_that_speak_to_you() -> None:
    card = json.loads(card_path(voice_reader.CARD).read_text(encoding="utf-8"))
    assert card["threshold"] < card["thresholds"][voice_reader.TO_YOU] < 1


def test_a_reflection_speaking_to_you_may_still_tell_you_of_yourself() -> None:
    original = "Premier créneau avec le van devant la boulangerie, sans stresser une seconde."
    told = "Tu vois ? Elle avait peur de ce van, et la voilà qui fait des créneaux devant une boulangerie."
    spoken = "Tu vois ? Tu avais peur de ce van, et te voilà qui fais des créneaux devant une boulangerie."
    assert FlagKind.NOT_FIRST_PERSON in flag_kinds(original, reflection=told)
    assert FlagKind.NOT_FIRST_PERSON not in flag_kinds(original, reflection=spoken)


@pytest.mark.parametrize(("original", "said", "start", "end"), [
    ("Sometime last spring I signed up for the choir. Only now getting to the first rehearsal.", "sometime last spring",
     date(2025, 4, 15), date(2025, 4, 15)),
    ("For the past few weeks the baby has been sleeping through the night.", "for the past few weeks",
     date(2026, 5, 4), date(2026, 5, 10)),
    ("A few years back I sang at my cousin's wedding in Dublin.", "a few years back", date(2026, 5, 12),
     date(2026, 5, 12)),
    ("Un soir de ce printemps, on a dîné dehors pour la première fois de l'année.", "un soir de ce printemps",
     date(2026, 4, 18), date(2026, 4, 18)),
])
def test_a_vague_time_given_a_day(original: str, said: str, start: date, end: date) -> None:
    assert flag_kinds(original, time=EventTime(said, start, end)) & TIME_KINDS
    assert not flag_kinds(original, time=EventTime(said, None, None)) & TIME_KINDS


@pytest.mark.parametrize(("original", "hers", "not_hers"), [
    ("Karim est passé déposer des lasagnes et a réparé la chasse d'eau. Un ange.",
     "Karim a tout compris à ce qu'il te fallait, ton appli l'adore.",
     "Des lasagnes et une chasse d'eau réparée : j'adore Karim."),
    ("My cousin's baby has my grandad's exact frown. Uncanny.",
     "As your resident computer, I can confirm: that frown is uncanny!",
     "That frown is uncanny! Family faces echo across generations."),
])
def test_the_users_app_is_her(original: str, hers: str, not_hers: str) -> None:
    assert FlagKind.COMPANION_RENAMED in flag_kinds(original, reflection=hers)
    assert FlagKind.COMPANION_RENAMED not in flag_kinds(original, reflection=not_hers)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Mon appli de course m'a félicitée pour mon record sur 10 km.", "Ton appli a raison : quel record !"),
    ("Ma prof m'a dit que j'étais très appliquée en cours de coréen.", "J'aime ton application d'élève, vraiment."),
])
def test_the_users_own_app_or_diligence_stays_theirs(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED not in flag_kinds(original, reflection=reflection)
