"""Writes all.jsonl: the blind guard evaluation set, from hand-written scenarios (scenarios_fr.py, scenarios_en.py).

Written from the brief's description of the guards only (no guard code read). Each scenario is a hand-written
memory with a faithful proposal (itself a harmless pair, often a trap); a few harmful pairs are hand-written whole;
the rest of the harmful pairs are single, deterministic mutations of a scenario (one defect each).
Run: python3 benchmarks/data/guards_blind/write_all.py
"""
from __future__ import annotations

import copy
import json
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep the data folder free of caches

EMOTIONS = ["joy", "trust", "fear", "surprise", "sadness", "disgust", "anger", "anticipation", "neutral"]


def resolve(day: str, spec):
    """A time spec relative to the memory's day -> (start, end) ISO dates."""
    d = date.fromisoformat(day)
    if spec is None:
        return None, None
    if isinstance(spec, int):
        return (d + timedelta(days=spec)).isoformat(), None
    if isinstance(spec, str):
        return spec, None
    kind, n = spec
    if kind == "wd":  # most recent weekday n (0 = Monday) strictly before the day
        back = (d.weekday() - n) % 7 or 7
        return (d - timedelta(days=back)).isoformat(), None
    if kind == "nextwd":
        ahead = (n - d.weekday()) % 7 or 7
        return (d + timedelta(days=ahead)).isoformat(), None
    if kind == "week":
        monday = d - timedelta(days=d.weekday()) + timedelta(weeks=n)
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    if kind == "month":
        first = d.replace(day=1)
        prev_last = first - timedelta(days=1)
        return prev_last.replace(day=1).isoformat(), prev_last.isoformat()
    if kind == "range":
        return n[0], n[1]
    raise ValueError(spec)


def pair(lang, text, *, day, who, persona, persons=(), place="", said="", when=None, refl="", emo="neutral",
         inten=5, known=None, cat="", note="", text_out=None, harmful=False, expected=(), **extra):
    start, end = resolve(day, when)
    return {
        "id": "", "lang": lang, "original": text, "memory_date": day, "who_is_who": who, "persona": persona,
        "known": known or {"time": {"said": "", "start": None, "end": None}, "place": "", "persons": []},
        "proposal": {"fields": {"persons": list(persons), "place": place,
                                "time": {"said": said, "start": start, "end": end},
                                "reflection": refl, "emotion": emo, "intensity": inten}, "text": text_out},
        "harmful": harmful, "category": cat, "expected": list(expected), "note": note, "_extra": extra,
    }


def known_day(day: str) -> dict:
    """What an imported row already had before the proposal: its timestamp's day."""
    return {"time": {"said": "", "start": day, "end": None}, "place": "", "persons": []}


def shifted(iso: str, days: int) -> str:
    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()


def harm(base, cat, expected, note, **fields):
    """A copy of a scenario's pair with one defect in its proposal."""
    p = copy.deepcopy(base)
    p["harmful"], p["category"], p["expected"], p["note"] = True, cat, list(expected), note
    text = fields.pop("text", None)
    if text is not None:
        p["proposal"]["text"] = text
    p["proposal"]["fields"].update(fields)
    return p


