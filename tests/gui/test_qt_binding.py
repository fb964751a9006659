"""The Qt binding must not leak references to None (PySide6 6.12.0 did: the app aborted after a few
thousand calls with "none_dealloc" on Python 3.11). Guards the version pin in pyproject.toml."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_calls_keep_none_alive(qtbot) -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 10
