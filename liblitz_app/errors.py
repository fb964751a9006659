"""Turning any exception into a sentence the user can read; the traceback goes to the log only."""
from __future__ import annotations

import logging

log = logging.getLogger("liblitz")

def is_user_facing(error: BaseException) -> bool:
    """Our own errors say `user_facing = True`: their message is a sentence meant for the user.
    Anything else is a bug or a system fault."""
    return bool(getattr(type(error), "user_facing", False))


def describe(error: BaseException) -> str:
    from .i18n import tr
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