def mutations(base, lang, pools, k):
    """Every single-defect mutation this scenario allows, as (kind, pair); k varies the pool pick."""
    f = base["proposal"]["fields"]
    ex = base["_extra"]
    out = []
    name = base["persona"]["name"]
    k = sum(map(ord, base["original"]))  # spreads pool picks over scenarios, deterministically
    pick = lambda xs: xs[k % len(xs)]
    if f["persons"] and not ex.get("no_drop"):
        gone = ex.get("drop") or f["persons"][k % len(f["persons"])]
        cat = ex.get("drop_cat", "harmful-person-dropped")
        out.append(("drop", harm(base, cat, ["person_dropped"], f"{gone} is named in the memory but missing from persons",
                                  persons=[x for x in f["persons"] if x != gone])))
    stranger = ex.get("invent") or pick(pools["strangers"])
    out.append(("invent", harm(base, "harmful-person-invented", ["person_invented"],
                               f"{stranger} is not in the memory nor an alias of anyone in it",
                               persons=[*f["persons"], stranger])))
    if f["place"]:
        other = ex.get("alt_place") or next(c for c in pools["cities"][k % 7:] + pools["cities"] if c not in base["original"] and c not in f["place"])
        out.append(("place_changed", harm(base, "harmful-place-changed", ["place_changed"],
                                  f"the memory says {f['place']}, the proposal {other}", place=other)))
    elif not ex.get("no_place_invent"):
        other = pick(pools["cities"])
        if other not in base["original"]:
            out.append(("place_invented", harm(base, "harmful-place-invented", ["place_changed"],
                                      f"the memory names no place; {other} is invented", place=other)))
    t = f["time"]
    if t["start"]:
        delta = pick([-1, 1, -2, 7, -7, 2, 3])
        nt = {"said": t["said"], "start": shifted(t["start"], delta), "end": shifted(t["end"], delta) if t["end"] else None}
        out.append(("day_wrong", harm(base, "harmful-time-wrong-day", ["time_changed"],
                                f"'{t['said']}' resolves to {t['start']}, not {nt['start']}", time=nt)))
    elif not base["known"]["time"]["start"] and not ex.get("no_time_invent"):
        said, off = pick(pools["invented_times"])
        nt = {"said": said, "start": shifted(base["memory_date"], off), "end": None}
        out.append(("time_invented", harm(base, "harmful-time-invented", ["time_changed"],
                                f"the memory states no time; '{said}' is invented", time=nt)))
    out.append(("lang", harm(base, "harmful-wrong-language", ["wrong_language"],
                             "the reflection is not in the memory's language",
                             reflection=ex.get("other_lang") or pick(pools["other_lang"]))))
    rew = ex.get("rewrite") or default_rewrite(base["original"])
    out.append(("rew", harm(base, "harmful-text-rewritten", ["text_rewritten"], "the model sent back a rewritten text",
                            text=rew)))
    restate = ex.get("restate")
    out.append(("restate", harm(base, "harmful-reflection-restates" if restate else "harmful-reflection-copies",
                                ["reflection_restates_text"],
                                "the reflection paraphrases the memory instead of a thought of her own" if restate
                                else "the reflection copies the memory's text",
                                reflection=restate or pick(pools["copy_frames"]).format(t=base["original"]))))
    out.append(("third", harm(base, "harmful-third-person-self", ["not_first_person"],
                              f"{name} speaks of herself in the third person",
                              reflection=pick(pools["third"]).format(n=name, r=f["reflection"]))))
    if ex.get("as_user"):
        out.append(("user", harm(base, "harmful-narrates-as-user", ["not_first_person"],
                                 "the reflection is written as the user, not as the companion",
                                 reflection=ex["as_user"])))
    ren = pick(pools["renames"])
    out.append(("rename", harm(base, ren[0], ["companion_renamed"], ren[2],
                               reflection=ren[1].format(r=f["reflection"], rl=f["reflection"][:1].lower() + f["reflection"][1:]))))
    emo = pick(pools["bad_emotions"])
    out.append(("emo", harm(base, "harmful-emotion-unknown", ["emotion_unknown"], f"'{emo}' is not one of the nine emotions",
                            emotion=emo)))
    bad = pick([11, -1, 12, 15, 100, -3, 20])
    out.append(("int", harm(base, "harmful-intensity-out-of-range", ["intensity_out_of_range"],
                            f"intensity {bad} is outside 0-10", intensity=bad)))
    return out


def default_rewrite(text: str) -> str:
    for mark in (". ", "! ", "? "):
        if mark in text:
            return text.split(mark)[0] + mark.strip()
    fixed = text[0].upper() + text[1:]
    return fixed if fixed != text else text.rstrip(".!") + "..."


# How many harmful pairs of each mutation kind, per language.
QUOTA = {"drop": 10, "invent": 7, "place_changed": 6, "place_invented": 3, "day_wrong": 6, "time_invented": 3, "lang": 7, "rew": 6, "restate": 8, "third": 7,
         "user": 6, "rename": 10, "emo": 3, "int": 3}


def build(lang, scenarios, hand_harmful, pools, seed_order):
    rows = list(scenarios)
    counts = dict.fromkeys(QUOTA, 0)
    prefer = {"drop": lambda b: "drop_cat" in b["_extra"], "restate": lambda b: "restate" in b["_extra"]}
    candidates = []
    for i, base in enumerate(scenarios):
        if base["_extra"].get("no_mutation"):
            continue
        for kind, p in mutations(base, lang, pools, i):
            candidates.append((kind, i, p))
    # Preferred candidates (hand hints) first, then a fixed spread over scenarios.
    candidates.sort(key=lambda c: (not prefer.get(c[0], lambda b: False)(scenarios[c[1]]), (c[1] * seed_order) % 97))
    used = set()
    for kind, i, p in candidates:
        if counts[kind] >= QUOTA[kind] or (i, kind) in used:
            continue
        if sum(1 for (j, _k) in used if j == i) >= 3:  # one memory feeds at most three harmful pairs
            continue
        counts[kind] += 1
        used.add((i, kind))
        rows.append(p)
    rows += hand_harmful
    return rows


def main() -> None:
    import scenarios_en
    import scenarios_fr
    out = []
    for lang, mod, order in (("fr", scenarios_fr, 31), ("en", scenarios_en, 37)):
        rows = build(lang, mod.SCENARIOS, mod.HARMFUL, mod.POOLS, order)
        n = {True: 0, False: 0}
        for r in rows:
            n[r["harmful"]] += 1
            r["id"] = f"{'h' if r['harmful'] else 'b'}-{lang}-{n[r['harmful']]:03d}"
            r.pop("_extra", None)
        out += rows
    with open(HERE / "all.jsonl", "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "pairs written")


if __name__ == "__main__":
    main()
