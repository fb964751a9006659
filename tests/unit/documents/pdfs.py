"""Small valid PDFs written by hand (one Helvetica text stream per page, WinAnsi so French accents
survive), and an encrypted copy through pypdf: what the tests and benchmarks/documents.py read."""
from __future__ import annotations

import textwrap
from pathlib import Path


def write_pdf(path: Path, pages: list[str], width: int = 90) -> Path:
    """A PDF with one page per text (long lines wrapped); each page's text is extractable."""
    objects: list[bytes] = []
    page_ids = [3 + 2 * i for i in range(len(pages))]
    font_id = 3 + 2 * len(pages)
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    for page_id, text in zip(page_ids, pages):
        stream = _text_stream(text, width)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {page_id + 1} 0 R "
                       f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    Path(path).write_bytes(bytes(out))
    return Path(path)


def _text_stream(text: str, width: int) -> bytes:
    lines = [line for paragraph in text.split("\n") for line in (textwrap.wrap(paragraph, width) or [""])]
    body = b"BT /F1 10 Tf 14 TL 40 800 Td\n"
    for line in lines:
        escaped = line.encode("cp1252", errors="replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(")
        body += b"(" + escaped.replace(b")", b"\\)") + b") Tj T*\n"
    return body + b"ET"


def encrypt_pdf(source: Path, target: Path, password: str = "secret") -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    with open(target, "wb") as handle:
        writer.write(handle)
    return target
