"""Proposing fields with no model at all: dates, persons, places, an emotion and its intensity."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from liblitz_app.memory import Emotion, EventTime, MemoryFields

from .emotion_lexicon import guess_emotion, guess_intensity
from .emotion_reader import EmotionReading, PassageEmbedder, read_emotion
from .folding import fold_str
from .guards.elsewhere import elsewhere
from .guards.places import within_the_known_place
from .guards.user_was_there import there_too
from .mentions import find_persons, find_places
from .persona import Persona, WhoIsWho
from .proposal import EXTRACTOR, Proposal, Provenance
from .time_phrases import find_time

EXTRACTOR_VERSION = 1


def extract_persons(text: str, people: WhoIsWho, companion: str = "") -> tuple[str, ...]:
    """Named persons, the recorded name when the text says "ma sœur" or a nickname."""
    names = [(m.person.name if m.person and not _is_a_name_of(m.words, m.person.names) else m.words)
             for m in find_persons(text, people, companion)]
    return tuple(dict.fromkeys(names))


def _is_a_name_of(words: str, names: tuple[str, ...]) -> bool:
    return fold_str(words) in {fold_str(n) for n in names}


def extract_place(text: str, people: WhoIsWho, memory_date: date | None = None, known_place: str = "") -> str:
    """The first place the text puts the user at: not a caller's town, a plan, a dream, a photo's subject (the
    place guard's reading of "elsewhere", so the offline proposal never carries what review would flag). Where the
    memory came with a place the text's leaves out, the text's is made precise within it ("chez Léa, Lyon")."""
    for place in find_places(text, people):
        if there_too(text, place.words) or not elsewhere(text, place.words, memory_date):
            return within_the_known_place(known_place, place.words)
    return ""


def extract(text: str, memory_date: date, persona: Persona | None = None,
            people: WhoIsWho | None = None, reading: EmotionReading | None = None, known_place: str = "") -> Proposal:
    """The offline proposal: every field it could fill is marked as coming from the extractor.

    The emotion is the emotion reader's when the current embedder has one (`reading`), else the
    lexicon's; both abstain rather than guess. `known_place`: the place the memory came with (an import's)."""
    persona = persona or Persona()
    people = people or WhoIsWho()
    emotion = offline_emotion(text, reading)
    fields = MemoryFields(
        emotion=emotion,
        intensity=guess_intensity(text, emotion),
        place=extract_place(text, people, memory_date, known_place),
        persons=extract_persons(text, people, persona.name),
        time=find_time(text, memory_date) or EventTime(),
    )
    filled = [name for name, value in fields.to_dict().items() if _filled(value)]
    return Proposal(
        fields=fields,
        origins={name: EXTRACTOR for name in filled},
        provenance=Provenance(prompt_id="extractor", prompt_version=EXTRACTOR_VERSION),
        emotion_confidence=reading.confidence if reading is not None and emotion is not None else None,
    )


def offline_emotion(text: str, reading: EmotionReading | None = None) -> Emotion | None:
    """The emotion reader's (`reading`, when the current embedder has one), else the lexicon's; both abstain
    rather than guess. Its intensity is `guess_intensity(text, emotion)`."""
    return reading.emotion if reading is not None else guess_emotion(text)


def with_emotion(text: str, fields: MemoryFields, embedder: PassageEmbedder | None) -> MemoryFields:
    """`fields` with the emotion and intensity they leave out read from the text as `extract` reads them
    (the emotion reader when this embedder has one, else the lexicon): `liblitz add` and the window's form
    both suggest this. What `fields` give is kept; the intensity follows the emotion given, if any."""
    emotion = fields.emotion if fields.emotion is not None else offline_emotion(text, read_emotion(text, embedder))
    intensity = fields.intensity if fields.intensity is not None else guess_intensity(text, emotion)
    return replace(fields, emotion=emotion, intensity=intensity)


def _filled(value: object) -> bool:
    if isinstance(value, dict):
        return any(value.values())
    return value not in (None, "", [], ())
