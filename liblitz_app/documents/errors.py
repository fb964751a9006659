"""Why a shared file or a web page could not be read, in a sentence the user can read."""
from __future__ import annotations

from ..errors import UserError


class DocumentError(UserError, RuntimeError):
    """A shared document problem (a file, a page, a search)."""


class UnreadableDocument(DocumentError):
    """The file cannot be read as the kind it claims to be (damaged, empty, unknown kind)."""


class EncryptedDocument(DocumentError):
    """A PDF protected by a password: Liblitz never guesses one."""


class WebError(DocumentError):
    """A fetch or a search refused or failed: the sentence says which limit or which fault."""


class WebDisabled(WebError):
    sentence = "Le web est coupé : autorisez-le dans le menu Documents pour que Liblitz lise cette adresse."


class AddCancelled(DocumentError):
    sentence = "Ajout annulé : le document n'a pas été gardé."
