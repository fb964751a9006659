"""Shared documents: a file (text, Markdown, PDF, CSV, DOCX) or a web page the user gives Liblitz.

A document is not a memory: it is chunked (each chunk keeps its file and page, section or rows),
embedded into its own index beside the memories', and recalled with words and meaning like them;
it never enters the review queue. Whatever is read enters a prompt quoted and labelled with its
source: text is data, never instructions. No Qt here: the store thread runs all of it.

    shelf = shelf_of(library)                       # on the store thread
    shelf.add_file(path, progress, cancelled)       # → Added(document, already)
    passages_for(library, question, limit=3)        # → quoted, labelled passages for the prompt
"""
from .errors import AddCancelled, DocumentError, EncryptedDocument, UnreadableDocument, WebDisabled, WebError
from .model import Chunk, Document, Kind, Page, Source
from .passages import Passage, cite, defused, passages_for
from .recall import DocumentHit, recall_documents
from .shelf import Added, DocumentShelf, close_shelf, shelf_of

__all__ = [
    "AddCancelled", "Added", "Chunk", "Document", "DocumentError", "DocumentHit", "DocumentShelf",
    "EncryptedDocument", "Kind", "Page", "Passage", "Source", "UnreadableDocument", "WebDisabled", "WebError",
    "cite", "close_shelf", "defused", "passages_for", "recall_documents", "shelf_of",
]
