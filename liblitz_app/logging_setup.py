"""Liblitz's own log, in the data folder: tracebacks go there, sentences go to the user."""
from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from .paths import DataDir, make_private_dir

# The line logged once the window is up: what a launch-time measure (benchmarks/frozen_app.py) and the
# frozen app's smoke test watch for, from another process.
WINDOW_SHOWN = "Fenêtre affichée"


def log_file(root: Path) -> Path:
    """The log of the data folder at `root`."""
    return root / "logs" / "liblitz.log"


def setup_logging(data: DataDir) -> None:
    root = logging.getLogger("liblitz")
    root.setLevel(logging.INFO)
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        root.addHandler(folder_log(data.root))


def folder_log(root: Path) -> logging.Handler:
    """A handler writing to the log of the data folder at `root` (created if need be)."""
    make_private_dir(log_file(root).parent)
    handler = RotatingFileHandler(log_file(root), maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler
