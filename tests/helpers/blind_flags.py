"""The blind sets' flags, read in a background process from the start of the run (tests/conftest.py starts it when
test_guards_blind.py is collected; its floors run last and wait for it).

Some 55,300 pairs (test_guards_blind.CHECKED) take about ten minutes of one core: read while the rest of the suite runs,
they use the core it leaves idle, instead of holding both cores at the end. The process lowers its own priority, so the
other tests keep theirs.

    python -m tests.helpers.blind_flags OUT.json NAME...   # from the repository root
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FLOORS_FILE = "test_guards_blind.py"


class BackgroundFlags:
    """One background read of some blind sets, started now; `flags()` waits for it."""

    def __init__(self, names: list[str], out: Path) -> None:
        self.out = out
        self._errors = out.with_suffix(".log")
        # Its own process group: stopped, its pool's processes go with it (they would hold on otherwise).
        with self._errors.open("wb") as errors:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "tests.helpers.blind_flags", str(out), *names], cwd=ROOT,
                stdout=subprocess.DEVNULL, stderr=errors, start_new_session=os.name == "posix")

    def flags(self) -> dict[str, list[list[str]]]:
        """Each set's flags, pair by pair in the set's order."""
        if self._process.wait() != 0:
            said = self._errors.read_text(encoding="utf-8", errors="replace")[-3000:]
            raise RuntimeError(f"the blind sets' background read failed:\n{said}")
        return json.loads(self.out.read_text(encoding="utf-8"))

    def stop(self) -> None:
        """A run cut short (-x, Ctrl-C) leaves no process behind."""
        if self._process.poll() is not None:
            return
        if os.name == "posix":
            os.killpg(self._process.pid, signal.SIGKILL)
        else:
            self._process.kill()
        self._process.wait()


BACKGROUND = pytest.StashKey[BackgroundFlags]()


def main(out: str, names: list[str]) -> None:
    if hasattr(os, "nice"):
        os.nice(10)  # the tests in the foreground first; the pool's processes inherit it
    from benchmarks.guards import flags_of_set
    workers = min(2, os.cpu_count() or 1)
    # Spawned, not forked: nothing of a parent's state in the readers.
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        found = dict(zip(names, pool.map(flags_of_set, names)))
    Path(out).write_text(json.dumps(found), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
