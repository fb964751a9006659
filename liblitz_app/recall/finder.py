"""One recall for the browser and the chat: words (BM25 on stems) and meaning (the embedder and the
index), fused on normalised scores, lifted by a memory's context (neighbouring turns, its session or
day), the persons and the time the query names; for the chat, recency, intensity and mood on top.
The formula and its weights are in weights.py. Runs on the store's owner thread (it reads the ledger
and the index, and brings the word index up to date first)."""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any, Protocol

import numpy as np

from ..index.base import IndexFilter, IndexSearch
from ..memory import Emotion, Memory
from ..memory.folding import fold
from ..memory.terms import date_in_words, match_expression, matching_words, words
from ..store import words as word_index
from ..store.ledger import Ledger
from ..store.library import MemoryLibrary, day_seconds
from ..store.query import MemoryQuery
from ..store.words import Traits, WordReads
from .conversation import chat_parts, conversation_mood, is_painful
from .feelings import named_emotion
from .fusion import normalised, reciprocal_ranks
from .hits import RecallHit, Why
from .periods import Period, query_period
from .weights import RecallWeights

MEANING_CANDIDATES = 100
WORD_CANDIDATES = 300  # for a ranked answer of `limit`; every match when the caller wants them all
ALL_WORD_MATCHES = 20000
NEIGHBOUR_SEEDS = 30  # the best word matches whose neighbours are looked up
CONTEXT_CANDIDATES = 150  # the best fused candidates whose session is looked up
QUERY_CHARACTERS = 1000  # what recall reads of a long message (a question is a few dozen)


class PeopleBook(Protocol):
    """Who is who (enrichment/persona.py's WhoIsWho, or the companion package's): names and nicknames."""

    def mentioned_in(self, text: str) -> list[tuple[Any, str, tuple[int, int]]]: ...


@dataclass(frozen=True)
class _Asked:
    """What the query names besides its words: a time, a feeling."""

    period: Period | None
    feeling: Emotion | None


@dataclass
class _Candidates:
    """Scores gathered for one query, memory id → value."""

    words: dict[int, float]
    meaning: dict[int, float]
    meaning_found: set[int]  # above the relevance floor
    neighbour_of: dict[int, int]
    neighbour_score: dict[int, float]


def index_filter(query: MemoryQuery) -> IndexFilter:
    """The filters the index applies itself before ranking by meaning (the ledger checks every one after).
    No status: the index holds committed memories only, and a condition every point meets still costs the
    search a payload check per point (a fifth of it at 50k)."""
    return IndexFilter(emotions=frozenset(e.value for e in query.emotions), intensity_min=query.intensity_min,
                       intensity_max=query.intensity_max, date_from=day_seconds(query.date_from),
                       date_to=day_seconds(query.date_to), status=None)


def base_filters(filters: MemoryQuery | None) -> MemoryQuery:
    """The browser's filters without its own word search (recall does the words)."""
    return replace(filters or MemoryQuery(), words="", meaning_ids=frozenset())


