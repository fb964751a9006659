"""`pip install .` (not -e) ships every file under resources/ (translations, prompts, icons, the
emotion reader's weights, check-up scenarios…): pyproject's package data, read as setuptools reads
it (paths relative to the package, recursive globs), covers them all."""
from __future__ import annotations

import glob
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_package_data_covers_every_resource() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["liblitz_app"]
    covered = {Path(found).resolve() for pattern in patterns
               for found in glob.glob(str(ROOT / "liblitz_app" / pattern), recursive=True)}
    resources = {path.resolve() for path in (ROOT / "resources").rglob("*") if path.is_file()}
    assert resources and resources <= covered, sorted(str(p) for p in resources - covered)
