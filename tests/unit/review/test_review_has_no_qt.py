"""The review domain is pure Python: importing it loads no Qt."""
from __future__ import annotations

import subprocess
import sys


def test_importing_the_review_domain_loads_no_qt() -> None:
    code = ("import sys, liblitz_app.review\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
