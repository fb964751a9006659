"""Reading a shared file into pages: PDF (pypdf), DOCX (python-docx), Markdown, plain text, CSV.

A PDF keeps its pages (numbered from 1); a Markdown or DOCX file is cut at its headings (each
section remembers its heading); a CSV becomes blocks of rows ("col: value · col: value"), each
remembering its rows; plain text is one pageless piece. Raises UnreadableDocument or
EncryptedDocument with a sentence. Runs on a worker thread: `progress(done, total)` after each
page, and `cancelled()` is looked at between pages.
"""
from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..intake.errors import IntakeError
from ..intake.reading import open_table
from .errors import AddCancelled, EncryptedDocument, UnreadableDocument
from .model import Kind, Page

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

KINDS = {".pdf": Kind.PDF, ".md": Kind.MARKDOWN, ".markdown": Kind.MARKDOWN, ".txt": Kind.TEXT,
         ".text": Kind.TEXT, ".csv": Kind.CSV, ".tsv": Kind.CSV, ".docx": Kind.DOCX}
MAX_FILE_BYTES = 200_000_000  # read whole into memory: a bigger file is refused, not half-read
# Every passage is embedded on the store's thread before the document is ready: a 32-million-character text held
# it (and the chat's messages) for minutes. Two million characters, ~2,200 passages, take well under a minute.
MAX_TEXT_CHARACTERS = 2_000_000
CSV_BLOCK_CHARS = 1500  # rows are grouped into blocks of about this size, each cited by its rows
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True)
class ReadFile:
    kind: Kind
    name: str
    sha256: str
    pages: list[Page]
    page_count: int | None  # a PDF's pages; None for a pageless file


def kind_of(path: Path) -> Kind:
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        raise UnreadableDocument(
            "Liblitz ne sait pas lire « {name} » : elle lit le texte, le Markdown, le PDF, le CSV et le DOCX.",
            name=path.name)
    return kind


def read_file(path: Path, progress: Progress | None = None, cancelled: Cancelled | None = None) -> ReadFile:
    path = Path(path)
    kind = kind_of(path)
    data = _bytes(path)
    readers = {Kind.PDF: _pdf_pages, Kind.DOCX: _docx_pages, Kind.MARKDOWN: _markdown_pages,
               Kind.TEXT: _text_pages, Kind.CSV: _csv_pages}
    cancelled = cancelled or _never
    pages = readers[kind](path, data, progress or _quiet, cancelled)
    if cancelled():
        raise AddCancelled()
    if not any(p.text.strip() for p in pages):
        raise UnreadableDocument("« {name} » ne contient aucun texte lisible (un PDF scanné n'a que des images).",
                                 name=path.name)
    if sum(len(p.text) for p in pages) > MAX_TEXT_CHARACTERS:
        raise UnreadableDocument("« {name} » est trop long pour être partagé (plus de deux millions de caractères de "
                                 "texte, environ mille pages) : partagez-en une partie.", name=path.name)
    count = len(pages) if kind is Kind.PDF else None
    return ReadFile(kind, path.name, hashlib.sha256(data).hexdigest(), pages, count)