class Recall:
    """`recall(query, conversation, filters, limit)` → ranked hits, best first, each saying why."""

    def __init__(self, library: MemoryLibrary | None, people: PeopleBook | None = None,
                 weights: RecallWeights | None = None, ledger: Ledger | None = None) -> None:
        """Without a library (a command run while the window holds the index, which one process only may open),
        the meaning side is left out: words, persons, times and context are read from `ledger`."""
        self.library = library
        self.ledger = library.ledger if library is not None else ledger
        if self.ledger is None:
            raise ValueError("Recall needs a library or a ledger")
        self.people = people
        self.weights = weights or RecallWeights.read(self.ledger)

    def recall(self, query: str, conversation: Sequence[str] = (), filters: MemoryQuery | None = None,
               limit: int | None = 20, today: date | None = None, mood: Emotion | None = None) -> list[RecallHit]:
        """The best `limit` memories for the query (None: every memory something speaks for, the browser's
        list). With a conversation, ranked for the chat (recency, intensity, mood; painful ones marked)."""
        today = today or date.today()
        query = _clipped(query)
        filters = base_filters(filters)
        period = query_period(query, today)
        feeling = named_emotion(query) if self.weights.emotion else None
        named = self._named_persons(query)
        word_text = " ".join((query, *named))
        if period is not None and not words(_without(query, period.said)) and not named:
            return self._period_only(period, filters, limit)
        by_meaning = self.library is not None and query.strip() and not filters.forgotten
        vector = self.library.embedder.embed_query(query) if by_meaning else None
        with word_index.reading(self.ledger) as conn:
            found = self._candidates(conn, word_text, vector, filters, _Asked(period, feeling), limit)
            ranked = self._relevance(conn, found, filters, _Asked(period, feeling), named, query, word_text, limit)
        if conversation:
            ranked = self._for_chat(ranked, conversation, today, mood)
        return ranked if limit is None else ranked[:limit]

    # --- candidates ---------------------------------------------------------------------------

    def _candidates(self, conn: WordReads, word_text: str, vector: np.ndarray | None, filters: MemoryQuery,
                    asked: _Asked, limit: int | None) -> _Candidates:
        cap = ALL_WORD_MATCHES if limit is None else max(WORD_CANDIDATES, limit)
        words_found = dict(conn.word_hits(match_expression(word_text), filters, cap, self.weights.columns))
        meaning, above = self._by_meaning(vector, filters, asked)
        found = _Candidates(words_found, meaning, above, {}, {})
        self._neighbours(conn, found, filters)
        return found

    def _by_meaning(self, vector: np.ndarray | None, filters: MemoryQuery, asked: _Asked
                    ) -> tuple[dict[int, float], set[int]]:
        if vector is None:
            return {}, set()
        library = self.library
        assert library is not None  # no vector without it
        where = index_filter(filters)
        searches = [IndexSearch(MEANING_CANDIDATES, where)]
        period = asked.period
        if period is not None:  # the period's own best, so a time in the query can lift them
            within = replace(where, date_from=day_seconds(max(period.start, filters.date_from or period.start)),
                             date_to=day_seconds(min(period.end, filters.date_to or period.end)))
            searches.append(IndexSearch(MEANING_CANDIDATES // 2, within))
        if asked.feeling is not None and not where.emotions:  # likewise for the feeling it names
            felt = replace(where, emotions=frozenset({asked.feeling.value}))
            searches.append(IndexSearch(MEANING_CANDIDATES // 2, felt))
        scores: dict[int, float] = {}
        for hits in library.index.search_many(vector, library.model, searches):
            for hit in hits:
                scores[hit.memory_id] = max(hit.score, scores.get(hit.memory_id, -math.inf))
        floor = library.meaning_floor(vector)
        return scores, {i for i, s in scores.items() if s > floor}

    def _neighbours(self, conn: WordReads, found: _Candidates, filters: MemoryQuery) -> None:
        """The turn before (or after) a good word match gets a share of its score: the answer to a
        question is often in the turn that follows it."""
        if not self.weights.neighbour or not found.words:
            return
        word_scores = normalised(found.words)
        seeds = sorted(word_scores, key=word_scores.__getitem__, reverse=True)[:NEIGHBOUR_SEEDS]
        for seed, context in conn.contexts(seeds).items():
            for other in conn.neighbours(context, filters):
                if word_scores[seed] > found.neighbour_score.get(other, 0.0):
                    found.neighbour_score[other] = word_scores[seed]
                    found.neighbour_of[other] = seed

    # --- relevance ----------------------------------------------------------------------------

    def _fused(self, found: _Candidates) -> tuple[dict[int, float], dict[int, float], dict[int, float]]:
        w = self.weights
        scale = normalised if w.fusion == "scores" else reciprocal_ranks
        by_words, by_meaning = scale(found.words), scale(found.meaning)
        lifted = {i: by_words.get(i, 0.0) + w.neighbour * found.neighbour_score.get(i, 0.0)
                  for i in {*by_words, *found.neighbour_score}}
        ids = {*lifted, *by_meaning}
        fused = {i: w.words_weight * lifted.get(i, 0.0) + w.meaning_weight * by_meaning.get(i, 0.0) for i in ids}
        return fused, lifted, by_meaning

    def _relevance(self, conn: WordReads, found: _Candidates, filters: MemoryQuery, asked: _Asked,
                   named: tuple[str, ...], query: str, word_text: str, limit: int | None) -> list[RecallHit]:
        fused, lifted, by_meaning = self._fused(found)
        traits = conn.traits(list(fused), filters)  # the ledger has the last word: filters, bin
        ids = [i for i in fused if i in traits]
        query_words = frozenset(words(word_text))
        named_shares = self._named_shares([traits[i] for i in ids], asked, query_words)
        spoken = _spoken_for(ids, found, named_shares)
        sessions = self._session_scores(conn, {i: fused[i] for i in ids}, {i for i, s in zip(ids, spoken) if s})
        w = self.weights
        shares = {"words": [w.words_weight * lifted.get(i, 0.0) for i in ids],
                  "meaning": [w.meaning_weight * by_meaning.get(i, 0.0) for i in ids],
                  "session": [w.session * sessions.get(i, 0.0) for i in ids], **named_shares}
        # Hundreds of candidates, ten shown: the shares are summed and ranked as arrays (in the order above,
        # so each total is the same float as summing one memory's shares), and only the shown get a dict.
        total = np.zeros(len(ids))
        for column in shares.values():
            total += column
        order = np.lexsort((-np.array(ids, dtype=np.int64), -total))  # best first; the newer id on a tie
        order = order[(spoken | (np.asarray(shares["session"]) > 0))[order]]  # something speaks for each one
        shown = [int(k) for k in (order if limit is None else order[:limit])]
        memories = conn.living([ids[k] for k in shown], filters)
        return [self._hit(memories[ids[k]], float(total[k]), {name: column[k] for name, column in shares.items()},
                          found, asked, sessions, (word_text, query_words))
                for k in shown if ids[k] in memories]

    def _named_shares(self, traits: list[Traits], asked: _Asked, query_words: frozenset[str]
                      ) -> dict[str, list[float]]:
        """The bonuses for what the query names: one of the memory's persons, its time, its feeling."""
        w, period = self.weights, asked.period
        return {"person": [w.person if _persons_named(t.persons, query_words) else 0.0 for t in traits],
                "time": [w.time if period is not None and _falls_in(t, period) else 0.0 for t in traits],
                "emotion": [w.emotion * _felt(t, asked.feeling) for t in traits]}

    def _hit(self, memory: Memory, score: float, parts: dict[str, float], found: _Candidates, asked: _Asked,
             sessions: dict[int, float], said: tuple[str, frozenset[str]]) -> RecallHit:
        word_text, query_words = said
        why = Why(meaning=memory.id in found.meaning_found, persons=_persons_named(memory.fields.persons, query_words),
                  time=asked.period.said if parts["time"] else "", neighbour=found.neighbour_of.get(memory.id),
                  session=sessions.get(memory.id, 0.0) > 0, feeling=parts["emotion"] > 0)
        hit = RecallHit(memory, score, why, is_painful(memory, self.weights), parts)
        return _explained(hit, word_text) if memory.id in found.words else hit

    def _session_scores(self, conn: WordReads, fused: dict[int, float], spoken: set[int]) -> dict[int, float]:
        """For each memory, the best fused score of another memory of its session or day that something
        speaks for (`spoken`)."""
        if not self.weights.session:
            return {}
        best = sorted(fused, key=fused.__getitem__, reverse=True)[:CONTEXT_CANDIDATES]
        by_session: dict[str, list[int]] = {}
        for memory_id, context in conn.contexts(best).items():
            if context.session is not None:
                by_session.setdefault(context.session, []).append(memory_id)
        scores: dict[int, float] = {}
        for members in by_session.values():
            ordered = sorted((m for m in members if m in spoken), key=fused.__getitem__, reverse=True)
            for memory_id in members:
                others = [m for m in ordered[:2] if m != memory_id]
                if others:
                    scores[memory_id] = fused[others[0]]
        return scores

    def _period_only(self, period: Period, filters: MemoryQuery, limit: int | None) -> list[RecallHit]:
        """A query that only names a time: that time's memories, in the order they happened."""
        with word_index.reading(self.ledger) as conn:
            ids = conn.ids_between(period.start, period.end, filters, ALL_WORD_MATCHES if limit is None else limit)
            memories = conn.living(ids, filters)
        return [RecallHit(memories[i], self.weights.time, Why(time=period.said), is_painful(memories[i], self.weights),
                          {"time": self.weights.time}) for i in ids if i in memories]

    # --- persons and the chat -----------------------------------------------------------------

    def _named_persons(self, query: str) -> tuple[str, ...]:
        """Every name (and nickname) of each person the query names through who-is-who."""
        if self.people is None:
            return ()
        names: dict[str, None] = {}
        for person, _said, _span in self.people.mentioned_in(query):
            names.update(dict.fromkeys(getattr(person, "names", (person.name,))))
        return tuple(names)

    def _for_chat(self, hits: list[RecallHit], conversation: Sequence[str], today: date,
                  mood: Emotion | None = None) -> list[RecallHit]:
        if not hits:
            return hits
        mood = mood or conversation_mood(conversation)  # the chat's reading of the user's message, when given
        best = max(h.score for h in hits) or 1.0
        rescored = []
        for hit in hits:
            parts = chat_parts(hit.memory, hit.score / best, mood, today, self.weights)
            rescored.append(replace(hit, score=sum(parts.values()), parts={**hit.parts, **parts}))
        return sorted(rescored, key=lambda h: (-h.score, -h.memory.id))


def _spoken_for(ids: list[int], found: _Candidates, named: dict[str, list[float]]) -> np.ndarray:
    """Which candidates something speaks for: their words, a neighbour's, a meaning above the floor a sentence
    about nothing reaches, or a person, time or feeling the query names. A meaning below that floor is only
    the nearest of unrelated memories (a small library gives every memory to any question): such a memory is
    shown only when a session-mate is spoken for."""
    spoken = np.array([i in found.words or i in found.neighbour_score or i in found.meaning_found for i in ids],
                      dtype=bool)
    for column in named.values():
        spoken |= np.asarray(column) > 0
    return spoken


def _explained(hit: RecallHit, word_text: str) -> RecallHit:
    """The memory's own words (and date words) that matched, for the why column and the bold; when none
    did, the words were those of the turn before it (the word index's `context` column)."""
    fields = hit.memory.fields
    said = " ".join((hit.memory.text, fields.place, *fields.persons, fields.reflection,
                     date_in_words(fields.time.start)))
    own = tuple(matching_words(word_text, said))
    return replace(hit, why=replace(hit.why, words=own, turn_before=not own))  # else the turn before matched


def _clipped(query: str) -> str:
    """The query's first QUERY_CHARACTERS, cut at a word: a pasted letter of 50,000 characters took recall
    over a minute (every word a term, the whole text embedded window by window) while the chat waited."""
    if len(query) <= QUERY_CHARACTERS:
        return query
    cut = query[:QUERY_CHARACTERS]
    return cut[:cut.rfind(" ")] if " " in cut else cut


def _without(query: str, said: str) -> str:
    return fold(query).replace(fold(said), " ")


def _persons_named(persons: tuple[str, ...], query_words: frozenset[str]) -> tuple[str, ...]:
    """The persons whose every name word the query holds ("Léa" for "…avec Lea ?")."""
    return tuple(p for p in persons if (name := _name_words(p)) and name <= query_words)


@lru_cache(maxsize=4096)
def _name_words(person: str) -> frozenset[str]:
    return frozenset(words(person))


def _felt(traits: Traits, feeling: Emotion | None) -> float:
    """1 for the named feeling at full intensity, less when milder (unrated counts as middling)."""
    if feeling is None or traits.emotion != feeling.value:
        return 0.0
    return (traits.intensity if traits.intensity is not None else 5) / 10


def _falls_in(traits: Traits, period: Period) -> bool:
    if traits.start is None:
        return False
    return traits.start <= period.end and (traits.end or traits.start) >= period.start
