"""An address that answers a PDF is read as a PDF, page by page, within the same limits, and its passages
are cited by page with the address and the day it was read; an encrypted one gets its sentence."""
from __future__ import annotations

from pathlib import Path

import pytest

from liblitz_app.documents import Kind, WebError, passages_for, shelf_of
from liblitz_app.documents.errors import EncryptedDocument
from liblitz_app.documents.web import WebEvent, WebLimits, fetch_page

from .pdfs import encrypt_pdf, write_pdf
from .test_shelf import REPORT_PAGES
from .web_server import web_server


def test_a_pdf_address_is_read_page_by_page_and_cited_by_page(library, tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "rapport.pdf", REPORT_PAGES).read_bytes()
    events: list[WebEvent] = []
    with web_server() as web:
        web.files["/docs/rapport.pdf"] = ("application/pdf", pdf)
        page = fetch_page(web.url + "/docs/rapport.pdf", on_event=events.append)
    assert page.title == "rapport.pdf" and [p.number for p in page.pages] == list(range(1, len(REPORT_PAGES) + 1))
    assert [(e.state, e.detail) for e in events] == [("started", ""), ("done", "rapport.pdf")]
    added = shelf_of(library).add_page(page)
    assert added.document.kind is Kind.WEB and added.document.pages == len(REPORT_PAGES)
    [found] = passages_for(library, "Combien coûte le nouveau four à bois de l'atelier ?", limit=1)
    assert found.label == f"rapport.pdf, p. 2 — {web.url}/docs/rapport.pdf, lue le {page.read_at[:10]}"
    assert "12 000 euros" in found.text


def test_a_pdf_address_keeps_the_size_limit_and_an_encrypted_one_gets_a_sentence(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "long.pdf", [f"Page {n}, un long rapport sur le four." for n in range(200)])
    locked = encrypt_pdf(pdf, tmp_path / "locked.pdf").read_bytes()
    events: list[WebEvent] = []
    with web_server() as web:
        web.files["/long.pdf"] = ("application/pdf", pdf.read_bytes())
        web.files["/locked.pdf"] = ("application/pdf", locked)
        with pytest.raises(WebError, match="dépasse 0.01 Mo"):
            fetch_page(web.url + "/long.pdf", WebLimits(max_bytes=10_000))
        with pytest.raises(EncryptedDocument, match="protégé par un mot de passe"):
            fetch_page(web.url + "/locked.pdf", on_event=events.append)
    assert events[-1].state == "failed" and "mot de passe" in events[-1].detail
