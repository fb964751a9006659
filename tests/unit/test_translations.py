"""French first, English available: every sentence the UI shows through tr() has an English entry."""
from __future__ import annotations

import ast
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def ui_sentences() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "liblitz_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.add(node.args[0].value)
    return found


def test_every_ui_sentence_has_an_english_translation() -> None:
    english = json.loads((ROOT / "resources" / "i18n" / "en.json").read_text(encoding="utf-8"))
    missing = sorted(ui_sentences() - english.keys())
    assert missing == []


def test_translations_keep_their_placeholders() -> None:
    import string
    english = json.loads((ROOT / "resources" / "i18n" / "en.json").read_text(encoding="utf-8"))
    fields = lambda text: {f for _, f, _, _ in string.Formatter().parse(text) if f}  # noqa: E731
    broken = [fr for fr, en in english.items() if fields(fr) != fields(en)]
    assert broken == []
