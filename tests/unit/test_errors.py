"""Every error reaches the user as a sentence: ours pass through, anything else gets a calm one."""
from __future__ import annotations

import pytest

from liblitz_app.embedding.download import ModelDownloadCancelled
from liblitz_app.errors import describe
from liblitz_app.index.base import IndexLocked, IndexModelMismatch
from liblitz_app.intake.errors import MissingTextColumn
from liblitz_app.llm.errors import OllamaError
from liblitz_app.memory import InvalidMemory, TransitionError
from liblitz_app.store.ledger import MemoryNotFound
from liblitz_app.store.library import TaskCancelled
from liblitz_app.store.schema import SchemaTooNew


@pytest.mark.parametrize("error", [
    InvalidMemory("Un souvenir a besoin d'un texte."), MemoryNotFound("Le souvenir n°3 n'existe pas."),
    IndexLocked("Liblitz est déjà ouvert."), IndexModelMismatch("Autre modèle."), SchemaTooNew("Trop récent."),
    TransitionError("Transition impossible."), MissingTextColumn("Aucune colonne de texte."),
    OllamaError("Ollama ne répond pas."), ModelDownloadCancelled("Téléchargement annulé."),
    TaskCancelled(),
])
def test_our_errors_keep_their_sentence(error: Exception) -> None:
    assert describe(error) == str(error)


def test_anything_else_is_a_calm_sentence_without_internals() -> None:
    sentence = describe(KeyError("internal_key"))
    assert "erreur inattendue" in sentence and "KeyError" in sentence and "internal_key" not in sentence
    assert "refusé" in describe(OSError(28, "No space left on device"))
