"""Liblitz's own log, in the data folder: tracebacks go there, sentences go to the user."""
from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from .paths import DataDir, make_private_dir


def setup_logging(data: DataDir) -> None:
    folder = make_private_dir(data.root / "logs")
    handler = RotatingFileHandler(folder / "liblitz.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("liblitz")
    root.setLevel(logging.INFO)
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
