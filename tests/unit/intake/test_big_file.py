"""A 100 MB export is streamed: memory stays bounded, far below the file's size."""
from __future__ import annotations

import tracemalloc

import pytest

from liblitz_app.intake import run_import

SIZE = 100 * 1024 * 1024


@pytest.mark.slow
def test_100_mb_csv_is_staged_with_bounded_memory(ledger, tmp_path) -> None:
    path = tmp_path / "huge.csv"
    padding = "et puis nous avons marché longtemps au bord de la Loire en parlant de tout et de rien " * 20
    with path.open("w", encoding="utf-8") as handle:
        handle.write("text,creation_timestamp\n")
        row = 0
        while handle.tell() < SIZE:
            handle.write(f'"Souvenir {row} : {padding}",2021-01-{row % 28 + 1:02d}\n')
            row += 1
    tracemalloc.start()
    try:
        report = run_import(ledger, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.rows_read == report.staged == row
    assert peak < SIZE / 5, f"pic mémoire {peak / 1e6:.0f} Mo pour un fichier de 100 Mo"
