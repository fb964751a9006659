"""Where Liblitz keeps its files. The one module that knows every path."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "LIBLITZ_DATA_DIR"
APP_NAME = "Liblitz"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir beats $LIBLITZ_DATA_DIR beats the platform's user data dir."""
    chosen = cli_value or os.environ.get(ENV_DATA_DIR) or default_data_dir()
    return Path(chosen).expanduser().resolve()


def make_private_dir(path: Path) -> Path:
    """Create a folder only its owner can read (0700 where the platform has modes)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        path.chmod(0o700)
    except OSError:
        pass
    return path


@dataclass(frozen=True)
class DataDir:
    """The data folder's paths. Reading them creates nothing (`liblitz doctor` changes nothing);
    `open` creates the folder and its private subfolders, for a session that will write."""

    root: Path

    @classmethod
    def open(cls, root: Path) -> DataDir:
        data = cls(root)
        for folder in (data.root, data.index_root, data.models):
            make_private_dir(folder)
        return data

    @property
    def ledger(self) -> Path:
        return self.root / "ledger.sqlite3"

    @property
    def index_root(self) -> Path:
        return self.root / "index"

    @property
    def models(self) -> Path:
        return self.root / "models"

    @property
    def lock(self) -> Path:
        return self.root / "liblitz.lock"


def disk_usage(folder: Path) -> int:
    """Bytes a folder really takes on disk, as `du` counts them: Qdrant Edge's files are sparse (a 3 MB
    index shows 170 MB of file sizes). Where blocks are not reported (Windows), file sizes, an upper bound."""
    stats = [f.stat() for f in Path(folder).rglob("*") if f.is_file()]
    if not all(hasattr(s, "st_blocks") for s in stats):
        return sum(s.st_size for s in stats)
    return sum(s.st_blocks * 512 for s in stats)
