"""Ollama's failures, told in sentences the user can act on, in their language (errors.UserError)."""
from __future__ import annotations

from ..errors import UserError


class OllamaError(UserError):
    """Base: raised with its French sentence (the catalogue key) and values; `describe()` translates
    into the current language. `message_fr` / `message_en` give one language whatever the current one."""

    @property
    def message_fr(self) -> str:
        return self.describe("fr")

    @property
    def message_en(self) -> str:
        return self.describe("en")


class OllamaUnavailable(OllamaError):
    def __init__(self, url: str) -> None:
        super().__init__("Ollama ne répond pas à {url}. Lancez-le avec « ollama serve », "
                         "ou vérifiez son adresse (menu Mémoire ▸ Ollama…).", url=url)


class ModelNotFound(OllamaError):
    def __init__(self, model: str) -> None:
        super().__init__("Le modèle « {model} » n'est pas installé dans Ollama. "
                         "Installez-le avec « ollama pull {model} », ou choisissez-en un autre.", model=model)
        self.model = model


class OllamaTimeout(OllamaError):
    """Names the delay the user set (the Ollama settings' `timeout`), so they know what to lengthen."""

    def __init__(self, seconds: float) -> None:
        super().__init__("Ollama n'a pas répondu en {seconds} s (le délai d'attente réglé). Le modèle est "
                         "peut-être encore en train de se charger : réessayez, ou allongez le délai d'attente "
                         "(menu Mémoire ▸ Ollama…).", seconds=f"{seconds:g}")
        self.seconds = seconds


class StreamInterrupted(OllamaError):
    sentence = "La connexion à Ollama a été coupée pendant la réponse. Réessayez."


class ModelStopped(OllamaError):
    """Ollama answered, then reported an error inside the stream (the model crashed, ran out of memory…)."""

    def __init__(self, detail: str) -> None:
        super().__init__("Le modèle s'est arrêté pendant sa réponse : {detail}. Réessayez, ou choisissez un "
                         "modèle plus petit.", detail=detail or "Ollama ne dit pas pourquoi")


class OllamaFailure(OllamaError):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__("Ollama a renvoyé une erreur ({status}) : {detail}", status=status, detail=detail)
        self.status = status


class Cancelled(OllamaError):
    sentence = "Demande annulée."

