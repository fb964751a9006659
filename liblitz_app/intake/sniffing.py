"""Looking at a file before reading it: kind, encoding, delimiter, line endings, fingerprint.

One streamed pass over the bytes (bounded memory, whatever the size) hashes the file and checks
which encodings can read all of it; the delimiter is guessed from a sample of the first lines.
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..i18n import tr
from .errors import UnreadableFile

BLOCK = 1 << 20
SAMPLE = 256 * 1024
DELIMITERS = (",", ";", "\t", "|")  # the ones guessed, and offered when the guess is wrong
# Bytes Windows-1252 leaves undefined: a file holding them is read as Latin-1 instead.
_CP1252_HOLES = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D])
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass(frozen=True)
class FileFormat:
    """How a file will be read. `encoding` is a Python codec name ("utf-8-sig" when a BOM leads)."""

    path: Path
    kind: str  # "csv" | "json"
    encoding: str
    delimiter: str
    quotechar: str
    escapechar: str | None
    line_endings: str  # "LF", "CRLF", "CR" or "mixte"
    size: int
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = str(self.path)
        return data

    def describe(self) -> str:
        """One sentence for the preview, in the user's language: how the file is being understood."""
        names = {",": tr("virgule"), ";": tr("point-virgule"), "\t": tr("tabulation"), "|": tr("barre verticale")}
        shape = "JSON" if self.kind == "json" else tr("CSV séparé par {separator}", separator=names[self.delimiter])
        return tr("{shape}, encodage {encoding}, fins de ligne {endings}.", shape=shape, encoding=self.encoding,
                  endings=self.line_endings)


@dataclass
class _Scan:
    sha: Any
    head: bytes = b""
    utf8_ok: bool = True
    cp1252_ok: bool = True


def sniff(path: Path) -> FileFormat:
    """Describe `path`, or raise `UnreadableFile` with the reason (missing, empty, binary, UTF-16)."""
    path = Path(path)
    size = _size(path)
    scan = _scan(path)
    _refuse_binary(path, scan.head)
    encoding = _encoding(scan)
    text = _decode_sample(scan.head, encoding)
    if path.suffix.lower() != ".json":
        _refuse_a_chat_transcript(path, text)  # before the JSON test: an iPhone's lines open with "["
    kind = "json" if path.suffix.lower() == ".json" or text.lstrip()[:1] in ("[", "{") else "csv"
    delimiter = _delimiter(text) if kind == "csv" else ","
    return FileFormat(path=path, kind=kind, encoding=encoding, delimiter=delimiter, quotechar='"',
                      escapechar=_escapechar(text), line_endings=_line_endings(scan.head), size=size,
                      sha256=scan.sha.hexdigest())


# A messaging app's transcript, one message a line: "12/03/2024, 19:14 - Léa: Salut" (WhatsApp on Android),
# "[12/03/2024, 19:14:05] Léa: Salut" (on iPhone). Read as a table, its first message became the column names.
_TRANSCRIPT_LINE = re.compile(r"^\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?"
                              r"\]?\s*(?:-\s+)?[^:]{1,60}:\s")


def _refuse_a_chat_transcript(path: Path, text: str) -> None:
    lines = [line.lstrip("\u200e") for line in text.splitlines()[:40] if line.strip()]
    if len(lines) >= 2 and sum(bool(_TRANSCRIPT_LINE.match(line)) for line in lines) >= 0.6 * len(lines):
        raise UnreadableFile("« {name} » est une discussion exportée d'une messagerie (une ligne par message, "
                             "« date, heure - nom : texte »), pas un tableau : Liblitz ne lit pas encore ce format. "
                             "Il lit les exports CSV ou JSON de votre ancienne application de compagnon, et les "
                             "tableaux (une ligne par souvenir).", name=path.name)


