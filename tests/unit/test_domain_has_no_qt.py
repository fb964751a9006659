"""The domain (memories, ledger, index, embeddings, import, enrichment) imports no Qt."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "liblitz_app"
DOMAIN = ["memory", "store", "index", "embedding", "intake", "enrichment", "llm", "review", "timeline"]
TOP_LEVEL_DOMAIN = ["paths.py", "i18n.py", "errors.py", "preferences.py", "doctor.py", "resources.py"]


def _domain_files() -> list[Path]:
    files = [f for d in DOMAIN if (PACKAGE / d).exists() for f in (PACKAGE / d).rglob("*.py")]
    return files + [PACKAGE / f for f in TOP_LEVEL_DOMAIN]


def _imported_roots(path: Path) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_no_domain_module_names_qt() -> None:
    offenders = [str(f.relative_to(PACKAGE)) for f in _domain_files()
                 if _imported_roots(f) & {"PySide6", "PyQt5", "PyQt6", "pyqtgraph", "shiboken6"}]
    assert offenders == []
    assert len(_domain_files()) > 10  # the walk really found the domain


def test_importing_the_domain_loads_no_qt() -> None:
    modules = [f"liblitz_app.{d}" for d in DOMAIN if (PACKAGE / d).exists()]
    modules += ["liblitz_app.store.library", "liblitz_app.store.opening", "liblitz_app.doctor",
                "liblitz_app.embedding.choose", "liblitz_app.index.edge"]
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules) + \
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
