"""Shared documents: how fast a PDF is read, chunked and embedded, and whether a question names the
right page (recall@5), on the real offline embedder, a real ledger and Qdrant Edge in a tmp dir.

Prints figures, asserts nothing. Usage:

    python benchmarks/documents.py                 # speed on a 200-page PDF + recall@5 on the tune part
    python benchmarks/documents.py --held-out      # the held-out questions too (kept unread while tuning)
    python benchmarks/documents.py --pages 50 --no-recall

Questions (benchmarks/data/documents/questions.jsonl) were written over three documents (French and
English, one a travel diary, one an association's report, one an espresso guide) before anything was
tuned; half of them, marked "held_out", are for the final figure only.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from liblitz_app.documents import close_shelf, recall_documents, shelf_of  # noqa: E402
from liblitz_app.documents.chunking import chunk_pages  # noqa: E402
from liblitz_app.documents.reading import read_file  # noqa: E402
from liblitz_app.embedding.choose import build_embedder  # noqa: E402
from liblitz_app.index import IndexedModel, index_folder_for, open_index  # noqa: E402
from liblitz_app.paths import DataDir  # noqa: E402
from liblitz_app.store.ledger import Ledger  # noqa: E402
from liblitz_app.store.library import MemoryLibrary  # noqa: E402
from tests.unit.documents.pdfs import write_pdf  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "documents"
PAGE_MARK = "=== page ==="
SOURCES = ("jardins_partages", "espresso_guide", "islande_carnet")


def pages_of(name: str) -> list[str]:
    return [p.strip() for p in (DATA / f"{name}.txt").read_text(encoding="utf-8").split(PAGE_MARK)]


def open_library(folder: Path, embedder) -> MemoryLibrary:
    data = DataDir.open(folder)
    model = IndexedModel(embedder.model_id, embedder.dim)
    return MemoryLibrary(Ledger(data.ledger), open_index(model, folder=index_folder_for(data.index_root, model)),
                         embedder)


def speed(embedder, pages: int, work: Path) -> None:
    texts = [page for name in SOURCES for page in pages_of(name)]
    pdf = write_pdf(work / "long.pdf", [f"Page {n + 1}. {texts[n % len(texts)]}" for n in range(pages)])
    started = time.perf_counter()
    read = read_file(pdf)
    read_s = time.perf_counter() - started
    started = time.perf_counter()
    chunks = chunk_pages(read.pages)
    chunk_s = time.perf_counter() - started
    library = open_library(work / "speed", embedder)
    try:
        shelf = shelf_of(library)
        started = time.perf_counter()
        shelf.add_file(pdf)
        whole_s = time.perf_counter() - started
    finally:
        close_shelf(library)
        library.close()
    print(f"{pages}-page PDF ({pdf.stat().st_size // 1024} KiB), {len(chunks)} chunks, model {embedder.model_id}, "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  read (pypdf):      {pages / read_s:8.1f} pages/s  ({read_s:.2f} s)")
    print(f"  chunk:             {pages / max(chunk_s, 1e-9):8.1f} pages/s  ({chunk_s * 1000:.1f} ms)")
    print(f"  read+chunk+embed+index+ledger: {pages / whole_s:.2f} pages/s  ({whole_s:.1f} s)")


def recall_at(embedder, work: Path, parts: tuple[str, ...]) -> None:
    questions = [json.loads(line) for line in (DATA / "questions.jsonl").read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    library = open_library(work / "recall", embedder)
    try:
        shelf = shelf_of(library)
        for name in SOURCES:
            shelf.add_file(write_pdf(work / f"{name}.pdf", pages_of(name)))
        for part in parts:
            chosen = [q for q in questions if q["part"] == part]
            ranks = [_rank(recall_documents(shelf, q["q"], 5), q) for q in chosen]
            _report(part, chosen, ranks)
    finally:
        close_shelf(library)
        library.close()


def _rank(hits, question) -> int | None:
    for rank, hit in enumerate(hits, start=1):
        if hit.source.name == question["doc"] and hit.chunk.page == question["page"]:
            return rank
    return None


def _report(part: str, questions: list[dict], ranks: list[int | None]) -> None:
    def share(selected: list[int | None], top: int) -> str:
        return f"{sum(1 for r in selected if r is not None and r <= top) / max(len(selected), 1):.2f}"
    print(f"{part}: {len(questions)} questions · recall@1 {share(ranks, 1)} · recall@5 {share(ranks, 5)}")
    for lang in ("fr", "en"):
        mine = [r for q, r in zip(questions, ranks) if q["lang"] == lang]
        print(f"  {lang}: {len(mine)} questions · recall@1 {share(mine, 1)} · recall@5 {share(mine, 5)}")
    if part != "tune":
        return  # the held-out misses stay unread: only their count is a figure
    for question, rank in zip(questions, ranks):
        if rank is None or rank > 1:
            print(f"    rank {rank}: {question['q']} ({question['doc']} p. {question['page']})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--held-out", action="store_true", help="also the held-out questions")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--no-recall", action="store_true")
    args = parser.parse_args()
    embedder = build_embedder("default", Path(tempfile.gettempdir()) / "liblitz-bench-models")
    embedder.load()
    with tempfile.TemporaryDirectory(prefix="liblitz-documents-") as folder:
        if not args.no_speed:
            speed(embedder, args.pages, Path(folder))
        if not args.no_recall:
            recall_at(embedder, Path(folder), ("tune", "held_out") if args.held_out else ("tune",))


if __name__ == "__main__":
    main()
