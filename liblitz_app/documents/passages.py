"""Passages for the chat's prompt: what recall found in shared documents, quoted and labelled with
their source, to be placed inside the prompt's data block. Text read is data, never instructions:
the passage is quoted whole, and anything in it that looks like the block's own marks is defused.

    passages_for(library, "que dit le rapport sur le budget ?", limit=3)
    → [Passage(label="rapport.pdf, p. 3", text="…", …)]; `passage.quoted()` is ready for the block.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..i18n import tr
from .model import Kind, Source
from .recall import DocumentHit, recall_documents
from ..store import documents as rows
from .shelf import DocumentShelf, shelf_of
from .web import urls_in

if TYPE_CHECKING:  # for annotations only: the shelf takes whatever library the store thread holds
    from ..store.library import MemoryLibrary

# What a quoted passage must not be able to close or open: the prompt's fences and tags, our quote marks.
_LOOK_ALIKES = re.compile(r"```+|<\s*/?\s*[A-Za-z_][\w:-]*\s*>|«|»|^\s*\[(?=[^\]]*\]\s*$)", re.MULTILINE)


@dataclass(frozen=True)
class Passage:
    label: str  # "rapport.pdf, p. 3" — the citation the reply can give
    text: str  # the chunk as read
    source: Source
    score: float

    def quoted(self) -> str:
        """The passage as the data block holds it: its source on one line, its words quoted below."""
        return f"[{tr('document')} : {self.label}]\n« {defused(self.text)} »"


def cite(source: Source) -> str:
    """How the reply names where a passage comes from: the file and page, section or rows; a page's
    title, address and the day it was read."""
    if source.kind is Kind.WEB and source.page is not None:  # a PDF read from the web
        return tr("{title}, p. {page} — {address}, lue le {day}", title=source.name, page=source.page,
                  address=source.origin, day=source.read_at[:10])
    if source.kind is Kind.WEB:
        return tr("{title} — {address}, lue le {day}", title=source.name, address=source.origin,
                  day=source.read_at[:10])
    if source.page is not None:
        return tr("{name}, p. {page}", name=source.name, page=source.page)
    if source.section and source.kind is Kind.CSV:
        return tr("{name}, lignes {rows}", name=source.name, rows=source.section)
    if source.section:
        return f"{source.name}, § {source.section}"
    return source.name


def defused(text: str) -> str:
    """The text with every mark that could end the quote or open a block of the prompt made inert."""
    return _LOOK_ALIKES.sub(lambda m: _inert(m.group()), text)


def _inert(mark: str) -> str:
    return {"«": "‹", "»": "›"}.get(mark, mark.replace("<", "‹").replace(">", "›").replace("`", "'")
                                    .replace("[", "("))


def passage(hit: DocumentHit) -> Passage:
    return Passage(cite(hit.source), hit.chunk.text, hit.source, hit.score)


def passages_for(library: MemoryLibrary, query: str, limit: int = 3) -> list[Passage]:
    """The shared documents' passages that answer `query`, best first (none when nothing matches).
    A page whose address the message holds ("https://… qu'en penses-tu ?") is what the message is
    about: its passages come first, its best matches or else its beginning. Runs on the store thread
    (it reads the ledger, embeds the query and searches the documents' index)."""
    if not rows.any_ready(library.ledger):  # nothing shared: the documents' index is not even opened
        return []
    shelf = shelf_of(library)
    addresses = urls_in(query)
    pinned = rows.documents_at(shelf.ledger, addresses)
    question = query
    for address in addresses:
        question = question.replace(address, " ")
    hits = recall_documents(shelf, question, limit * 3 if pinned else limit)
    about = [h for h in hits if h.source.document_id in pinned]
    found = [passage(h) for h in about] or _beginning(shelf, pinned, limit)
    return (found + [passage(h) for h in hits if h.source.document_id not in pinned])[:limit]


def _beginning(shelf: DocumentShelf, pinned: list[int], limit: int) -> list[Passage]:
    cited = rows.cited_chunks(shelf.ledger, [c.id for d in pinned for c in shelf.chunks(d)[:limit]])
    ordered = sorted(cited.values(), key=lambda found: (pinned.index(found[1].document_id), found[0].position))
    return [Passage(cite(source), chunk.text, source, 0.0) for chunk, source in ordered][:limit]
