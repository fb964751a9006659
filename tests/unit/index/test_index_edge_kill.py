"""A writer killed with SIGKILL loses nothing it acknowledged, and never half a batch (Edge's WAL)."""
from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

import pytest

from liblitz_app.index import EdgeIndex, IndexedModel

BATCH = 50
ACKS_BEFORE_KILL = 5
MODEL = IndexedModel("test/kill-model", 16)
REPO = Path(__file__).parents[3]

# The child upserts batch after batch and says "ack N" only once upsert() has returned.
CHILD = f"""
import sys
import numpy as np
from liblitz_app.index import EdgeIndex, IndexPayload, IndexPoint, IndexedModel

index = EdgeIndex.open(sys.argv[1], IndexedModel({MODEL.model_id!r}, {MODEL.dim}))
rng = np.random.default_rng(0)
print("ready", flush=True)
for batch in range(100_000):
    ids = range(batch * {BATCH} + 1, (batch + 1) * {BATCH} + 1)
    index.upsert([IndexPoint(i, rng.normal(size={MODEL.dim}).astype("float32"),
                             IndexPayload(version=batch + 1)) for i in ids])
    print("ack", batch, flush=True)
"""


def _pump(stream: IO[str], lines: queue.Queue[str]) -> None:
    for line in stream:
        lines.put(line.strip())


@pytest.mark.slow  # a real child process: ~2.5 s
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_acknowledged_upserts_survive_kill_9(tmp_path: Path) -> None:
    lines: queue.Queue[str] = queue.Queue()
    with subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path)], cwd=REPO,
                          stdout=subprocess.PIPE, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)}) as child:
        assert child.stdout is not None
        # Lines are read on a thread so that every wait below has a timeout, yet no sleep.
        pump = threading.Thread(target=_pump, args=(child.stdout, lines), daemon=True)
        pump.start()
        try:
            assert lines.get(timeout=60) == "ready"
            acked = [lines.get(timeout=60) for _ in range(ACKS_BEFORE_KILL)]
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=60)
            pump.join(timeout=60)  # the pipe reaches EOF once the child is gone
    assert child.returncode == -signal.SIGKILL
    assert acked[-1] == f"ack {ACKS_BEFORE_KILL - 1}"

    with EdgeIndex.open(tmp_path, MODEL) as reopened:
        versions = reopened.versions()
    whole_batches = len(versions) // BATCH
    # Every acknowledged batch is there; the child may have finished more before dying,
    # but only whole ones: the points are exactly the first k batches.
    assert whole_batches >= ACKS_BEFORE_KILL
    assert versions == {i: (i - 1) // BATCH + 1 for i in range(1, whole_batches * BATCH + 1)}
