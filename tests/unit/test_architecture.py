"""The written rules of the house ([tool.importlinter] in pyproject.toml) hold, and would catch a
break: layers (a module imports only from below its own layer) and no Qt outside liblitz_app.ui."""
from __future__ import annotations

import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import liblitz_app

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
QT = ("PySide6", "shiboken6", "pyqtgraph")


def _lint(folder: Path, *config: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", *config], cwd=folder, capture_output=True,
                          text=True, timeout=300, env={"PYTHONPATH": str(folder), "PATH": ""})


def test_the_tree_keeps_every_contract() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def _contracts() -> list[dict]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["tool"]["importlinter"]["contracts"]


def _fake_package(folder: Path, name: str, layers: list[str]) -> None:
    """A package with one empty module per layer of ours (optional ones left out)."""
    package = folder / name
    package.mkdir()
    (package / "__init__.py").write_text("")
    for layer in layers:
        for tail in (t.strip() for t in layer.split("|")):
            if not tail.startswith("("):
                (package / f"{tail}.py").write_text("")


def _ini(name: str, contracts: list[dict]) -> str:
    """Our contracts, renamed for the fake package, in import-linter's INI form (ignores dropped)."""
    lines = ["[importlinter]", f"root_package = {name}", "include_external_packages = True", ""]
    for number, contract in enumerate(contracts):
        lines.append(f"[importlinter:contract:{number}]")
        for key, value in contract.items():
            if key.startswith("ignore_imports") or key.startswith("unmatched"):
                continue
            if isinstance(value, list):
                lines += [f"{key} ="] + [f"    {v.replace('liblitz_app', name)}" for v in value]
            else:
                lines.append(f"{key} = {str(value).replace('liblitz_app', name)}")
        lines.append("")
    return "\n".join(lines)


def test_a_package_that_breaks_the_rules_is_refused(tmp_path: Path) -> None:
    contracts = _contracts()
    layers = next(c for c in contracts if c["type"] == "layers")["layers"]
    _fake_package(tmp_path, "fakelitz", layers)
    (tmp_path / "fakelitz" / "memory.py").write_text("import fakelitz.review\n")  # up the layers
    (tmp_path / "fakelitz" / "store.py").write_text("import PySide6\n")  # Qt in the domain
    (tmp_path / ".importlinter").write_text(_ini("fakelitz", contracts))
    result = _lint(tmp_path, ".importlinter")
    assert result.returncode == 1
    assert "fakelitz.memory is not allowed to import fakelitz.review" in result.stdout
    assert "fakelitz.store is not allowed to import PySide6" in result.stdout
    assert "2 broken" in result.stdout


def test_importing_the_whole_domain_loads_no_qt() -> None:
    """What the static rules cannot see (an import inside a function, a plugin): at run time too."""
    outside = ("liblitz_app.ui", "liblitz_app.cli", "liblitz_app.__main__")
    domain = sorted(m.name for m in pkgutil.walk_packages(liblitz_app.__path__, "liblitz_app.")
                    if not m.name.startswith(outside))
    assert len(domain) > 100  # the walk really found the domain, every module of it
    code = "import sys\n" + "".join(f"import {m}\n" for m in domain) + \
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT!r}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-2000:]  # every module imports on its own, in any order
    assert out.stdout.strip() == "[]"
