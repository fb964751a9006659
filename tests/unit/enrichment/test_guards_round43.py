"""Round 43 (2026-12-03), from holdout260–267 (just opened) and the older open sets, each with the case it must leave
alone:

- a stop on the way home (« Au retour, on s'est arrêtées au café de la gare », "On the way home we stopped at…") is
  not where the memory happened, when an earlier sentence put the user somewhere; the same words opening the memory
  lead to where it happened (« En rentrant du marché, j'ai croisé… devant la pharmacie »);
- « même » (even) is no « mémé » (granny): a memory saying it speaks of no one else;
- leave or a verdict given in the third person (« Elle a le droit de pleurer », "He doesn't have to replay it", "She's
  allowed to cry") in a reflection that never speaks to the user, of a memory the user wrote, tells of the user: not
  beside a "you", not of a memory no one wrote as "I", not « elle n'a pas besoin d'être neuve » (a thing's « elle »);
- her own name, doing for the user what she does ("Mimi helped me choose", « Mira m'a rappelé mon rendez-vous »), or
  called as a letter opens ("Mira, the tomatoes are red!"), is the companion, no one in the memory; a namesake's hand
  ("Mimi taught me to knit") or an apposition ("Mira, the girl from the bakery, …") is someone.

Second part:
- someone else's mother is not the user's, whom who-is-who also calls "Mom": "Jordan's mom", "her mum", « la maman
  de Léonie » name no one recorded; "your dad" in a message the user's mother wrote, "her Mum's old saree" (a name's
  capital) still name the user's own.

Third part:
- a named place a picture, a film or a poster is of (« Photo du Mont-Saint-Michel prise depuis le parking », "a framed
  photo of Mount Hood", « le film sur El Capitan ») is not where the user was; « photos de groupe sur les marches de
  Santo Ildefonso », "a video call from the food court" are.

Fourth part:
- a name inside a brand's, two names joined by "&" ("a pint of Ben & Jerry's", "Marks & Spencer"), is no one dropped;
  "Ella & Josh's" still names two people.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind, Persona, WhoIsWho
from liblitz_app.enrichment.mentions import kin, kin_said
from liblitz_app.enrichment.persona import KnownPerson
from tests.helpers.proposals import flag_kinds

INVENTED = FlagKind.PERSON_INVENTED
DROPPED = FlagKind.PERSON_DROPPED
PLACE = FlagKind.PLACE_CHANGED
VOICE = FlagKind.NOT_FIRST_PERSON


@pytest.mark.parametrize(("original", "where", "stop"), [
    ("Spent the afternoon at the aquarium in Plymouth with the twins. On the way home we stopped at a farm shop in"
     " Ivybridge for scones.", "the aquarium in Plymouth", "Ivybridge"),
    ("Concert de Zaz au Zénith de Nantes avec Léna. Au retour, on s'est arrêtées au Café Ruc pour un chocolat.",
     "Zénith de Nantes", "Café Ruc"),
])
def test_a_stop_on_the_way_home_is_not_where_it_happened(original: str, where: str, stop: str) -> None:
    assert PLACE in flag_kinds(original, place=stop)
    assert PLACE not in flag_kinds(original, place=where)


def test_the_way_home_opening_the_memory_leads_to_where_it_happened() -> None:
    original = "En rentrant du marché, j'ai croisé M. Lenoir devant la pharmacie. Il m'a parlé de son potager."
    assert PLACE not in flag_kinds(original, place="devant la pharmacie", persons=["M. Lenoir"])


def test_meme_is_not_a_granny() -> None:
    assert kin("et même le bruit de la scie") == set()
    assert kin_said("J'ai même rangé l'établi") == set()
    assert kin_said("On a refait les mêmes crêpes que l'an dernier") == set()
    assert kin("ma mémé") == {"grandmother"}
    assert kin_said("Mémé a appelé") == {"grandmother"}


def test_a_deed_of_the_user_told_back_is_heard_though_the_memory_says_meme() -> None:
    original = ("Je t'écris du bus. Trois jours de stage, et même la cantine était bonne ; j'ai hâte de retrouver mon"
                " atelier.")
    reflection = "Il a hâte de retrouver son atelier, et moi j'ai hâte que tu me racontes tes trois jours."
    assert VOICE in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("J'ai raté le départ du 10 km ce matin, je suis arrivé en retard au sas. Julien m'a attendu quand même.",
     "Il a le droit de rater un départ ; Julien l'a attendu, et le prochain sera le bon."),
    ("Cried in the car after parents' evening. Mr Hale said Leo is falling behind and I didn't know what to say.",
     "She's allowed to cry about it. Leo has time, and Mr Hale only wants to help."),
    ("I keep going over the argument with Sam at the depot. I raised my voice and I hate that I did.",
     "He doesn't have to go over it forever. Sam will have moved on by Monday, I think."),
])
def test_leave_given_in_the_third_person_is_the_user_told_of(original: str, reflection: str) -> None:
    assert VOICE in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Zoé boude depuis que j'ai confisqué sa tablette.",
     "Elle a bien le droit de bouder un peu, et toi de souffler."),  # beside a « toi »
    ("Anaïs boude le nouveau biberon depuis trois jours.",
     "Changer de lait, c'est changer de goût : elle a bien le droit de bouder un peu."),  # no one wrote "I"
    ("J'ai gardé la vieille théière de Mamie sur l'étagère.",
     "Je l'imagine pleine de thé fumant : elle n'a pas besoin d'être neuve pour être belle."),  # a thing's « elle »
])
def test_leave_given_to_someone_else_or_to_a_thing_is_left_alone(original: str, reflection: str) -> None:
    assert VOICE not in flag_kinds(original, reflection=reflection)


MIRA = Persona(name="Mira", other_names=("Mimi",))


@pytest.mark.parametrize("original", [
    "Mimi helped me choose between two bikes at the shop. Took the blue one.",
    "Mira m'a rappelé mon rendez-vous chez le dentiste, sans elle je l'oubliais.",
    "Mira, the tomatoes on the balcony are finally red!",
])
def test_her_own_name_doing_her_part_is_the_companion(original: str) -> None:
    name = "Mira" if "Mira" in original else "Mimi"
    assert INVENTED in flag_kinds(original, persona=MIRA, persons=[name])


@pytest.mark.parametrize("original", [
    "Mimi taught me to knit at lunch; my scarf is ten centimetres long.",
    "Mira, the girl from the bakery, waved at me through the window.",
])
def test_a_namesake_doing_what_a_hand_does_is_someone(original: str) -> None:
    name = "Mira" if "Mira" in original else "Mimi"
    assert INVENTED not in flag_kinds(original, persona=MIRA, persons=[name])


PARENTS = WhoIsWho((KnownPerson("Linda", "mother", ("Mom", "my mom")), KnownPerson("Frank", "father", ("Dad",)),
                    KnownPerson("Sylvie", "mère", ("maman", "ma mère")), KnownPerson("Maya", "daughter", ())))


@pytest.mark.parametrize(("original", "persons"), [
    ("Jordan's mom dropped off a lasagne for the whole street after the flood.", ["Jordan", "Linda"]),
    ("Maya was mortified: her mom rang the school about the trip in front of everyone.", ["Maya", "Linda"]),
    ("La maman de Léonie m'a offert un pot de confiture de mûres.", ["Léonie", "Sylvie"]),
])
def test_someone_elses_mother_is_not_the_users(original: str, persons: list[str]) -> None:
    assert INVENTED in flag_kinds(original, people=PARENTS, persons=persons)
    assert DROPPED not in flag_kinds(original, people=PARENTS, persons=persons[:-1])


@pytest.mark.parametrize(("original", "persons"), [
    ("[WhatsApp 2025-04-20 10:15] Mom: Happy Easter!! your dad made this gif himself", ["Linda", "Frank"]),
    ("Maya cried when I gave her Mom's old silk scarf for the prom.", ["Maya", "Linda"]),
    ("Maman m'a appelée pour me lire la lettre de l'école.", ["Sylvie"]),
])
def test_the_users_own_parents_are_still_theirs(original: str, persons: list[str]) -> None:
    assert INVENTED not in flag_kinds(original, people=PARENTS, persons=persons)


@pytest.mark.parametrize(("original", "shown", "where"), [
    ("Photo du Mont-Saint-Michel prise ce matin depuis le parking de la zone commerciale de Pontorson.",
     "Mont-Saint-Michel", "Pontorson"),
    ("This afternoon Jess gave Tom a framed photo of Mount Snowdon. We hung it facing his bed at the hospice.",
     "Mount Snowdon", "the hospice"),
    ("Soirée au cinéma Le Méliès avec Inès : le film sur le Cervin nous a donné envie de grimper.",
     "Cervin", "cinéma Le Méliès"),
])
def test_what_a_picture_shows_is_not_where_the_user_was(original: str, shown: str, where: str) -> None:
    assert PLACE in flag_kinds(original, place=shown)
    assert PLACE not in flag_kinds(original, place=where)


@pytest.mark.parametrize(("original", "where"), [
    ("Les photos de groupe sur les marches de l'Opéra de Lille, le soleil qui tapait, tout le monde en robe.",
     "les marches de l'Opéra de Lille"),
    ("New Year video call from the Lotte Mart food court: Gran in Ohio, me holding up a bowl of noodles.",
     "the Lotte Mart food court"),
])
def test_a_picture_taken_where_the_user_was_keeps_its_place(original: str, where: str) -> None:
    assert PLACE not in flag_kinds(original, place=where)


@pytest.mark.parametrize("original", [
    "Celebrated the summit with a pint of Ben & Jerry's each, sitting on the tailgate with Tess.",
    "Queued twenty minutes at Marks & Spencer with Tess for the last trifle.",
])
def test_a_name_inside_a_brands_is_no_one_dropped(original: str) -> None:
    assert DROPPED not in flag_kinds(original, persons=["Tess"])


def test_two_names_joined_by_an_ampersand_are_still_people() -> None:
    assert DROPPED in flag_kinds("Dinner at Ella & Josh's with Tess, lasagne and board games.", persons=["Tess"])
