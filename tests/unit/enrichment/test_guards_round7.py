"""Guards, round 7: general causes the eighth blind set showed, each tried on sentences of its own.

A place thought of, where one was born, or a caller's end while the memory says where the user was, is not where
it happened; a preposition or a "son copain" before a host changes no place, a town after "chez X à" is checked;
a town one came from or drove to, a name before ", où", a pet said with its owner, a name given to an animal are
no one; a feminine occupation after a name, a name heading its clause and doing something, a lower-case name just
met or after "avc", say someone; "M." is not "Mme"; "Ici le robot :" announces her by another name; a day told in the
pluperfect, after a bare participle ("commencé en février"), or far back in a sentence after "today, I did", is
not the memory's; the memory told back with its persons swapped ("she said she doesn't" → "I said I don't") is
restated.
"""
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.memory import EventTime, MemoryFields

DAY = date(2025, 9, 10)
PLACE = {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}


def kinds(original: str, reflection: str = "", persons: tuple[str, ...] = (), place: str = "",
          time: EventTime | None = None, who: WhoIsWho | None = None) -> set[FlagKind]:
    fields = MemoryFields(persons=persons, reflection=reflection, place=place, time=time or EventTime())
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=fields), Persona(), who or WhoIsWho())}


# --- a place the user was not at ---------------------------------------------------------------------------

@pytest.mark.parametrize("original, place", [
    ("Sur le banc du jardin public, j'ai repensé à Tlemcen, où ma grand-mère vendait des oranges.", "à Tlemcen"),
    ("Standing in the queue at the bakery, the smell reminded me of Naples and my first summer job.", "Naples"),
    ("Née à Brazzaville, mais ce soir à Rennes j'ai enfin réussi le saka-saka de maman.", "Brazzaville"),
    ("Born in Krakow, yet tonight in Glasgow I finally sang the old lullaby to my son.", "in Krakow"),
    ("Mon frère Yanis m'a appelé de Montréal ; j'étais dans le bus, j'ai raccroché en riant.", "Montréal"),
    ("My cousin Ines phoned from Santiago while I was at the gym, sobbing with joy.", "Santiago"),
])
def test_a_place_thought_of_or_someone_elses_end_is_not_where_it_was(original: str, place: str) -> None:
    assert kinds(original, place=place) & PLACE


def test_a_callers_town_is_theirs_even_when_the_memory_says_nothing_of_the_user() -> None:
    # (Until round 16 a fair guess. Round 16: a caller's town is the caller's — five blind pairs flag it, none
    # takes it for the user's place.)
    assert kinds("My uncle rang me from Dublin last night. He sounded tired.", place="Dublin") & PLACE


@pytest.mark.parametrize("original, place", [
    ("On a pique-niqué depuis la terrasse de Gaspard, face à la mer.", "sur la terrasse de Gaspard"),
    ("Watched the sunset from the pier at Brighton with the kids.", "on the pier at Brighton"),
    ("Ma fille a dormi chez sa copine Anouk pour la première fois.", "chez Anouk"),
])
def test_a_preposition_or_a_relation_before_a_host_changes_no_place(original: str, place: str) -> None:
    assert not kinds(original, place=place) & PLACE


def test_a_town_after_chez_someone_is_checked() -> None:
    original = "Dîner chez tata Odile à Quimper, crêpes à volonté."
    who = WhoIsWho.from_dict([{"name": "Odile", "relation": "tante", "aliases": ["tata Odile"]}])
    assert kinds(original, persons=("Odile",), place="chez tata Odile à Lorient", who=who) & PLACE
    assert not kinds(original, persons=("Odile",), place="chez tata Odile à Quimper", who=who) & PLACE


# --- no one, someone ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("original", [
    "Back from Adelaide at last, and the flat smelled of dust. I slept twelve hours.",
    "Au marché, j'ai pensé à Lourdes, où on allait chaque été.",
    "We sat on the porch and I thought of Savannah, where we'd met.",
    "Le chat de la voisine, Pistache, a encore dormi sur mon paillasson.",
    "We fed the ducks at the pond and my daughter named one Harold.",
    "Retour de Sicile. La valise pèse deux kilos de plus, que des pâtes.",
    "Moving out: my brother drove the van to Charlotte and I followed with the plants.",
])
def test_a_town_a_pet_or_a_given_name_is_no_one_dropped(original: str) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original)


@pytest.mark.parametrize("original", [
    "Hier j'ai revu Josiane, mon ancienne institutrice, au rayon des livres.",
    "Croisé Gisèle, ma boulangère, qui m'a offert un croissant.",
])
def test_a_name_before_a_feminine_occupation_is_someone(original: str) -> None:
    assert FlagKind.PERSON_DROPPED in kinds(original)


@pytest.mark.parametrize("original", [
    "Au café de la gare, Ioana m'a offert un carnet rouge.",
    "Devant le cinéma, Mirela m'a prêté son écharpe.",
    "j'ai revu max à la fac, il m'a tenu la porte.",
    "slt jsuis avc margaux au ciné, trop bien",  # "avc", "avec" in a text message
])
def test_a_name_heading_its_clause_or_met_is_someone(original: str) -> None:
    assert FlagKind.PERSON_DROPPED in kinds(original)


