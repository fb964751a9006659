"""Quick ranges are calendar periods; thinning bounds the drawn points; the package holds no Qt."""
from __future__ import annotations

import ast
from datetime import date
from pathlib import Path


from liblitz_app.timeline import QuickRange, quick_range, thin, thinning_stride


def test_quick_ranges_are_calendar_periods() -> None:
    today = date(2026, 12, 17)  # a Thursday
    assert quick_range(QuickRange.WEEK, today) == (date(2026, 12, 14), date(2026, 12, 21))
    assert quick_range(QuickRange.MONTH, today) == (date(2026, 12, 1), date(2027, 1, 1))
    assert quick_range(QuickRange.YEAR, today) == (date(2026, 1, 1), date(2027, 1, 1))
    assert quick_range(QuickRange.ALL, today) is None


def test_thinning_halves_until_under_the_limit_and_nests() -> None:
    assert thinning_stride(1000, 20000) == 1
    assert thinning_stride(20001, 20000) == 2 and thinning_stride(50000, 20000) == 4
    coarse, fine = thin(100, 4), thin(100, 2)
    assert coarse.sum() == 25 and fine.sum() == 50
    assert not (coarse & ~fine).any()  # zooming in only adds points


def test_the_timeline_domain_imports_no_qt() -> None:
    package = Path(__file__).resolve().parents[3] / "liblitz_app" / "timeline"
    roots = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                roots.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                roots.add(node.module.split(".")[0])
    assert not roots & {"PySide6", "PyQt5", "PyQt6", "pyqtgraph", "shiboken6"}
