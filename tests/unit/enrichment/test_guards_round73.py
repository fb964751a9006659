"""Round 73 (2026-12-07), from holdout516–523 (just opened) and the older open sets, each with the case it must leave
alone:

- persons: a region also given to people after a tour, a journey or a crossing ("the choir's tour to Brittany in
  June", « la tournée en Bretagne ») is a place; "I wrote to Brittany" is someone.
- persons: a name ending in a word of the coast or of old stones ("fell in the sea at Barry Island", "a photo of York
  Minster") is a place, never someone to keep; "coffee with Tom Bridges" is someone.
- persons: a name right after « du » (« Marthe a chanté du Johnny. Du Johnny ! », « on a lu du Zola ») is a work or
  an artist's songs, never someone named; « le fils de Brassens » is.
- places: where someone came from (« Katell est venue exprès de Lorient », « papa, qui venait chaque année depuis
  Castillon », "Aunt Jo came all the way from Leeds") is not where the memory happened; « Maman est venue au concert
  de Lyon » (the concert's town) and "I came from Leeds" (the user's own trip) are not read so.
- places: what is for sale or to let there, never visited (« une ferme de lavande à vendre à Puimoisson », "looking at
  a farmhouse for sale near Le Cheylard") is not where the memory happened; « on a visité un local à vendre à
  Montbard » is.
- places: where the user was to go and did not, however far the place is from "supposed to" ("We were supposed to go
  to the carers' group in Downham Market but the car wouldn't start"), and a place set out towards, then turned back
  from ("the walk up towards the Rhigos… turned back", « partis vers le lac Blanc, mais demi-tour au refuge »), are
  not where the memory happened; "We walked towards the Rhigos and had our sandwiches on top" is.
- persons: a name the memory only ever says right after a lower-case article (« Youssef a fermé le Dauphine », "sang
  at the Fiddle") listed among the persons is a café's, a boat's or a shop's, no one's; « le Dr Morin », « Le Goff »
  and « J'ai revu Dauphine » are someone.
- places: a place that the relation of someone the memory names gives whole ("Deaf club" for "I did Big Dave's
  shift behind the bar at the club", Dave being "friend from the Deaf club") is the memory's; not a place from the
  relation of someone it does not name ("Aspiring Hut" for "First night alone at the hut").
- first person: the user's own relative, whom the memory gives no one else, told of as someone's (« Son mari a visé
  juste » for « Mon mari m'a fait la surprise », "I suspect his wife is amused" for "My wife says…") is the user
  spoken of; « Ton mari a visé juste », a sentence told of anyone (« Voir son père pleurer, ça bouscule »), the
  relative of someone the memory names (« Mme Kessler m'a parlé de son mari »), and a relative in someone else's
  quoted words (« Il m'a appelée "ma fille" ») are not.
- first person: the nickname the user gave her, spoken of as a word ("thank you for the Noxie", "Sabs and all") is
  not herself told of; "Sabs is happy to have been right" and « ça serre le cœur de Sabs » are.
- first person: her name written in lower case where it is a word of the language (« un château sur le sable » of
  Sable, "a wren on the fence" of Wren) is the word; "Wren loves that you stopped" is herself told of.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind, KnownPerson, Persona, WhoIsWho
from tests.helpers.proposals import flag_kinds

PLACE = FlagKind.PLACE_CHANGED
DROPPED = FlagKind.PERSON_DROPPED
INVENTED = FlagKind.PERSON_INVENTED


@pytest.mark.parametrize(("original", "persons", "dropped"), [
    ("Huw asked if I'd come on the choir's tour to Brittany in June. I said yes at once.", ("Huw",), False),
    ("Notre tournée en Lorraine commence lundi, Paul a loué le car.", ("Paul",), False),
    ("I wrote to Brittany last night and told her everything about the move.", (), True),
    ("Soirée karaoké au bar de la Poste. Marthe a chanté du Johnny. Marthe ! Du Johnny !", ("Marthe",), False),
    ("Ce soir on a lu du Zola à voix haute avec Inès.", ("Inès",), False),
    ("J'ai croisé le fils de Brassens au marché.", (), True),
    ("Glenys stayed over and we laughed till two about the time Gareth fell in the sea at Barry Island.",
     ("Glenys", "Gareth"), False),
    ("Ellie sent me a photo of York Minster from her uni window.", ("Ellie",), False),
    ("Had coffee with Tom Bridges after the lecture, he's moving to Busan.", (), True),
])
def test_a_place_or_a_work_taken_for_someone(original: str, persons: tuple[str, ...], dropped: bool) -> None:
    assert (DROPPED in flag_kinds(original, persons=persons)) is dropped


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("Soirée d'anniversaire au restaurant. Katell est venue exprès de Lorient, personne ne s'y attendait.", "Lorient",
     True),
    ("Concert d'orgue à l'église. J'ai pensé à papa, qui venait chaque année depuis Castillon.", "Castillon", True),
    ("Aunt Jo came all the way from Leeds for the christening and cried through the whole thing.", "Leeds", True),
    ("Maman est venue au concert de Lyon. Elle a dansé au premier rang.", "Lyon", False),
    ("I came from Leeds on the early train and went straight to the hospital.", "Leeds", False),
    ("Camille m'a envoyé une annonce : une ferme de lavande à vendre à Puimoisson. J'ai regardé les photos au bureau.",
     "Puimoisson", True),
    ("Spent the evening looking at a farmhouse for sale near Le Cheylard. We can't afford it.", "Le Cheylard", True),
    ("Yann et moi, on a visité hier un local à vendre à Montbard, pour une deuxième boutique.", "Montbard", False),
])
def test_where_someone_came_from_and_what_is_for_sale(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place)) is flagged


@pytest.mark.parametrize(("original", "reflection", "narrated"), [
    ("Mon mari m'a fait la surprise : il a fait encadrer la photo de mariage de mes grands-parents.",
     "C'est un cadeau qui dit « je connais ton cœur ». Son mari a visé juste, elle devait être émue.", True),
    ("My wife says I spend more time at the allotment than at home. She's not wrong.",
     "The allotment has clearly earned its place. And I suspect his wife is more amused than worried.", True),
    ("Mon mari m'a fait la surprise : un week-end à Étretat.", "Ton mari a visé juste, et je suis contente pour toi.",
     False),
    ("Mon père a pleuré devant moi, dans le couloir de l'EHPAD.",
     "Voir son père pleurer, ça bouscule. Je suis là si tu veux en parler.", False),
    ("Mme Kessler m'a parlé de son mari, qui lisait Simenon à voix haute, et de mon mari aussi.",
     "Qu'elle te confie ce souvenir de son mari, ça me touche.", False),
    ("Dernière soirée à Accra. Kwabena m'a appelée « ma fille » devant tout le monde. J'ai pleuré.",
     "Je suis émue que tu aies été accueillie comme sa fille.", False),
])
def test_the_users_relative_told_of_as_someone_elses(original: str, reflection: str, narrated: bool) -> None:
    assert (FlagKind.NOT_FIRST_PERSON in flag_kinds(original, reflection=reflection)) is narrated


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("We were supposed to go to the carers' group in Downham Market but Pauline's car wouldn't start.",
     "Downham Market", True),
    ("On devait aller au marché de Noël de Colmar, mais la neige a tout bloqué.", "Colmar", True),
    ("Bank Holiday Monday: the Ramblers' walk from Maerdy up towards the Rhigos. Got as far as the old pithead"
     " memorial and turned back.", "Rhigos", True),
    ("On est partis vers le lac Blanc ce matin, mais on a fait demi-tour au refuge à cause du vent.", "lac Blanc",
     True),
    ("We walked up towards the Rhigos and had our sandwiches on the top, in the sun.", "Rhigos", False),
])
def test_a_place_one_was_to_go_or_turned_back_from(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place)) is flagged


@pytest.mark.parametrize(("original", "persons", "invented"), [
    ("Youssef a fermé le Dauphine pour travaux. Odile et moi, on a erré ce matin sans savoir où boire notre café.",
     ("Youssef", "Odile", "Le Dauphine"), True),
    ("Finally dared to sing lead in front of everyone at the Fiddle. Kieran bought me a pint after.",
     ("Kieran", "Fiddle"), True),
    ("Rendez-vous chez le Dr Morin ce matin, il dit que tout va bien.", ("Dr Morin",), False),
    ("Café avec Le Goff ce matin, il part à la retraite en juin.", ("Le Goff",), False),
    ("J'ai revu Dauphine au marché ce matin, toujours aussi drôle.", ("Dauphine",), False),
])
def test_a_name_said_after_an_article(original: str, persons: tuple[str, ...], invented: bool) -> None:
    assert (INVENTED in flag_kinds(original, persons=persons)) is invented


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("Big Dave's knee's gone again, so I did his shift behind the bar at the club. Mostly foam.", "Deaf club", False),
    ("First night alone at the hut. Wind in the chimney and me, wide awake.", "Aspiring Hut", True),
])
def test_a_place_told_by_who_is_who(original: str, place: str, flagged: bool) -> None:
    people = WhoIsWho((KnownPerson("Dave Pearson", "friend from the Deaf club", ("Big Dave",)),
                       KnownPerson("Tama", "fellow warden down the valley (Aspiring Hut)")))
    kinds = flag_kinds(original, place=place, people=people, persons=("Dave Pearson",) if "Dave" in original else ())
    assert bool(kinds & {PLACE, FlagKind.PLACE_INVENTED}) is flagged


@pytest.mark.parametrize(("original", "reflection", "flagged"), [
    ("Noxie, you'd have laughed. Chloe asked Alexa the cruising speed of Concorde and it got it wrong.",
     "Oh, I'd have laughed all right. And thank you for the Noxie; I always like hearing it.", False),
    ("Noxie, you were right about the sulphur timing. The base wine is the cleanest yet.",
     "I'll happily take being right for once, Noxie and all.", False),
    ("Noxie, you were right about the sulphur timing.", "Noxie is happy to have been right.", True),
    ("Noxie, tu sais ce que papa m'a dit ce soir sur le ponton ?", "Ces mots serrent le cœur de Noxie.", True),
])
def test_her_nickname_spoken_of_as_a_word(original: str, reflection: str, flagged: bool) -> None:
    persona = Persona(name="Nox", other_names=("Liblitz", "Noxie"))
    assert (FlagKind.NOT_FIRST_PERSON in flag_kinds(original, reflection=reflection, persona=persona)) is flagged


@pytest.mark.parametrize(("reflection", "flagged"), [
    ("Un château sur le sable, ça tient une marée : j'aime que tu aies ri.", False),
    ("J'aime ce sable fin que tu décris, et ton rire avec.", False),
    ("Sable aime que tu aies ri.", True),
])
def test_her_name_as_a_word_in_lower_case(reflection: str, flagged: bool) -> None:
    kinds = flag_kinds("On a fait un château sur la plage avec les petits.", reflection=reflection,
                       persona=Persona(name="Sable", other_names=("Liblitz",)))
    assert (FlagKind.NOT_FIRST_PERSON in kinds) is flagged
