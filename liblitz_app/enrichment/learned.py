"""Small learned readers, shipped as cards: a logistic regression over named features, and its threshold.

The guards' rules name what they can see; on sets no rule was tuned on, some harms slip past them in more shapes
than rules can list. A reader learned from labelled pairs (scripts/train_readers.py, on the open evaluation sets)
weighs the same words a rule would look at and raises a flag only where the rules raised none. Each card
(resources/readers/<name>.json) holds the weights, the threshold set on cross-validated scores, the sets it learned
from and its cross-validated figures. Nothing is trained at run time; a missing card means the rules alone judge.
"""
from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from liblitz_app.resources import resource_path

log = logging.getLogger(__name__)

FOLDER = "readers"


def sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class LinearCard:
    weights: dict[str, float]
    bias: float
    threshold: float  # a probability at or over which the reader flags
    # Stricter thresholds for some readings, by name (the voice reader's "to_you": a reflection that also speaks to the
    # user); a reading whose threshold the card does not name is not judged.
    thresholds: dict[str, float] = field(default_factory=dict)

    def weight(self, feature: str) -> float:
        return self.weights.get(feature, 0.0)

    def probability(self, features: Iterable[str]) -> float:
        return sigmoid(self.bias + sum(self.weight(f) for f in features))

    @classmethod
    def from_file(cls, path: Path) -> LinearCard:
        card = json.loads(path.read_text(encoding="utf-8"))
        return cls(dict(card["weights"]), float(card["bias"]), float(card["threshold"]),
                   {str(k): float(v) for k, v in card.get("thresholds", {}).items()})


def card_path(name: str) -> Path:
    return resource_path(FOLDER, f"{name}.json")


def load_card(path: Path) -> LinearCard | None:
    try:
        return LinearCard.from_file(path)
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("reader card not loaded from %s: %s", path, error)
        return None


@cache
def shipped_card(name: str) -> LinearCard | None:
    """The card shipped with the app under this name; None (the rules alone judge) if missing or unreadable."""
    return load_card(card_path(name))
