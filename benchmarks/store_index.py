"""How the memory index behaves at 1k / 10k / 50k memories: Qdrant Edge beside qdrant-client local mode.

Prints figures, asserts nothing. Each (engine, size) runs in a fresh child process so that
its peak RSS is its own. Usage:

    python benchmarks/store_index.py                       # Edge 1k,10k,50k; local mode 1k,10k
    python benchmarks/store_index.py --sizes 1000,50000 --local-max 50000   # local 50k: ~1 min+
    python benchmarks/store_index.py --json                # one JSON object per line

Another benchmark can reuse the Edge numbers:

    from benchmarks.store_index import edge_figures
    for figures in edge_figures([10_000]): ...
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

try:
    import resource  # POSIX only
except ImportError:  # Windows: peak RSS is reported as unknown
    resource = None  # type: ignore[assignment]

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO))

from liblitz_app.index import (  # noqa: E402  (needs the path above)
    EdgeIndex,
    IndexFilter,
    IndexPayload,
    IndexPoint,
    IndexedModel,
    MemoryIndex,
)
from liblitz_app.paths import disk_usage  # noqa: E402

DIM = 384
MODEL = IndexedModel("benchmark/random-384", DIM)
ENGINES = ("edge", "qdrant_local")
BATCH = 500
DAY = 86_400.0
SPAN_START = 1_609_459_200.0  # 2021-01-01: three years of memories
SPAN_DAYS = 3 * 365
EMOTIONS = ("joy", "trust", "fear", "surprise", "sadness", "disgust", "anger", "anticipation",
            "neutral")
PERSONS = ("Marie", "Paul", "Léa", "Hugo", "Camille", "Louis", "Chloé", "Jules", "Maman",
           "Papa", "Inès", "Nathan", "Zoé", "Tom", "Emma", "Lucas")
PLACES = ("Lyon", "Paris", "Marseille", "maison", "bureau", "plage", "Nantes", "Bordeaux", "")


@dataclass(frozen=True)
class IndexFigures:
    engine: str
    points: int
    dim: int
    upsert_s: float
    search_p50_ms: float
    search_p95_ms: float
    filtered_p50_ms: float
    filtered_p95_ms: float
    filtered_hits_mean: float  # how selective the filter was (limit 10)
    queries: int
    reopen_s: float
    disk_mb: float
    peak_rss_mb: float | None  # whole process, generated data included; None if unknown
    reopen_rss_mb: float | None  # after the data is dropped, reopen + one search (Linux only)


# --- data --------------------------------------------------------------------------------------

def generate_memories(n: int, dim: int = DIM, seed: int = 0) -> list[IndexPoint]:
    """n normalised random vectors with payloads shaped like real memories."""
    rng = np.random.default_rng(seed)
    vectors = _normalised(rng.normal(size=(n, dim)).astype(np.float32))
    return [IndexPoint(i + 1, vectors[i], _payload(rng)) for i in range(n)]


def _payload(rng: np.random.Generator) -> IndexPayload:
    start = SPAN_START + float(rng.integers(0, SPAN_DAYS)) * DAY if rng.random() > 0.15 else None
    persons = tuple(str(p) for p in rng.choice(PERSONS, size=int(rng.integers(0, 4)), replace=False))
    return IndexPayload(
        version=int(rng.integers(1, 4)),
        emotion=str(rng.choice(EMOTIONS)),
        intensity=int(rng.integers(0, 11)),
        persons=persons,
        place=str(rng.choice(PLACES)),
        event_start=start,
        event_end=None if start is None else start + DAY,
        status="committed" if rng.random() < 0.95 else "rejected",
    )


def _normalised(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.linalg.norm(vectors, axis=-1, keepdims=True)


def _filters(count: int, seed: int) -> list[IndexFilter]:
    """One emotion + a 30-day window on the event + intensity ≥ 5, as recall would ask."""
    rng = np.random.default_rng(seed)
    filters = []
    for _ in range(count):
        start = SPAN_START + float(rng.integers(0, SPAN_DAYS - 30)) * DAY
        filters.append(IndexFilter(emotions=frozenset({str(rng.choice(EMOTIONS))}),
                                   intensity_min=5, date_from=start, date_to=start + 30 * DAY))
    return filters


# --- one measurement -----------------------------------------------------------------------------

def open_engine(engine: str, folder: Path) -> MemoryIndex:
    if engine == "edge":
        return EdgeIndex.open(folder, MODEL)
    if engine == "qdrant_local":
        from liblitz_app.index.server import ServerIndex  # imported only when measured
        return ServerIndex.open_local(str(folder), MODEL)
    raise ValueError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")


def measure(engine: str, n: int, folder: Path, queries: int = 100) -> IndexFigures:
    """Measure one engine at n points, in this process (peak RSS is this process's so far)."""
    points = generate_memories(n)
    index = open_engine(engine, folder)
    upsert_s = _time_upserts(index, points)
    probes = _normalised(np.random.default_rng(1).normal(size=(queries, DIM)).astype(np.float32))
    plain = _latencies_ms(index, probes, [None] * queries)
    filters = _filters(queries, seed=2)
    filtered = _latencies_ms(index, probes, filters)
    hits = np.mean([len(index.search(p, MODEL, 10, f)) for p, f in zip(probes[:20], filters)])
    index.close()
    del points  # what a restarted app holds is the index, not the benchmark's inputs
    started = time.perf_counter()
    index = open_engine(engine, folder)
    index.count()
    reopen_s = time.perf_counter() - started
    index.search(probes[0], MODEL, 10, filters[0])
    reopen_rss = _current_rss_mb()
    index.close()
    return IndexFigures(
        engine=engine, points=n, dim=DIM, upsert_s=round(upsert_s, 3),
        search_p50_ms=_pct(plain, 50), search_p95_ms=_pct(plain, 95),
        filtered_p50_ms=_pct(filtered, 50), filtered_p95_ms=_pct(filtered, 95),
        filtered_hits_mean=round(float(hits), 1), queries=queries, reopen_s=round(reopen_s, 3),
        disk_mb=round(disk_usage(folder) / 2**20, 1), peak_rss_mb=_peak_rss_mb(),
        reopen_rss_mb=reopen_rss)


def _time_upserts(index: MemoryIndex, points: Sequence[IndexPoint]) -> float:
    started = time.perf_counter()
    for start in range(0, len(points), BATCH):
        index.upsert(points[start:start + BATCH])
    index.flush()
    return time.perf_counter() - started


def _latencies_ms(index: MemoryIndex, probes: np.ndarray,
                  filters: Sequence[IndexFilter | None]) -> list[float]:
    times = []
    for probe, where in zip(probes, filters):
        started = time.perf_counter()
        index.search(probe, MODEL, limit=10, where=where)
        times.append((time.perf_counter() - started) * 1000)
    return times


def _pct(values: list[float], q: int) -> float:
    return round(float(np.percentile(values, q)), 3)


def _current_rss_mb() -> float | None:
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    kib = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), None)
    return None if kib is None else round(kib / 1024, 1)


