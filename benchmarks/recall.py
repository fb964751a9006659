"""Recall: quality on the blind question set (benchmarks/data/recall) and speed at 10k / 50k memories.

    python benchmarks/recall.py                 # quality on the tune part (what weights are chosen on)
    python benchmarks/recall.py --ablate        # tune part: each signal of the full recall switched off
    python benchmarks/recall.py --final         # the tune part and the held-out part, once, at the end
    python benchmarks/recall.py --speed         # p50/p95 per query (query embedding included), 10k and 50k

The history is loaded as the app would hold it: chat exports as import batches whose user turns are
memories and whose companion turns are persona material (context), diaries and facts as imports,
the rest typed by hand; real ledger, real Qdrant Edge index, the default offline embedder. Held-out
questions are never printed: only aggregate figures. Figures are printed, nothing is asserted.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from liblitz_app.embedding.choose import build_embedder  # noqa: E402
from liblitz_app.enrichment.persona import KnownPerson, WhoIsWho  # noqa: E402
from liblitz_app.index import IndexedModel, IndexPoint, index_folder_for, open_index  # noqa: E402
from liblitz_app.memory import EventTime, MemoryFields, Source, Status, parse_emotion  # noqa: E402
from liblitz_app.paths import DataDir  # noqa: E402
from liblitz_app.recall import Recall, RecallWeights  # noqa: E402
from liblitz_app.store.ledger import Ledger, NewMemory  # noqa: E402
from liblitz_app.store.library import MemoryLibrary, payload_for  # noqa: E402
from liblitz_app.store.staging import writing  # noqa: E402
from liblitz_app.store.words import rebuild_words  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "recall"
CACHE = Path(tempfile.gettempdir()) / "liblitz-bench-recall"
# Who-is-who as the user of this history would have recorded it (the set's README: cast and nicknames).
PEOPLE = WhoIsWho((
    KnownPerson("Léa", "sœur", ("Lélé",)), KnownPerson("Thomas", "frère", ("Tom",)),
    KnownPerson("Yasmine", "cousine", ("Yaz",)), KnownPerson("Nadia", "", ("Nad",)),
    KnownPerson("Julien", "", ("Juju",)), KnownPerson("Raphaël", "", ("Raph",)),
    KnownPerson("Marc", "chef", ()), KnownPerson("Hugo", "neveu", ()), KnownPerson("Damien", "beau-frère", ()),
    KnownPerson("Mamie Jeanne", "grand-mère", ("Mamie",)), KnownPerson("Pistache", "chat", ()),
))

WORDS_ONLY = RecallWeights(meaning_weight=0.0, neighbour=0.0, session=0.0, person=0.0, time=0.0,
                           columns=(1.0, 0.3, 1.0, 0.8, 0.0, 0.0))
MEANING_ONLY = RecallWeights(words_weight=0.0, neighbour=0.0, session=0.0, person=0.0, time=0.0)
FUSED = replace(WORDS_ONLY, meaning_weight=0.5)
FUSED_RANKS = replace(FUSED, fusion="ranks")
FULL = RecallWeights()


# --- loading the history ----------------------------------------------------------------------

def _new(item: dict, source: Source) -> NewMemory:
    day = date.fromisoformat(item["date"]) if item["date"] else None
    fields = MemoryFields(emotion=parse_emotion(item["emotion"]), intensity=item["intensity"], place=item["place"],
                          persons=tuple(item["persons"]), time=EventTime(item["date"] or "", day))
    return NewMemory(item["text"], fields, source, status=Status.COMMITTED, author="import")


def _stage_history(ledger: Ledger, history: list[dict]) -> dict[str, int]:
    """Every memory of the set in the ledger; returns {set id: memory id}."""
    ids: dict[str, int] = {}
    chats: dict[str, list[dict]] = defaultdict(list)
    files: dict[str, list[dict]] = defaultdict(list)
    for item in history:
        source = item["source"]
        if source["kind"] == "chat":
            chats[source["session"]].append(item)
        elif source["kind"] in ("diary", "fact"):
            files[source["kind"]].append(item)
        else:
            files["manual"].append(item)
    with writing(ledger) as staging:
        for session, turns in sorted(chats.items()):
            name = f"replika-{session}.csv"
            batch = staging.open_batch(file_name=name, sha256=session, file_format={}, layout="chat",
                                       signature="chat", mapping={})
            for turn in sorted(turns, key=lambda t: t["source"]["turn"]):
                row = turn["source"]["turn"]
                if turn["source"]["speaker"] == "companion":
                    staging.add_persona("chat_reply", turn["text"], batch, name, row, {})
                else:
                    ids[turn["id"]] = staging.stage(_new(turn, Source("import", name, row)))
                    staging.link_row(ids[turn["id"]], batch)
        for kind, items in files.items():
            batch = None if kind == "manual" else staging.open_batch(
                file_name=f"{kind}.json", sha256=kind, file_format={}, layout=kind, signature=kind, mapping={})
            for row, item in enumerate(items, start=1):
                source = Source("manual") if batch is None else Source("import", f"{kind}.json", row)
                ids[item["id"]] = staging.stage(_new(item, source))
                if batch is not None:
                    staging.link_row(ids[item["id"]], batch)
    return ids


def open_history(embedder) -> tuple[MemoryLibrary, dict[str, int]]:
    """The set's history in a ledger + index, built once and kept in the temp folder while unchanged."""
    raw = (DATA / "history.jsonl").read_bytes()
    folder = CACHE / (hashlib.sha1(raw + embedder.model_id.encode()).hexdigest()[:12])
    ready = folder / "ids.json"
    if not ready.exists():
        shutil.rmtree(folder, ignore_errors=True)
        library = _library(folder, embedder)
        started = time.perf_counter()
        ids = _stage_history(library.ledger, [json.loads(line) for line in raw.splitlines()])
        library.sync_index()
        library.catch_up_words()
        print(f"(history loaded: {len(ids)} memories in {time.perf_counter() - started:.0f} s)")
        ready.write_text(json.dumps(ids))
        return library, ids
    library = _library(folder, embedder)
    started = time.perf_counter()
    count = rebuild_words(library.ledger)  # the words as the current code indexes them (the vectors are kept)
    print(f"(word index rebuilt: {count} memories in {time.perf_counter() - started:.1f} s)")
    return library, json.loads(ready.read_text())


