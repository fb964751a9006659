"""The browser's search: one recall (liblitz_app/recall) on the store thread, whose every result the
table lists in relevance order ("Pertinence"), or in a column's order once the user picks one."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from ...companion.identity import load_people
from ...recall import Recall, RecallHit
from ...store.ledger import LedgerReader
from ...store.library import MemoryLibrary
from ...store.query import MemoryQuery
from .memory_table import Lister, Listing

RELEVANCE = "relevance"  # the query's sort while results are listed by relevance (the ledger never sees it)


@dataclass(frozen=True)
class SearchResults:
    """Every memory the recall found, best first, with why; and per memory the words to embolden."""

    listing: Listing
    words: Mapping[int, tuple[str, ...]]

    @classmethod
    def of(cls, hits: list[RecallHit]) -> SearchResults:
        found = [h for h in hits if h.why.found]  # not the merely least far by meaning
        return cls(Listing(tuple(h.memory.id for h in found), {h.memory.id: h.why.describe() for h in found}),
                   {h.memory.id: h.why.words for h in found})

    def lister(self) -> Lister:
        """The table's listing: this order for "Pertinence", else the ledger's order of these same results."""
        listing = self.listing

        def listed(reader: LedgerReader, query: MemoryQuery) -> Listing:
            if query.sort == RELEVANCE:
                return listing
            return Listing(tuple(reader.ids(replace(query, ids=frozenset(listing.ids)))), listing.why)
        return listed


def search(library: MemoryLibrary, text: str, filters: MemoryQuery) -> SearchResults:
    """Runs on the store thread: every memory that answers `text` within the browser's filters."""
    recall = Recall(library, people=load_people(library.ledger))
    return SearchResults.of(recall.recall(text, filters=replace(filters, ids=None), limit=None))