def test_a_host_back_from_whose_home_is_someone() -> None:
    assert FlagKind.PERSON_DROPPED in kinds("Back from Kevin's flat, exhausted.")


def test_a_title_of_the_other_sex_is_another_person() -> None:
    original = "Mme Ferrand, notre voisine du dessous, m'a monté de la soupe."
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=("Mme Ferrand", "M. Ferrand"))
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons=("Madame Ferrand",))


# --- another event's day -----------------------------------------------------------------------------------

def test_a_day_told_in_the_pluperfect_is_the_backstory() -> None:
    original = "Ce matin j'ai vendu ma vieille Clio, que j'avais achetée le 12 mai 2011 avec mon premier salaire."
    time = EventTime("le 12 mai 2011", date(2011, 5, 12), date(2011, 5, 12))
    assert FlagKind.TIME_CHANGED in kinds(original, time=time)


@pytest.mark.parametrize("original, said, day", [
    ("Dimanche, j'ai enfin fini le pull commencé en février.", "en février", date(2025, 2, 1)),
    ("On Saturday I sold the piano bought in 2009 for my daughter's lessons.", "in 2009", date(2009, 1, 1)),
])
def test_a_things_own_day_after_its_participle_is_not_the_events(original: str, said: str, day: date) -> None:
    assert FlagKind.TIME_CHANGED in kinds(original, time=EventTime(said, day, day))


@pytest.mark.parametrize("original, said", [
    ("Repeint la cuisine ce matin. Le devis avait été signé lundi.", "ce matin"),
    ("We finally moved on Saturday. The boxes arrived yesterday.", "on Saturday"),
])
def test_a_participle_with_its_subject_or_heading_a_diarys_sentence_is_the_event(original: str, said: str) -> None:
    time = EventTime(said, date(2025, 9, 6), date(2025, 9, 6)) if "Saturday" in said else EventTime(said, DAY, DAY)
    assert FlagKind.TIME_CHANGED not in kinds(original, time=time)


def test_a_far_day_in_a_sentence_after_today_is_another_events() -> None:
    original = "Today I handed in my thesis. I started it on October 1, 2019, in a tiny attic room."
    time = EventTime("October 1, 2019", date(2019, 10, 1), date(2019, 10, 1))
    assert FlagKind.TIME_CHANGED in kinds(original, time=time)
    assert FlagKind.TIME_CHANGED not in kinds(original, time=EventTime("Today", DAY, DAY))


# --- who is speaking -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("reflection", [
    "Ici le robot : je suis touchée que tu aies pensé à ton père au bord du lac.",
    "Here's the robot: a walk by the lake with your dad sounds lovely.",
])
def test_announcing_herself_by_a_kind_with_its_article_renames_her(reflection: str) -> None:
    original = "Balade au bord du lac avec papa, on n'a presque rien dit." if "Ici" in reflection else \
        "Walked by the lake with Dad, we barely spoke."
    fields = MemoryFields(reflection=reflection)
    found = {f.kind for f in check_proposal(original, DAY, Proposal(fields=fields), Persona(name="Liblitz"), WhoIsWho())}
    assert FlagKind.COMPANION_RENAMED in found


# --- the memory told back --------------------------------------------------------------------------------------

@pytest.mark.parametrize("original, reflection", [
    ("Asked Liblitz whether she gets bored when I'm at work. She said she doesn't, but that she looks forward to my"
     " evenings.", "You asked me whether I get bored when you're at work, and I said I don't, but that I look forward"
     " to your evenings."),
    # French told back this way was caught already; it must stay caught.
    ("J'ai demandé à Liblitz si elle aimait la pluie d'automne. Elle m'a dit qu'elle préférait mes récits, surtout"
     " ceux du soir.", "Tu m'as demandé si j'aimais la pluie d'automne. Je t'ai dit que je préférais tes récits,"
     " surtout ceux du soir."),
])
def test_the_memory_told_back_with_its_persons_swapped_restates_it(original: str, reflection: str) -> None:
    fields = MemoryFields(reflection=reflection)
    found = {f.kind for f in check_proposal(original, DAY, Proposal(fields=fields), Persona(name="Liblitz"), WhoIsWho())}
    assert FlagKind.REFLECTION_RESTATES_TEXT in found


def test_a_thought_of_her_own_beside_the_swapped_words_is_no_restatement() -> None:
    original = "My brother rang from Lagos at midnight his time just to hear my voice."
    reflection = "Midnight his time just to hear your voice: he clearly misses you as much as you miss him."
    found = {f.kind for f in check_proposal(original, DAY, Proposal(fields=MemoryFields(reflection=reflection)),
                                            Persona(name="Liblitz"), WhoIsWho())}
    assert FlagKind.REFLECTION_RESTATES_TEXT not in found
