"""A proposed emotion the text plainly contradicts is flagged when the reader is sure; nothing else is."""
from __future__ import annotations

from liblitz_app.enrichment import FlagKind, Proposal
from liblitz_app.enrichment.emotion_check import check_emotion_contradicted, opposed
from liblitz_app.enrichment.emotion_reader import EmotionReading, read_emotion
from liblitz_app.memory import Emotion, MemoryFields

FURIOUS = "J'étais furieux contre lui"
JOYFUL = "Quel bonheur, on a ri toute la soirée et j'étais tellement heureuse avec eux !"


def proposed(emotion: Emotion | None) -> Proposal:
    return Proposal(fields=MemoryFields(emotion=emotion))


def test_furious_proposed_as_joy_is_flagged_in_both_languages(e5) -> None:
    flag = check_emotion_contradicted(read_emotion(FURIOUS, e5), proposed(Emotion.JOY))
    assert flag is not None and flag.kind is FlagKind.EMOTION_CONTRADICTED and flag.field == "emotion"
    assert "colère" in flag.message("fr") and "« joie »" in flag.message("fr")
    assert "anger" in flag.message("en") and "joy" in flag.message("en")


def test_a_joyful_text_proposed_as_joy_is_not_flagged(e5) -> None:
    reading = read_emotion(JOYFUL, e5)
    assert reading is not None and reading.strongest is Emotion.JOY
    assert check_emotion_contradicted(reading, proposed(Emotion.JOY)) is None


def reading(contradicts_at: float = 0.5, **scores: float) -> EmotionReading:
    """A reading with these scores (the rest spread over the other emotions)."""
    others = [e for e in Emotion if e is not Emotion.NEUTRAL and e.value not in scores]
    spread = {e: (1 - sum(scores.values())) / len(others) for e in others}
    full = {**spread, **{Emotion(name): value for name, value in scores.items()}}
    strongest = max(full, key=lambda e: full[e])
    return EmotionReading(strongest, full[strongest], full, contradicts_at)


def test_an_unsure_reading_or_a_mere_nuance_raises_nothing() -> None:
    assert check_emotion_contradicted(reading(anger=0.3, joy=0.3), proposed(Emotion.JOY)) is None
    assert check_emotion_contradicted(reading(anticipation=0.9), proposed(Emotion.JOY)) is None
    assert check_emotion_contradicted(reading(anger=0.9), proposed(None)) is None
    assert check_emotion_contradicted(None, proposed(Emotion.JOY)) is None


def test_the_emotions_opposed_to_the_proposal_count_together() -> None:
    flag = check_emotion_contradicted(reading(anger=0.3, sadness=0.25, fear=0.1, joy=0.05), proposed(Emotion.JOY))
    assert flag is not None and "colère surtout (confiance 65 %)" in flag.message("fr")
    assert check_emotion_contradicted(reading(anger=0.3, sadness=0.25, fear=0.1), proposed(Emotion.TRUST)) is None


def test_the_opposites_are_plutchiks_pairs_and_joy_against_anger_and_fear() -> None:
    assert opposed(Emotion.TRUST, Emotion.DISGUST) and opposed(Emotion.DISGUST, Emotion.TRUST)
    assert opposed(Emotion.SURPRISE, Emotion.ANTICIPATION) and opposed(Emotion.FEAR, Emotion.JOY)
    assert not opposed(Emotion.JOY, Emotion.TRUST) and not opposed(Emotion.SADNESS, Emotion.FEAR)
