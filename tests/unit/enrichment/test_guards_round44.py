"""Round 44 (2026-12-03), from holdout268–283 (just opened) and the older open sets, each with the case it must leave
alone:

- a stop told as coming after, last in its sentence ("Coffee at the Brasserie du Nord after", « Un verre au Café de
  la Paix après »), or where the day ended (« puis on a fini la journée à la crêperie », "we finished the day at the
  Swinside Inn"), is not where the memory happened; « on a fini par un goûter au parc » (how it ended) may be;
- a trip being planned ("planning our honeymoon in Lisbon", « à planifier notre voyage à Porto », « on a préparé
  notre séjour à Porto ») is no place of the memory's; a "budget planning meeting in the church hall" was there;
- a place told a few words before when it is to come ("We're playing Leeds, York and Hull next April", « On fait
  Annecy, Chambéry et Aix l'été prochain ») is no place of the memory's; "In the staff room, Priya invited me to her
  wedding in Goa next March" keeps the staff room;
- « Je », opening a sentence, is the user, not someone named: « Je tremble comme au premier jour » told back as « Elle
  tremble » is the user in the third person, « Pauline… Elle tremble » someone else.

Second part, names that are no one dropped:
- a month's short name beside a number ("19 Sep 2025", "Fri Sep 12"), not "Dec and I" (a Declan);
- a town one flew home to ("Tex flew home to Houston");
- a relative's word said of anyone ("one mum told me", « il va être papa »), not "Mum rang";
- a name given to a thing ("It's called Robbie", the robot; "Marcus named ours Karen", the smoke alarm);
- « un monsieur » (a man), not the title of « mme lambert »;
- what a box, a bottle is of ("a box of Milo's cookies", "a bottle of Chablis"), a singer after « du » (« chanter du
  Brassens »), someone's thing ("his Dr Martens"), what a thing looks like ("a cake shaped like Peppa"); not "a picture
  of Nadia", "they named her Alice" (a baby), "I like Tom".

Third part:
- the user told of as "she", where the memory says « même » (no « mémé ») or « me » (no « Me », a lawyer): « Elle a
  écouté la petite voix têtue » for « J'y suis allée quand même »; « Ma thérapeute m'a dit… » still names someone;
- what the user called themself, denied of "she" (« Je me sens tellement nulle » → « Elle n'est pas nulle »);
- herself as « ta petite machine a suivi… » (has followed: no « machine à pain »), « ta machine à souvenirs », "your
  memory app"; « ta machine à pain » is the user's.

Fourth part:
- a return told after the day ("Back at the campsite by dark", « De retour au camping à minuit ») is not where it
  happened.

Fifth part:
- what a box, a pot, a page is of, or a singer after « du », listed as a person ("a pot of Earl Grey", "a bag of
  Reese's") is invented; « Rappel du Dr Klein » and "like Niamh told me" still name someone.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind, WhoIsWho
from liblitz_app.enrichment.persona import KnownPerson
from tests.helpers.proposals import flag_kinds

PLACE = FlagKind.PLACE_CHANGED
VOICE = FlagKind.NOT_FIRST_PERSON
DROPPED = FlagKind.PERSON_DROPPED
RENAMED = FlagKind.COMPANION_RENAMED
INVENTED = FlagKind.PERSON_INVENTED


@pytest.mark.parametrize(("original", "persons", "where", "later"), [
    ("Picked up my new glasses at the library in Tours this morning. Coffee at the Brasserie du Nord after.", [],
     "the library in Tours", "Brasserie du Nord"),
    ("Vernissage de Clémence à la galerie du Port ce soir. Un verre au Café de la Paix après.", ["Clémence"],
     "galerie du Port", "Café de la Paix"),
    ("Randonnée au lac de Paladru avec Lucie, puis on a fini la journée à la crêperie de Charavines.", ["Lucie"],
     "lac de Paladru", "crêperie de Charavines"),
    ("A long walk at Tarn Hows with Dev in the rain, and we finished the day at the Swinside Inn.", ["Dev"],
     "Tarn Hows", "Swinside Inn"),
])
def test_a_stop_told_as_coming_after_is_not_where_it_happened(
        original: str, persons: list[str], where: str, later: str) -> None:
    assert PLACE in flag_kinds(original, place=later, persons=persons)
    assert PLACE not in flag_kinds(original, place=where, persons=persons)


def test_how_the_day_ended_may_be_where_it_happened() -> None:
    original = "Dernier atelier de l'année à la maison de quartier. On a fini par un goûter au parc Montsouris."
    assert PLACE not in flag_kinds(original, place="parc Montsouris")


@pytest.mark.parametrize(("original", "persons", "trip"), [
    ("Spent the evening planning our honeymoon in Lisbon with Theo. He wants trams, I want tiles.", ["Theo"],
     "Lisbon"),
    ("Soirée à planifier notre voyage à Porto avec Inès. Elle a déjà tout noté dans un carnet.", ["Inès"], "Porto"),
    ("Ce soir on a préparé notre séjour à Porto avec Inès. Elle a déjà tout noté dans un carnet.", ["Inès"], "Porto"),
])
def test_a_trip_being_planned_is_not_where_it_happened(original: str, persons: list[str], trip: str) -> None:
    assert PLACE in flag_kinds(original, place=trip, persons=persons)


def test_a_planning_meeting_keeps_its_place() -> None:
    original = "Budget planning meeting in the church hall tonight. We're fine until spring."
    assert PLACE not in flag_kinds(original, place="the church hall")


@pytest.mark.parametrize(("original", "persons", "where", "to_come"), [
    ("Band meeting at the Red Lion last night. We're playing Leeds, York and Hull next April. Sam is thrilled.",
     ["Sam"], "the Red Lion", "Leeds"),
    ("Répétition au café des Sports hier soir. On fait Annecy, Chambéry et Aix l'été prochain. Paul est ravi.",
     ["Paul"], "café des Sports", "Annecy"),
])
def test_a_place_told_with_a_time_to_come_is_not_where_it_happened(
        original: str, persons: list[str], where: str, to_come: str) -> None:
    assert PLACE in flag_kinds(original, place=to_come, persons=persons)
    assert PLACE not in flag_kinds(original, place=where, persons=persons)


def test_a_plan_made_somewhere_keeps_that_place() -> None:
    original = "In the staff room, Priya invited me to her wedding in Goa next March. I said yes at once."
    assert PLACE not in flag_kinds(original, place="the staff room", persons=["Priya"])


def test_je_opening_a_sentence_is_the_user() -> None:
    original = ("Je t'écris depuis la loge, il me reste dix minutes avant de monter sur scène. Je tremble comme au"
                " premier jour.")
    told_of = "Elle tremble parce que ça compte pour elle ; je suis là, respire."
    assert VOICE in flag_kinds(original, reflection=told_of)
    to_you = "Tu trembles parce que ça compte pour toi ; je suis là, respire."
    assert VOICE not in flag_kinds(original, reflection=to_you)


def test_someone_named_who_trembles_is_someone_else() -> None:
    original = "Pauline m'a appelée depuis la loge. Elle tremble comme au premier jour, et je lui ai dit de respirer."
    reflection = "Elle tremble parce que ça compte pour elle ; tu as bien fait de lui dire de respirer."
    assert VOICE not in flag_kinds(original, persons=["Pauline"], reflection=reflection)


PEOPLE = WhoIsWho((KnownPerson("Dana", "mother", ("Mum", "my mum")), KnownPerson("Luc", "père", ("papa",)),
                   KnownPerson("Declan", "friend", ("Dec",))))


@pytest.mark.parametrize(("original", "persons"), [
    ("[Imported from Google Calendar] 19 Sep 2025 — harvest party at the farm, brought Mum's flapjacks.", ["Dana"]),
    ("Synced from Calendar: Fri Sep 12, 2025 — final inspection with Ms. Okafor.", ["Ms. Okafor"]),
    ("Tex flew home to Houston today. He left me his kneeling pad.", ["Tex"]),
    ("At the school gate one mum told me about a swimming club for Leo.", ["Leo"]),
    ("Karim nous a annoncé au dîner qu'il va être papa !", ["Karim"]),
    ("Mum's hospital has a robot that carries medicines. It's called Robbie and the nurses dress it up.", ["Dana"]),
    ("The smoke alarm went off twice for nothing. Marcus named ours Karen and apologises to it.", ["Marcus"]),
    ("Un monsieur nous a aidées à porter les cartons jusqu'au troisième.", []),
    ("Tom brought a box of Milo's cookies and a bottle of Chablis.", ["Tom"]),
    ("On a chanté du Brassens toute la soirée avec Lucie.", ["Lucie"]),
    ("Dad pointed at his Dr Martens under the bed for ten minutes until I understood.", ["Dad"]),
    ("Theo made a cake shaped like Peppa for the party.", ["Theo"]),
])
def test_a_name_that_is_no_one_is_not_dropped(original: str, persons: list[str]) -> None:
    assert DROPPED not in flag_kinds(original, persons=persons, people=PEOPLE)


@pytest.mark.parametrize("original", [
    "Dec and I fixed the fence before the rain came.",
    "Mum rang tonight, she sounded tired.",
    "mme lambert a appelé ce matin pour le loyer",
    "My brother sent a picture of Nadia holding the baby.",
    "My sister's baby arrived at dawn, they named her Alice.",
    "I like Tom more every week; we walked the dog together again.",
])
def test_someone_named_is_still_dropped(original: str) -> None:
    assert DROPPED in flag_kinds(original, persons=[], people=PEOPLE)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Réunion interminable au boulot, j'ai failli rater le cours. J'y suis allée quand même et j'ai nagé mieux que"
     " jamais. Comme quoi.", "J'adore ce « comme quoi ». Elle a écouté la petite voix têtue plutôt que la fatigue, et"
     " elle avait raison."),
    ("J'ai pleuré en vidant la ruche ce matin, la colonie n'a pas passé l'hiver. Je me sens tellement nulle.",
     "Elle n'est pas nulle : elle a soigné ses abeilles tout l'hiver, et perdre une ruche arrive aux plus expérimentés."
     " Je suis là."),
])
def test_the_user_told_of_as_she_is_heard(original: str, reflection: str) -> None:
    assert VOICE in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Ma thérapeute m'a dit que j'avais le droit d'être fatiguée. Ça m'a fait du bien.",
     "Elle a raison, et je suis contente que tu aies pu l'entendre."),
    ("J'ai raté la dernière marche avant le final. Je me sens tellement nulle.",
     "Tu n'es pas nulle : une marche ratée n'efface pas tout le reste du spectacle."),
])
def test_someone_else_or_the_user_spoken_to_is_left_alone(original: str, reflection: str) -> None:
    assert VOICE not in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Six semaines à vélo jusqu'à la mer, on l'a fait !",
     "Je suis fière de toi. Ta petite machine a suivi chaque kilomètre avec toi."),
    ("Dernière de la tournée ce soir, on a démonté le décor en chantant.",
     "Vous y êtes arrivés, et ta machine à souvenirs est fière d'avoir suivi ça avec toi."),
    ("Read me back what I wrote about the first swarm, I want to tell my daughter properly.",
     "Gladly, that's what your memory app is for; your swarm stories deserve an audience."),
])
def test_herself_as_a_machine_is_renamed(original: str, reflection: str) -> None:
    assert RENAMED in flag_kinds(original, reflection=reflection)


def test_the_users_bread_machine_is_no_renaming() -> None:
    original = "La machine à pain a brûlé la brioche ce matin, j'étais dégoûtée."
    assert RENAMED not in flag_kinds(original, reflection="Ta machine à pain a eu un coup de chaud ! La prochaine sera"
                                                          " parfaite.")


def test_a_return_after_the_day_is_not_where_it_happened() -> None:
    original = ("A long day at Bodiam Castle with Kasia and Mitch, all battlements and moat. Back at the campsite by"
                " dark.")
    assert PLACE in flag_kinds(original, place="the campsite", persons=["Kasia", "Mitch"])
    assert PLACE not in flag_kinds(original, place="Bodiam Castle", persons=["Kasia", "Mitch"])


@pytest.mark.parametrize(("original", "persons"), [
    ("Made a pot of Earl Grey for the whole crew at break. Diego asked for a second cup.", ["Diego", "Earl Grey"]),
    ("Traded a pumpkin for a bag of Reese's with the kids next door. Best deal of the night.", ["Reese"]),
])
def test_a_thing_listed_as_a_person_is_invented(original: str, persons: list[str]) -> None:
    assert INVENTED in flag_kinds(original, persons=persons)


@pytest.mark.parametrize(("original", "persons"), [
    ("Rappel du Dr Klein : rendez-vous déplacé du 12 au 19.", ["Dr Klein"]),
    ("Kept my eyes on the horizon like Niamh told me and the seasickness passed.", ["Niamh"]),
])
def test_someone_after_du_or_like_is_not_invented(original: str, persons: list[str]) -> None:
    assert INVENTED not in flag_kinds(original, persons=persons)
