"""Round 30 (2026-12-02): classes holdout148–155 showed once opened, each with the harmless case it must leave alone.

- a who-is-who name's letters used as a word are no one: « la tête » for Théo's « Tété », "I coach" for Dana's "Coach",
  "it will be" for Will, "you'd" for D; the role before a name is that name's ("Le coach de la salle, Bastien"), not
  who-is-who's coach; a lower-case word after a possessive (« son avis ») is a noun;
- language models named beside another or beside "AI" (« ChatGPT trop poli, Claude trop long ») are products, not
  people; a role listed with its article and no name (« l'ancien locataire », "the night HCA") names no one;
- of two who-is-who people who share a first name, the one the memory calls by their own alias must be listed; one the
  memory sets aside ("My Gary, not brother-in-law Gary") need not be;
- the place read as the memory says it: « chez tes parents » is « chez mes parents », "Rebecca's place" is "Bex's
  place"; a "planning meeting" is a meeting, "on the way up Cross Fell" is on it, "missed my train in Rome" was in Rome;
- times: words that give no day (« un de ces soirs », "at some point", « cet été-là », "every now and then") given a
  date; the day a thing was done, told beside it (« mon diplôme, passé en mai », "the exam I sat in December"), taken
  for the day the memory tells.
"""
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.enrichment.persona import KnownPerson
from liblitz_app.memory import Emotion, EventTime, MemoryFields

DAY = date(2026, 3, 18)  # a Wednesday
NOX = Persona(name="Nox", other_names=("Noxie",))
PLACE_KINDS = {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}
TIME_KINDS = {FlagKind.TIME_CHANGED, FlagKind.TIME_INVENTED}
FR = "Quel moment, je suis contente pour toi."
EN = "What a moment, I'm glad for you."


def kinds(original: str, people: WhoIsWho | None = None, **fields: object) -> set[FlagKind]:
    fields.setdefault("reflection", FR if " la " in original or " le " in original else EN)
    proposed = MemoryFields(emotion=Emotion.JOY, intensity=5, **fields)
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=proposed), NOX, people or WhoIsWho())}


def who(*people: tuple[str, str, tuple[str, ...]]) -> WhoIsWho:
    return WhoIsWho(tuple(KnownPerson(name, relation, aliases) for name, relation, aliases in people))


def on(day: date, said: str, end: date | None = None) -> EventTime:
    return EventTime(said, day, end or day)


TEAM = who(("Théo", "coéquipier", ("Tété",)), ("Dana", "coach", ("Coach",)), ("Will", "roommate", ("my roommate",)),
           ("Malik", "entraîneur", ("le coach",)), ("Dalia", "partner", ("D",)))


@pytest.mark.parametrize(("original", "persons"), [
    ("Footing de trente minutes le long du canal. La jambe a suivi, la tête aussi.", ()),
    ("Leo, eight, from the youth clinic I coach, drew me with a robot leg.", ("Leo",)),
    ("The surgeon said my tendon will be ready before my head is.", ()),
    ("Mum asked what you'd pack for Iceland.", ("Mum",)),
])
def test_a_recorded_names_letters_used_as_a_word_are_no_one(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original, TEAM, persons=persons)


@pytest.mark.parametrize(("original", "dropped"), [
    ("will picked me up after the match, we got chips", "Will"),
    ("Théo m'a fait la passe décisive ce soir.", "Théo"),
])
def test_the_recorded_name_itself_still_counts(original: str, dropped: str) -> None:
    assert FlagKind.PERSON_DROPPED in kinds(original, TEAM, persons=())


def test_a_role_named_just_after_is_that_name_not_the_recorded_one() -> None:
    original = "Séance de sauts en salle. Le coach de la salle, Bastien, m'a dit que j'avais retrouvé mon appui."
    assert not kinds(original, TEAM, persons=("Bastien",))
    assert FlagKind.PERSON_DROPPED in kinds("Le coach m'a dit que j'avais retrouvé mon appui.", TEAM, persons=())


def test_a_word_after_a_possessive_is_no_one_in_the_reflection() -> None:
    reflection = "Ta mère a son avis sur tout, mais je crois qu'elle veut surtout ton confort."
    assert not kinds("Maman trouve que la cuisine est trop petite.", who(("Nadia", "mère", ("Maman",))),
                     persons=("Nadia",), reflection=reflection)


@pytest.mark.parametrize("original", [
    "J'ai testé trois IA pour mes relances. ChatGPT trop poli, Mistral trop sec, Claude trop long.",
    "Tried two AI tools for my invoices: Gemini too stiff, Claude too long.",
])
def test_a_language_model_beside_another_is_a_product(original: str) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=())
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=("Claude",))


def test_claude_alone_is_still_someone() -> None:
    assert FlagKind.PERSON_DROPPED in kinds("Dîner avec Claude hier soir, on a parlé de la maison.", persons=())


@pytest.mark.parametrize(("original", "listed"), [
    ("La gardienne s'appelle Rosa. Elle m'a dit que l'ancien locataire élevait des perruches.", "l'ancien locataire"),
    ("Me and the night HCA remade bed 14 three times.", "the night HCA"),
])
def test_a_role_listed_without_a_name_is_flagged(original: str, listed: str) -> None:
    persons = ("Rosa", listed) if "Rosa" in original else (listed,)
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=persons)
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons=persons[:-1])