def _bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UnreadableDocument("« {name} » dépasse {mb} Mo : Liblitz ne lit pas un fichier aussi grand.",
                                     name=path.name, mb=MAX_FILE_BYTES // 1_000_000)
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableDocument("Le fichier « {name} » est introuvable.", name=path.name) from None
    except IsADirectoryError:
        raise UnreadableDocument("« {name} » est un dossier, pas un fichier.", name=path.name) from None
    except OSError as error:
        raise UnreadableDocument("Le fichier « {name} » ne peut pas être lu ({error}).", name=path.name,
                                 error=error.strerror) from None
    if not data.strip():
        raise UnreadableDocument("Le fichier « {name} » est vide.", name=path.name)
    return data


def _quiet(done: int, total: int) -> None:
    pass


def _never() -> bool:
    return False


# --- PDF ------------------------------------------------------------------------------------------

def read_pdf(name: str, data: bytes, cancelled: Cancelled | None = None) -> list[Page]:
    """A PDF's pages from its bytes (a PDF read from the web): the same reading as a shared file's."""
    return _pdf_pages(Path(name), data, _quiet, cancelled or _never)


def _pdf_pages(path: Path, data: bytes, progress: Progress, cancelled: Cancelled) -> list[Page]:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # pypdf tells of every small defect it repairs through logging: the page is read anyway.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        _unlock(reader, path)
        total = len(reader.pages)
        pages = []
        for number, page in enumerate(reader.pages, start=1):
            if cancelled():
                break
            pages.append(Page(_tidy(page.extract_text() or ""), number))
            progress(number, total)
        return pages
    except (EncryptedDocument, UnreadableDocument, AddCancelled):
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        log.info("PDF %s unreadable: %r", path.name, error)  # the error's name says nothing to the user: logged
        raise UnreadableDocument("Le PDF « {name} » est abîmé ou illisible : ouvrez-le et enregistrez-en une copie, "
                                 "puis partagez-la.", name=path.name) from error


def _unlock(reader: object, path: Path) -> None:
    """An encrypted PDF opens only if it has no user password (some are 'protected' against printing
    only); Liblitz never asks for or guesses one."""
    from pypdf import PasswordType
    from pypdf.errors import DependencyError, FileNotDecryptedError

    if not reader.is_encrypted:  # type: ignore[attr-defined]
        return
    try:
        opened = reader.decrypt("")  # type: ignore[attr-defined]
    except (DependencyError, FileNotDecryptedError, NotImplementedError):
        opened = PasswordType.NOT_DECRYPTED
    if opened == PasswordType.NOT_DECRYPTED:
        raise EncryptedDocument(
            "Le PDF « {name} » est protégé par un mot de passe : enregistrez-en une copie sans protection, "
            "puis partagez-la.", name=path.name)


def _tidy(text: str) -> str:
    # PDF text often cuts words at line ends ("inter-\nnational") and pads lines with spaces.
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    return "\n".join(line.strip() for line in text.splitlines())


# --- DOCX -----------------------------------------------------------------------------------------

def _docx_pages(path: Path, data: bytes, progress: Progress, cancelled: Cancelled) -> list[Page]:
    import io
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        log.info("DOCX %s unreadable: %r", path.name, error)
        raise UnreadableDocument("Le document « {name} » n'est pas un DOCX lisible : ouvrez-le et enregistrez-le de "
                                 "nouveau au format Word, puis partagez-le.", name=path.name) from error
    sections: list[tuple[str, list[str]]] = [("", [])]
    for paragraph in document.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if style.lower().startswith(("heading", "titre", "title")) and paragraph.text.strip():
            sections.append((paragraph.text.strip(), []))
        elif paragraph.text.strip():
            sections[-1][1].append(paragraph.text.strip())
    for table in document.tables:
        rows = [" · ".join(cell.text.strip() for cell in row.cells) for row in table.rows]
        sections.append(("", rows))
    progress(1, 1)
    return [Page("\n\n".join(lines), None, title) for title, lines in sections if lines]


# --- text, Markdown, CSV --------------------------------------------------------------------------

def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else Windows-1252: the two encodings text files are in here."""
    head = data[:65536]
    if b"\x00" in head:
        raise UnreadableDocument("Le fichier « {name} » n'est pas du texte : il semble binaire.", name=name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _text_pages(path: Path, data: bytes, progress: Progress, cancelled: Cancelled) -> list[Page]:
    progress(1, 1)
    return [Page(decode_text(data, path.name))]


def _markdown_pages(path: Path, data: bytes, progress: Progress, cancelled: Cancelled) -> list[Page]:
    sections: list[tuple[str, list[str]]] = [("", [])]
    fenced = False
    for line in decode_text(data, path.name).splitlines():
        fenced ^= line.lstrip().startswith("```")
        heading = None if fenced else _HEADING.match(line)
        if heading:
            sections.append((heading.group(2).strip(), [line]))
        else:
            sections[-1][1].append(line)
    progress(1, 1)
    return [Page("\n".join(lines), None, title) for title, lines in sections if "".join(lines).strip()]


def _csv_pages(path: Path, data: bytes, progress: Progress, cancelled: Cancelled) -> list[Page]:
    try:
        table = open_table(path)
        pages: list[Page] = []
        block: list[str] = []
        first = 0
        for rows in table.chunks():
            for row in rows:
                line = " · ".join(f"{k}: {v}" for k, v in row.columns.items() if v not in (None, "") and v == v)
                if not block:
                    first = row.number
                block.append(line)
                if sum(map(len, block)) >= CSV_BLOCK_CHARS:
                    pages.append(Page("\n".join(block), None, f"{first}–{row.number}"))
                    block = []
            if cancelled():
                break
            progress(table.bytes_read, table.format.size)
    except IntakeError as error:
        raise UnreadableDocument("Le CSV « {name} » est illisible : {why}", name=path.name, why=error) from error
    if block:
        pages.append(Page("\n".join(block), None, f"{first}–{first + len(block) - 1}"))
    return pages
