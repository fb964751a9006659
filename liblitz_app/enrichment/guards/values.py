"""The emotion and the intensity: values the app knows."""
from __future__ import annotations

from liblitz_app.memory.model import MAX_INTENSITY, MIN_INTENSITY

from ..proposal import Proposal
from .flags import Flag, FlagKind, GuardContext


def check_emotion(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    flags = []
    for name in ("emotion", "secondary_emotion"):
        if name in proposal.unparsed:
            value = proposal.unparsed[name]
            flags.append(Flag(
                FlagKind.EMOTION_UNKNOWN,
                f"« {value} » n'est pas une des émotions de Liblitz (les huit de Plutchik ou neutre).",
                f"“{value}” is not one of Liblitz's emotions (Plutchik's eight or neutral).",
                name,
            ))
    return flags


def check_intensity(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    value = proposal.unparsed.get("intensity", proposal.fields.intensity)
    if value is None or isinstance(value, int) and MIN_INTENSITY <= value <= MAX_INTENSITY:
        return []
    return [Flag(
        FlagKind.INTENSITY_OUT_OF_RANGE,
        f"L'intensité doit être un entier de {MIN_INTENSITY} à {MAX_INTENSITY}, pas « {value} ».",
        f"Intensity must be a whole number from {MIN_INTENSITY} to {MAX_INTENSITY}, not “{value}”.",
        "intensity",
    )]
