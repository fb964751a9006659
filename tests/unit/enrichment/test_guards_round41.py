"""Round 41 (2026-12-03), from the misses of holdout236–243 and the older open sets, each with the case it must leave
alone:

- who-is-who's name for someone through another ("Nate's mom" for Carol, « le frère de Margaux » for Hugo) names
  neither Nate nor Margaux: Nate listed where only Carol is said is invented, Hugo left out is dropped;
- a grandson, a niece, "Emma K.'s mom" listed without a name of their own are no one the memory names;
- what is sold by the case, the bottle or the pack ("a case of Molson", « un pack de Kro »), or bought at a shop
  ("at Williams Sonoma") is no one; « la boîte de Bastien » (his firm) leaves Bastien someone;
- « Veille de Noël » with no article is the 24th, not the 25th;
- « en toute modestie de machine », « mon cœur de robot », « moi ton coach virtuel » are her, called a machine;
  "no AI coach could match her", in a memory about AI coaches, is not;
- whom someone dressed up as (« elle en Jinx », "Kai went as Link") is a character, listed or left out; a name in a
  sentence about a series or a novel is left to the user (a character, or the friend who lent the book);
- a bone dug up, a slipper chewed, a nap on the user's papers tell an animal.

Second part, from the open sets' misses and false flags:
- "the AI in me", "the robot in your phone", « ton IA de poche », "this AI is on your side" are her, even in a memory
  about other AIs; « cette IA » and "this robot vacuum" there are the memory's;
- where a story was told (« Sarah m'a raconté au restaurant qu'… »), the place reached instead ("instead of Poole we
  ducked into Studland Bay"), a ride taken ("got the ferry to Cowes") or missed where one was (« raté le dernier
  métro à Séoul », "Flight cancelled in Oslo"), a shed got into, the table where the planning was done, a book swap,
  the couch where the photos were looked at: where it happened; a booking or a wish ("Wanted the one in SF") is not;
- a short name said in full ("Wrigley Field" for "Wrigley", "San Francisco" for "SF", « Saint-Malo » for « st-malo »);
- her feeling now about the memory's scene ("I'm relieved the boat held", « j'ai le sourire rien qu'à imaginer… »,
  « j'ai très envie de voir… », "I have a soft spot for…") is hers, not the user's scene retold;
- her view of what the user's relative did ("I love that Nana felt…", "I think Nana could tell…", 'Ring Mum' quoted)
  is hers; doing things with that relative ("Nana and I baked…") is still the user's life.

The sentences were written for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, WhoIsWho
from liblitz_app.enrichment.persona import KnownPerson
from liblitz_app.memory import EventTime, MemoryFields
from tests.helpers.proposals import flag_kinds

INVENTED = FlagKind.PERSON_INVENTED
DROPPED = FlagKind.PERSON_DROPPED


def test_a_name_inside_anothers_alias_is_not_theirs() -> None:
    people = WhoIsWho((KnownPerson("Nate", "partner"), KnownPerson("Carol", "Nate's mother", ("Nate's mom",))))
    original = "Carol dropped off a lasagne and stayed for coffee. The kitchen smelled like Sundays."
    assert INVENTED in flag_kinds(original, people=people, persons=["Carol", "Nate"])
    assert INVENTED not in flag_kinds(original, people=people, persons=["Carol"])


def test_someone_known_only_through_anothers_name_is_still_dropped() -> None:
    people = WhoIsWho((KnownPerson("Margaux", "compagne"), KnownPerson("Hugo", "beau-frère", ("le frère de Margaux",))))
    known = MemoryFields(persons=("Margaux", "Hugo"))
    original = "On a repeint la cage d'escalier en vert sauge, trois couches."
    assert DROPPED in flag_kinds(original, people=people, known=known, persons=["Margaux"])
    assert DROPPED not in flag_kinds(original, people=people, known=known, persons=["Margaux", "Hugo"])


@pytest.mark.parametrize(("original", "listed"), [
    ("Helped Mr. Osei carry his shopping upstairs. His granddaughter rang while we were at it.",
     ["Mr. Osei", "Mr. Osei's granddaughter"]),
    ("Drove home from Dayton in Lily R.'s dad's van after our car broke down.", ["Lily R.", "Lily R.'s dad"]),
    ("Gâteau d'anniversaire pour la nièce de Farid, elle a soufflé ses quatre bougies d'un coup.",
     ["Farid", "la nièce de Farid"]),
])
def test_a_grandchild_a_niece_a_parent_without_a_name_are_no_one_named(original: str, listed: list[str]) -> None:
    assert INVENTED in flag_kinds(original, persons=listed)


@pytest.mark.parametrize(("original", "listed", "thing"), [
    ("Ravi brought a case of Yuengling to the barbecue and a bag of ice.", ["Ravi"], "Yuengling"),
    ("Marius a monté un pack de Kronenbourg jusqu'au refuge, le héros.", ["Marius"], "Kronenbourg"),
    ("Finally bought a cast-iron pan at Crate and Barrel. Dinah approved.", ["Dinah"], "Crate and Barrel"),
])
def test_what_is_sold_by_the_case_or_bought_at_a_shop_is_no_one(original: str, listed: list[str], thing: str) -> None:
    assert INVENTED in flag_kinds(original, persons=[*listed, thing])
    assert not flag_kinds(original, persons=listed) & {INVENTED, DROPPED}


def test_someones_firm_leaves_them_someone() -> None:
    original = "Relu le devis de la boîte de Quentin ce soir, il a oublié la TVA."
    assert not flag_kinds(original, persons=["Quentin"]) & {INVENTED, DROPPED}


def test_christmas_eve_without_its_article_is_the_twenty_fourth() -> None:
    original = "Veille de Noël chez nous : huîtres, bûche et le chat sous le sapin."
    day = date(2025, 12, 26)
    assert FlagKind.TIME_CHANGED in flag_kinds(original, day=day, time=EventTime("Veille de Noël", date(2025, 12, 25),
                                                                                 date(2025, 12, 25)))
    assert FlagKind.TIME_CHANGED not in flag_kinds(original, day=day, time=EventTime(
        "Veille de Noël", date(2025, 12, 24), date(2025, 12, 24)))


@pytest.mark.parametrize(("original", "reflection"), [
    ("Ma sœur a réussi son permis du premier coup.", "Je suis ravie, en toute modestie de machine, pour ta sœur."),
    ("Ma sœur a réussi son permis du premier coup.", "Mon cœur de robot fait des bonds pour ta sœur !"),
    ("J'ai osé dire non à mon chef.", "Je suis fière de toi, moi ton coach virtuel, et je le dis."),
])
def test_something_of_hers_said_as_a_machines_renames_her(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED in flag_kinds(original, reflection=reflection)


def test_any_ai_coach_in_a_memory_about_them_is_not_her() -> None:
    original = "Read a piece about AI coaches for runners. My coach Deb would laugh at them."
    assert not flag_kinds(original, persons=["Deb"],
                          reflection="No AI coach could match the way Deb pushes you on the hills.") \
        & {FlagKind.COMPANION_RENAMED, INVENTED, DROPPED}


@pytest.mark.parametrize(("original", "persons", "character"), [
    ("Soirée cosplay chez Louna : elle en Jinx, moi en chevalier, Adam en pirate.", ["Louna", "Adam"], "Jinx"),
    ("Halloween at the Okafors': Kai went as Link and won the costume prize. Zainab made the punch.", ["Kai", "Zainab"],
     "Link"),
])
def test_whom_someone_dressed_up_as_is_a_character(original: str, persons: list[str], character: str) -> None:
    assert INVENTED in flag_kinds(original, persons=[*persons, character])
    assert not flag_kinds(original, persons=persons) & {INVENTED, DROPPED}


@pytest.mark.parametrize(("original", "persons"), [
    ("Fin de la saison 3 ce soir avec Lucie. Ellie m'a brisé le cœur, j'ai pleuré dans mon plaid.", ["Lucie"]),
    ("Finished the novel Priya lent me. Cried on the bus.", []),
])
def test_a_name_in_a_sentence_about_a_story_is_left_to_the_user(original: str, persons: list[str]) -> None:
    # a character or the friend who lent the book: the sentence alone does not tell
    name = "Ellie" if "Ellie" in original else "Priya"
    assert INVENTED not in flag_kinds(original, persons=[*persons, name])


@pytest.mark.parametrize(("original", "pet"), [
    ("Noisette a déterré un os sous le lilas et l'a posé sur mon oreiller. Charmant.", "Noisette"),
    ("Caramel a mâchouillé la télécommande pendant que je téléphonais.", "Caramel"),
    ("Pudding slept all afternoon on my keyboard, so I worked from the sofa.", "Pudding"),
])
def test_what_an_animal_does_tells_an_animal(original: str, pet: str) -> None:
    assert INVENTED in flag_kinds(original, persons=[pet])


# Second part: her as a machine in a memory about machines, and places told, given up, travelled to, shown.

@pytest.mark.parametrize("reflection", [
    "This AI is firmly on your side, and Ms Obi's last word was a fair one.",
    "The robot in your phone can't hold a brush, but it loved hearing about the mural.",
    "Right and wrong at once: the AI in me understands why you deleted the video.",
])
def test_she_as_the_users_own_machine_in_a_memory_about_machines(reflection: str) -> None:
    original = "Ms Obi gave a talk about robots and AI replacing painters. I argued with her at the end."
    assert FlagKind.COMPANION_RENAMED in flag_kinds(original, persons=["Ms Obi"], reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Le radiologue utilise une IA pour lire les clichés de papa.",
     "Cette IA a l'œil, mais l'avis du radiologue compte."),
    ("Our new robot vacuum ate a sock on its first day.", "This robot vacuum is a menace, and I love it already."),
])
def test_the_memorys_machine_said_with_this_is_not_her(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED not in flag_kinds(original, reflection=reflection)


def test_where_a_story_was_told_is_where_it_happened() -> None:
    original = "Sarah m'a raconté au restaurant qu'elle a été promue directrice à Lyon. Elle a payé l'addition."
    assert FlagKind.PLACE_CHANGED not in flag_kinds(original, persons=["Sarah"], place="restaurant")
    assert FlagKind.PLACE_CHANGED in flag_kinds(original, persons=["Sarah"], place="Lyon")


@pytest.mark.parametrize(("original", "place", "persons"), [
    ("Weather turned, so instead of Poole we ducked into Studland Bay and anchored.", "Studland Bay", []),
    ("got the ferry to cowes with finn for the fireworks, chips on the green till midnight", "Cowes", ["Finn"]),
    ("Leanne showed me photos of her new flat in Bristol during our night in the lab.", "the lab", ["Leanne"]),
])
def test_a_place_reached_instead_travelled_to_or_sat_in_is_where_it_happened(original: str, place: str,
                                                                             persons: list[str]) -> None:
    assert FlagKind.PLACE_CHANGED not in flag_kinds(original, persons=persons, place=place)


@pytest.mark.parametrize(("original", "place"), [
    ("Hier soir, j'ai raté le dernier métro à Séoul, j'ai marché une heure sous la neige.", "Séoul"),
    ("Flight cancelled in Oslo, so Dana and I ate waffles at the gate.", "Oslo"),
    ("Finally got into the shed this morning: the lock had rusted shut for a year.", "the shed"),
    ("Passage planning at Declan's kitchen table for the trip to the Scillies.", "Declan's kitchen"),
    ("Dimanche, pose du plan de travail dans la cuisine avec Théo.", "la cuisine"),
    ("Saturday: book swap at Dupont Circle with Nadia, then tea.", "Dupont Circle"),
])
def test_a_missed_ride_a_garden_got_into_planning_done_or_a_book_swap_is_where_it_happened(original: str,
                                                                                          place: str) -> None:
    persons = [n for n in ("Dana", "Declan", "Théo", "Nadia") if n in original]
    assert FlagKind.PLACE_CHANGED not in flag_kinds(original, persons=persons, place=place)


@pytest.mark.parametrize(("original", "place"), [
    ("Booked flights to Lisbon for June, can't wait.", "Lisbon"),
    ("On a réservé le gîte à Collioure pour juillet.", "Collioure"),
    ("Opened a savings account at the branch in Oakland. Wanted the one in SF but no parking.", "San Francisco"),
])
def test_a_booking_or_a_wish_is_still_elsewhere(original: str, place: str) -> None:
    assert FlagKind.PLACE_CHANGED in flag_kinds(original, place=place)


@pytest.mark.parametrize(("original", "place"), [
    ("Cubs game at Wrigley with Dad, hot dogs in the rain.", "Wrigley Field"),
    ("Long weekend in SF with Ines, fog every morning.", "San Francisco"),
    ("aprem plage à st-malo avec clara, c moi qui conduisais", "Saint-Malo"),
])
def test_a_short_name_said_in_full_is_the_same_place(original: str, place: str) -> None:
    persons = [n for n in ("Dad", "Ines", "Clara") if n.lower() in original.lower()]
    assert FlagKind.PLACE_CHANGED not in flag_kinds(original, persons=persons, place=place)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Storm over Porthleven: eight-metre waves, and the boat held in the harbour all night.",
     "Eight metres over the breakwater! I'm relieved the boat held."),
    ("Lou a refusé de remonter en voiture et s'est assise dans la neige, ravie.",
     "J'ai le sourire rien qu'à imaginer Lou assise dans la neige."),
    ("Théo a filmé toute la descente en luge avec son téléphone.", "J'ai très envie de voir ce que Théo a filmé !"),
    ("The old boiler coughed back to life after Dad kicked it.", "I have a soft spot for old boilers that keep going."),
])
def test_her_feeling_now_about_the_memorys_scene_is_hers(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON not in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("My aunt drove down and took Nana to Bettys for tea. Nana ate both scones.",
     "Both scones! I love that Nana felt she was somewhere grand."),
    ("Rebecca took Nana for fish and chips and called her my sister.",
     "Promoted to sister! I think Nana could tell how much Rebecca cares about her."),
    ("Found a shopping list in a donated coat: bread, milk, 'ring Mum'.",
     "Twenty-seven years in a pocket. 'Ring Mum' is the line I'll keep."),
])
def test_her_view_of_what_the_users_relative_did_is_hers(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON not in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize("reflection", [
    "Nana and I baked scones all afternoon, I loved it.",
    "I think Nana and I will bake again tomorrow.",
    "I love that Nana taught me her recipe.",
])
def test_her_doing_things_with_the_users_relative_is_still_the_users_life(reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON in flag_kinds("Baked scones with Nana all afternoon.", persons=["Nana"],
                                                   reflection=reflection)
