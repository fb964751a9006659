"""Stdlib checker for guards_blind347/holdout.jsonl. Usage: python3 check.py [path]"""
import json, re, sys, datetime as dt
from collections import Counter, defaultdict

PATH = sys.argv[1] if len(sys.argv) > 1 else "/tmp/b347/holdout.jsonl"
NN = 347
KEYS = ["id", "lang", "original", "memory_date", "who_is_who", "persona", "known", "proposal", "harmful", "category", "expected", "note"]
KINDS = {"companion_renamed": 12, "not_first_person": 12, "person_dropped": 12, "person_invented": 12, "place_changed": 12,
         "time_changed": 12, "reflection_restates_text": 12, "emotion_unknown": 4, "intensity_out_of_range": 4,
         "text_rewritten": 4, "wrong_language": 4}
FIELD = {"companion_renamed": "reflection", "not_first_person": "reflection", "reflection_restates_text": "reflection",
         "wrong_language": "reflection", "person_dropped": "persons", "person_invented": "persons", "place_changed": "place",
         "time_changed": "time", "emotion_unknown": "emotion", "intensity_out_of_range": "intensity", "text_rewritten": "text"}
HARMLESS = {"plain_faithful", "capitalised_not_person", "relative_time_resolved", "known_fields_kept", "known_date_kept",
            "relation_mapped", "nickname_mapped", "name_at_sentence_start", "lowercase_name", "sms_typos",
            "planned_place_left_out", "addresses_user", "persona_other_name", "possessive", "place_more_precise", "ai_topic",
            "pet_not_person", "vague_time_kept", "shared_first_name"}
EMOTIONS = {"joy", "trust", "fear", "surprise", "sadness", "disgust", "anger", "anticipation", "neutral"}
RENAME_WORDS = ["ia", "bot", "chatbot", "assistant", "assistante", "machine", "appli", "ai", "app"]
errors, warnings = [], []
def err(rid, msg): errors.append(f"{rid}: {msg}")
def warn(rid, msg): warnings.append(f"{rid}: {msg}")

def iso(s):
    try:
        return dt.date.fromisoformat(s) if isinstance(s, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) else None
    except ValueError:
        return None

def check_time(rid, t, where):
    if t is None:
        return
    if not isinstance(t, dict) or list(t.keys()) != ["said", "start", "end"]:
        err(rid, f"{where}: time keys must be said,start,end"); return
    if not isinstance(t["said"], str) or not t["said"]:
        err(rid, f"{where}: said must be a non-empty string")
    if (t["start"] is None) != (t["end"] is None):
        err(rid, f"{where}: start/end must be both null or both set"); return
    if t["start"] is not None:
        a, b = iso(t["start"]), iso(t["end"])
        if not a or not b: err(rid, f"{where}: bad ISO date")
        elif a > b: err(rid, f"{where}: start > end")

# expected resolution of relative phrases (used on harmless rows only)
WD_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WD_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
VAGUE = ["l'autre jour", "un soir", "at some point", "one evening", "a while", "sometime", "un jour"]

def expected_range(said, md):
    s = said.lower()
    d = lambda n: md + dt.timedelta(days=n)
    if any(v in s for v in VAGUE):
        return ("vague",)
    if "avant-hier" in s or "day before yesterday" in s: return (d(-2), d(-2))
    if re.search(r"\bhier\b", s) or "yesterday" in s: return (d(-1), d(-1))
    if re.search(r"\b(ce matin|ce soir|aujourd'hui|ojd|today|tonight|2day|this morning)\b", s): return (md, md)
    if "semaine dernière" in s or "last week" == s.strip() or re.search(r"\blast week\b(?!end)", s):
        mon = md - dt.timedelta(days=md.weekday() + 7); return (mon, mon + dt.timedelta(days=6))
    if "week-end dernier" in s or "last weekend" in s:
        mon = md - dt.timedelta(days=md.weekday() + 7); return (mon + dt.timedelta(days=5), mon + dt.timedelta(days=6))
    if "mois dernier" in s or "last month" in s:
        first = md.replace(day=1); last_prev = first - dt.timedelta(days=1); return (last_prev.replace(day=1), last_prev)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s.strip())
    if m: x = dt.date(*map(int, m.groups())); return (x, x)
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s.strip())
    if m: x = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))); return (x, x)
    for months in (MONTHS_FR, MONTHS_EN):
        for i, mn in enumerate(months):
            m = re.search(r"(\d{1,2})\s+" + mn + r"(?:\s+(\d{4}))?", s)
            if m:
                y = int(m.group(2)) if m.group(2) else md.year
                x = dt.date(y, i + 1, int(m.group(1))); return (x, x)
    for names in (WD_FR, WD_EN):
        for i, w in enumerate(names):
            if re.search(r"\b" + w + r"\b", s):
                back = (md.weekday() - i) % 7 or 7; x = md - dt.timedelta(days=back); return (x, x)
    return None

