"""Recall's weights: a typed settings group (store/settings.py) kept in the ledger under "recall.weights".

Relevance (what the browser orders by):
    words    = BM25 over the stems of text, reflection, persons, place, date in words, the turn before
               (`columns` weighs each), min-max normalised over the matches
    words'   = words + neighbour · (best word score of a turn beside it in the same session)
    fused    = words_weight · words' + meaning_weight · meaning      (each min-max normalised to [0, 1])
    relevance = fused + session · (best fused score of another memory of its session/day)
                + person (the query names one of its persons) + time (it falls in the period the query names)
                + emotion · intensity/10 (it was felt the way the query names: "le plus en colère")
For the chat (a conversation is given), on top:
    score = relevance / best relevance + recency · 0.5^(age in days / half_life_days)
            + intensity · intensity/10 + congruence · c − painful_when_low (painful memory, user low)
    where c is 1 when the memory's emotion is the conversation's, 0.5 when it shares its valence, else 0.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from ..store.settings import SettingsGroup, save_group, setting


@dataclass(frozen=True)
class RecallWeights:
    words_weight: float = 0.5
    meaning_weight: float = 0.5
    neighbour: float = 0.5
    session: float = 0.2
    person: float = 0.3
    time: float = 0.5
    emotion: float = 0.4
    fusion: str = "scores"  # "scores" (min-max) or "ranks" (reciprocal rank fusion)
    # BM25 column weights: the memory's text, the companion's reflection, persons, place, the date in
    # words, and the turn before it (its `context`). Every default here was chosen on the tune part of
    # benchmarks/data/recall (benchmarks/recall.py --ablate), never on its held-out part.
    columns: tuple[float, ...] = (1.0, 0.3, 1.0, 0.8, 0.6, 0.15)
    recency: float = 0.15
    half_life_days: float = 365.0
    intensity: float = 0.1
    congruence: float = 0.15
    painful_when_low: float = 0.3
    painful_intensity: int = 7  # from this intensity a sad, fearful, angry or disgusted memory is painful

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> RecallWeights:
        """Unknown keys are ignored and missing ones take their default: settings outlive versions."""
        known = {f.name: f.type for f in fields(cls)}
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in (data or {}).items() if k in known}
        return replace(cls(), **values)

    @classmethod
    def read(cls, reader: Any) -> RecallWeights:  # reader: store.ledger.LedgerReader
        return RecallSettings.read(reader).weights

    def save(self, ledger: Any) -> None:  # ledger: store.ledger.Ledger (journaled like every setting)
        save_group(ledger, RecallSettings.read(ledger), RecallSettings(self))


@dataclass(frozen=True)
class RecallSettings(SettingsGroup):
    """The settings group: the weights are stored together, as one JSON object."""

    weights: RecallWeights = setting("recall.weights", RecallWeights(), load=RecallWeights.from_dict,
                                     dump=RecallWeights.to_dict)
