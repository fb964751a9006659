"""French first, English available: every sentence the UI shows through tr(), and every sentence our
errors are raised with (errors.UserError: the French sentence is the catalogue key), has an English
entry; and a sentence is never formatted before it is raised (it would miss the catalogue)."""
from __future__ import annotations

import ast
import importlib
import json
import string
from collections.abc import Iterator
from pathlib import Path

from liblitz_app.errors import UserError

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "liblitz_app"
DOMAINLESS = ("liblitz_app.ui", "liblitz_app.__main__")  # Qt (imported by the GUI tests), or runs the app


def _catalogue() -> dict[str, str]:
    return json.loads((ROOT / "resources" / "i18n" / "en.json").read_text(encoding="utf-8"))


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        yield name, ast.parse(path.read_text(encoding="utf-8"))


def ui_sentences() -> set[str]:
    found: set[str] = set()
    for _, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "tr_n"):
                # tr(sentence), tr_n(singular, plural, n): every literal sentence among the first two
                found.update(a.value for a in node.args[:2] if isinstance(a, ast.Constant) and isinstance(a.value, str))
    return found


def _user_error(module: object, node: ast.expr) -> type[UserError] | None:
    """The error class a call builds, when it is one of ours taking its sentence as first argument
    (a class with its own __init__, e.g. OllamaTimeout(seconds), builds its sentence itself)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        kind = getattr(module, node.func.id, None)
        if isinstance(kind, type) and issubclass(kind, UserError) and kind.__init__ is UserError.__init__:
            return kind
    return None


def error_sentences() -> tuple[set[str], list[str]]:
    """(sentences our errors are built with, places where one is formatted before it is raised)."""
    found: set[str] = set()
    formatted: list[str] = []
    for name, tree in _modules():
        if name.startswith(DOMAINLESS):
            continue
        module = importlib.import_module(name)
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and isinstance(getattr(module, node.name, None), type) \
                    and issubclass(getattr(module, node.name), UserError):
                if sentence := getattr(module, node.name).__dict__.get("sentence"):
                    found.add(sentence)
            kind = _user_error(module, node) if isinstance(node, ast.expr) else None
            if kind is None or not node.args:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
            elif isinstance(first, ast.Name) and isinstance(getattr(module, first.id, None), str):
                found.add(getattr(module, first.id))
            else:
                formatted.append(f"{name}:{node.lineno}")
    return found, formatted


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_ui_sentence_has_an_english_translation() -> None:
    missing = sorted(ui_sentences() - _catalogue().keys())
    assert missing == []


def test_every_error_sentence_has_an_english_translation_and_none_is_formatted_in_advance() -> None:
    sentences, formatted = error_sentences()
    assert formatted == []
    assert sorted(sentences - _catalogue().keys()) == []


def test_plural_sentences_follow_each_language_rule() -> None:
    from liblitz_app.i18n import set_language, tr_n
    one, many = "{n} souvenir", "{n} souvenirs"
    try:
        set_language("fr")
        assert [tr_n(one, many, n) for n in (0, 1, 2)] == ["0 souvenir", "1 souvenir", "2 souvenirs"]
        set_language("en")
        assert [tr_n(one, many, n) for n in (0, 1, 2)] == ["0 memories", "1 memory", "2 memories"]
    finally:
        set_language("fr")


def test_no_sentence_hedges_its_plural() -> None:
    hedged = sorted(s for s in ui_sentences() | set(_catalogue().values())
                    if any(mark in s for mark in ("(s)", "(ies)", "(e)", "(x)")))
    assert hedged == []


def test_translations_keep_their_placeholders() -> None:
    broken = [fr for fr, en in _catalogue().items() if _fields(fr) != _fields(en)]
    assert broken == []


def test_a_day_is_written_the_way_each_language_reads_it() -> None:
    from datetime import date

    from liblitz_app.i18n import set_language, short_day, tr
    try:
        set_language("en")
        assert short_day(date(2024, 3, 2)) == "2024-03-02" and tr("{label} :", label="Memory") == "Memory:"
    finally:
        set_language("fr")
    assert short_day(date(2024, 3, 2)) == "02/03/2024" and tr("{label} :", label="Souvenir") == "Souvenir :"


def test_large_counts_are_grouped_the_way_each_language_groups_them() -> None:
    from liblitz_app.i18n import set_language, tr_n
    assert tr_n("{n} souvenir", "{n} souvenirs", 99995) == "99\u202f995 souvenirs"
    assert tr_n("{n} souvenir", "{n} souvenirs", 4000) == "4000 souvenirs"
    try:
        set_language("en")
        assert tr_n("{n} souvenir", "{n} souvenirs", 99995).startswith("99,995 ")
    finally:
        set_language("fr")