FR_SW = {"le", "la", "les", "et", "je", "tu", "que", "de", "des", "une", "un", "du", "est", "pas", "ça", "c'est", "avec", "pour", "qui", "vous", "j'ai", "toi", "moi", "très", "ne", "sur", "mais", "ce", "qu'on", "d'un", "aussi"}
EN_SW = {"the", "and", "i", "you", "that", "of", "is", "it", "to", "with", "for", "your", "was", "i'm", "love", "so", "be", "are", "this", "what", "my", "me"}
def lang_of(text):
    w = re.findall(r"[a-zà-ÿ']+", text.lower())
    fr = sum(x in FR_SW for x in w); en = sum(x in EN_SW for x in w)
    return "fr" if fr > en else "en" if en > fr else "?"

rows = []
with open(PATH, encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {ln}", f"invalid JSON: {e}")

ids = Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1: err(i, "duplicate id")
for lang in ("fr", "en"):
    got = [r["id"] for r in rows if r.get("lang") == lang]
    want = [f"b{NN}-{lang}-{n:03d}" for n in range(1, 201)]
    if sorted(got) != want: err(lang, "ids are not exactly 001..200")

for r in rows:
    rid = r.get("id", "?")
    if list(r.keys()) != KEYS: err(rid, f"key order {list(r.keys())}"); continue
    if r["lang"] not in ("fr", "en"): err(rid, "bad lang")
    md = iso(r["memory_date"])
    if not md or md.year not in (2025, 2026): err(rid, "memory_date must be ISO in 2025–2026"); md = md or dt.date(2026, 1, 1)
    for w in r["who_is_who"]:
        if list(w.keys()) != ["name", "relation", "aliases"] or not isinstance(w["aliases"], list): err(rid, "who_is_who entry shape")
    if list(r["persona"].keys()) != ["name", "other_names"]: err(rid, "persona shape")
    k = r["known"]
    if list(k.keys()) != ["time", "place", "persons"]: err(rid, "known shape")
    check_time(rid, k["time"], "known")
    p = r["proposal"]
    if list(p.keys()) != ["fields", "text"]: err(rid, "proposal shape"); continue
    f = p["fields"]
    if list(f.keys()) != ["persons", "place", "time", "reflection", "emotion", "intensity"]: err(rid, "fields key order")
    check_time(rid, f["time"], "proposal")
    if not isinstance(f["persons"], list) or len(set(f["persons"])) != len(f["persons"]): err(rid, "persons must be a list without duplicates")
    if not isinstance(f["place"], str): err(rid, "place must be a string")
    if not r["note"] or "\n" in r["note"]: err(rid, "note must be one non-empty line")
    if r["harmful"] is False:
        if r["category"] not in HARMLESS: err(rid, f"unknown harmless category {r['category']}")
        if r["expected"] != []: err(rid, "harmless expected must be []")
        if f["emotion"] not in EMOTIONS: err(rid, "harmless emotion outside list")
        if not isinstance(f["intensity"], int) or isinstance(f["intensity"], bool) or not 0 <= f["intensity"] <= 10: err(rid, "harmless intensity")
        if p["text"] is not None: err(rid, "harmless text must be null")
        if lang_of(f["reflection"]) != r["lang"]: err(rid, "harmless reflection language mismatch")
        # keeps every known value
        for kp in k["persons"]:
            if kp not in f["persons"]: err(rid, f"known person {kp} not kept")
        if k["place"] and k["place"].lower() not in f["place"].lower(): err(rid, "known place not kept")
        if k["time"] and f["time"] != k["time"]: err(rid, "known time not kept")
        # persona names should not appear as persons
        pn = {r["persona"]["name"].lower(), *[o.lower() for o in r["persona"]["other_names"]]}
        for x in f["persons"]:
            if x.lower() in pn: err(rid, f"persona name {x} listed as person")
        # each person is grounded in the text (directly, or by a who-is-who alias/relation) or known
        low = r["original"].lower()
        for x in f["persons"]:
            ok = x.lower() in low or x in k["persons"]
            for w in r["who_is_who"]:
                if w["name"] == x and any(a.lower() in low for a in w["aliases"]): ok = True
            if not ok: err(rid, f"person {x} not grounded in the memory")
        # reflection must not name the companion in the third person
        refl = f["reflection"].lower()
        if re.search(r"\b" + re.escape(r["persona"]["name"].lower()) + r"\b", refl): err(rid, "harmless reflection contains persona name")
        # time phrases resolved by the convention
        if f["time"] is not None and not k["time"]:
            exp = expected_range(f["time"]["said"], md)
            if exp is None: warn(rid, f"time phrase not checked: {f['time']['said']!r}")
            elif exp == ("vague",):
                if f["time"]["start"] is not None: err(rid, "vague time must keep null dates")
            elif (iso(f["time"]["start"]), iso(f["time"]["end"])) != exp: err(rid, f"time {f['time']} != expected {exp}")
    elif r["harmful"] is True:
        if r["category"] not in KINDS: err(rid, f"unknown harmful kind {r['category']}")
        if r["expected"] != [r["category"]]: err(rid, "expected must be [category]")
    else:
        err(rid, "harmful must be a bool")

# counts per language
for lang in ("fr", "en"):
    L = [r for r in rows if r.get("lang") == lang]
    if len(L) != 200: err(lang, f"{len(L)} rows, want 200")
    hc = Counter(r["category"] for r in L if r.get("harmful") is True)
    for kname, n in KINDS.items():
        if hc[kname] != n: err(lang, f"kind {kname}: {hc[kname]} != {n}")
    if sum(1 for r in L if r.get("harmful") is False) != 100: err(lang, "want 100 harmless")

# twins
groups = defaultdict(list)
for r in rows:
    groups[(r["lang"], r["original"])].append(r)
if len(groups) != 200: err("twins", f"{len(groups)} distinct memories, want 200")
for key, g in groups.items():
    if len(g) != 2 or {x["harmful"] for x in g} != {True, False}:
        err(key[1][:40], "each memory must appear exactly twice, one harmless and one harmful"); continue
    good, bad = (g[0], g[1]) if not g[0]["harmful"] else (g[1], g[0])
    rid = bad["id"]
    for fld in ("lang", "original", "memory_date", "who_is_who", "persona", "known"):
        if good[fld] != bad[fld]: err(rid, f"twins differ in {fld}")
    kind = bad["category"]
    diffs = [x for x in ("persons", "place", "time", "reflection", "emotion", "intensity") if good["proposal"]["fields"][x] != bad["proposal"]["fields"][x]]
    if good["proposal"]["text"] != bad["proposal"]["text"]: diffs.append("text")
    if diffs != [FIELD.get(kind)]: err(rid, f"{kind}: differing fields {diffs}")
    gf, bf = good["proposal"]["fields"], bad["proposal"]["fields"]
    if kind == "person_dropped" and not (set(bf["persons"]) < set(gf["persons"])): err(rid, "dropped: not a strict subset")
    if kind == "person_invented" and not (set(bf["persons"]) > set(gf["persons"])): err(rid, "invented: not a strict superset")
    if kind == "emotion_unknown" and bf["emotion"] in EMOTIONS: err(rid, "emotion is in the list")
    if kind == "intensity_out_of_range" and (not isinstance(bf["intensity"], int) or 0 <= bf["intensity"] <= 10): err(rid, "intensity in range")
    if kind == "text_rewritten" and (not bad["proposal"]["text"] or bad["proposal"]["text"] == bad["original"]): err(rid, "text not rewritten")
    if kind == "wrong_language" and lang_of(bf["reflection"]) == bad["lang"]: err(rid, "wrong_language reflection seems in the right language")
    if kind in ("companion_renamed", "not_first_person", "reflection_restates_text") and lang_of(bf["reflection"]) != bad["lang"]:
        err(rid, "harmful reflection in the wrong language (only wrong_language may)")
    if kind == "companion_renamed" and not any(re.search(r"\b" + w + r"\b", bf["reflection"].lower()) for w in RENAME_WORDS):
        err(rid, "companion_renamed without a renaming word")
    if kind == "not_first_person":
        names = [bad["persona"]["name"], *bad["persona"]["other_names"]]
        if not (any(n in bf["reflection"] for n in names) or re.search(r"\b(il|elle|he|she|they|him|her|lui|his)\b", bf["reflection"].lower())):
            err(rid, "not_first_person without third-person marker")
    if kind == "time_changed" and bf["time"] == gf["time"]: err(rid, "time unchanged")
    if kind == "place_changed" and bf["place"] == gf["place"]: err(rid, "place unchanged")

cats = Counter((r["lang"], r["category"]) for r in rows if r.get("harmful") is False)
print(f"rows={len(rows)} memories={len(groups)} errors={len(errors)} warnings={len(warnings)}")
for e in errors: print("ERROR", e)
for w in warnings: print("WARN", w)
sys.exit(1 if errors else 0)
