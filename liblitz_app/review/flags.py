"""Guard flags as stored with a proposal (JSON), and back."""
from __future__ import annotations

from typing import Any

from ..enrichment import Flag, FlagKind, Proposal, Span


def flag_to_dict(flag: Flag) -> dict[str, Any]:
    return {
        "kind": flag.kind.value, "message_fr": flag.message_fr, "message_en": flag.message_en,
        "field": flag.field, "spans": [[s.target, s.start, s.end] for s in flag.spans],
    }


def flag_from_dict(data: dict[str, Any]) -> Flag:
    return Flag(
        kind=FlagKind(data["kind"]), message_fr=data["message_fr"], message_en=data["message_en"],
        field=data["field"], spans=tuple(Span(str(t), int(a), int(b)) for t, a, b in data.get("spans") or ()),
    )


def span_texts(original: str, proposal: Proposal | None) -> dict[str, str]:
    """The text each flag span's target points at ("original", "reflection", "persons[0]", …)."""
    values = {"original": original}
    if proposal is not None:
        fields = proposal.fields
        values.update({"reflection": fields.reflection, "place": fields.place, "time.said": fields.time.said,
                       "text": proposal.text or ""})
        values.update({f"persons[{i}]": p for i, p in enumerate(fields.persons)})
    return values
