"""The JSON a model must answer with (Ollama's `format` field) and how its answer is read."""
from __future__ import annotations

import json
from datetime import date
from typing import Any

from liblitz_app.memory import Emotion, EventTime, MemoryFields, parse_emotion

from .proposal import Proposal, Provenance, model_origin

EMOTION_NAMES: list[str] = [e.value for e in Emotion]

PROPOSAL_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "question": {"type": "string"},
        "emotion": {"type": "string", "enum": EMOTION_NAMES},
        "secondary_emotion": {"type": ["string", "null"], "enum": [*EMOTION_NAMES, None]},
        "intensity": {"type": "integer", "minimum": 0, "maximum": 10},
        "place": {"type": "string"},
        "persons": {"type": "array", "items": {"type": "string"}},
        "time_said": {"type": "string"},
        "time_start": {"type": ["string", "null"], "description": "YYYY-MM-DD"},
        "time_end": {"type": ["string", "null"], "description": "YYYY-MM-DD"},
        "reflection": {"type": "string"},
    },
    "required": ["emotion", "intensity", "place", "persons", "time_said", "reflection"],
}


class MalformedOutput(ValueError):
    """The model's answer is not the JSON object asked for."""


def _load(raw: str) -> dict[str, Any]:
    text = raw.strip()
    if text.startswith("```"):  # some models fence their JSON despite `format`
        text = text.strip("`").removeprefix("json").strip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise MalformedOutput(f"JSON illisible : {error.msg} (ligne {error.lineno}, colonne {error.colno})") from None
    if not isinstance(data, dict):
        raise MalformedOutput("La réponse n'est pas un objet JSON.")
    return data


def _emotion(data: dict[str, Any], key: str, unparsed: dict[str, Any]) -> Emotion | None:
    try:
        return parse_emotion(data.get(key))
    except (ValueError, AttributeError, TypeError):
        unparsed[key] = data.get(key)
        return None


def _intensity(value: Any, unparsed: dict[str, Any]) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int):
        unparsed["intensity"] = value
        return None
    return value


def _day(value: Any, key: str, unparsed: dict[str, Any]) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        unparsed[key] = value
        return None


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    return tuple(str(v).strip() for v in value or () if str(v).strip())


def read_output(raw: str, provenance: Provenance) -> Proposal:
    """Turn a model's raw answer into a Proposal; raises MalformedOutput when it cannot."""
    data = _load(raw)
    unparsed: dict[str, Any] = {}
    time_data = data.get("time") if isinstance(data.get("time"), dict) else {}
    fields = MemoryFields(
        emotion=_emotion(data, "emotion", unparsed),
        secondary_emotion=_emotion(data, "secondary_emotion", unparsed),
        intensity=_intensity(data.get("intensity"), unparsed),
        place=str(data.get("place") or "").strip(),
        persons=_strings(data.get("persons")),
        time=EventTime(
            said=str(data.get("time_said") or time_data.get("said") or "").strip(),
            start=_day(data.get("time_start") or time_data.get("start"), "time_start", unparsed),
            end=_day(data.get("time_end") or time_data.get("end"), "time_end", unparsed),
        ),
        reflection=str(data.get("reflection") or "").strip(),
    )
    origin = model_origin(provenance.model)
    filled = [k for k, v in fields.to_dict().items() if v not in (None, "", [], {}) and
              not (isinstance(v, dict) and not any(v.values()))]
    text = data.get("text") if isinstance(data.get("text"), str) else None
    return Proposal(
        fields=fields, origins={k: origin for k in filled}, question=str(data.get("question") or "").strip(),
        text=text, unparsed=unparsed, provenance=provenance,
    )
