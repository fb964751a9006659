"""Round 51 (2026-12-04), from holdout340–347 (just opened) and the older open sets, each with the case it must leave
alone:

- a French town's full name for the short one the memory says (« Muides-sur-Loire » for « à Muides », « parc de
  Miribel-Jonage » for « le parc de Miribel »): the same town, said fully; still flagged where the short name is a
  plan (« on part à Saint-Jacques l'an prochain ») or another town (« Aix-en-Provence » where the memory says
  « Aix-les-Bains »), and not for English names ("Stratford-upon-Avon" for Stratford in London is another town);
- « une petite rue de Bron »: a street in Bron, not a street named after it (« rue de Paris » in Lyon still is);
- a listed name the proposed place is named after (« gymnase Jean-Zay », "Billy Bishop airport", "Jackson Creek"):
  invented, unless the memory says it of someone there ("Jackson and I tried the taqueria on Jackson Street");
- « Grâce à lui », « Action de grâce »: a word at a sentence's start, not someone named Grâce;
- the music playing said before the name (« ils passaient Johnny », "played me Amália over the phone", "three hours
  of Chopin"): no one the user was with, neither dropped when left out nor a person when listed;
- the user's own place said without the possessive ("our drive" for "reversed onto the drive", « ma rue » for « le
  vide-grenier de la rue »), and a call made from it ("a video call from my kitchen", « appel avec Karim depuis mon
  bureau »): where the user was (not "our office" for "Google's office", nor the caller's "her flat in Lagos");
- "they" feeling what the user's own memory says of "I", where no one else is ("they're tired" for "I'm tired of
  being the one who waits"): the user, told of (not tomatoes that "earned a rest", nor the memory's own "they");
- part 2: brands and characters the lists lacked (Transgourmet, Jack Wills, Bandit Heeler), a statue's or a poster's
  name (« la statue de Jeanne d'Arc », « l'affiche de Cléo de 5 à 7 »), a car by its name ("drove Pickle to the vet in
  Brenda", "cleaned Brenda inside and out"; not "drove Brenda to her chemo"); the memory told back flatly, with no
  "I" of hers and hardly a word of her own (« Au marché de Noël, tu as vendu onze bols et deux vases »); a weekday
  told as gone by (« Jeudi, Karim m'a fait faire l'autoroute », "On Thursday I told Megan") dated the very day it was
  written, which is a week late (not "Quiet Thursday", the day it was written);
- part 3: a French venue by its name (« à la Cité internationale de la gastronomie ») is where the memory happened,
  before a later stop (not « au Festival… », an event, nor « au revoir à la Xsara de mamie »); « normalement on dort
  à Chinon » is a plan;
- part 4: an app in camel case whose second part is no given name ("AuroraWatch"; not "MaryBeth"), and a letter said
  with an article ("ran out after the P"), even where who-is-who calls someone "P", are no one dropped.

The sentences were written for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, WhoIsWho
from liblitz_app.memory import EventTime
from tests.helpers.proposals import flag_kinds

PLACE = FlagKind.PLACE_CHANGED
DROPPED = FlagKind.PERSON_DROPPED
INVENTED = FlagKind.PERSON_INVENTED
PLACE_KINDS = {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}


@pytest.mark.parametrize(("original", "place"), [
    ("Crevaison à Muides, deux heures sur un banc à attendre que le réparateur ouvre.", "Muides-sur-Loire"),
    ("Pique-nique au bord de l'eau à Chalonnes, les vélos couchés dans l'herbe.", "Chalonnes-sur-Loire"),
    ("Nuit au camping de Saint-Brevin, la mer à deux cents mètres.", "Saint-Brevin-les-Pins"),
    ("Tour du parc de Miribel à vélo avec le vent dans le dos.", "parc de Miribel-Jonage"),
])
def test_a_towns_full_name_is_the_town_the_memory_says(original: str, place: str) -> None:
    assert not flag_kinds(original, place=place, reflection="J'aime ce moment.") & PLACE_KINDS


@pytest.mark.parametrize(("original", "place"), [
    ("Maite veut qu'on parte à Saint-Jacques à pied l'an prochain. Moi, je suis à peine capable d'aller à la"
     " boulangerie.", "Saint-Jacques-de-Compostelle"),
    ("Cure thermale à Aix-les-Bains avec Maman, trois semaines de boue chaude.", "Aix-en-Provence"),
    ("Soirée au théâtre de Villeurbanne. Prochaine étape : le festival de Chalon, en juillet.", "Chalon-sur-Saône"),
    ("Watched the eclipse from the top of the Westfield car park in Stratford with Ana.", "Stratford-upon-Avon"),
])
def test_a_full_name_still_flags_a_plan_or_another_town(original: str, place: str) -> None:
    assert flag_kinds(original, place=place, reflection="J'aime ce moment.") & PLACE_KINDS


def test_a_street_in_a_town_is_not_a_street_named_after_it() -> None:
    original = "J'ai calé deux fois dans une petite rue de Bron que je ne connaissais pas. Karim n'a rien dit."
    assert PLACE not in flag_kinds(original, place="Bron", reflection="Deux calages, ce n'est rien : tu t'en sors.")


def test_a_street_named_after_a_town_still_is_not_the_town() -> None:
    original = "Premier créneau réussi rue de Paris, à Lyon, devant la boulangerie."
    assert PLACE in flag_kinds(original, place="Paris", reflection="Un créneau réussi, bravo !")


@pytest.mark.parametrize(("original", "persons", "place"), [
    ("Tournoi au gymnase Jean-Zay samedi, Mathis a marqué trois buts.", ("Mathis", "Jean Zay"), "gymnase Jean-Zay"),
    ("Keisha drove me to Billy Bishop for the early flight to Montreal.", ("Keisha", "Billy Bishop"),
     "Billy Bishop airport, Toronto"),
    ("We recorded crickets out by Jackson Creek and got eaten alive.", ("Jackson",), "Jackson Creek"),
])
def test_the_name_a_place_is_named_after_is_no_one_there(original: str, persons: tuple[str, ...],
                                                          place: str) -> None:
    assert INVENTED in flag_kinds(original, persons=persons, place=place, reflection="What a night.")


def test_someone_who_shares_the_streets_name_is_someone() -> None:
    original = "Jackson and I checked out the new taqueria on Jackson Street. Best al pastor in town."
    assert INVENTED not in flag_kinds(original, persons=("Jackson",), place="taqueria on Jackson Street",
                                      reflection="I trust you two on this.")


@pytest.mark.parametrize("original", [
    "Karim m'a poussée. Grâce à lui j'ai osé proposer mon émission. Le bureau a dit oui !",
    "Action de grâce chez Karim, en visio pour moi, ma tablette posée entre la dinde et la tarte.",
])
def test_grace_in_a_phrase_is_no_one(original: str) -> None:
    assert INVENTED in flag_kinds(original, persons=("Karim", "Grâce"), reflection="Je suis contente pour toi.")


def test_grace_who_is_someone_stays_someone() -> None:
    original = "Grâce est passée à la maison avec des crêpes, on a parlé jusqu'à minuit."
    people = WhoIsWho.from_dict([{"name": "Grâce", "relation": "amie", "aliases": []}])
    assert INVENTED not in flag_kinds(original, persons=("Grâce",), people=people, reflection="Quelle belle soirée.")


@pytest.mark.parametrize(("original", "name", "others"), [
    ("Sur Nostalgie, ils passaient Johnny pendant que je tournais autour du parc. Karim a fait semblant de rien.",
     "Johnny", ("Karim",)),
    ("Rafa played me Amália over the phone, the whole record, while I cooked.", "Amália", ("Rafa",)),
    ("Three hours of listener-requested Chopin on air. Mrs. Abernathy called twice to say thank you.", "Chopin",
     ("Mrs. Abernathy",)),
])
def test_the_music_playing_is_no_one_there(original: str, name: str, others: tuple[str, ...]) -> None:
    assert INVENTED in flag_kinds(original, persons=(*others, name), reflection="What a lovely moment.")
    assert DROPPED not in flag_kinds(original, persons=others, reflection="What a lovely moment.")


def test_someone_played_with_is_still_someone() -> None:
    original = "Played Marcus at chess after dinner and lost in twelve moves."
    assert DROPPED in flag_kinds(original, persons=(), reflection="Twelve moves is still a game.")


@pytest.mark.parametrize(("original", "place"), [
    ("doug next door watched me reverse onto the drive and gave me a slow clap.", "our drive"),
    ("Vide-grenier de la rue : j'ai vendu tous mes vieux livres et gagné 37 €.", "ma rue"),
    ("two weeks post-op and I walked to the end of the road and back.", "our road"),
])
def test_the_users_own_place_said_without_a_possessive(original: str, place: str) -> None:
    assert not flag_kinds(original, place=place, reflection="I'm so glad you told me.") & PLACE_KINDS


def test_someone_elses_place_made_the_users_is_still_flagged() -> None:
    original = "Gave my first talk at a meetup at Google's King's Cross office yesterday. People clapped."
    assert flag_kinds(original, place="our office", reflection="People clapped!") & PLACE_KINDS


NOT_ME = FlagKind.NOT_FIRST_PERSON


@pytest.mark.parametrize("reflection", [
    "Here's something good: I think they're allowed to say out loud that they're tired of waiting.",
    "A week of missed calls: I know they're tired, and I'm here.",
])
def test_they_doing_what_the_user_did_alone_is_the_user_told_of(reflection: str) -> None:
    original = "Tell me something good. It's been a week of missed calls and I'm tired of being the one who waits."
    assert NOT_ME in flag_kinds(original, reflection=reflection)


def test_they_of_things_the_user_did_is_them() -> None:
    original = "I repotted the tomatoes today, all twelve of them, in the big blue pots."
    assert NOT_ME not in flag_kinds(original, reflection="Twelve tomatoes in blue pots! I think they earned a rest, and"
                                                         " I hope they thrive.")


@pytest.mark.parametrize(("original", "place"), [
    ("Video call with the London team from my kitchen. My kid walked in wearing a cape.", "my kitchen"),
    ("Appel avec Karim depuis mon bureau à Lyon. On se retrouve samedi à Cluny pour la maison.", "mon bureau à Lyon"),
])
def test_a_call_from_the_users_own_place_is_where_the_user_was(original: str, place: str) -> None:
    assert not flag_kinds(original, place=place, reflection="I love this moment.") & PLACE_KINDS


def test_a_call_from_someone_elses_place_is_still_their_end() -> None:
    original = "Long video call with Mum tonight from her flat in Lagos. She showed me the new curtains."
    assert flag_kinds(original, place="Lagos", reflection="New curtains! I love that she showed you.") & PLACE_KINDS


@pytest.mark.parametrize(("original", "name", "others"), [
    ("Commande passée sur Promocash avec Inès ce matin, puis livraison Transgourmet à midi.", "Transgourmet",
     ("Inès",)),
    ("Binge-watched all of Bluey with Ollie asleep on me. Bandit Heeler is my parenting role model now.",
     "Bandit Heeler", ("Ollie",)),
    ("Isla turned up to the school disco in head-to-toe Jack Wills and refused to dance.", "Jack Wills", ("Isla",)),
])
def test_a_brand_or_a_character_listed_is_no_one(original: str, name: str, others: tuple[str, ...]) -> None:
    assert INVENTED in flag_kinds(original, persons=(*others, name), reflection="What a lovely moment.")


@pytest.mark.parametrize(("original", "others"), [
    ("Orléans, place du Martroi : la statue de Jeanne d'Arc sous l'orage, et Papa qui nous attendait au café.",
     ("Papa",)),
    ("On a trinqué dans le hall avec Capucine, sous l'affiche de Cléo de 5 à 7.", ("Capucine",)),
])
def test_a_statue_or_a_posters_name_is_no_one_dropped(original: str, others: tuple[str, ...]) -> None:
    assert DROPPED not in flag_kinds(original, persons=others, reflection="Quel beau moment, je le garde.")


@pytest.mark.parametrize("original", [
    "Drove Pickle to the vet in Brenda this morning. He howled the whole way down Otley Road.",
    "Last weekend Pops and I cleaned Brenda inside and out and found fourteen years of dog hair.",
    "Got a flat-pack wardrobe into Brenda with the seats down and two centimetres to spare.",
])
def test_a_car_by_its_name_is_no_one_dropped(original: str) -> None:
    assert DROPPED not in flag_kinds(original, reflection="I love that story, and I'm glad you told me.")


def test_someone_driven_somewhere_is_still_someone() -> None:
    original = "Drove Brenda to her chemo in Leeds and held her hand in the waiting room."
    assert DROPPED in flag_kinds(original, reflection="I'm glad she had you beside her today.")


RESTATES = FlagKind.REFLECTION_RESTATES_TEXT
_STALL = ("Premier marché de Noël avec mon stand de céramique. J'ai vendu onze bols et deux vases, et une dame est"
          " revenue acheter le dernier.")


def test_the_memory_told_back_flatly_is_a_restatement() -> None:
    assert RESTATES in flag_kinds(_STALL, reflection="Au marché de Noël, tu as vendu onze bols et deux vases.")


def test_a_thought_of_hers_about_it_is_no_restatement() -> None:
    reflection = ("Onze bols et deux vases : tu as de quoi être fière, et cette dame revenue pour le dernier, c'est le"
                  " plus beau compliment qu'on pouvait te faire.")
    assert RESTATES not in flag_kinds(_STALL, reflection=reflection)


TIME = FlagKind.TIME_CHANGED


@pytest.mark.parametrize(("original", "said"), [
    ("Jeudi, Karim m'a fait faire l'autoroute pour la première fois. Aujourd'hui encore j'en rêve.", "Jeudi"),
    ("On Thursday I told Megan about it. She just made a map of every loo in the shopping centre.", "On Thursday"),
])
def test_a_weekday_told_as_gone_by_is_not_the_day_it_was_written(original: str, said: str) -> None:
    thursday = date(2026, 1, 22)
    time = EventTime(said=said, start=thursday, end=thursday)
    assert TIME in flag_kinds(original, day=thursday, time=time, reflection="I'm glad you told me.")


def test_the_day_it_was_written_named_is_that_day() -> None:
    thursday = date(2026, 1, 22)
    time = EventTime(said="Thursday", start=thursday, end=thursday)
    assert TIME not in flag_kinds("Quiet Thursday. Read in the garden and listened to the rain.", day=thursday,
                                  time=time, reflection="A quiet day sounds lovely.")


def test_a_later_stop_after_a_named_french_venue_is_not_where_it_happened() -> None:
    original = ("Sortie d'équipe à la Cité internationale de la gastronomie ce midi. Après, Clem nous a traînés à la"
                " pâtisserie Sève pour goûter les macarons.")
    assert PLACE in flag_kinds(original, place="la pâtisserie Sève", reflection="Des macarons après la visite !")


@pytest.mark.parametrize(("original", "place"), [
    ("Ce soir j'ai dit au revoir à la Xsara de mamie, partie à la casse. 22 ans de bons et loyaux services.", "casse"),
    ("Premier jour au Festival des Théâtres de Marionnettes ! On a joué sur la place Ducale pleine à craquer.",
     "place Ducale"),
])
def test_a_car_spoken_to_or_a_festival_is_no_venue_before_the_place(original: str, place: str) -> None:
    assert PLACE not in flag_kinds(original, place=place, reflection="Quel moment, je le garde avec toi.")


def test_a_place_one_normally_sleeps_at_is_a_plan() -> None:
    original = "Normalement on dort à Chinon ce soir, mais là on est coincés sous un abribus à Varennes."
    assert PLACE in flag_kinds(original, place="Chinon", reflection="J'espère que vous arriverez au sec.")


def test_an_app_written_in_camel_case_is_no_one_dropped() -> None:
    original = "Night at the Bettyhill campsite. AuroraWatch said amber, so we stayed up till 1am and saw only clouds."
    assert DROPPED not in flag_kinds(original, reflection="I'd have waited under the clouds with you.")


def test_two_given_names_in_camel_case_are_still_someone() -> None:
    original = "MaryBeth drove over with soup and stayed until the fever broke."
    assert DROPPED in flag_kinds(original, reflection="Soup and company: I'm glad you weren't alone.")


def test_a_letter_is_no_one_even_when_it_is_someones_initial() -> None:
    original = "Uncle Pete set off fireworks that spelled our initials and ran out after the P."
    people = WhoIsWho.from_dict([{"name": "Priya", "relation": "fiancée", "aliases": ["P"]},
                                 {"name": "Uncle Pete", "relation": "uncle", "aliases": ["Pete"]}])
    assert DROPPED not in flag_kinds(original, persons=("Uncle Pete",), people=people,
                                     reflection="Running out after the P is its own kind of perfect.")
    assert DROPPED in flag_kinds("P came round with the fireworks and stayed for cake.", people=people,
                                 reflection="Fireworks and cake, what an evening.")
