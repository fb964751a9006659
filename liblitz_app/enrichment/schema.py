"""The JSON a model must answer with (Ollama's `format` field) and how its answer is read."""
from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from liblitz_app.errors import UserError
from liblitz_app.i18n import tr
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


class MalformedOutput(UserError, ValueError):
    """The model's answer is not the JSON object asked for (kept with the failed proposal, in the user's language)."""


_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.MULTILINE)  # some models fence their JSON despite `format`


def json_object(raw: str) -> dict[str, Any]:
    """A model's answer as the JSON object it was asked for; MalformedOutput (a sentence) when it is not one."""
    try:
        data = json.loads(_FENCE.sub("", raw.strip()))
    except json.JSONDecodeError as error:
        raise MalformedOutput("JSON illisible : {why} (ligne {line}, colonne {column})", why=error.msg,
                              line=error.lineno, column=error.colno) from None
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


# The JSON types a field may have; anything else is refused, never turned into "['lac']".
_TEXT_FIELDS = ("place", "time_said", "time_start", "time_end", "reflection", "question", "emotion",
                "secondary_emotion")
_FIELD_WORDS = {"emotion": "émotion", "intensity": "intensité", "place": "lieu", "persons": "personnes",
                "time_said": "moment", "reflection": "réflexion"}


def _check_shape(data: dict[str, Any]) -> None:
    """A proposal must say something, with every required field, each of the right JSON type."""
    said = {k: v for k, v in data.items() if v not in (None, "", [], {})}
    if not said:
        raise MalformedOutput("le modèle n'a rien proposé")
    for key in _TEXT_FIELDS:
        if data.get(key) is not None and not isinstance(data[key], str):
            raise MalformedOutput("le champ « {key} » devrait être un texte, pas {kind}", key=key,
                                  kind=_json_type(data[key]))
    persons = data.get("persons")
    if persons is not None and not isinstance(persons, str) and (
            not isinstance(persons, list) or not all(isinstance(p, str) for p in persons)):
        raise MalformedOutput("le champ « persons » devrait être une liste de noms, pas {kind}",
                              kind=_json_type(persons))
    if str(data.get("question") or "").strip():
        return  # a question instead of a guess: the fields may wait for the answer
    missing = [word for key, word in _FIELD_WORDS.items() if key not in data]
    if missing:
        raise MalformedOutput("le modèle n'a pas proposé : {missing}", missing=", ".join(tr(m) for m in missing))


def _json_type(value: Any) -> str:
    names = {dict: "un objet", list: "une liste", bool: "un booléen", int: "un nombre", float: "un nombre"}
    return tr(names.get(type(value), "une valeur d'un autre type"))


def read_output(raw: str, provenance: Provenance) -> Proposal:
    """Turn a model's raw answer into a Proposal; raises MalformedOutput when it cannot."""
    data = json_object(raw)
    _check_shape(data)
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
