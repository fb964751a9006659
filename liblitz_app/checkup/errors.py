"""What can go wrong with a check-up, in sentences the user can act on (errors.UserError)."""
from __future__ import annotations

from ..errors import UserError


class CheckupError(UserError):
    """A check-up that could not run; nothing was kept."""


class ScenarioError(CheckupError):
    """A scenario file that cannot be read; the other scenarios still run."""


class NoScenario(CheckupError):
    sentence = ("Aucun scénario de bilan ne correspond : ajoutez des fichiers .json dans le dossier "
                "« checkups » de vos données (voir docs/checkups.md).")