def _peak_rss_mb() -> float | None:
    if resource is None:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return round(peak / (2**20 if sys.platform == "darwin" else 2**10), 1)


# --- isolated runs (what the table prints) ------------------------------------------------------

def measure_isolated(engine: str, n: int, queries: int = 100) -> IndexFigures:
    """Measure in a fresh child process, in a temporary folder, so peak RSS is this run's alone."""
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", engine, str(n),
         "--queries", str(queries)],
        capture_output=True, text=True, check=True, cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)})
    return IndexFigures(**json.loads(result.stdout.strip().splitlines()[-1]))


def edge_figures(sizes: Iterable[int] = (1_000, 10_000, 50_000),
                 queries: int = 100) -> list[IndexFigures]:
    """Qdrant Edge's figures at each size: for other benchmarks to import."""
    return [measure_isolated("edge", n, queries) for n in sizes]


def _child(engine: str, n: int, queries: int) -> None:
    import warnings
    # Local mode advises a server above 20k points: known, and the point of this comparison.
    warnings.filterwarnings("ignore", message="Local mode is not recommended", category=UserWarning)
    with tempfile.TemporaryDirectory(prefix="liblitz-bench-") as tmp:
        figures = measure(engine, n, Path(tmp) / engine, queries)
    print(json.dumps(asdict(figures)))


# --- the table ---------------------------------------------------------------------------------------

COLUMNS = ("engine", "points", "upsert_s", "search_p50_ms", "search_p95_ms", "filtered_p50_ms",
           "filtered_p95_ms", "filtered_hits_mean", "reopen_s", "disk_mb", "peak_rss_mb",
           "reopen_rss_mb")


def print_table(rows: Sequence[IndexFigures]) -> None:
    print(" | ".join(COLUMNS))
    print(" | ".join("---" for _ in COLUMNS))
    for row in rows:
        values = asdict(row)
        print(" | ".join(str(values[c]) for c in COLUMNS))


def print_ratios(rows: Sequence[IndexFigures]) -> None:
    """local mode ÷ Edge, per size where both ran."""
    edge = {r.points: r for r in rows if r.engine == "edge"}
    for local in (r for r in rows if r.engine == "qdrant_local" and r.points in edge):
        e = edge[local.points]
        print(f"{local.points:>6} points, local mode ÷ Edge: upsert ×{local.upsert_s / e.upsert_s:.0f}, "
              f"search p50 ×{local.search_p50_ms / e.search_p50_ms:.0f}, "
              f"filtered p50 ×{local.filtered_p50_ms / e.filtered_p50_ms:.0f}, "
              f"reopen ×{local.reopen_s / max(e.reopen_s, 1e-6):.1f}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000",
                        help="comma-separated point counts (default 1000,10000,50000)")
    parser.add_argument("--local-max", type=int, default=10_000,
                        help="largest size run on qdrant-client local mode (slow: ~50 s at 50k)")
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--queries", type=int, default=100, help="searches per kind and size")
    parser.add_argument("--json", action="store_true", help="one JSON object per run")
    parser.add_argument("--child", nargs=2, metavar=("ENGINE", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], int(args.child[1]), args.queries)
        return
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        for engine in args.engines.split(","):
            if engine == "qdrant_local" and n > args.local_max:
                continue
            # Local mode is brute force in Python: fewer probes keep the run short.
            queries = args.queries if engine == "edge" else min(args.queries, 50)
            figures = measure_isolated(engine, n, queries)
            rows.append(figures)
            if args.json:
                print(json.dumps(asdict(figures)), flush=True)
    if not args.json:
        print_table(rows)
        print()
        print_ratios(rows)


if __name__ == "__main__":
    main()
