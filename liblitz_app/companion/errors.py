"""The companion's settings refused, in a sentence the user can read."""
from __future__ import annotations

from ..errors import UserError


class CompanionError(UserError, ValueError):
    """A setting the user typed cannot be used (an address that is not one, a negative delay)."""
