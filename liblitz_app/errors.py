"""Turning any exception into a sentence the user can read; the traceback goes to the log only.

Our own errors derive from `UserError`: they are raised with their French sentence, which is also
the key in the catalogue (resources/i18n/en.json), and the values to put in it:

    raise UnreadableFile("Le fichier « {name} » est vide : il n'y a rien à importer.", name=path.name)

`describe(error)` gives the sentence in the current language (`i18n.set_language`); `str(error)` stays
French, for the log. A sentence is never formatted before it is raised (an f-string would not be
found in the catalogue: tests/unit/test_translations.py checks every raise)."""
from __future__ import annotations

import logging
from typing import ClassVar

from .i18n import language, translate, tr

log = logging.getLogger("liblitz")


class UserError(Exception):
    """A failure told to the user, in their language. A subclass may set `sentence`, its default."""

    user_facing: ClassVar[bool] = True
    sentence: ClassVar[str] = ""

    def __init__(self, sentence: str = "", /, **values: object) -> None:
        self.key = sentence or self.sentence
        self.values = values
        super().__init__(self.key.format(**values) if values else self.key)

    def describe(self, code: str | None = None) -> str:
        """The sentence in language `code` (default: the current one). A value that is one of our
        errors is told in the same language; any other value (a system's detail) goes in as it is."""
        code = code or language()
        values = {k: v.describe(code) if isinstance(v, UserError) else v for k, v in self.values.items()}
        return translate(code, self.key, **values)


def is_user_facing(error: BaseException) -> bool:
    """Our own errors say `user_facing = True` (UserError): their message is a sentence meant for the
    user. Anything else is a bug or a system fault."""
    return bool(getattr(type(error), "user_facing", False))


def describe(error: BaseException) -> str:
    if isinstance(error, UserError):
        return error.describe()
    if is_user_facing(error):
        return str(error)
    log.error("Erreur inattendue", exc_info=error)
    if isinstance(error, PermissionError):
        return tr("Liblitz n'a pas le droit d'écrire ici : {path}. Rien n'a été perdu.",
                  path=getattr(error, "filename", "") or "")
    if isinstance(error, OSError):
        return tr("Le disque a refusé l'opération ({detail}). Rien de ce qui était enregistré n'a été perdu.",
                  detail=error.strerror or type(error).__name__)
    return tr("Une erreur inattendue est survenue ({kind}). Rien de ce qui était enregistré n'a été perdu ; "
              "les détails sont dans le journal de Liblitz.", kind=type(error).__name__)
