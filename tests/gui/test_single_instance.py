"""One Liblitz per data folder: a second launch wakes the first instead of failing on a lock."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from liblitz_app.paths import DataDir
from liblitz_app.ui.single_instance import SingleInstance


def test_a_second_instance_is_refused_and_wakes_the_first(qtbot, tmp_path: Path) -> None:
    data = DataDir.open(tmp_path)
    first, second = SingleInstance(data), SingleInstance(data)
    assert first.acquire()
    assert not second.acquire()
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert second.wake_first()
    first.release()
    assert second.acquire()  # once the first is gone, the folder is free
    second.release()


def test_a_second_launch_says_so_and_exits_cleanly(qtbot, tmp_path: Path) -> None:
    data = DataDir.open(tmp_path)
    running = SingleInstance(data)  # stands for the Liblitz already open
    assert running.acquire()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with qtbot.waitSignal(running.activated, timeout=20000):
        launch = subprocess.Popen([sys.executable, "-m", "liblitz_app", "--data-dir", str(tmp_path)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    out, err = launch.communicate(timeout=60)
    running.release()
    assert launch.returncode == 0
    assert "déjà ouvert" in err and "Traceback" not in err
