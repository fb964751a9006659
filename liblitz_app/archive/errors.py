"""What the archive tells the user when it refuses a file or stops."""
from __future__ import annotations

from ..errors import UserError


class ArchiveRefused(UserError, ValueError):
    """The file is not an archive this Liblitz can restore (bad zip, tampered, unknown format): nothing was written."""


class RestoreCancelled(UserError):
    sentence = "Restauration annulée : rien n'a été modifié."


class ExportCancelled(UserError):
    sentence = "Export annulé : aucun fichier n'a été écrit."
