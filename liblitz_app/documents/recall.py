"""Recall over shared documents, with the memories' own pieces: the same folded, stemmed words
(memory/terms.py) against the chunks' FTS5 table, the same meaning (the embedder, the documents'
index, the background floor of store/relevance.py), fused the same way (recall/fusion.py with the
recall weights' words/meaning shares). A chunk comes back only if its words match or its meaning is
closer to the question than sentences about nothing: no passage is quoted to the model for nothing.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..recall.fusion import normalised
from ..memory.terms import match_expression, matching_words
from ..recall.weights import RecallWeights
from ..store import documents as rows
from ..store.relevance import relevance_floor
from .model import Chunk, Source
from .shelf import DocumentShelf

WORD_CANDIDATES = 100
MEANING_CANDIDATES = 50


@dataclass(frozen=True)
class DocumentHit:
    chunk: Chunk
    source: Source
    score: float  # comparable within one answer only
    words: tuple[str, ...] = ()  # the chunk's words that share a stem with the question's
    meaning: bool = False  # closer to the question than unrelated sentences


def recall_documents(shelf: DocumentShelf, query: str, limit: int = 5,
                     weights: RecallWeights | None = None) -> list[DocumentHit]:
    if not query.strip() or limit < 1:
        return []
    weights = weights or RecallWeights.read(shelf.ledger)
    by_words = dict(rows.word_hits(shelf.ledger, match_expression(query), WORD_CANDIDATES))
    vector = shelf.embedder.embed_query(query)
    # No filter: the documents' index holds their chunks only, and a condition every point meets still costs the
    # search a payload check per point (as for the memories' index: recall.index_filter).
    found = shelf.index.search(vector, shelf.model, limit=MEANING_CANDIDATES)
    by_meaning = {h.memory_id: h.score for h in found}
    floor = relevance_floor(vector, shelf.background())
    relevant = {i for i, s in by_meaning.items() if s > floor}
    words_scaled, meaning_scaled = normalised(by_words), normalised(by_meaning)
    fused = {i: weights.words_weight * words_scaled.get(i, 0.0) + weights.meaning_weight * meaning_scaled.get(i, 0.0)
             for i in {*by_words, *relevant}}
    best = sorted(fused, key=lambda i: (-fused[i], i))[:limit]
    cited = rows.cited_chunks(shelf.ledger, best)
    return [DocumentHit(cited[i][0], cited[i][1], fused[i], tuple(matching_words(query, cited[i][0].text)),
                        i in relevant) for i in best if i in cited]
