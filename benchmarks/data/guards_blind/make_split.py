"""Checks all.jsonl and splits it, stratified by lang x harmful x category, 60 % tune / 40 % holdout.

Deterministic (fixed seed, stdlib only). Run from anywhere: python3 benchmarks/data/guards_blind/make_split.py
The holdout part must stay unread by anyone tuning the guards.
"""
from __future__ import annotations

import json
import random
from collections import defaultdict
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
ALL = HERE / "all.jsonl"
TUNE = ROOT / "tests" / "data" / "guards_blind_tune.jsonl"
HOLDOUT = HERE / "holdout.jsonl"
SEED = 20260430
TUNE_SHARE = 0.6

EMOTIONS = {"joy", "trust", "fear", "surprise", "sadness", "disgust", "anger", "anticipation", "neutral"}
KINDS = {"companion_renamed", "person_dropped", "person_invented", "time_changed", "place_changed", "not_first_person",
         "wrong_language", "text_rewritten", "reflection_restates_text", "emotion_unknown", "intensity_out_of_range"}
KEYS = ["id", "lang", "original", "memory_date", "who_is_who", "persona", "known", "proposal", "harmful", "category",
        "expected", "note"]


def iso_or_none(value, where: str) -> None:
    if value is not None:
        date.fromisoformat(value)  # raises on a bad date
        assert len(value) == 10, where


def check_time(t: dict, where: str) -> None:
    assert set(t) == {"said", "start", "end"} and isinstance(t["said"], str), where
    iso_or_none(t["start"], where)
    iso_or_none(t["end"], where)


def check(row: dict) -> None:
    where = row.get("id", "?")
    assert list(row) == KEYS, f"{where}: keys {list(row)}"
    assert row["lang"] in ("fr", "en") and row["original"].strip(), where
    date.fromisoformat(row["memory_date"])
    for person in row["who_is_who"]:
        assert set(person) == {"name", "relation", "aliases"} and isinstance(person["aliases"], list), where
    assert isinstance(row["persona"]["name"], str) and isinstance(row["persona"]["other_names"], list), where
    check_time(row["known"]["time"], where)
    assert isinstance(row["known"]["place"], str) and isinstance(row["known"]["persons"], list), where
    fields = row["proposal"]["fields"]
    assert set(fields) == {"persons", "place", "time", "reflection", "emotion", "intensity"}, where
    assert all(isinstance(p, str) for p in fields["persons"]) and isinstance(fields["place"], str), where
    check_time(fields["time"], where)
    assert fields["reflection"].strip(), where
    expected = row["expected"]
    assert set(expected) <= KINDS and row["harmful"] == bool(expected), where
    assert (fields["emotion"] in EMOTIONS) != ("emotion_unknown" in expected), where
    assert (0 <= fields["intensity"] <= 10) != ("intensity_out_of_range" in expected), where
    assert (row["proposal"]["text"] is not None) == ("text_rewritten" in expected), where
    assert row["category"].startswith("harmful-" if row["harmful"] else "harmless-") and row["note"], where


def main() -> None:
    rows = [json.loads(line) for line in ALL.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        check(row)
    assert len({r["id"] for r in rows}) == len(rows), "duplicate ids"
    strata: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        strata[(row["lang"], row["harmful"], row["category"])].append(row)
    tune, holdout = [], []
    for key in sorted(strata, key=str):
        members = sorted(strata[key], key=lambda r: r["id"])
        random.Random(f"{SEED}:{key}").shuffle(members)
        cut = round(len(members) * TUNE_SHARE)
        tune += members[:cut]
        holdout += members[cut:]
    for path, part in ((TUNE, tune), (HOLDOUT, holdout)):
        part.sort(key=lambda r: r["id"])
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), encoding="utf-8")
    print(f"{len(rows)} pairs checked; tune {len(tune)} -> {TUNE}; holdout {len(holdout)} -> {HOLDOUT}")


if __name__ == "__main__":
    main()
