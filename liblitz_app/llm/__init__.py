"""The language-model side: a synchronous, cancellable service over a local Ollama. No Qt."""
from .errors import (
    Cancelled, ModelNotFound, OllamaError, OllamaFailure, OllamaTimeout, OllamaUnavailable,
    StreamInterrupted,
)
from .retry import RetryPolicy
from .service import DEFAULT_URL, CancelFlag, Health, LocalModel, OllamaService

__all__ = [
    "DEFAULT_URL", "CancelFlag", "Cancelled", "Health", "LocalModel", "ModelNotFound", "OllamaError",
    "OllamaFailure", "OllamaService", "OllamaTimeout", "OllamaUnavailable", "RetryPolicy",
    "StreamInterrupted",
]
