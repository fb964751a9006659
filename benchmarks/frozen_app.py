"""The double-click app's size and its launch-to-window time (a first start on an empty data folder,
then a second start on the same folder), each start closed by SIGTERM: printed, never asserted.

    .venv/bin/python benchmarks/frozen_app.py [FOLDER] [RUNS]     (FOLDER defaults to dist/liblitz)

The window counts as up when the app logs « Fenêtre affichée » (liblitz_app/ui/app.py). POSIX only.
"""
from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from liblitz_app.logging_setup import WINDOW_SHOWN, log_file  # noqa: E402


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def launch_to_window(program: Path, data: Path) -> tuple[float, int]:
    """(seconds from launch to the window, exit code after SIGTERM)."""
    log = log_file(data)
    seen = log.read_text(encoding="utf-8").count(WINDOW_SHOWN) if log.exists() else 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LIBLITZ_OLLAMA_URL": "http://127.0.0.1:9"}
    started = time.monotonic()
    with subprocess.Popen([str(program), "--data-dir", str(data)], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL) as app:
        while not (log.exists() and log.read_text(encoding="utf-8").count(WINDOW_SHOWN) > seen):
            if app.poll() is not None:
                return float("nan"), app.returncode
            time.sleep(0.02)
        elapsed = time.monotonic() - started
        app.send_signal(signal.SIGTERM)
        return elapsed, app.wait(timeout=60)


def main(folder: Path, runs: int) -> None:
    program = folder / "liblitz"
    if not program.exists():
        raise SystemExit(f"no frozen build in {folder}: pyinstaller build.spec")
    print(f"folder: {folder_size(folder) / 1e6:.0f} MB ({folder})")
    parts = sorted(((folder_size(p) if p.is_dir() else p.stat().st_size, p.name)
                    for p in (folder / "_internal").iterdir()), reverse=True)
    print("largest parts: " + ", ".join(f"{name} {size / 1e6:.0f} MB" for size, name in parts[:8]))
    first, second, codes = [], [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="liblitz-frozen-") as tmp:
            for times in (first, second):
                seconds, code = launch_to_window(program, Path(tmp))
                times.append(seconds)
                codes.append(code)
    print(f"launch to window, first start:  median {statistics.median(first):.1f} s  ({runs} runs)")
    print(f"launch to window, second start: median {statistics.median(second):.1f} s")
    print(f"exit codes after SIGTERM: {sorted(set(codes))}  (load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "liblitz",
         int(sys.argv[2]) if len(sys.argv) > 2 else 3)
