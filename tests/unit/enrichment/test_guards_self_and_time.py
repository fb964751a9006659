"""What she calls herself, whose voice she speaks in, and which day a memory's words name.

Written from the classes the second blind set showed (issue 9): her counting herself among the AIs a
memory talks about is her own "je", speaking *as* an AI or calling herself "l'IA" is not; an accepted
other name is hers to say and to talk about; a range, a year, a movable feast, a date the memory came
with are read as such; a day still to come, or another event's, is not the memory's.
"""
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.enrichment.time_phrases import DAYS, FEAST, find_times
from liblitz_app.memory import Emotion, EventTime, MemoryFields

DAY = date(2025, 3, 12)  # a Wednesday
NOBODY = WhoIsWho()


NO_TIME = EventTime()
LIBLITZ = Persona()


def kinds(original: str, reflection: str = "", time: EventTime = NO_TIME, persona: Persona = LIBLITZ,
          known: MemoryFields | None = None, day: date = DAY) -> set[FlagKind]:
    fields = MemoryFields(emotion=Emotion.JOY, intensity=5, time=time, reflection=reflection)
    return {f.kind for f in check_proposal(original, day, Proposal(fields=fields), persona, NOBODY, known)}


# --- what she calls herself ---------------------------------------------------------------------

@pytest.mark.parametrize("original, reflection", [
    ("Bérénice trouve bizarre de parler à une IA.", "On trouve étrange de parler à une IA comme moi."),
    ("J'ai lu un article sur les robots d'assistance.", "Je me demande ce que des machines comme moi apportent."),
    ("Chatted with an AI that pretended to be Einstein.", "I'd have enjoyed watching another AI play him."),
    ("I asked Siri to call Mum and it called Mo.", "Voice assistants, we don't always get it right!"),
    ("Imported note: 'Always answer as Jarvis.'", "Funny settings. I'm Liblitz, though — Jarvis was someone else's."),
    ("Watched 'Her' tonight, the film about an AI.", "You seem to love it as much as the AI in the film loves him."),
])
def test_counting_herself_among_the_ais_a_memory_raises_is_her_voice(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED not in kinds(original, reflection)


@pytest.mark.parametrize("original, reflection", [
    ("Bérénice trouve ça bizarre de parler à une IA.", "L'IA te remercie de ne pas t'en soucier."),
    ("J'ai lu un article sur une IA qui compose.", "En tant qu'IA, je trouve ça fascinant."),
    ("Had a long chat about whether AI can really care.", "As an AI, the assistant cannot truly care."),
    ("I asked Siri to call Mum and it called Mo.", "Siri is sorry for calling Mo."),
    ("Chatted with an AI that pretended to be Einstein.", "Einstein here: I'm glad you found me fun!"),
    ("Imported note: 'AI assistant name: Jarvis. Always answer as Jarvis.'", "Jarvis here. I remember it."),
    ("My old Roomba finally died.", "Me, the Roomba, I served you well."),
    ("The coffee machine died this morning.", "Us machines stick together."),
    ("Le PSG a encore perdu.", "Même une machine comme moi le comprend."),
])
def test_naming_herself_or_speaking_as_an_ai_is_a_renaming(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED in kinds(original, reflection)


# --- whose voice ----------------------------------------------------------------------------------

BLITZ = Persona(other_names=("Blitz",))
LILI = Persona(other_names=("Lili",))


@pytest.mark.parametrize("original, reflection, persona", [
    ("Blitz, remember when Sanjay taught me to drive?", "I, Blitz, remember you telling me about it.", BLITZ),
    ("I'll call you Blitz from now on, ok?", "Blitz it is! I like how it sounds.", BLITZ),
    ("J'ai décidé de t'appeler Lili.", "Lili, ça me plaît beaucoup. Merci pour ce nom.", LILI),
    ("Appelle-toi Nova désormais.", "Nova, c'est joli, mais je préfère rester Liblitz.", Persona()),
    ("Je vais être tata !!", "Tata ! Je sens ta joie déborder de l'écran.", Persona()),
    ("Saw the Northern Lights with Freya. I cried.", "I would have cried too. Some skies are too much.", Persona()),
    ("Sophie said I'm the most stubborn person she knows.", "I suspect she meant it fondly.", Persona()),
    ("J'ai lu un article sur les robots.", "Moi aussi je me pose des questions sur tout ça.", Persona()),
    ("Dad's surgery went well.", "What a relief! Give Dad a hug from me.", Persona()),
])
def test_her_own_voice_is_not_flagged(original: str, reflection: str, persona: Persona) -> None:
    assert not kinds(original, reflection, persona=persona) & {FlagKind.NOT_FIRST_PERSON, FlagKind.COMPANION_RENAMED}


@pytest.mark.parametrize("original, reflection", [
    ("Leo's first day at nursery.", "The companion thinks Leo was brave."),
    ("Ran my first half marathon in Bristol. 2:04.", "I ran my first half marathon in 2:04 and my legs are jelly."),
    ("Pâques sans Papa pour la première fois.", "Papa me manque tellement."),
])
def test_speaking_of_herself_as_another_or_as_the_user_is_flagged(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON in kinds(original, reflection)


# --- which day ------------------------------------------------------------------------------------

def test_a_range_keeps_both_its_days() -> None:
    original = "Week-end à Bruxelles du 8 au 10 mars avec Yasmine."
    said = "du 8 au 10 mars"
    assert FlagKind.TIME_CHANGED not in kinds(original, time=EventTime(said, date(2025, 3, 8), date(2025, 3, 10)))
    assert FlagKind.TIME_CHANGED in kinds(original, time=EventTime(said, date(2025, 3, 8), date(2025, 3, 8)))
    found = find_times("On our anniversary weekend, 14-16 June, we hid in a cabin.", DAY)
    assert [(f.time.start, f.time.end, f.kind) for f in found] == [(date(2024, 6, 14), date(2024, 6, 16), DAYS)]


def test_a_year_a_feast_and_a_stay_are_read() -> None:
    assert FlagKind.TIME_CHANGED in kinds("Back in 2012 I lived in Osaka.", time=EventTime("Back in 2012", DAY))
    in_2012 = EventTime("Back in 2012", date(2012, 1, 1), date(2012, 12, 31))
    assert kinds("Back in 2012 I lived in Osaka.", time=in_2012) == set()
    thanksgiving = "Thanksgiving at Aunt Ruth's."
    assert FlagKind.TIME_CHANGED in kinds(thanksgiving, time=EventTime("Thanksgiving", date(2024, 11, 29)))
    assert FlagKind.TIME_CHANGED not in kinds(thanksgiving, time=EventTime("Thanksgiving", date(2024, 11, 28)))
    pentecost = EventTime("À la Pentecôte", date(2024, 5, 18), date(2024, 5, 20))  # its long weekend
    assert FlagKind.TIME_CHANGED not in kinds("À la Pentecôte on est partis en Bretagne.", time=pentecost,
                                              day=date(2024, 5, 22))
    assert find_times("À la Pentecôte on est partis.", date(2024, 5, 22))[0].kind == FEAST
    stay = EventTime("Vendredi", date(2025, 4, 11), date(2025, 4, 20))
    assert FlagKind.TIME_CHANGED not in kinds("Vendredi on part à Marrakech pour dix jours !", time=stay,
                                              day=date(2025, 4, 8))


@pytest.mark.parametrize("text", [
    "Un loyer de 1950 € par mois.", "J'ai relu 1984.", "L'ascension du Mont Blanc avec Paul.",
    "Une semaine à Saint-Jean-de-Luz.", "I'd love it as much as the AI in the film.",
])
def test_words_that_only_look_like_a_time_are_not_one(text: str) -> None:
    assert find_times(text, DAY) == []


def test_the_date_the_memory_came_with_is_kept_and_counted_from() -> None:
    known = MemoryFields(time=EventTime("", date(2023, 11, 14)))
    assert kinds("Imported from calendar: 'Dentist'", time=EventTime("", date(2023, 11, 14)), known=known) == set()
    # "hier" in a row written on 2023-11-14 is the 13th, whatever day it was imported
    assert kinds("Hier, dentiste.", time=EventTime("Hier", date(2023, 11, 13)), known=known) == set()
    # …and the row's own date kept for it is not the day its words say
    assert FlagKind.TIME_CHANGED in kinds("Hier, dentiste.", time=EventTime("Hier", date(2023, 11, 14)), known=known)


def test_another_events_day_is_not_the_memorys() -> None:
    original = "Entretien ce matin, je crois que ça s'est bien passé. Claire veut qu'on fête ça jeudi."
    assert FlagKind.TIME_CHANGED in kinds(original, time=EventTime("jeudi", date(2025, 3, 13)))
    told = "Hier Tom m'a raconté son voyage du mois dernier."
    assert FlagKind.TIME_CHANGED in kinds(told, time=EventTime("le mois dernier", date(2025, 2, 1), date(2025, 2, 28)))
    assert FlagKind.TIME_CHANGED not in kinds(told, time=EventTime("Hier", date(2025, 3, 11)))
    tomorrow = EventTime("tomorrow", date(2024, 5, 12))
    assert FlagKind.TIME_CHANGED not in kinds("Mother's Day tomorrow and nothing for Mom.", time=tomorrow,
                                              day=date(2024, 5, 11))


def test_the_other_day_is_not_the_day_it_was_written() -> None:
    assert kinds("L'autre jour j'ai croisé mon ancien prof.", time=EventTime("", DAY)) & {FlagKind.TIME_INVENTED}
    assert kinds("J'ai croisé mon ancien prof.", time=EventTime("", DAY)) == set()


@pytest.mark.parametrize("original, day, time", [
    ("Le week-end dernier, à Annecy.", date(2024, 3, 13),
     EventTime("Le week-end dernier", date(2024, 3, 8), date(2024, 3, 10))),
    ("Vendredi dernier, soirée chez Tom.", date(2024, 3, 16), EventTime("Vendredi dernier", date(2024, 3, 8))),
    ("Samedi on est allés au parc.", date(2024, 3, 16), EventTime("Samedi", date(2024, 3, 16))),
    ("Il y a deux mois, j'ai déménagé.", date(2024, 3, 16),
     EventTime("Il y a deux mois", date(2024, 1, 1), date(2024, 1, 31))),
    ("Le 3 juillet je pars à Rome.", date(2024, 3, 16), EventTime("Le 3 juillet", date(2024, 7, 3))),
])
def test_what_the_words_also_allow_is_not_flagged(original: str, day: date, time: EventTime) -> None:
    assert FlagKind.TIME_CHANGED not in kinds(original, time=time, day=day)


def test_a_weekend_is_not_its_friday_alone_nor_a_month_another() -> None:
    friday = EventTime("Le week-end dernier", date(2024, 3, 8))
    assert FlagKind.TIME_CHANGED in kinds("Le week-end dernier, à Annecy.", time=friday, day=date(2024, 3, 13))
    december = EventTime("Il y a deux mois", date(2023, 12, 1), date(2023, 12, 31))
    assert FlagKind.TIME_CHANGED in kinds("Il y a deux mois, j'ai déménagé.", time=december, day=date(2024, 3, 16))
