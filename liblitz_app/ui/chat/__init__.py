"""The chat pane ("Parler"): talk with Liblitz, see which memories each reply was given."""
from .chat_pane import ChatPane

__all__ = ["ChatPane"]
