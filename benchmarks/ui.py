"""The window at scale, offscreen: the browser at 50k memories, then the timeline at 1k/10k/50k.

    python benchmarks/ui.py [--size 50000]

Browser (every read on the reader thread): time to first paint (model + view + a rendered frame),
per keystroke the GUI thread's own time and the time until the new rows are painted, ten fast
keystrokes (each overtaking the last), a jump to the end, selecting a far row (a timeline click),
peak RSS. The timeline's
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
    from liblitz_app.memory import Emotion, EventTime, MemoryFields, Status
    from liblitz_app.store.ledger import Ledger, NewMemory
    rng = random.Random(3)
    start = date.today() - timedelta(days=1500)
    ledger = Ledger(path)
    ledger.add_many(
        NewMemory(" ".join(rng.choice(WORDS) for _ in range(12)) + f" ({i})",
                  MemoryFields(emotion=rng.choice(list(Emotion)), intensity=rng.randint(0, 10),
                               time=EventTime("", start + timedelta(days=rng.randrange(1500)))), status=Status.COMMITTED)
        for i in range(n))
    ledger.close()


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def wait_for(signal, timeout_ms: int = 30000) -> None:
    """Turn the event loop until `signal` is emitted (the answer from the reader thread is shown)."""
    from PySide6.QtCore import QEventLoop, QTimer
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def browser(n: int) -> dict[str, float]:
    """Every read runs on the reader thread: `gui_block` is what the GUI thread spends on a keystroke
    (it must stay far below a frame), `keystroke_to_table` the time until the new rows are painted."""
    from dataclasses import replace

    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QApplication, QTableView
    from liblitz_app.store.query import MemoryQuery
    from liblitz_app.ui.browser.memory_table import MemoryTableModel
    from liblitz_app.ui.reading import Reading
    app = QApplication.instance() or QApplication([])
    path = Path(tempfile.mkdtemp()) / "ledger.sqlite3"
    started = time.perf_counter()
    fill(path, n)
    fill_s = time.perf_counter() - started
    started = time.perf_counter()
    reading = Reading.of(path)
    model = MemoryTableModel(reading)
    view = QTableView()
    view.verticalHeader().hide()  # as the browser's
    view.resize(1000, 700)
    view.setModel(model)
    model.set_query(replace(MemoryQuery(), sort="event_start"))
    view.show()
    wait_for(model.listed)
    view.grab()
    first_paint = time.perf_counter() - started
    blocks, latencies = [], []
    for text in KEYSTROKES:
        started = time.perf_counter()
        model.set_query(replace(model.query, words=text))
        app.processEvents()
        blocks.append(time.perf_counter() - started)
        wait_for(model.listed)
        view.viewport().grab()
        latencies.append(time.perf_counter() - started)
    started = time.perf_counter()  # typed fast: each keystroke overtakes the one before
    for text in KEYSTROKES:
        model.set_query(replace(model.query, words=text + " "))
    wait_for(model.listed)
    view.viewport().grab()
    burst = time.perf_counter() - started
    model.set_query(replace(model.query, words=""))
    wait_for(model.listed)
    started = time.perf_counter()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.viewport().grab()  # paints placeholders, asks for the last page
    wait_for(model.rows_arrived)
    view.viewport().grab()
    scroll_to_end = time.perf_counter() - started
    target = model.id_at(n // 2 + 17)  # a click on a timeline point: the row is known, no page walked
    started = time.perf_counter()
    row = model.row_of(target)
    view.selectionModel().setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.scrollTo(model.index(row, 0))
    select_block = time.perf_counter() - started
    view.viewport().grab()
    wait_for(model.rows_arrived)
    view.viewport().grab()
    select_shown = time.perf_counter() - started
    reading.stop()
    blocks.sort()
    latencies.sort()
    return {"memories": n, "fill_s": round(fill_s, 1), "first_paint_ms": _ms(first_paint),
            "keystroke_gui_block_max_ms": _ms(blocks[-1]),
            "keystroke_to_table_p50_ms": _ms(latencies[len(latencies) // 2]),
            "keystroke_to_table_max_ms": _ms(latencies[-1]), "ten_fast_keystrokes_to_table_ms": _ms(burst),
            "scroll_to_end_filled_ms": _ms(scroll_to_end), "select_far_row_gui_block_ms": _ms(select_block),
            "select_far_row_filled_ms": _ms(select_shown),
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
