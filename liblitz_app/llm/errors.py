"""Ollama's failures, told in sentences the user can act on (French first)."""
from __future__ import annotations


class OllamaError(Exception):
    """Base: `str(error)` is the French sentence shown to the user; `message_en` the English one."""

    user_facing = True  # its message is a sentence for the user (errors.describe)

    def __init__(self, message_fr: str, message_en: str = "") -> None:
        super().__init__(message_fr)
        self.message_fr = message_fr
        self.message_en = message_en or message_fr


class OllamaUnavailable(OllamaError):
    def __init__(self, url: str) -> None:
        super().__init__(
            f"Ollama ne répond pas à {url}. Lancez-le avec « ollama serve », "
            "ou vérifiez l'adresse dans les réglages.",
            f"Ollama is not answering at {url}. Start it with “ollama serve”, "
            "or check the address in the settings.",
        )


class ModelNotFound(OllamaError):
    def __init__(self, model: str) -> None:
        super().__init__(
            f"Le modèle « {model} » n'est pas installé dans Ollama. "
            f"Installez-le avec « ollama pull {model} », ou choisissez-en un autre.",
            f"The model “{model}” is not installed in Ollama. "
            f"Install it with “ollama pull {model}”, or choose another one.",
        )
        self.model = model


class OllamaTimeout(OllamaError):
    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"Ollama n'a pas répondu en {seconds:g} s. Le modèle est peut-être encore en train de "
            "se charger : réessayez, ou allongez le délai dans les réglages.",
            f"Ollama did not answer within {seconds:g} s. The model may still be loading: "
            "try again, or allow more time in the settings.",
        )


class StreamInterrupted(OllamaError):
    def __init__(self) -> None:
        super().__init__(
            "La connexion à Ollama a été coupée pendant la réponse. Réessayez.",
            "The connection to Ollama was cut during the answer. Try again.",
        )


class OllamaFailure(OllamaError):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(
            f"Ollama a renvoyé une erreur ({status}) : {detail}",
            f"Ollama returned an error ({status}): {detail}",
        )
        self.status = status


class Cancelled(OllamaError):
    def __init__(self) -> None:
        super().__init__("Demande annulée.", "Request cancelled.")
