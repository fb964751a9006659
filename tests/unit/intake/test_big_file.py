"""A big export is streamed: memory does not grow with the file's size.

Measured in a child process (peak RSS after the import minus before it): tracemalloc would slow the
import threefold, and this process's own peak is whatever earlier tests left behind. The growth is
mostly a constant (SQLite's cache, the staging buffers: about 17 MiB for 10 MB, 20 MiB for 40 MB
and 26 MiB for 100 MB, measured 2026-12-02), so the test compares two sizes instead of bounding
one: 30 MB more of file must cost far less than 30 MB more of memory. The file size and peak memory
of its imports (up to 100,000 rows) are printed by benchmarks/import.py.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

MIB = 1024 * 1024
CHILD = r"""
import json, resource, sys
from pathlib import Path
from liblitz_app.intake import run_import
from liblitz_app.store.ledger import Ledger
ledger = Ledger(Path(sys.argv[2]))
small = Path(sys.argv[2]).with_name("small.csv")
small.write_text("text\nUn petit souvenir\n", encoding="utf-8")
run_import(ledger, small, dry_run=True)  # warm up: lazy imports, the folding table
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
report = run_import(ledger, Path(sys.argv[1]))
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"rows": report.rows_read, "staged": report.staged, "growth_kib": after - before,
                  "rss_kib": after}))
"""


def write_big_csv(path: Path, size: int) -> int:
    padding = "et puis nous avons marché longtemps au bord de la Loire en parlant de tout et de rien " * 20
    row = 0
    with path.open("w", encoding="utf-8") as handle:
        handle.write("text,creation_timestamp\n")
        while handle.tell() < size:
            handle.write(f'"Souvenir {row} : {padding}",2021-01-{row % 28 + 1:02d}\n')
            row += 1
    return row


def import_growth_kib(folder: Path, size: int) -> int:
    """How much memory (KiB) importing a CSV of `size` bytes takes, in a child process, every row staged."""
    folder.mkdir()
    rows = write_big_csv(folder / "huge.csv", size)
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder / "huge.csv"), str(folder / "ledger.sqlite3")],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["rows"] == result["staged"] == rows
    return result["growth_kib"]


@pytest.mark.slow
def test_a_big_csv_is_staged_without_memory_growing_with_its_size(tmp_path: Path) -> None:
    small = import_growth_kib(tmp_path / "small", 10 * MIB)
    big = import_growth_kib(tmp_path / "big", 40 * MIB)
    # Read whole, 30 MB more of file would cost at least 30 MB more of memory.
    assert (big - small) * 1024 < 30 * MIB / 5, f"la mémoire a crû de {(big - small) // 1024} Mo de plus pour 30 Mo"
