"""What a query says besides its meaning: its words as the word index counts them, the time and the feeling it names."""
from __future__ import annotations

from datetime import date

import pytest

from liblitz_app.memory import Emotion
from liblitz_app.memory.folding import fold
from liblitz_app.memory.terms import date_in_words, match_expression, matching_words, terms
from liblitz_app.recall.feelings import named_emotion
from liblitz_app.recall.fusion import normalised, reciprocal_ranks
from liblitz_app.recall.periods import query_period

TODAY = date(2026, 11, 30)


def test_words_are_folded_stemmed_in_both_languages_and_stop_words_do_not_count() -> None:
    assert terms("Les RANDONNÉES") == terms("randonnee")
    assert "hike" in terms("hiking") and terms("the of le la de") == ""
    expression = match_expression("Qu'est-ce que Léa m'a dit à Lyon ?")
    assert " OR " in expression and '"lyon"' in expression and '"que"' not in expression
    assert matching_words("randonnée avec Nadia", "Nadia adore les randonnees") == ["nadia", "randonnees"]


@pytest.mark.parametrize(("text", "folded"), [
    ("Soirée à NOËL", "soiree a noel"), ("plain ascii", "plain ascii"), ("ﬁn Ⅻ œuvre", "fin xii œuvre"),
    ("بِكُمْ", "بكم"),  # Arabic vowel marks are combining marks too
    ("😀 é \U0001e944x", "😀 e x"),  # beyond the BMP: an emoji kept, an Adlam mark dropped
])
def test_folding_drops_case_and_every_combining_mark(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_a_date_is_written_in_words_in_both_languages() -> None:
    said = date_in_words(date(2023, 5, 8))
    assert "8 mai 2023" in said and "May 8 2023" in said and "lundi" in said and "Monday" in said


@pytest.mark.parametrize(("query", "start", "end"), [
    ("en mai 2023", date(2023, 5, 1), date(2023, 5, 31)),
    ("What happened in May 2023?", date(2023, 5, 1), date(2023, 5, 31)),
    ("l'été dernier à la mer", date(2026, 6, 1), date(2026, 8, 31)),
    ("il y a deux semaines", date(2026, 11, 13), date(2026, 11, 19)),
    ("last Christmas", date(2025, 12, 20), date(2026, 1, 1)),
    ("à Noël 2022", date(2022, 12, 20), date(2023, 1, 1)),
    ("l'hiver 2024", date(2023, 12, 1), date(2024, 2, 29)),
    ("Qu'ai-je fait en 2021 ?", date(2021, 1, 1), date(2021, 12, 31)),
])
def test_the_time_a_query_names_is_a_period(query: str, start: date, end: date) -> None:
    period = query_period(query, TODAY)
    assert period is not None and (period.start, period.end) == (start, end)


def test_a_query_naming_no_time_has_no_period() -> None:
    assert query_period("Qu'est-ce que Léa m'a dit à Lyon ?", TODAY) is None


def test_the_feeling_a_question_names() -> None:
    assert named_emotion("le jour où j'étais le plus en colère contre mon chef") is Emotion.ANGER
    assert named_emotion("What made me cry last year?") is Emotion.SADNESS
    assert named_emotion("What did Nadia start doing after the hiking trip?") is None


def test_fusion_scales() -> None:
    assert normalised({1: 2.0, 2: 4.0, 3: 3.0}) == {1: 0.0, 2: 1.0, 3: 0.5}
    assert normalised({7: 0.3}) == {7: 1.0}
    ranks = reciprocal_ranks({1: 0.1, 2: 0.9})
    assert ranks[2] == 1.0 and ranks[1] < 1.0
