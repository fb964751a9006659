"""The life of a memory: staged → released → proposed → in review → committed / rejected."""
from __future__ import annotations

from enum import Enum


class Status(str, Enum):
    STAGED = "staged"
    RELEASED = "released"
    PROPOSED = "proposed"
    IN_REVIEW = "in_review"
    COMMITTED = "committed"
    REJECTED = "rejected"


ALLOWED: dict[Status, frozenset[Status]] = {
    Status.STAGED: frozenset({Status.RELEASED, Status.COMMITTED, Status.REJECTED}),
    Status.RELEASED: frozenset({Status.PROPOSED, Status.IN_REVIEW, Status.STAGED, Status.REJECTED}),
    Status.PROPOSED: frozenset({Status.IN_REVIEW, Status.RELEASED, Status.REJECTED}),
    Status.IN_REVIEW: frozenset({Status.COMMITTED, Status.REJECTED, Status.RELEASED, Status.PROPOSED}),
    Status.COMMITTED: frozenset(),
    Status.REJECTED: frozenset({Status.RELEASED, Status.IN_REVIEW}),
}


class TransitionError(ValueError):
    user_facing = True  # its message is a sentence for the user (errors.describe)


def check_transition(current: Status, target: Status) -> None:
    if target not in ALLOWED[current]:
        raise TransitionError(f"Un souvenir « {current.value} » ne peut pas passer à « {target.value} ».")
