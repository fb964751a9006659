"""The life of a memory: staged → released → proposed → in review → committed / rejected."""
from __future__ import annotations

from enum import Enum

from ..errors import UserError


class Status(str, Enum):
    STAGED = "staged"
    RELEASED = "released"
    PROPOSED = "proposed"
    IN_REVIEW = "in_review"
    COMMITTED = "committed"
    REJECTED = "rejected"


# What the user reads for each status (French; English in the catalogue): the values are internal names.
STATUS_WORDS = {Status.STAGED: "en attente", Status.RELEASED: "libéré", Status.PROPOSED: "proposé",
                Status.IN_REVIEW: "à revoir", Status.COMMITTED: "retenu", Status.REJECTED: "écarté"}

ALLOWED: dict[Status, frozenset[Status]] = {
    Status.STAGED: frozenset({Status.RELEASED, Status.COMMITTED, Status.REJECTED}),
    Status.RELEASED: frozenset({Status.PROPOSED, Status.IN_REVIEW, Status.STAGED, Status.REJECTED}),
    Status.PROPOSED: frozenset({Status.IN_REVIEW, Status.RELEASED, Status.REJECTED}),
    Status.IN_REVIEW: frozenset({Status.COMMITTED, Status.REJECTED, Status.RELEASED, Status.PROPOSED}),
    Status.COMMITTED: frozenset(),
    Status.REJECTED: frozenset({Status.RELEASED, Status.IN_REVIEW}),
}


class TransitionError(UserError, ValueError):
    """A memory asked to move where its life does not go (committed → released…)."""


def check_transition(current: Status, target: Status) -> None:
    if target not in ALLOWED[current]:
        raise TransitionError("Un souvenir « {current} » ne peut pas passer à « {target} ».", current=current.value,
                              target=target.value)
