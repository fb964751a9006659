"""The window at scale, offscreen: the browser at 50k memories, then the timeline at 1k/10k/50k.

    python benchmarks/ui.py [--size 50000]

Browser: time to first paint (model + view + a rendered frame), filter keystroke latency (word
filter → the table re-read and repainted), page fetch while scrolling, peak RSS. The timeline's
figures come from benchmarks/ui_timeline.py, run after. Figures only: nothing is asserted.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KEYSTROKES = ["s", "so", "soi", "soir", "soiré", "soirée", "soirée l", "soirée ly", "soirée lyo", "soirée lyon"]
WORDS = ["soirée", "Lyon", "plage", "colère", "maman", "travail", "pluie", "gare", "musique", "jardin",
         "Marc", "Léa", "dimanche", "vacances", "peur", "rire", "train", "mer", "neige", "fête"]


def fill(path: Path, n: int) -> None:
    from liblitz_app.memory import Emotion, EventTime, MemoryFields
    from liblitz_app.store.ledger import Ledger, NewMemory
    rng = random.Random(3)
    start = date.today() - timedelta(days=1500)
    ledger = Ledger(path)
    ledger.add_many(
        NewMemory(" ".join(rng.choice(WORDS) for _ in range(12)) + f" ({i})",
                  MemoryFields(emotion=rng.choice(list(Emotion)), intensity=rng.randint(0, 10),
                               time=EventTime("", start + timedelta(days=rng.randrange(1500)))))
        for i in range(n))
    ledger.close()


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def browser(n: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QTableView
    from liblitz_app.store.ledger import LedgerReader
    from liblitz_app.store.query import MemoryQuery
    from liblitz_app.ui.browser.memory_table import MemoryTableModel
    from dataclasses import replace
    app = QApplication.instance() or QApplication([])
    path = Path(tempfile.mkdtemp()) / "ledger.sqlite3"
    started = time.perf_counter()
    fill(path, n)
    fill_s = time.perf_counter() - started
    started = time.perf_counter()
    reader = LedgerReader(path)
    model = MemoryTableModel(reader)
    view = QTableView()
    view.resize(1000, 700)
    view.setModel(model)
    model.set_query(replace(MemoryQuery(), sort="event_start"))
    view.show()
    app.processEvents()
    view.grab()
    first_paint = time.perf_counter() - started
    latencies = []
    for text in KEYSTROKES:
        started = time.perf_counter()
        model.set_query(replace(model.query, words=text))
        view.viewport().grab()
        app.processEvents()
        latencies.append(time.perf_counter() - started)
    model.set_query(replace(model.query, words=""))
    started = time.perf_counter()
    for _ in range(10):
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
        app.processEvents()
    scroll_10_pages = time.perf_counter() - started
    latencies.sort()
    return {"memories": n, "fill_s": round(fill_s, 1), "first_paint_ms": _ms(first_paint),
            "keystroke_p50_ms": _ms(latencies[len(latencies) // 2]), "keystroke_max_ms": _ms(latencies[-1]),
            "scroll_10_pages_ms": _ms(scroll_10_pages), "rows_loaded_after_scroll": model.rowCount(),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=50_000)
    args = parser.parse_args()
    print("== Browser ==")
    print(browser(args.size))
    print("== Timeline (benchmarks/ui_timeline.py) ==")
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "ui_timeline.py")], check=False)


if __name__ == "__main__":
    main()
