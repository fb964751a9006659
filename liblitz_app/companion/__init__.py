"""The companion: who it is (its persona card, the who-is-who of the user's life) and its settings
(Ollama, the embedding model, the vector index, the pace of arrivals). Pure Python, no Qt; any pane
(review, chat, a persona editor) reads it through here, never through `review/`."""
from ..store.settings import EmbeddingSettings, IndexSettings
from .errors import CompanionError
from .identity import (
    PEOPLE_KEY, PERSONA_KEY, add_people, load_people, load_persona, merged, save_people, save_persona,
)
from .settings import (
    ENV_OLLAMA_URL, GROUPS, SECRET_KEYS, TASKS, CompanionSettings, Group, OllamaSettings, PaceSettings,
    choose_model, model_key, ollama_address, ollama_timeout, save,
)

__all__ = [
    "ENV_OLLAMA_URL", "GROUPS", "PEOPLE_KEY", "PERSONA_KEY", "SECRET_KEYS", "TASKS", "CompanionError",
    "CompanionSettings", "EmbeddingSettings", "Group", "IndexSettings", "OllamaSettings", "PaceSettings",
    "add_people", "choose_model", "load_people", "load_persona", "merged", "model_key", "ollama_address",
    "ollama_timeout", "save", "save_people", "save_persona",
]
