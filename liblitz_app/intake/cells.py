"""Cell values as exports write them: some apps JSON-stringify lists and objects inside a CSV cell."""
from __future__ import annotations

import json
from typing import Any

_OPENERS = {"[": "]", "{": "}", '"': '"'}


def decode_cell(value: Any) -> Any:
    """`'["Marc"]'` → `["Marc"]`, `'{"text": "…"}'` → a dict, `'"bonjour"'` → `"bonjour"`.

    Anything that is not such a JSON value is returned unchanged (a cell that merely starts with
    a bracket stays text).
    """
    if not isinstance(value, str):
        return value
    stripped = value.strip()
    if len(stripped) < 2 or _OPENERS.get(stripped[0]) != stripped[-1]:
        return value
    try:
        return json.loads(stripped)
    except ValueError:
        return value


def cell_text(value: Any) -> str:
    """The text a cell carries: a decoded object's "text" (or "content"), a list's items joined."""
    value = decode_cell(value)
    if value is None:
        return ""
    if isinstance(value, dict):
        for key in ("text", "content", "body", "value"):
            if key in value:
                return cell_text(value[key])
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return ", ".join(t for t in (cell_text(v) for v in value) if t)
    return str(value)


def cell_list(value: Any) -> list[str]:
    """A list of names: a JSON list, or text separated by commas or semicolons."""
    value = decode_cell(value)
    if value is None:
        return []
    if isinstance(value, list):
        return [t for t in (cell_text(v).strip() for v in value) if t]
    text = cell_text(value)
    separator = ";" if ";" in text else ","
    return [part.strip() for part in text.split(separator) if part.strip()]
