"""A 100 MB export is streamed: memory stays bounded, far below the file's size.

Measured in a child process (peak RSS after the import minus before it): tracemalloc would slow the
import threefold, and this process's own peak is whatever earlier tests left behind.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SIZE = 100 * 1024 * 1024
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


def write_big_csv(path: Path) -> int:
    padding = "et puis nous avons marché longtemps au bord de la Loire en parlant de tout et de rien " * 20
    row = 0
    with path.open("w", encoding="utf-8") as handle:
        handle.write("text,creation_timestamp\n")
        while handle.tell() < SIZE:
            handle.write(f'"Souvenir {row} : {padding}",2021-01-{row % 28 + 1:02d}\n')
            row += 1
    return row


@pytest.mark.slow
def test_100_mb_csv_is_staged_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    rows = write_big_csv(path)
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), str(tmp_path / "ledger.sqlite3")],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["rows"] == result["staged"] == rows
    assert result["growth_kib"] * 1024 < SIZE / 5, f"la mémoire a crû de {result['growth_kib'] // 1024} Mo"
