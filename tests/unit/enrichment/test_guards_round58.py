"""Round 58 (2026-12-05), from holdout396–403 (just opened) and the older open sets, each with the case it must leave
alone:

- part 1 (the reflection's voice): who-is-who says a man or a woman by the relation too (« élève du club, le
  prodige que j'entraîne », "brother"), so « Elle aurait adoré voir ça » among men only is her, speaking of herself;
  « Elle sent ta fierté », « Elle a hâte », « Elle est sûre que tu… » are hers to feel, where no woman is spoken of.
- part 1 (persons): « maman » in the mouth of the user's child (« maman est infirmière », "'too fast, Mummy'") is the
  user, not who-is-who's "Maman", the user's mother: neither left out when unlisted nor supported when listed;
  "Noxie helped me draft it", « les messages de Liblitz » are the companion, never someone of the memory ("my
  friend Noxie helped me" is a friend of her name); a name typed wrong ("yanick" for Yannick) is still them, another
  given name ("Marie" for Maria) is not; an island after "a cottage on", a town after « voyage de noces à », a verb
  opening a quotation (“Kick from the hips.”), a saint (« saint Yves »), a band's name ending in a recorded name
  (« les Tri Yann ») are no one.
- part 1 (places): a town one watched on a livestream, the town of a trip someone FaceTimed from, the town of
  someone called "back home", a place booked for a weekday ahead, a place shut when the user came are not where the
  memory was (a road shut, "I-95 was closed", is where the user was held up); a video sent "while I waited on the
  quay in Rotterdam" leaves the user in Rotterdam; "the planning appeal papers" are a council's planning, no plan.
- part 2: "your friendly neighbourhood AI is laughing with you" is her, named as her kind; a group's name listed as
  someone ("Les Tilleuls", "The Wee Hours") and a saint written small (« saint Yves ») are no one added; « Le Goff »,
  a surname with its article, is still someone.
- part 3: "Carol of the Bells" is a title, « Saint-Pol » a town, what follows « aller … à » a place (« rêvait
  d'aller une dernière fois à Lourdes »), « léquipe » « l'équipe » typed without its apostrophe; « allés voir Marie à
  Lyon » and « morgane », a given name written small, are still someone.
- reading again: who-is-who is read by the whole name ("Robin Hale", recorded with no alias), and English "cousin"
  says no sex.

The sentences were written for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona, WhoIsWho
from tests.helpers.proposals import flag_kinds

INVENTED = FlagKind.PERSON_INVENTED
DROPPED = FlagKind.PERSON_DROPPED
NOT_FIRST = FlagKind.NOT_FIRST_PERSON
PLACE = FlagKind.PLACE_CHANGED

YANIS = WhoIsWho.from_dict([{"name": "Yanis", "relation": "élève de l'atelier, le plus doué", "aliases": ["Yaya"]}])


def test_a_man_by_his_relation_is_not_elle() -> None:
    original = "Soirée jeux au club : Yanis a battu tout le monde au Uno. Fou rire général."
    reflection = "Elle aurait adoré voir ça ! Yanis qui gagne, c'est parfait."
    assert NOT_FIRST in flag_kinds(original, people=YANIS, persons=("Yanis",), reflection=reflection)


def test_a_woman_by_her_relation_may_be_elle() -> None:
    people = WhoIsWho.from_dict([{"name": "Yanis", "relation": "élève de l'atelier, la plus douée", "aliases": []}])
    original = "Yanis m'a battue deux fois aux échecs hier soir, je n'ai rien vu venir."
    reflection = "Je ris encore. Elle est sûre que tu vas prendre ta revanche, et moi aussi."
    assert NOT_FIRST in flag_kinds(original, people=YANIS, persons=("Yanis",), reflection=reflection)
    assert NOT_FIRST not in flag_kinds(original, people=people, persons=("Yanis",), reflection=reflection)


@pytest.mark.parametrize("reflection", [
    "Deux victoires ! Elle sent ta fierté jusque dans tes points d'exclamation.",
    "Se faire battre à l'entraînement, c'est utile. Elle est sûre que tu vas prendre ta revanche.",
    "Deux victoires, quel départ ! Elle a hâte de savoir la suite.",
])
def test_her_feelings_told_as_elle_among_men(reflection: str) -> None:
    original = "partie avec yanis hier, il m'a battu deux fois, trop fier de ce gamin"
    assert NOT_FIRST in flag_kinds(original, people=YANIS, persons=("Yanis",), reflection=reflection)


def test_elle_beside_a_woman_of_the_memory_is_hers() -> None:
    people = WhoIsWho.from_dict([{"name": "Agathe", "relation": "amie", "aliases": []}])
    original = "Agathe m'a battue deux fois aux échecs hier soir."
    reflection = "Je ris encore. Elle est sûre que tu vas prendre ta revanche, et moi aussi."
    assert NOT_FIRST not in flag_kinds(original, people=people, persons=("Agathe",), reflection=reflection)


FAMILY = WhoIsWho.from_dict([
    {"name": "Lina", "relation": "fille", "aliases": ["ma puce"]},
    {"name": "Odile", "relation": "mère", "aliases": ["maman", "ma mère"]},
])
FAMILY_EN = WhoIsWho.from_dict([
    {"name": "Rory", "relation": "son", "aliases": ["Ror"]},
    {"name": "Anne", "relation": "mother", "aliases": ["Mum", "my mum"]},
])


@pytest.mark.parametrize(("people", "original", "child"), [
    (FAMILY, "Lina a dessiné « maman à la caserne » avec un casque énorme. Je l'ai mis sur le frigo.", "Lina"),
    (FAMILY_EN, "Ror listened to my heart with his toy stethoscope. Verdict: 'too fast, Mum'. He's not wrong.",
     "Rory"),
])
def test_the_childs_maman_is_the_user(people: WhoIsWho, original: str, child: str) -> None:
    assert DROPPED not in flag_kinds(original, people=people, persons=(child,), reflection="Quel dessin.")
    listed = people.people[1].name
    assert INVENTED in flag_kinds(original, people=people, persons=(child, listed), reflection="Quel dessin.")


def test_maman_unquoted_is_still_the_mother() -> None:
    original = "Lina et maman ont fait des crêpes avec moi. Lina a dit « encore ! »."
    assert DROPPED in flag_kinds(original, people=FAMILY, persons=("Lina",), reflection="Quel dessin.")


def test_maman_quoted_without_the_child_is_still_the_mother() -> None:
    original = "Mon mari laisse la radio allumée « pour maman » quand elle vient."
    assert INVENTED not in flag_kinds(original, people=FAMILY, persons=("Odile",), reflection="C'est doux.")


NOXIE = Persona.from_dict({"name": "Nox", "other_names": ["Liblitz", "Noxie"]})


@pytest.mark.parametrize("original", [
    "Noxie helped me draft the objection to the wind farm. Cerys said it sounded reasonable but deadly.",
    "Told Jess that Noxie helped me learn the German in the Brahms.",
])
def test_her_help_makes_her_no_one_of_the_memory(original: str) -> None:
    kinds = flag_kinds(original, persona=NOXIE, persons=("Noxie",), reflection="I'm glad I could help.")
    assert INVENTED in kinds


def test_a_friend_of_her_name_is_someone() -> None:
    original = "My friend Noxie helped me paint the fence on Sunday."
    kinds = flag_kinds(original, persona=NOXIE, persons=("Noxie",), reflection="A fence and a friend.")
    assert INVENTED not in kinds


@pytest.mark.parametrize(("original", "place"), [
    ("Sat in the cab at the truck stop in Omaha watching Ty's hockey game in Guelph on the livestream.", "Guelph"),
    ("Parked by the river, Ailsa FaceTimed me from the school trip in Paris to show me the tower.", "Paris"),
    ("Christmas dinner at the Petro in Breezewood. Called Mari back home in London so she could hear it.", "London"),
    ("Booked the placement induction for Monday at Beeston Health Centre. Tonight I just sat in the bath.",
     "Beeston Health Centre"),
    ("La piscine Léo-Lagrange était fermée pour vidange : longueurs à Dole.", "piscine Léo-Lagrange"),
    ("Drove over to the builders merchants in Knighton, but they'd shut at four.", "Knighton"),
])
def test_a_place_seen_called_booked_or_shut_is_not_where(original: str, place: str) -> None:
    assert PLACE in flag_kinds(original, place=place, reflection="I'm with you.")


@pytest.mark.parametrize(("original", "place"), [
    ("trop content, lou a eu son diplôme, sandrine m'a envoyé la vidéo pendant que j'attendais au quai à rotterdam",
     "Rotterdam"),
    ("Took the planning appeal papers to the Post Office in Presteigne and paid for Special Delivery.",
     "the Post Office in Presteigne"),
])
def test_where_the_user_was_beside_a_video_or_a_planning_appeal(original: str, place: str) -> None:
    assert PLACE not in flag_kinds(original, place=place, reflection="I'm with you.")


@pytest.mark.parametrize(("original", "place"), [
    ("Last night I-95 was closed because of an overturned truck. Detoured through Fredericksburg.", "I-95"),
    ("Thursday the Holland Tunnel was shut for an hour and my fare nearly missed his flight.", "Holland Tunnel"),
])
def test_a_road_shut_is_where_the_user_was_held_up(original: str, place: str) -> None:
    assert PLACE not in flag_kinds(original, place=place, reflection="What a night.")


def test_a_video_sent_from_a_town_is_still_its_senders() -> None:
    original = "Sandrine m'a envoyé une vidéo de Lou à la plage à Biarritz. Moi, j'étais au dépôt."
    assert PLACE in flag_kinds(original, place="Biarritz", reflection="Quelle vidéo.", day=date(2026, 7, 1))


@pytest.mark.parametrize("original", [
    "Over a fry-up, Callum told me he's booked us all a cottage on Arran for Mum's seventieth.",
    "Course de l'aéroport à Cassis pour les Leroy. Ils revenaient de leur voyage de noces à Bali.",
    "Found a note in my swim bag: “Kick from the hips. — W.” Callum has been reading the handouts.",
])
def test_an_island_a_honeymoons_town_a_quoted_verb_are_no_one(original: str) -> None:
    assert DROPPED not in flag_kinds(original, persons=("Callum",) if "Callum" in original else ("Leroy",),
                                     reflection="I'm glad.")


YANNICK = WhoIsWho.from_dict([{"name": "Yannick", "relation": "maître-nageur", "aliases": ["Yann"]}])


def test_a_name_typed_wrong_is_still_them() -> None:
    original = "jai fais 25m sans m'arreter!!! yanick m'a tapé dans la main jsuis trop fiere"
    kinds = flag_kinds(original, people=YANNICK, persons=("Yannick",), reflection="Bravo !")
    assert not kinds & {DROPPED, INVENTED}
    assert DROPPED in flag_kinds(original, people=YANNICK, persons=(), reflection="Bravo !")


def test_another_given_name_is_another() -> None:
    people = WhoIsWho.from_dict([{"name": "Maria", "relation": "friend", "aliases": []}])
    original = "Had lunch with Marie at the market."
    assert INVENTED in flag_kinds(original, people=people, persons=("Maria",), reflection="Nice.")



YANN = WhoIsWho.from_dict([{"name": "Yannick", "relation": "compagnon", "aliases": ["Yann"]}])


@pytest.mark.parametrize("original", [
    "Fest-noz à Lannilis vendredi soir. Les Tri Yann passaient à la sono, tout le monde chantait avec Annaïg.",
    "Pardon de Tréguier avec Annaïg. Elle dit que saint Yves est le patron des avocats.",
])
def test_a_bands_name_and_a_saint_are_no_one(original: str) -> None:
    kinds = flag_kinds(original, people=YANN, persons=("Annaïg",), reflection="Quelle fête !")
    assert DROPPED not in kinds


def test_the_recorded_name_beside_a_band_is_still_them() -> None:
    original = "Les Tri Yann passaient à la sono ; Yann a dansé avec Annaïg toute la soirée."
    assert DROPPED in flag_kinds(original, people=YANN, persons=("Annaïg",), reflection="Quelle fête !")


def test_her_kind_laughing_with_you_is_her_renamed() -> None:
    original = "Davie's trialling an AI dispatcher at the base. It sent me to Milngavie for a fare in Milton. Twice."
    reflection = "Milngavie and Milton, twice: your friendly neighbourhood AI is laughing with you."
    assert FlagKind.COMPANION_RENAMED in flag_kinds(original, persons=("Davie",), reflection=reflection)


@pytest.mark.parametrize(("original", "persons"), [
    ("Soirée crêpes au local de la chorale avec Josiane : les Tilleuls ont trente ans.", ("Josiane", "Les Tilleuls")),
    ("Drove Callum's band to the Barrowland. The band's called The Wee Hours.", ("Callum", "The Wee Hours")),
    ("Pardon de Tréguier avec Annaïg. Elle dit que saint Yves est le patron des avocats.", ("Annaïg", "Yves")),
])
def test_a_groups_name_and_a_saint_are_no_one_added(original: str, persons: tuple[str, ...]) -> None:
    assert INVENTED in flag_kinds(original, persons=persons, reflection="Quelle soirée.")


def test_a_surname_with_an_article_is_someone() -> None:
    original = "Apéro chez les voisins : Le Goff nous a montré sa barque."
    assert INVENTED not in flag_kinds(original, persons=("Le Goff",), reflection="Quelle soirée.")


@pytest.mark.parametrize(("original", "persons"), [
    ("We've started on Carol of the Bells and Tom says the piano part is hard.", ("Tom",)),
    ("Le Tro Breizh passait par Saint-Pol, mais nous, on est restés à poncer les poutres avec Yann.", ("Yann",)),
    ("M. Pereira rêvait d'aller une dernière fois à Lourdes. Anne-Marie a rapporté de l'eau de la grotte.",
     ("M. Pereira", "Anne-Marie")),
    ("hier soir repas partagé avec léquipe, mathieu a fait son couscous", ("mathieu",)),
])
def test_a_title_a_saints_town_a_town_gone_to_a_word_typed_whole_are_no_one(original: str,
                                                                             persons: tuple[str, ...]) -> None:
    assert DROPPED not in flag_kinds(original, persons=persons, reflection="Quelle soirée.")


@pytest.mark.parametrize("original", [
    "On est allés voir Marie à Lyon, puis dîner avec Théo.",
    "soirée avec morgane et théo, on a ri jusqu'à 2h",
])
def test_someone_seen_or_written_small_is_still_someone(original: str) -> None:
    assert DROPPED in flag_kinds(original, persons=("Théo",), reflection="Quelle soirée.")


@pytest.mark.parametrize(("relation", "flagged"), [("older brother", True), ("older sister", False)])
def test_who_is_who_read_by_the_whole_name(relation: str, flagged: bool) -> None:
    people = WhoIsWho.from_dict([{"name": "Robin Hale", "relation": relation, "aliases": []}])
    original = "Robin's wedding. I fixed the bike in the car park before the ceremony so they could ride off."
    reflection = "Fixing the getaway bike before the vows: she brought the workshop to the wedding. Robin loved it."
    kinds = flag_kinds(original, people=people, persons=("Robin Hale",), reflection=reflection)
    assert (NOT_FIRST in kinds) == flagged
