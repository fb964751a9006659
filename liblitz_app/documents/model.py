"""What a shared document is: a file or a page, cut into chunks that keep where they came from."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Kind(str, Enum):
    PDF = "pdf"
    TEXT = "text"
    MARKDOWN = "markdown"
    CSV = "csv"
    DOCX = "docx"
    WEB = "web"


@dataclass(frozen=True)
class Page:
    """A piece of the source as read: a PDF page (number from 1), or the whole of a pageless file."""

    text: str
    number: int | None = None
    section: str = ""  # a Markdown/DOCX heading; for CSV the rows, "12–40"


@dataclass(frozen=True)
class ChunkText:
    """A chunk about to be stored: never across two pages."""

    text: str
    page: int | None = None
    section: str = ""


@dataclass(frozen=True)
class Document:
    id: int
    kind: Kind
    name: str  # the file's name, or the page's title
    origin: str  # the file's path, or the page's address
    sha256: str
    pages: int | None
    chunks: int
    added_at: str  # ISO, UTC
    read_at: str  # ISO, UTC: for a page, when it was fetched

    @property
    def is_web(self) -> bool:
        return self.kind is Kind.WEB


@dataclass(frozen=True)
class Chunk:
    id: int  # also its point id in the documents' index
    document_id: int
    position: int
    text: str
    page: int | None = None
    section: str = ""


@dataclass(frozen=True)
class Source:
    """Where a passage comes from, enough to cite it: the document and the page or section."""

    document_id: int
    kind: Kind
    name: str
    origin: str
    read_at: str
    page: int | None = None
    section: str = ""
