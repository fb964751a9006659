from datetime import date

import pytest

from liblitz_app.enrichment import EXTRACTOR, KnownPerson, WhoIsWho, extract
from liblitz_app.enrichment.emotion_lexicon import guess_emotion, guess_intensity
from liblitz_app.enrichment.extractor import with_emotion
from liblitz_app.enrichment.time_phrases import find_time
from liblitz_app.memory import Emotion, MemoryFields

DAY = date(2024, 3, 13)  # a Wednesday
PEOPLE = WhoIsWho((KnownPerson("Marie Dupont", "sœur", ("Mimi",)),))


@pytest.mark.parametrize("text, said, start, end", [
    ("Hier soir, dîner chez Paul.", "Hier soir", date(2024, 3, 12), None),
    ("Samedi soir au ciné.", "Samedi soir", date(2024, 3, 9), None),
    ("Ce matin j'ai couru.", "Ce matin", DAY, None),
    ("Lundi dernier, grosse dispute.", "Lundi dernier", date(2024, 3, 11), None),
    ("En mars dernier on est partis.", "mars dernier", date(2023, 3, 1), date(2023, 3, 31)),
    ("La semaine passée était dure.", "La semaine passée", date(2024, 3, 4), date(2024, 3, 10)),
    ("C'était le 3 juillet.", "le 3 juillet", date(2023, 7, 3), None),
    ("Il y a 3 jours, j'ai pleuré.", "Il y a 3 jours", date(2024, 3, 10), None),
    ("Avant-hier, rien.", "Avant-hier", date(2024, 3, 11), None),
    ("Last Monday was rough.", "Last Monday", date(2024, 3, 11), None),
    ("Yesterday evening we talked.", "Yesterday evening", date(2024, 3, 12), None),
    ("Two weeks ago I moved.", "Two weeks ago", date(2024, 2, 28), None),
    ("Last summer in Nice.", "Last summer", date(2023, 6, 1), date(2023, 8, 31)),
])
def test_time_words_resolve_relative_to_the_memory_date(text: str, said: str, start: date, end: date | None) -> None:
    time = find_time(text, DAY)
    assert time is not None and (time.said, time.start, time.end) == (said, start, end)


def test_no_time_words_no_time() -> None:
    assert find_time("I may go to the park.", DAY) is None


def test_extract_marks_every_filled_field_as_from_the_extractor() -> None:
    proposal = extract("Hier soir, j'ai dîné avec Mimi à Lyon, trop heureuse !", DAY, people=PEOPLE)
    fields = proposal.fields
    assert fields.persons == ("Mimi",) and fields.place == "Lyon"
    assert fields.time.start == date(2024, 3, 12) and fields.emotion is Emotion.JOY
    assert fields.intensity is not None and fields.intensity > 5
    assert set(proposal.origins) == {"emotion", "intensity", "place", "persons", "time"}
    assert set(proposal.origins.values()) == {EXTRACTOR}


def test_a_relation_stands_for_the_recorded_person() -> None:
    assert extract("Ma sœur est passée ce matin.", DAY, people=PEOPLE).fields.persons == ("Marie Dupont",)


@pytest.mark.parametrize("text, persons, place", [
    ("Café avec Julie et Marc au marché.", ("Julie", "Marc"), "marché"),
    ("Dinner with Tom in Boston.", ("Tom",), "Boston"),
    ("Sarah called me from London.", ("Sarah",), ""),  # the caller's town, not where the user was
    ("Dinner with Tom in Boston, then Sarah called from London.", ("Tom", "Sarah"), "Boston"),
    ("J'ai écrit à Paul.", ("Paul",), ""),
    ("Aujourd'hui, rien de spécial.", (), ""),
    ("Liblitz m'a fait rire.", (), ""),
])
def test_persons_and_places_by_rules(text: str, persons: tuple[str, ...], place: str) -> None:
    fields = extract(text, DAY).fields
    assert (fields.persons, fields.place) == (persons, place)


@pytest.mark.parametrize("text, emotion", [
    ("Je suis tellement heureuse !", Emotion.JOY),
    ("Je ne suis pas heureuse.", None),
    ("J'ai eu très peur dans le noir.", Emotion.FEAR),
    ("Il me manque, je suis triste.", Emotion.SADNESS),
    ("I'm so angry and furious at him.", Emotion.ANGER),
    ("J'ai hâte de partir en vacances.", Emotion.ANTICIPATION),
    ("Le bus est arrivé.", None),
])
def test_emotion_guess_with_negation(text: str, emotion: Emotion | None) -> None:
    assert guess_emotion(text) is emotion


def test_intensity_grows_with_intensifiers_and_exclamations() -> None:
    calm = guess_intensity("Je suis contente.", Emotion.JOY)
    loud = guess_intensity("Je suis tellement contente !!", Emotion.JOY)
    assert calm is not None and loud is not None and calm < loud <= 10
    assert guess_intensity("Le bus est arrivé.", None) is None


def test_with_emotion_reads_only_what_was_left_out() -> None:
    text = "Je suis tellement contente !!"
    read = with_emotion(text, MemoryFields(place="Lyon"), None)  # no embedder: the lexicon reads
    assert (read.emotion, read.intensity, read.place) == (Emotion.JOY, guess_intensity(text, Emotion.JOY), "Lyon")
    given = with_emotion(text, MemoryFields(emotion=Emotion.SADNESS), None)
    assert (given.emotion, given.intensity) == (Emotion.SADNESS, guess_intensity(text, Emotion.SADNESS))
    assert with_emotion(text, MemoryFields(intensity=2), None).intensity == 2
