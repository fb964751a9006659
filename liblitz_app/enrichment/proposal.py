"""What a model or the offline extractor proposes for a memory — never silently dropped."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from liblitz_app.memory import MemoryFields

FIELD_NAMES: tuple[str, ...] = (
    "emotion", "secondary_emotion", "intensity", "place", "persons", "time", "reflection",
)
EXTRACTOR = "extractor"


def model_origin(model: str) -> str:
    return f"model:{model}"


@dataclass(frozen=True)
class Provenance:
    """Who proposed it and how: model, prompt id and version, the raw output(s) as received."""

    model: str = ""  # empty for the offline extractor
    prompt_id: str = ""
    prompt_version: int | None = None
    raw_output: str = ""
    earlier_outputs: tuple[str, ...] = ()  # malformed attempts before the last one

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model, "prompt_id": self.prompt_id, "prompt_version": self.prompt_version,
            "raw_output": self.raw_output, "earlier_outputs": list(self.earlier_outputs),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Provenance:
        data = data or {}
        return cls(
            model=data.get("model") or "", prompt_id=data.get("prompt_id") or "",
            prompt_version=data.get("prompt_version"), raw_output=data.get("raw_output") or "",
            earlier_outputs=tuple(data.get("earlier_outputs") or ()),
        )


@dataclass(frozen=True)
class Proposal:
    """Proposed fields, where each came from, and what the proposer could not say.

    `question`: the model did not understand and asks the user instead of guessing.
    `text`: set only when a model sent back a text of its own (it must not; guards compare it).
    `unparsed`: values that fit no field (an emotion outside the taxonomy, intensity "beaucoup").
    `error`: a failed proposal (malformed output), kept with its raw output in `provenance`.
    `emotion_confidence`: 0–1, when the emotion came from the offline emotion reader (shown in review).
    """

    fields: MemoryFields = field(default_factory=MemoryFields)
    origins: dict[str, str] = field(default_factory=dict)
    question: str = ""
    text: str | None = None
    unparsed: dict[str, Any] = field(default_factory=dict)
    provenance: Provenance = field(default_factory=Provenance)
    error: str = ""
    emotion_confidence: float | None = None

    @property
    def failed(self) -> bool:
        return bool(self.error)

    @property
    def asks_question(self) -> bool:
        return bool(self.question)

    @classmethod
    def failure(cls, error: str, provenance: Provenance) -> Proposal:
        return cls(error=error, provenance=provenance)

    def to_dict(self) -> dict[str, Any]:
        return {
            "fields": self.fields.to_dict(), "origins": dict(self.origins),
            "question": self.question, "text": self.text, "unparsed": dict(self.unparsed),
            "provenance": self.provenance.to_dict(), "error": self.error,
            "emotion_confidence": self.emotion_confidence,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Proposal:
        return cls(
            fields=MemoryFields.from_dict(data.get("fields")),
            origins=dict(data.get("origins") or {}),
            question=data.get("question") or "",
            text=data.get("text"),
            unparsed=dict(data.get("unparsed") or {}),
            provenance=Provenance.from_dict(data.get("provenance")),
            error=data.get("error") or "",
            emotion_confidence=data.get("emotion_confidence"),
        )
