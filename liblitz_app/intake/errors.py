"""Why an import could not go ahead, each with a sentence the user can read in their language."""
from __future__ import annotations

from ..errors import UserError


class IntakeError(UserError, ValueError):
    """An import problem the wizard and the CLI show as it is: `errors.describe(error)` is the sentence."""


class UnreadableFile(IntakeError):
    """The file cannot be opened, is empty, binary, or in an encoding we cannot read."""


class MalformedFile(IntakeError):
    """The file opens but its structure is broken (unterminated quote, ragged rows, bad JSON)."""


class MissingTextColumn(IntakeError):
    """No column holds the memories' text, or the mapping names a column the file lacks."""


class InvalidMapping(IntakeError):
    """A column mapping the user typed cannot be understood."""


class ImportCancelled(IntakeError):
    """The user cancelled: nothing of this import was written."""

    sentence = "Import annulé : rien n'a été enregistré, le registre est inchangé."