def _size(path: Path) -> int:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnreadableFile("Le fichier « {path} » est introuvable.", path=path) from None
    except OSError as error:
        raise UnreadableFile("Le fichier « {path} » ne peut pas être lu ({error}).", path=path,
                             error=error.strerror) from None
    if path.is_dir():
        raise UnreadableFile("« {path} » est un dossier, pas un fichier d'export.", path=path)
    if size == 0:
        raise UnreadableFile("Le fichier « {name} » est vide : il n'y a rien à importer.", name=path.name)
    return size


def _scan(path: Path) -> _Scan:
    scan = _Scan(sha=hashlib.sha256())
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as handle:
            while block := handle.read(BLOCK):
                scan.sha.update(block)
                if len(scan.head) < SAMPLE:
                    scan.head += block[: SAMPLE - len(scan.head)]
                _check_encodings(scan, decoder, block)
            _check_encodings(scan, decoder, b"", final=True)
    except OSError as error:
        raise UnreadableFile("Le fichier « {path} » ne peut pas être lu ({error}).", path=path.name,
                             error=error.strerror) from None
    return scan


def _check_encodings(scan: _Scan, decoder: codecs.IncrementalDecoder, block: bytes, final: bool = False) -> None:
    if scan.utf8_ok:
        try:
            decoder.decode(block, final)
        except UnicodeDecodeError:
            scan.utf8_ok = False
    if scan.cp1252_ok and block and any(b in block for b in _CP1252_HOLES):
        scan.cp1252_ok = False


_TEXT_CONTROLS = frozenset(b"\t\n\r\x0c")


def _mostly_control(block: bytes) -> bool:
    """Text has (almost) no control bytes; binary data without a NUL still has plenty (~12 %)."""
    controls = sum(1 for b in block if (b < 32 and b not in _TEXT_CONTROLS) or b == 127)
    return len(block) > 0 and controls / len(block) > 0.05


def _refuse_binary(path: Path, head: bytes) -> None:
    if head.startswith(_UTF16_BOMS):
        raise UnreadableFile(
            "Le fichier « {name} » est en UTF-16 : enregistrez-le en UTF-8 (ou CSV Windows) puis réessayez.",
            name=path.name)
    if b"\x00" in head[:65536] or _mostly_control(head[:65536]):
        raise UnreadableFile(
            "Le fichier « {name} » n'est pas un fichier texte (CSV ou JSON) : il semble binaire.", name=path.name)


def _encoding(scan: _Scan) -> str:
    if scan.utf8_ok:
        return "utf-8-sig" if scan.head.startswith(codecs.BOM_UTF8) else "utf-8"
    return "cp1252" if scan.cp1252_ok else "latin-1"


def _decode_sample(head: bytes, encoding: str) -> str:
    text = head.decode(encoding, errors="ignore")  # the sample may end inside a character
    return text.lstrip("\ufeff")


def _delimiter(text: str) -> str:
    """The candidate that splits the sample's lines into the most columns, most consistently."""
    records = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")[:60]
    if len(records) > 1:
        records = records[:-1]  # the sample's last line may be cut short
    best, best_score = ",", (0.0, 1)
    for candidate in DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(io.StringIO("\n".join(records)), delimiter=candidate) if row]
        except csv.Error:  # e.g. a quote left open in the sample: the reader will say where
            counts = []
        if not counts:
            continue
        width = max(set(counts), key=counts.count)
        score = (counts.count(width) / len(counts), width)
        if width > 1 and score > best_score:
            best, best_score = candidate, score
    return best


def _escapechar(text: str) -> str | None:
    return "\\" if '\\"' in text and '""' not in text else None


def _line_endings(head: bytes) -> str:
    crlf = head.count(b"\r\n")
    lf = head.count(b"\n") - crlf
    cr = head.count(b"\r") - crlf
    kinds = [name for name, count in (("CRLF", crlf), ("LF", lf), ("CR", cr)) if count]
    return kinds[0] if len(kinds) == 1 else ("mixte" if kinds else "LF")