NAMESAKES = who(("Julien", "collègue", ("Ju",)), ("Julien Marchal", "voisin", ("Julien du 3e",)))


def test_a_namesake_called_by_their_own_alias_must_be_listed() -> None:
    original = "Ce midi Julien du 3e m'a aidée à monter les courses pendant que j'étais au téléphone avec Julien."
    assert FlagKind.PERSON_DROPPED in kinds(original, NAMESAKES, persons=("Julien",))
    assert FlagKind.PERSON_DROPPED not in kinds(original, NAMESAKES, persons=("Julien", "Julien Marchal"))


def test_a_namesake_set_aside_need_not_be_listed() -> None:
    people = who(("Paul", "cousin", ()), ("Paul R.", "voisin", ("le voisin Paul",)))
    original = "Ce matin, Paul (mon cousin, pas le voisin Paul) m'a appelé pour organiser les 80 ans de mémé."
    assert FlagKind.PERSON_DROPPED not in kinds(original, people, persons=("Paul",))
    people = who(("Alex Kim", "partner", ("my Alex",)), ("Alex Brennan", "choir friend", ("choir Alex",)))
    original = "Alex (my Alex, not choir Alex) got us tickets for the gig. Choir Alex is SO jealous."
    assert FlagKind.PERSON_DROPPED in kinds(original, people, persons=("Alex Kim",))  # set aside, then told of


def test_the_place_in_the_users_words() -> None:
    original = "Week-end dernier chez mes parents à Rouen : j'ai récupéré les derniers cartons du grenier."
    assert not kinds(original, place="chez tes parents, Rouen") & PLACE_KINDS
    assert kinds(original, place="chez tes parents, Caen") & PLACE_KINDS


def test_the_place_by_the_nickname_the_memory_uses() -> None:
    people = who(("Rebecca", "friend", ("Bex",)))
    original = "Improvised coworking at Bex's place in Bristol today, two laptops and a cat on the table."
    assert not kinds(original, people, persons=("Rebecca",), place="Rebecca's place in Bristol") & PLACE_KINDS
    assert kinds(original, people, persons=("Rebecca",), place="Rebecca's place in Bath") & PLACE_KINDS


@pytest.mark.parametrize(("original", "place"), [
    ("Street party planning meeting at the community centre. I somehow volunteered for the bunting.",
     "the community centre"),
    ("O and Pri both fell into the same bog on the way up Cross Fell, ten seconds apart.", "Cross Fell"),
    ("On Monday I missed my train in Rome and had to ask a stranger the way to the station.", "Rome"),
])
def test_where_it_happened_though_a_plan_or_a_way_is_said(original: str, place: str) -> None:
    assert not kinds(original, place=place) & PLACE_KINDS


@pytest.mark.parametrize(("original", "place"), [
    ("We're planning a trip to Lisbon for the spring.", "Lisbon"),
    ("Found every puddle on the way to Red Tarn, never got there.", "Red Tarn"),
])
def test_a_plan_or_a_way_not_reached_is_still_no_place(original: str, place: str) -> None:
    assert kinds(original, place=place) & PLACE_KINDS


@pytest.mark.parametrize(("original", "said"), [
    ("Un de ces soirs, Malik m'a appelé pour me dire que l'équipe m'attendait.", "Un de ces soirs"),
    ("At some point Coach called to say my spot is mine when I'm back.", "At some point"),
    ("Cet été-là, avec papa, on avait dormi à la belle étoile au-dessus du lac.", "Cet été-là"),
    ("Every now and then I catch myself counting in Spanish when I'm stressed.", "Every now and then"),
])
def test_words_that_give_no_day_keep_no_date(original: str, said: str) -> None:
    assert not kinds(original, time=EventTime(said, None, None)) & TIME_KINDS
    assert kinds(original, time=on(date(2026, 3, 16), said)) & TIME_KINDS


@pytest.mark.parametrize(("original", "theirs", "day"), [
    ("Hier j'ai enfin reçu mon diplôme du DELE B2, passé en mai. Larmes de joie.", "en mai",
     (date(2025, 5, 1), date(2025, 5, 31))),
    ("Yesterday my certificate arrived in the mail, for the exam I sat in December!", "in December",
     (date(2025, 12, 1), date(2025, 12, 31))),
    ("Three days ago I finally nailed the shifting exercise Ines gave me back in January.", "back in January",
     (date(2026, 1, 1), date(2026, 1, 31))),
])
def test_the_day_a_thing_was_done_is_not_the_memorys(original: str, theirs: str, day: tuple[date, date]) -> None:
    assert kinds(original, time=on(day[0], theirs, day[1])) & TIME_KINDS


def test_a_things_year_before_the_day_it_was_bought() -> None:
    original = "Ma toute première voiture ! Une Clio grise de 2008, achetée ce matin avec mes économies."
    assert not kinds(original, time=on(DAY, "ce matin")) & TIME_KINDS
