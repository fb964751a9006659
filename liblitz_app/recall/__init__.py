"""Recall: finding the memories a question (or a conversation) is about, ranked, each saying why.

    Recall(library, people=who_is_who).recall("qu'est-ce que Léa m'a dit à Lyon ?", limit=10)

Serves the browser (every match, in relevance order) and the chat (conversation given: recency,
intensity and mood count too; painful memories are marked). No Qt here.
"""
from .finder import Recall, index_filter
from .hits import RecallHit, Why
from .weights import RecallWeights

__all__ = ["Recall", "RecallHit", "RecallWeights", "Why", "index_filter"]
