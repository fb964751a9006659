"""Archive size and export/restore time for a companion of N memories (default 2,000): printed, never asserted.

    .venv/bin/python benchmarks/archive_size.py [N]
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from liblitz_app.archive import export_archive, restore_archive
from liblitz_app.memory import Emotion, MemoryFields, Status
from liblitz_app.store.ledger import Ledger, NewMemory

EMOTIONS = list(Emotion)


def _companion(path: Path, n: int) -> Ledger:
    ledger = Ledger(path)
    ids = ledger.add_many(NewMemory(f"Souvenir n°{i} : une journée avec Léa à Lyon, on a parlé longtemps de tout "
                                    f"et de rien, puis du voyage à venir ({i}).",
                                    MemoryFields(emotion=EMOTIONS[i % len(EMOTIONS)], intensity=i % 11,
                                                 place="Lyon", persons=("Léa",)), status=Status.COMMITTED)
                          for i in range(n))
    for memory_id in ids[: n // 5]:  # one in five was edited once: two versions
        ledger.edit(memory_id, ledger.get(memory_id).fields)
    return ledger


def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        ledger = _companion(root / "source.sqlite3", n)
        started = time.perf_counter()
        manifest = export_archive(ledger, root / "a.zip")
        exported = time.perf_counter() - started
        target = Ledger(root / "target.sqlite3")
        started = time.perf_counter()
        restore_archive(target, root / "a.zip")
        restored = time.perf_counter() - started
        started = time.perf_counter()
        report = restore_archive(target, root / "a.zip")  # the same again: everything is a duplicate
        merged = time.perf_counter() - started
        print(f"{n} memories ({manifest.counts['memory_versions']} versions, {manifest.counts['journal']} journal "
              f"lines): archive {(root / 'a.zip').stat().st_size / 1024:.0f} KiB; export {exported:.2f} s, "
              f"restore into an empty ledger {restored:.2f} s, merge of the same archive {merged:.2f} s "
              f"({report.same.get('memories', 0)} duplicates found); vectors rebuilt separately")
        ledger.close()
        target.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
