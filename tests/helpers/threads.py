"""Which threads a test started and left running (the autouse fixture in tests/conftest.py uses it)."""
from __future__ import annotations

import threading
from typing import Any

import pytest


class ThreadWatch:
    """Notes the Python threads alive now and every QThread started from now on; `left()` names
    those still running, after giving each `grace` seconds to end (joined: no sleep)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._before = set(threading.enumerate())
        self._qthreads: list[Any] = []
        try:
            from PySide6.QtCore import QThread
        except ImportError:  # a run without Qt: Python threads only
            return
        start = QThread.start

        def tracked(thread: Any, *args: Any) -> Any:
            self._qthreads.append(thread)
            return start(thread, *args)
        monkeypatch.setattr(QThread, "start", tracked)

    def left(self, grace: float = 5.0) -> list[str]:
        python = [t.name for t in threading.enumerate() if t not in self._before and not _ended(t, grace)]
        qt = [t.objectName() or type(t).__name__ for t in self._qthreads
              if t.isRunning() and not t.wait(int(grace * 1000))]
        return python + qt


def _ended(thread: threading.Thread, grace: float) -> bool:
    try:
        thread.join(grace)
    except RuntimeError:  # a thread Python did not start (Qt's): it cannot be joined, only looked at
        pass
    return not thread.is_alive()
