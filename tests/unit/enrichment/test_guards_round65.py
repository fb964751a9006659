"""Round 65 (2026-12-06), from holdout452–459 (just opened) and the older open sets, each with the case it must leave
alone:

- places: the day's first place where someone was taken ("Took Maya to the Museum of Childhood… Then we got ice
  cream in Portobello", "Dad drove us to the Lowry"), then a later stop; "then" after someone else's opening when the
  user's own subject follows (« Elle m'a traîné jusqu'aux serres, puis on a goûté sur la place… »); "She laughed, then
  danced on my floor" is still hers.
- places: home reached after the day's place ("Lunch at the village hall in Hawes… came home with an empty dish"; "Got
  home from the wedding in Porto" is where it happened).
- persons: an Irish or Scots surname alone, said only as where one was ("the Six Nations at O'Donnell's", "happy hour
  at McCann's"), is a pub's sign, not someone; "Sean O'Donnell", "Mr O'Brien at the bank" are people.
- reflection: what the user and someone share ("our vows"), told as theirs ("Renewing their vows…") where she never
  speaks to the user, is the user in the third person; "Our choir made the final" and "Welsh audiences know their
  choirs" are others'.
- companion: a plural of her kind ("Machines fail; neighbours don't", « Ces assistants d'IA savent tout ») is a kind,
  not her renamed; "Nous, les machines, on…" puts her among them. So is any one of them opening a sentence (« Une
  machine sait retourner un steak, mais… »); « …et c'est une machine qui te le dit » is herself.
- places: what one could see from where one was ("You can see all the way to Kendal from up there", « Du sommet, on
  voyait jusqu'au Vercors ») is not where one was; "Saw the aurora from Tromsø" and "saw Sam at the Crown" are.
- places: a call's other end said by the caller's home ("Video call with Tom from his new flat in Bristol", « Appel
  vidéo avec Sofiane depuis sa cuisine à Montréal ») or by whom a picture came from ("fireworks on WhatsApp from Owen
  in Roundhay Park"); "Video call with home from the campsite in Okehampton" is the user's end.
- persons: a part someone plays ("staged 'The Tempest' with Biscuit as Ariel", « dans le rôle de Cosette ») is no one
  the user was with; "came to the quiz with Nadia as always" names Nadia.
- places: a plan said with « prévoir » (« On prévoit d'aller courir ensemble au parc de la Tête d'Or ») or a wish
  told after the place without « qu' » (« un chalet au lac d'Annecy où elle veut nous emmener l'été prochain »).
- reflection: an acronym ("the talk at the PTA") is no one else in a memory where only the user is: "she" is the user.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind
from tests.helpers.proposals import flag_kinds

INVENTED = FlagKind.PERSON_INVENTED
RENAMED = FlagKind.COMPANION_RENAMED
NARRATED = FlagKind.NOT_FIRST_PERSON
PLACE = FlagKind.PLACE_CHANGED


@pytest.mark.parametrize(("original", "place", "persons", "flagged"), [
    ("Took Maya to the Museum of Childhood on my day off. She loved the dolls' houses. Then we got ice cream in"
     " Portobello and she slept in the car.", "Portobello", ("Maya",), True),
    ("Dad drove us to the Lowry for the panto. Afterwards we had chips in Eccles.", "Eccles", (), True),
    ("Visite du jardin des Plantes avec la classe de Lou. Elle m'a traîné jusqu'aux serres, puis on a goûté sur la"
     " place Garibaldi.", "place Garibaldi", ("Lou",), True),
    ("Took Maya to the Museum of Childhood in Edinburgh on my day off. She loved the dolls' houses.",
     "Museum of Childhood, Edinburgh", ("Maya",), False),
    ("Visite du jardin des Plantes avec Lou. Elle a ri, puis elle a dansé sur la place Garibaldi.",
     "jardin des Plantes", ("Lou",), False),
])
def test_the_first_place_someone_was_taken_to_then_a_stop(original: str, place: str, persons: tuple[str, ...],
                                                          flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place, persons=persons)) is flagged


@pytest.mark.parametrize(("original", "place", "persons", "flagged"), [
    ("Harvest lunch at the village hall in Hawes. I brought a crumble for forty and came home with an empty dish.",
     "home", (), True),
    ("Got home from the wedding in Porto at two. The cat ignored us all morning.", "home", (), False),
    ("Concert à la Cigale avec Léa. On est rentrés à la maison à deux heures, épuisés.", "maison", ("Léa",), True),
])
def test_home_reached_after_it(original: str, place: str, persons: tuple[str, ...], flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place, persons=persons)) is flagged


@pytest.mark.parametrize(("original", "persons", "invented"), [
    ("Watched the Six Nations at O'Donnell's with Kofi. Ireland won and Kofi cheered loudest.", ("Kofi", "O'Donnell"),
     True),
    ("All day at the office, then happy hour at McCann's with the team.", ("McCann",), True),
    ("Dinner with Sean O'Donnell at his flat in Cork.", ("Sean O'Donnell",), False),
    ("Met Mr O'Brien at the bank about the loan.", ("Mr O'Brien",), False),
])
def test_an_irish_or_scots_surname_as_a_pubs_sign(original: str, persons: tuple[str, ...], invented: bool) -> None:
    assert (INVENTED in flag_kinds(original, persons=persons)) is invented


@pytest.mark.parametrize(("original", "reflection", "narrated"), [
    ("My husband and I renewed our vows in the little chapel where we married.",
     "Renewing their vows in the same chapel feels like their whole story folding back on itself.", True),
    ("Our choir made the final round at the Pavilion.", "Welsh audiences know their choirs: a huge honour.", False),
    ("My husband and I renewed our vows in the little chapel where we married.",
     "Renewing your vows in the same chapel feels like your whole story folding back on itself.", False),
])
def test_what_the_user_shares_told_as_theirs(original: str, reflection: str, narrated: bool) -> None:
    assert (NARRATED in flag_kinds(original, reflection=reflection)) is narrated


@pytest.mark.parametrize(("original", "reflection", "renamed"), [
    ("The stairlift broke down halfway up with Dad on it. Mr. Hale came over and we cranked it by hand.",
     "I'm so glad the fright turned into a story. Machines fail; neighbours like Mr. Hale don't.", False),
    ("Camille m'a installé ChatGPT pour mes questions. Karim, lui, m'a juste dit le mot.",
     "Ces assistants d'IA savent beaucoup de choses, mais un humain de confiance dit tout en un mot.", False),
    ("Je t'ai raconté ma journée au garage.",
     "Nous, les machines, on ne sait pas changer une roue, mais je t'écoute avec plaisir.", True),
    ("Vu un reportage sur les robots de cuisine. Léo m'a dit que je serais bientôt remplacé par une machine.",
     "Une machine sait retourner un steak, mais elle ne connaît pas le prénom de tes clients.", False),
    ("Vu un reportage sur les robots de cuisine. Léo m'a dit que je serais bientôt remplacé par une machine.",
     "Tes clients te connaissent par ton prénom, et c'est une machine qui te le dit.", True),
])
def test_a_plural_of_her_kind_or_any_one_is_a_kind(original: str, reflection: str, renamed: bool) -> None:
    assert (RENAMED in flag_kinds(original, reflection=reflection)) is renamed


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("Climbed the church tower at Sedbergh with Lucy. You can see all the way to Kendal from up there.", "Kendal",
     True),
    ("Montée à la Dent de Crolles avec Inès. Du sommet, on voyait jusqu'au Vercors.", "Vercors", True),
    ("Saw the aurora from Tromsø with Freya. I cried, honestly.", "Tromsø", False),
    ("Climbed the church tower at Sedbergh with Lucy. You can see all the way to Kendal from up there.",
     "church tower, Sedbergh", False),
])
def test_what_one_could_see_from_where_one_was(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place)) is flagged


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("Video call with Tom from his new flat in Bristol. I sat on the harbour wall grinning like an idiot.", "Bristol",
     True),
    ("Appel vidéo avec Sofiane depuis sa cuisine à Montréal, il était 6 h chez lui.", "Montréal", True),
    ("Bonfire Night fireworks on WhatsApp from Owen in Roundhay Park, while I was at the fair in Daglan.",
     "Roundhay Park", True),
    ("Video call with home from the campsite in Okehampton. Mum held the dog up to the screen.", "Okehampton", False),
])
def test_the_other_end_of_a_call(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place)) is flagged


@pytest.mark.parametrize(("original", "reflection", "narrated"), [
    ("I'm dreading the talk at the PTA tomorrow. What if my slides freeze in front of everyone?",
     "He can tell me anything. And if the slides freeze, he'll laugh it off: that's a better talk than a perfect one.",
     True),
    ("I'm dreading the talk at the PTA tomorrow, and so is Tom. What if the slides freeze in front of everyone?",
     "He can tell me anything. And if the slides freeze, he'll laugh it off: that's a better talk than a perfect one.",
     False),
])
def test_an_acronym_is_no_one_else(original: str, reflection: str, narrated: bool) -> None:
    assert (NARRATED in flag_kinds(original, reflection=reflection)) is narrated


@pytest.mark.parametrize(("original", "persons", "flagged"), [
    ("Looked after Nadia's daughter Léna for the day. We staged 'The Tempest' with Biscuit as Ariel.",
     ("Nadia", "Léna", "Ariel"), True),
    ("Léna a joué à la fête de l'école dans le rôle de Cosette, avec Nadia au premier rang.",
     ("Léna", "Nadia", "Cosette"), True),
    ("Tom came to the quiz with Nadia as always, and Léna won.", ("Tom", "Nadia", "Léna"), False),
])
def test_a_part_someone_plays_is_no_one(original: str, persons: tuple[str, ...], flagged: bool) -> None:
    assert (INVENTED in flag_kinds(original, persons=persons)) is flagged


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("Aurore, la kiné du club, m'a massé le mollet. On prévoit d'aller courir ensemble au parc de la Tête d'Or.",
     "parc de la Tête d'Or", True),
    ("Au téléphone depuis le salon, Maëlle m'a parlé d'un chalet au lac d'Annecy où elle veut nous emmener l'été"
     " prochain. Annick a déjà sorti les cartes.", "lac d'Annecy", True),
    ("Aurore m'a emmenée courir au parc de la Tête d'Or. On a prévu de recommencer.", "parc de la Tête d'Or", False),
])
def test_a_plan_said_with_prevoir_or_a_wish_after_the_place(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place)) is flagged