def _library(folder: Path, embedder) -> MemoryLibrary:
    data = DataDir.open(folder)
    model = IndexedModel(embedder.model_id, embedder.dim)
    return MemoryLibrary(Ledger(data.ledger), open_index(model, folder=index_folder_for(data.index_root, model)),
                         embedder)


# --- quality ----------------------------------------------------------------------------------

def questions(split: str) -> list[dict]:
    """Only the questions of one part are read into memory (the held-out part stays unread while tuning)."""
    chosen = []
    with open(DATA / "questions.jsonl", encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            if item["split"] == split:
                chosen.append(item)
    return chosen


def ranks(recall: Recall, items: list[dict], ids: dict[str, int], k: int = 10) -> list[tuple[dict, list[int]]]:
    """For each question, the rank (1-based) of each answer within the first k, or 0."""
    out = []
    for item in items:
        hits = recall.recall(item["question"], limit=k, today=date.fromisoformat(item["asked_on"]))
        found = [h.memory.id for h in hits]
        out.append((item, [found.index(ids[a]) + 1 if ids[a] in found else 0 for a in item["answers"]]))
    return out


def scores(ranked: list[tuple[dict, list[int]]]) -> tuple[float, float, float]:
    """recall@5, recall@10 (share of the answers found, averaged over questions), MRR (first answer)."""
    r5 = statistics.mean(sum(0 < r <= 5 for r in rs) / len(rs) for _, rs in ranked)
    r10 = statistics.mean(sum(0 < r <= 10 for r in rs) / len(rs) for _, rs in ranked)
    mrr = statistics.mean(1 / min(r for r in rs if r) if any(rs) else 0.0 for _, rs in ranked)
    return r5, r10, mrr


class _RememberedQueries:
    """The embedder, with each question embedded once for all the configurations compared (quality only)."""

    def __init__(self, embedder) -> None:
        self._embedder = embedder
        self._queries: dict[str, np.ndarray] = {}

    def __getattr__(self, name: str):
        return getattr(self._embedder, name)

    def embed_query(self, text: str) -> np.ndarray:
        if text not in self._queries:
            self._queries[text] = self._embedder.embed_query(text)
        return self._queries[text]


def report_quality(library: MemoryLibrary, ids: dict[str, int], split: str, ablate: bool) -> None:
    items = questions(split)
    library = MemoryLibrary(library.ledger, library.index, _RememberedQueries(library.embedder))
    print(f"\n## Quality, {split} part ({len(items)} questions)\n")
    print("| recall | recall@5 | recall@10 | MRR |\n|---|---|---|---|")
    configs = {"words only (BM25)": WORDS_ONLY, "meaning only": MEANING_ONLY,
               "fused: min-max scores": FUSED, "fused: reciprocal ranks": FUSED_RANKS, "full recall": FULL}
    if ablate:
        configs |= {f"full without {name}": replace(FULL, **change) for name, change in (
            ("neighbours (query time)", {"neighbour": 0.0}), ("session/day", {"session": 0.0}),
            ("person bonus", {"person": 0.0}), ("time bonus", {"time": 0.0}),
            ("date words", {"columns": FULL.columns[:4] + (0.0,) + FULL.columns[5:]}),
            ("context column", {"columns": FULL.columns[:5] + (0.0,)}),
            ("reflection", {"columns": (FULL.columns[0], 0.0, *FULL.columns[2:])}))}
    full_ranked = []
    for name, weights in configs.items():
        ranked = ranks(Recall(library, people=PEOPLE, weights=weights), items, ids)
        r5, r10, mrr = scores(ranked)
        print(f"| {name} | {r5:.3f} | {r10:.3f} | {mrr:.3f} |")
        if weights is FULL:
            full_ranked = ranked
    print("\nFull recall by question type:\n\n| type | n | recall@5 | recall@10 | MRR |\n|---|---|---|---|---|")
    by_type: dict[str, list] = defaultdict(list)
    for item, rs in full_ranked:
        by_type[item["type"]].append((item, rs))
        by_type[f"lang {item['lang']}"].append((item, rs))
    for kind, group in sorted(by_type.items()):
        r5, r10, mrr = scores(group)
        print(f"| {kind} | {len(group)} | {r5:.3f} | {r10:.3f} | {mrr:.3f} |")


# --- speed ------------------------------------------------------------------------------------

SPEED_QUERIES = [
    "Qu'est-ce que Léa m'a dit à Lyon ?", "What did Nadia start doing after the hiking trip?",
    "le jour où j'étais le plus en colère contre mon chef", "en mai 2023", "l'été dernier à la mer",
    "When did I last see my brother?", "un souvenir heureux avec ma cousine", "the cat was sick",
    "Quand est-ce qu'on est allés au marché de Noël ?", "il y a deux semaines au bureau",
    "birthday party at the restaurant", "Comment s'appelait la boulangerie de Léa ?",
]


def _scaled(library: MemoryLibrary, base: MemoryLibrary, size: int) -> None:
    """`size` memories: the history's texts again and again, a year earlier each round, with the vectors
    the model gave the originals (slightly moved): realistic words and vectors without re-embedding."""
    originals = base.ledger.find(replace(_all(), sort="id", descending=False))
    vectors = {i: v for i, v in _vectors(base, [m.id for m in originals])}
    rng = np.random.default_rng(7)
    rounds = -(-size // len(originals))
    added = 0
    for round_ in range(rounds):
        batch = []
        for memory in originals[: size - added]:
            fields = memory.fields
            shift = timedelta(days=365 * round_)
            moved = replace(fields.time, start=fields.time.start - shift if fields.time.start else None, end=None)
            batch.append(NewMemory(memory.text, replace(fields, time=moved), Source("manual"),
                                   status=Status.COMMITTED))
        new_ids = library.ledger.add_many(batch)
        added_now = {m.id: m for m in library.ledger.get_many(new_ids)}
        points = []
        for memory, new_id in zip(originals, new_ids):
            vector = vectors[memory.id] + rng.normal(0, 0.01, vectors[memory.id].shape).astype(np.float32)
            points.append(IndexPoint(new_id, vector / np.linalg.norm(vector), payload_for(added_now[new_id])))
        library.index.upsert(points)
        added += len(new_ids)
    while library.ledger.pending_index_ops(10000):  # the vectors are already in: clear the outbox
        library.ledger.mark_indexed(library.ledger.pending_index_ops(10000))
    library.index.flush()


def _all():
    from liblitz_app.store.query import MemoryQuery
    return MemoryQuery()


def _vectors(library: MemoryLibrary, ids: list[int]):
    for start in range(0, len(ids), 256):
        chunk = library.ledger.find(replace(_all(), ids=frozenset(ids[start:start + 256])))
        texts = [m.text for m in chunk]
        for memory, vector in zip(chunk, library.embedder.embed_passages(texts)):
            yield memory.id, vector


def _timed(recall: Recall, rounds: int = 5) -> tuple[float, float, float]:
    """p50 and p95 (ms) of `rounds` passes over the speed queries, after one pass to warm caches, and the
    p50 of the CPU time they took (every thread of the process): on a busy machine the wall clock mostly
    measures the wait for a core, the CPU time much less so."""
    for query in SPEED_QUERIES:
        recall.recall(query, limit=10)
    timings, cpu = [], []
    for _ in range(rounds):
        for query in SPEED_QUERIES:
            started, started_cpu = time.perf_counter(), time.process_time()
            recall.recall(query, limit=10)
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1], statistics.median(cpu)


def report_speed(base: MemoryLibrary, embedder) -> None:
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())  # timings on a busy machine say little: say how busy
    print(f"\n## Speed ({os.cpu_count()} cores, load average {load}; per query, query embedding included)\n")
    print("| memories | build words | p50 ms | p95 ms | CPU p50 ms | target p95 |\n|---|---|---|---|---|---|")
    for size, target in ((10_000, 30), (50_000, 60)):
        folder = Path(tempfile.mkdtemp(prefix="liblitz-recall-speed-"))
        library = _library(folder, embedder)
        _scaled(library, base, size)
        started = time.perf_counter()
        library.catch_up_words()
        build = time.perf_counter() - started
        whole = _timed(Recall(library, people=PEOPLE))
        remembered = MemoryLibrary(library.ledger, library.index, _RememberedQueries(library.embedder))
        without = _timed(Recall(remembered, people=PEOPLE))  # each query embedded once, before timing
        print(f"| {size:,} | {build:.1f} s | {whole[0]:.1f} | {whole[1]:.1f} | {whole[2]:.1f} | < {target} |")
        print(f"|  | without the query embedding | {without[0]:.1f} | {without[1]:.1f} | {without[2]:.1f} | |")
        started = time.perf_counter()
        library.add(NewMemory("Un nouveau souvenir ajouté pendant la mesure, à Grenoble avec Léa.",
                              status=Status.COMMITTED))
        print(f"|  | one memory added (ledger + words + vector): {(time.perf_counter() - started) * 1000:.0f} ms "
              f"| | | | |")
        library.close()
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--final", action="store_true", help="both parts, once (report the held-out figures)")
    parser.add_argument("--ablate", action="store_true", help="tune part: each signal switched off")
    parser.add_argument("--speed", action="store_true", help="only the speed at 10k and 50k memories")
    args = parser.parse_args()
    embedder = build_embedder("default", CACHE / "models")
    embedder.load()
    print(f"# Recall benchmark (embedder {embedder.model_id})")
    library, ids = open_history(embedder)
    if not args.speed:
        for split in (("tune", "holdout") if args.final else ("tune",)):
            report_quality(library, ids, split, args.ablate and split == "tune")
    if args.speed or args.final:
        report_speed(library, embedder)
    library.close()


if __name__ == "__main__":
    main()
