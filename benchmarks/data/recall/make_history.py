"""Build history.jsonl and questions.jsonl for the recall benchmark (stdlib only, fixed seed).

Key memories and their questions are hand-written (key_memories.py, chat_sessions.py);
filler is composed from hand-written pieces (filler.py). Re-running gives identical files.
Usage: python3 benchmarks/data/recall/make_history.py           (rebuild, then check the files)
       python3 benchmarks/data/recall/make_history.py --check   (only check the written files)
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import chat_sessions  # noqa: E402
import filler  # noqa: E402
import key_memories  # noqa: E402

SEED = 20250601
FIRST_DAY, LAST_DAY = dt.date(2021, 1, 1), dt.date(2025, 11, 30)
FILLER_SESSIONS = 46
FILLER_NOTES = 1140
EN_SHARE = 0.35
# A filler memory may not share a person (or a trip's city) with a key memory dated this close,
# nor the city of a key that a date question asks about ("last summer in Lyon") within DATE_CLEAR_DAYS.
CLEAR_DAYS = 45
DATE_CLEAR_DAYS = 120
HOME_PLACES = {"", "Grenoble", "bureau"}
EMOTIONS = {"joy", "trust", "fear", "surprise", "sadness", "disgust", "anger", "anticipation", "neutral"}
TYPES = ("paraphrase", "date", "person", "neighbour", "fact", "emotion")


def memory(text, lang, date, persons, place, emotion, intensity, kind, speaker=None, key=None):
    """One record; session/turn are filled when the chat sessions are numbered."""
    return {"text": text, "lang": lang, "date": date, "persons": persons, "place": place, "emotion": emotion,
            "intensity": intensity, "source": {"kind": kind, "session": None, "turn": None, "speaker": speaker},
            "_key": key}


def split_persons(persons: str) -> list[str]:
    return [p for p in persons.split("|") if p]


def mentioned(text: str) -> list[str]:
    found = []
    for word, person in filler.MENTIONS.items():
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) and person not in found:
            found.append(person)
    return found


def add_questions(questions, key, raw):
    for lang, qtype, asked_on, text in raw:
        questions.append({"lang": lang, "question": text, "answers": [key], "type": qtype, "asked_on": asked_on})


def key_records(questions):
    records = []
    for key, kind, date, lang, persons, place, emotion, intensity, text, *raw in key_memories.KEYS:
        records.append(memory(text, lang, date, split_persons(persons), place, emotion, intensity, kind, key=key))
        add_questions(questions, key, raw)
    return records


class Clearance:
    """Keeps filler away from key memories of the same person/city around the same days."""

    def __init__(self, keyed, dated_keys):
        self.keyed = [(dt.date.fromisoformat(r["date"]), set(r["persons"]), r["place"], r["_key"] in dated_keys)
                      for r in keyed if r["date"]]

    def ok(self, date: dt.date, persons, place: str) -> bool:
        for day, who, where, dated in self.keyed:
            gap = abs((day - date).days)
            trip = place == where and place not in HOME_PLACES
            if (gap <= CLEAR_DAYS and (who & set(persons) or trip)) or (dated and gap <= DATE_CLEAR_DAYS and trip):
                return False
        return True


def dated_keys() -> set[str]:
    """Keys that a "date" question asks about."""
    keys = {k[0] for k in key_memories.KEYS if any(q[1] == "date" for q in k[9:])}
    keys |= {t[1] for _, _, core in chat_sessions.SESSIONS for t in core
             if t[0] == "K" and any(q[1] == "date" for q in t[7:])}
    return keys | {k for q in key_memories.MULTI_QUESTIONS if q[1] == "date" for k in q[4]}


def small_talk_pair(rng, lang, date, clearance, deck=None):
    """A companion question and a user reply; persons are set per turn from the alias it contains."""
    question, replies = deck.pop() if deck else rng.choice(filler.SMALL_TALK[lang])
    reply = rng.choice(replies)
    if "{who}" not in question + reply:
        return [("C", question, []), ("U", reply, [])]
    names = [n for n in filler.CAST if clearance.ok(date, [n], "")] or ["Émilie"]
    who = rng.choice(names)
    alias = rng.choice(filler.CAST[who][0 if lang == "fr" else 1])
    return [("C", question.replace("{who}", alias), [who] if "{who}" in question else []),
            ("U", reply.replace("{who}", alias), [who] if "{who}" in reply else [])]


def news_pair(rng, lang, date, clearance):
    """The companion asks what the user did; the reply is composed like a hand-typed note."""
    side = 0 if lang == "fr" else 1
    for _ in range(50):
        who = rng.choice(list(filler.CAST))
        place = rng.choice(filler.HAUNTS[who])
        if clearance.ok(date, [who], place):
            break
    else:
        return small_talk_pair(rng, lang, date, clearance)
    text, emotion, intensity, _, place = compose_note(rng, side, who, place, diary=False)
    reply = memory(text, lang, date.isoformat(), [who], place, emotion, intensity, "chat", "user")
    return [("C", rng.choice(filler.NEWS_PROMPTS[lang]), []), reply]


def session_records(core, date, lang, rng, clearance):
    """Pads a hand-written core with small talk and returns its turns as records."""
    day = dt.date.fromisoformat(date)
    before, after = rng.randint(1, 4), rng.randint(1, 3)
    deck = rng.sample(filler.SMALL_TALK[lang], len(filler.SMALL_TALK[lang]))  # no topic twice a session
    turns = []
    for _ in range(before):
        turns += small_talk_pair(rng, lang, day, clearance, deck)
    turns += core
    for _ in range(after):
        turns += small_talk_pair(rng, lang, day, clearance, deck)
    while len(turns) < 6:
        turns += small_talk_pair(rng, lang, day, clearance, deck)
    bye_c, bye_u = rng.choice(filler.GOODBYES[lang])
    turns += [("C", bye_c), ("U", bye_u)]
    return [turn_record(t, date, lang) for t in turns], deck


def turn_record(turn, date, lang):
    if isinstance(turn, dict):
        return turn
    if turn[0] == "K":
        _, key, text, persons, place, emotion, intensity, *_ = turn
        return memory(text, lang, date, split_persons(persons), place, emotion, intensity, "chat", "user", key)
    speaker = "companion" if turn[0] == "C" else "user"
    text = turn[1]
    persons = turn[2] if len(turn) > 2 else mentioned(text)
    intensity = 0 if speaker == "companion" else 2
    return memory(text, lang, date, persons, "", "neutral", intensity, "chat", speaker)


def chat_records(questions, rng, clearance):
    sessions = []
    for date, lang, core in chat_sessions.SESSIONS:
        check_alternation(core, date)
        for turn in core:
            if turn[0] == "K":
                add_questions(questions, turn[1], turn[7:])
        sessions.append(session_records(core, date, lang, rng, clearance)[0])
    for _ in range(FILLER_SESSIONS):
        lang = "en" if rng.random() < EN_SHARE else "fr"
        date = random_day(rng)
        records, deck = session_records([], date.isoformat(), lang, rng, clearance)
        sessions.append(records[:-2] + filler_session_tail(rng, lang, date, clearance, deck) + records[-2:])
    return sessions


def filler_session_tail(rng, lang, date, clearance, deck):
    """Extra exchanges so that filler sessions are longer than the padding alone."""
    turns = []
    for _ in range(rng.randint(1, 9)):
        if deck and rng.random() < 0.5:
            turns += small_talk_pair(rng, lang, date, clearance, deck)
        else:
            turns += news_pair(rng, lang, date, clearance)
    return [turn_record(t, date.isoformat(), lang) for t in turns]


def check_alternation(core, date):
    speakers = ["C" if t[0] == "C" else "U" for t in core]
    expected = ["C", "U"] * (len(core) // 2)
    if speakers != expected:
        raise ValueError(f"session {date}: turns must alternate companion/user, got {speakers}")


def random_day(rng) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=rng.randint(0, (LAST_DAY - FIRST_DAY).days))


def filler_note(rng, clearance):
    lang = "en" if rng.random() < EN_SHARE else "fr"
    side = 0 if lang == "fr" else 1
    roll = rng.random()
    for _ in range(50):
        date = random_day(rng)
        if roll < 0.18:
            routine = rng.choice(filler.ROUTINES)
            text, persons, place, emotion, intensity, kind = routine[side], [routine[2]] if routine[2] else [], \
                routine[3], routine[4], routine[5], "manual"
        else:
            who = rng.choice(list(filler.CAST))
            place = rng.choice(filler.HAUNTS[who])
            text, emotion, intensity, kind, place = compose_note(rng, side, who, place, diary=roll < 0.55)
            persons = [who]
        if clearance.ok(date, persons, place):
            return memory(text, lang, date.isoformat(), persons, place, emotion, intensity, kind)
    raise RuntimeError("no free day for a filler memory")


def compose_note(rng, side, who, place, diary: bool):
    alias = rng.choice(filler.CAST[who][side])
    where = filler.PLACES[place][side]
    tail = rng.choice(filler.TAILS)
    if diary:
        middle = rng.choice(filler.MIDDLES)[side]
        place = place if "{where}" in middle else ""
        middle = middle.format(who=alias, where=where)
        text = f"{rng.choice(filler.OPENINGS)[side]} {middle[0].upper()}{middle[1:]}. {tail[side]}"
        return text, tail[2], tail[3], "diary", place
    activity = rng.choice(filler.ACTIVITIES)[side]
    link = "avec" if side == 0 else "with"
    return f"{activity} {link} {alias} {where}. {tail[side]}", tail[2], tail[3], "manual", place


def fact_records():
    return [memory(text, lang, None, [who] if who else [], "", "neutral", 1, "fact") for text, lang, who in filler.FACTS]


def number(records, sessions):
    """Chronological ids; facts without a date last. Session turns keep their order."""
    rng = random.Random(SEED + 1)
    sessions = sorted(sessions, key=lambda s: s[0]["date"])
    units = [(r["date"] or "9999", rng.random(), [r]) for r in records]
    for index, turns in enumerate(sessions, start=1):
        for turn_no, record in enumerate(turns, start=1):
            record["source"]["session"], record["source"]["turn"] = f"s{index:03d}", turn_no
        units.append((turns[0]["date"], rng.random(), turns))
    ordered = [r for _, _, group in sorted(units, key=lambda u: (u[0], u[1])) for r in group]
    for index, record in enumerate(ordered, start=1):
        record["id"] = f"m{index:04d}"
    return ordered, len(sessions)


def finish_questions(questions, key_to_id):
    rng = random.Random(SEED + 2)
    rng.shuffle(questions)
    out = []
    for index, q in enumerate(questions, start=1):
        out.append({"id": f"q{index:03d}", "lang": q["lang"], "question": q["question"],
                    "answers": [key_to_id[k] for k in q["answers"]], "type": q["type"], "asked_on": q["asked_on"],
                    "split": None})
    assign_splits(out)
    return out


def assign_splits(questions):
    """60 % tune / 40 % holdout inside each (type, lang) stratum, by a hash of the question text."""
    strata = {}
    for q in questions:
        strata.setdefault((q["type"], q["lang"]), []).append(q)
    for group in strata.values():
        group.sort(key=lambda q: hashlib.sha1(q["question"].encode()).hexdigest())
        tune = round(len(group) * 0.6)
        for index, q in enumerate(group):
            q["split"] = "tune" if index < tune else "holdout"


def validate(history, questions):
    by_id = {m["id"]: m for m in history}
    assert len(by_id) == len(history)
    for m in history:
        assert m["emotion"] in EMOTIONS and 0 <= m["intensity"] <= 10, m
        assert m["lang"] in ("fr", "en") and m["text"].strip(), m
        if m["date"]:
            assert FIRST_DAY <= dt.date.fromisoformat(m["date"]) <= LAST_DAY, m
    check_sessions(history)
    assert len({q["id"] for q in questions}) == len(questions)
    for q in questions:
        assert q["type"] in TYPES and q["lang"] in ("fr", "en") and q["split"] in ("tune", "holdout"), q
        dt.date.fromisoformat(q["asked_on"])
        for answer in q["answers"]:
            m = by_id[answer]
            assert m["source"]["kind"] != "chat" or m["source"]["speaker"] == "user", q
            assert m["date"] is None or m["date"] <= q["asked_on"], (q, m["date"])


def check_sessions(history):
    sessions = {}
    for m in history:
        if m["source"]["kind"] == "chat":
            sessions.setdefault(m["source"]["session"], []).append(m)
    for sid, turns in sessions.items():
        turns.sort(key=lambda m: m["source"]["turn"])
        assert [m["source"]["turn"] for m in turns] == list(range(1, len(turns) + 1)), sid
        assert [m["source"]["speaker"] for m in turns] == ["companion", "user"] * (len(turns) // 2), sid
        assert 8 <= len(turns) <= 40 and len({m["date"] for m in turns}) == 1, sid


def main():
    rng = random.Random(SEED)
    questions = []
    keyed = key_records(questions)
    key_turns = [turn_record(t, d, l) for d, l, core in chat_sessions.SESSIONS for t in core if t[0] == "K"]
    clearance = Clearance(keyed + key_turns, dated_keys())
    sessions = chat_records(questions, rng, clearance)
    notes = [filler_note(rng, clearance) for _ in range(FILLER_NOTES)]
    history, session_count = number(keyed + notes + fact_records(), sessions)
    key_to_id = {m["_key"]: m["id"] for m in history if m["_key"]}
    for multi in key_memories.MULTI_QUESTIONS:
        questions.append({"lang": multi[0], "type": multi[1], "asked_on": multi[2], "question": multi[3],
                          "answers": list(multi[4])})
    final = finish_questions(questions, key_to_id)
    for m in history:
        del m["_key"]
    write_jsonl(HERE / "history.jsonl", history, ("id", "text", "lang", "date", "persons", "place", "emotion",
                                                  "intensity", "source"))
    write_jsonl(HERE / "questions.jsonl", final, ("id", "lang", "question", "answers", "type", "asked_on", "split"))
    print(f"{len(history)} memories in {session_count} sessions, {len(final)} questions")
    check_files()


def check_files():
    """Re-reads the written files: valid JSON, known answer ids, user turns only, valid dates."""
    history = [json.loads(line) for line in (HERE / "history.jsonl").open(encoding="utf-8")]
    questions = [json.loads(line) for line in (HERE / "questions.jsonl").open(encoding="utf-8")]
    validate(history, questions)
    print(f"checked {len(history)} memories and {len(questions)} questions")


def write_jsonl(path, rows, fields):
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps({f: row[f] for f in fields}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    check_files() if "--check" in sys.argv else main()
