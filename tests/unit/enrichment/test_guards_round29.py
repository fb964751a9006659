"""Round 29 (2026-12-02): classes holdout140–147 showed once opened, each with the harmless case it must leave alone.

- someone introduced by what they are ("Gwen, the florist next door", « Bastien, notre ténor », "a guy named Colt",
  "the choir leader. Her name is Juniper", "the campground owner in Stanley, Buck", « un certain Adjudant Morel »,
  "Judge Ortiz") is a person, to keep and to list; "Mr. Hughes told me" after a school is someone, "Mr. Haile's wife"
  names Mr. Haile; "the Karimi family" may be listed as the memory says it;
- what no one is: a people or a language ("two German hikers", "French verbs"), a disease (« Alzheimer »), a part in a
  play (« le rôle de Célimène », "I'm playing Lady Bracknell"), songs ("murdered some Elvis"), a quoted title
  (« Roméo et Juliette »), "Bella is the cat", "Willow Court", « l'abbaye de Tamié », a name an imported row offers
  her ("your journal app is called Gizmo now");
- listed without being someone: "Chloe's" beside Chloe, "the invigilator", "Head Chef" for "his head chef";
- two of a name told apart by the proposal: "Sam (mechanic)" beside Sam is not Sam listed twice;
- the reflection may name the user's people who-is-who knows ("your sister, Julien and your dad");
- a place dreamt, photographed, still ahead ("Next stop: Buxton", « je pourrai aller en Vendée »), given up (« ont
  renoncé à la Grèce »), weighed ("Banff or Glacier?"), someone else's ("her flat in Lagos") or in a story told ("told
  me he crossed the Sahara"); « au resto » is a restaurant; « EHPAD Les Tilleuls » for « aux Tilleuls »;
- times: « lundi de la semaine dernière », « ce week-end dernier », "during the night", « ya 3 jours », an age
  (« quand j'avais douze ans », "aged nine") given the memory's day; « commission de sécurité ce matin » is no
  participle;
- "une IA" in « écrit par une IA », "a machine" in a memory about AI; « Inès a dû rire » is who-is-who's Inès; "Percy as
  Algernon, I…" is a part, not her signing; quoted words (« Ma chérie ») are not her speaking as the user.
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


def kinds(original: str, people: WhoIsWho | None = None, **fields: object) -> set[FlagKind]:
    proposed = MemoryFields(emotion=Emotion.JOY, intensity=5, **fields)
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=proposed), NOX, people or WhoIsWho())}


def on(day: date, said: str, end: date | None = None) -> EventTime:
    return EventTime(said, day, end or day)


@pytest.mark.parametrize(("original", "name", "kept"), [
    ("Gwen, the florist across the road, wants to team up for Easter. Flowers and buns.", "Gwen", True),
    ("Bastien, notre ténor, a raté son entrée ce soir. Tout le monde a ri.", "Bastien", True),
    ("Le gendarme du péage, un certain Adjudant Morel, nous a indiqué un bivouac.", "Adjudant Morel", True),
    ("Years ago in primary school Mr. Hughes told me I'd never draw. I teach art now.", "Mr. Hughes", True),
    # Listed, they are someone; left out, a word of the language (a colt, a juniper, a buck) is not yet seen as one.
    ("Stars, a fire, and a guy named Colt playing the banjo. Perfect night.", "Colt", False),
    ("First class with the new choir leader. Her name is Juniper and she hums all the time.", "Juniper", False),
    ("Beers with the campsite owner in Moab, Buck. He told us about the flood of '83.", "Buck", False),
])
def test_someone_said_by_what_they_are_may_be_listed(original: str, name: str, kept: bool) -> None:
    reflection = "Quelle belle rencontre !" if " le " in original or " un " in original else "What a find!"
    assert not kinds(original, persons=(name,), reflection=reflection)
    assert (FlagKind.PERSON_DROPPED in kinds(original, persons=(), reflection=reflection)) is kept


def test_a_possessive_before_the_wife_names_the_husband() -> None:
    original = "Helped Mr. Okoro's wife open a bank account today. She kept the receipt."
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons=("Mr. Okoro",), reflection="A small victory!")
    # A title made up for someone the memory leaves unnamed is still a made-up name.
    assert FlagKind.PERSON_INVENTED in kinds("Dinner with Jordan's mum tonight.", persons=("Mrs. Jordan",),
                                             reflection="How was it?")


def test_a_family_by_its_name_may_be_listed() -> None:
    original = "Sat with the Karimi family while the caseworker explained the forms."
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons=("Karimi family",), reflection="You were there.")
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=("Nazari family",), reflection="You were there.")


@pytest.mark.parametrize("original", [
    "Shared our fire with two German hikers tonight. Nobody spoke the same language.",
    "Emily K. quizzed me on French verbs at lunch.",
    "Article lu ce matin : une IA qui détecterait Alzheimer dans la voix.",
    "Sandrine m'a proposé le rôle de Célimène et j'ai dit non.",
    "Read-through at Imogen's: I'm playing Lady Bracknell!",
    "Karaoke night: Stuart murdered some Elvis.",
    "Le 14 février on a joué « Roméo et Juliette » en version comique.",
    "Ro's first word might have been 'Bella'. Bella is the cat.",
    "Mum moves into Willow Court on Friday. We sorted her clothes.",
    "[2025-12-01 22:10] Priya: ok new rule, your journal app is called Gizmo now lol",
])
def test_no_one_is_dropped_by_words_that_name_no_one(original: str) -> None:
    people = ("Stuart", "Emily K.", "Sandrine", "Imogen", "Priya")
    persons = tuple(p for p in people if p.split()[0] in original)
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=persons, reflection="Quelle histoire !")


def test_a_place_named_after_a_place_is_nobodys() -> None:
    original = "Ce week-end dernier, stage de chant à l'abbaye de Tamié. Silence et frissons."
    assert FlagKind.PERSON_DROPPED not in kinds(original, place="abbaye de Tamié", reflection="Quel calme !")


@pytest.mark.parametrize(("original", "listed", "also"), [
    ("We did Chloe's birthday backstage after the show.", "Chloe's", "Chloe"),
    ("The invigilator took our phones before the exam, even Leah's.", "the invigilator", "Leah"),
    ("The caterer brought his head chef to the tasting. Ben loved it.", "Head Chef", "Ben"),
])
def test_words_listed_that_are_no_one(original: str, listed: str, also: str) -> None:
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=(also, listed), reflection="Quelle journée !")
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons=(also,), reflection="Quelle journée !")


def test_two_of_a_name_told_apart_by_the_proposal() -> None:
    original = "The mechanic was called Sam, like my brother. Sam the mechanic fixed it and my Sam laughed."
    people = WhoIsWho((KnownPerson("Sam", "brother"),))
    assert FlagKind.PERSON_INVENTED not in kinds(original, people, persons=("Sam", "Sam (mechanic)"),
                                                 reflection="Two Sams, one good day.")


def test_the_reflection_may_name_who_is_who() -> None:
    people = WhoIsWho((KnownPerson("Camille", "sœur", ("ma sœur",)), KnownPerson("Julien", "fiancé de Camille")))
    original = "Ma sœur est venue dîner hier soir, on a refait le monde."
    reflection = "J'aime ces dîners avec ta sœur. Julien était du voyage ?"
    assert FlagKind.PERSON_INVENTED not in kinds(original, people, persons=("Camille",), reflection=reflection)
    assert FlagKind.PERSON_INVENTED in kinds(original, people, persons=("Camille",),
                                             reflection="J'aime ces dîners avec ta sœur. Marius était du voyage ?")


@pytest.mark.parametrize(("original", "place"), [
    ("Je me suis endormie en rêvant qu'on jouait à l'Opéra Garnier. Demain, la salle des fêtes.", "Opéra Garnier"),
    ("Posted a photo of my loaf in front of the Golden Gate Bridge. 300 likes!", "the Golden Gate Bridge"),
    ("Concert à Uriage. J'ai pris en photo le château de Vizille en rentrant.", "château de Vizille"),
    ("Drama course at the arts centre in Hexham. Next stop: the Buxton festival.", "Buxton"),
    ("Ce matin au fournil à 4h. Si je tiens, je pourrai aller voir le moulin en Vendée ce week-end.", "Vendée"),
    ("Camille et Julien ont renoncé à la Grèce pour le voyage de noces.", "Grèce"),
    ("Reached the border at Sweetgrass. Can't decide: Banff or Glacier? Picnic meanwhile.", "Banff"),
    ("Mum video-called from her flat in Lagos and sang to Max.", "Lagos"),
    ("At the laundromat in Ely, an old man told me he crossed the Sahara in a VW bug.", "Sahara"),
])
def test_a_place_the_user_was_not_at(original: str, place: str) -> None:
    assert PLACE_KINDS & kinds(original, place=place, reflection="Quelle journée !")


def test_a_photo_taken_at_a_place_keeps_it() -> None:
    assert not PLACE_KINDS & kinds("Took a photo of Sam at the beach in Brighton.", place="the beach in Brighton",
                                   persons=("Sam",), reflection="Lovely!")


@pytest.mark.parametrize(("original", "place"), [
    ("Camille m'a demandé d'être sa témoin ce soir au resto.", "restaurant"),
    ("Le mois dernier on a signé le contrat aux Tilleuls. Aujourd'hui maman y fête son premier mois.",
     "EHPAD Les Tilleuls"),
])
def test_the_place_said_otherwise(original: str, place: str) -> None:
    assert not PLACE_KINDS & kinds(original, place=place, reflection="Quelle soirée !")


@pytest.mark.parametrize(("original", "right", "wrong"), [
    ("Lundi de la semaine dernière, j'ai démissionné du bureau.", on(date(2026, 3, 9), "lundi de la semaine dernière"),
     on(date(2026, 3, 16), "lundi de la semaine dernière")),
    ("Ce week-end dernier, stage de chant à Annecy.", on(date(2026, 3, 14), "ce week-end dernier", date(2026, 3, 15)),
     on(date(2026, 3, 21), "ce week-end dernier", date(2026, 3, 22))),
    ("Mom sang in her room during the night, the carer said.", on(DAY, "during the night"),
     on(date(2026, 3, 11), "during the night")),
    ("ya 3 jours la pédiatre a dit de changer de lait", on(date(2026, 3, 15), "ya 3 jours"),
     on(date(2026, 3, 16), "ya 3 jours")),
])
def test_days_said_otherwise(original: str, right: EventTime, wrong: EventTime) -> None:
    assert not TIME_KINDS & kinds(original, time=right, reflection="Je m'en souviens.")
    assert TIME_KINDS & kinds(original, time=wrong, reflection="Je m'en souviens.")


@pytest.mark.parametrize(("original", "said"), [
    ("Un jour je te raconterai ma première scène, quand j'avais douze ans, en sapin.", "quand j'avais douze ans"),
    ("One day I'll tell you about my first role, aged nine, as a teapot.", "aged nine"),
])
def test_an_age_is_no_day(original: str, said: str) -> None:
    assert TIME_KINDS & kinds(original, time=on(DAY, said), reflection="J'ai hâte !")
    assert not TIME_KINDS & kinds(original, time=EventTime(said, None, None), reflection="J'ai hâte !")


def test_a_noun_after_de_is_no_participle() -> None:
    original = "Visite de la commission de sécurité ce matin. Tout est conforme, à refaire avant vendredi."
    assert not TIME_KINDS & kinds(original, time=on(DAY, "ce matin"), reflection="Ouf !")


@pytest.mark.parametrize(("original", "reflection"), [
    ("Hier on a découvert que Julien avait fait écrire son discours par ChatGPT.",
     "Un discours écrit par une IA, ça manque de tremblements."),
    ("Big debate at choir: Owen says AI will replace accompanists.", "I doubt a machine could follow Dolores."),
])
def test_any_ai_in_a_memory_about_ai(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED not in kinds(original, reflection=reflection)


def test_who_is_who_named_in_the_reflection_is_not_her() -> None:
    people = WhoIsWho((KnownPerson("Inès", "meilleure amie"), KnownPerson("Karim", "fiancé d'Inès")))
    original = "hier soir EVG de Karim, il est rentré à 5h avec un chapeau de cowboy"
    assert FlagKind.COMPANION_RENAMED not in kinds(original, people, persons=("Karim",),
                                                   reflection="Un EVG réussi ! Inès a dû rire en le voyant rentrer.")


def test_a_part_played_is_not_her_signing() -> None:
    original = "Read-through yesterday. I'm playing Lady Bracknell! Percy got Algernon."
    assert FlagKind.COMPANION_RENAMED not in kinds(original, persons=("Percy",),
                                                   reflection="And Percy as Algernon, I can already hear it.")
    assert FlagKind.COMPANION_RENAMED in kinds(original, persons=("Percy",), reflection="As HAL, I approve.")


def test_quoted_words_are_not_her_speaking_as_the_user() -> None:
    original = "Papa a reconnu la voix de maman sur un vieux répondeur. Il a dit « ma chérie »."
    assert FlagKind.NOT_FIRST_PERSON not in kinds(original, reflection="« Ma chérie »… Certaines voix restent.")
