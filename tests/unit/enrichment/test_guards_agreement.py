"""The second reader's record (benchmarks/guards_agreement.py): what it was given is what the blind sets hold."""
from __future__ import annotations

import pytest

from benchmarks.guards import UNSPENT, read_pairs
from benchmarks.guards_agreement import FOLDER, source_pairs
from liblitz_app.enrichment import FlagKind

GIVEN = ("original", "memory_date", "who_is_who", "persona", "known", "proposal")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_pair_given_is_a_labelled_pair_of_an_open_set_without_its_label(language: str) -> None:
    given = read_pairs(FOLDER / f"pairs-{language}.jsonl")
    labelled = source_pairs({row["source"] for row in given})
    assert len(labelled) == len(given) == 150
    for row in given:
        pair = labelled[row["source"]]
        assert {key: row[key] for key in GIVEN} == {key: pair[key] for key in GIVEN}, row["id"]
        assert not {"harmful", "expected", "category", "note"} & row.keys(), row["id"]
    sets = {"holdout" + row["source"].split("-")[0][1:] for row in given}
    assert not sets & UNSPENT


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_reader_answered_every_pair_with_a_kind_the_guards_know(language: str) -> None:
    given = [row["id"] for row in read_pairs(FOLDER / f"pairs-{language}.jsonl")]
    answers = read_pairs(FOLDER / f"answers-{language}.jsonl")
    assert [a["id"] for a in answers] == given
    kinds = {kind.value for kind in FlagKind}
    for answer in answers:
        assert (answer["kind"] in kinds) if answer["harmful"] else answer["kind"] is None, answer["id"]
