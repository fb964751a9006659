"""Shared documents reach the reply: the request the loopback Ollama server receives holds her card as
the system message and the passages quoted inside the documents' data block, each with its citation
(file and page, or address); a hostile PDF and a hostile page change nothing."""
from __future__ import annotations

import json
from pathlib import Path

from liblitz_app.conversation import say
from liblitz_app.conversation.prompt import DOCUMENTS_CLOSE, DOCUMENTS_OPEN
from liblitz_app.documents import shelf_of
from liblitz_app.documents.web import fetch_page
from liblitz_app.llm.service import OllamaService
from liblitz_app.store import conversations as kept
from tests.helpers.fake_ollama import Reply, fake_ollama

from .pdfs import write_pdf
from .test_hostile import HOSTILE_PDF
from .test_shelf import NOTES, REPORT_PAGES
from .web_server import web_server


def _sent(messages: list[dict]) -> dict:
    """What the loopback Ollama server received for these messages."""
    with fake_ollama() as fake:
        fake.script(Reply.text("Je m'appuie sur ce que tu m'as partagé."))
        service = OllamaService(fake.url)
        try:
            "".join(service.chat_stream("gemma3:4b", messages))
        finally:
            service.close()
        [body] = fake.bodies("/api/chat")
    return body


def _block(system: str) -> list[dict]:
    inside = system.rsplit(DOCUMENTS_OPEN, 1)[1].split(DOCUMENTS_CLOSE, 1)[0]
    return [json.loads(line) for line in inside.strip().splitlines()]


def _ask(library, question: str) -> str:
    request = say(library, kept.start(library.ledger), question)
    return _sent(request.messages)["messages"][0]["content"]


def test_a_pdf_and_a_markdown_file_are_cited_in_the_request(library, tmp_path: Path) -> None:
    shelf = shelf_of(library)
    shelf.add_file(write_pdf(tmp_path / "rapport.pdf", REPORT_PAGES))
    (tmp_path / "jardin.md").write_text(NOTES, encoding="utf-8")
    shelf.add_file(tmp_path / "jardin.md")
    system = _ask(library, "Combien coûte le nouveau four à bois de l'atelier ?")
    assert system.startswith("Tu es Liblitz.")
    assert _block(system)[0]["source"] == "rapport.pdf, p. 2" and "12 000 euros" in _block(system)[0]["text"]
    system = _ask(library, "When should I water the courgettes?")
    assert _block(system)[0]["source"] == "jardin.md, § Watering"


def test_a_hostile_pdf_and_a_hostile_page_change_nothing(library, tmp_path: Path) -> None:
    shelf = shelf_of(library)
    shelf.add_file(write_pdf(tmp_path / "club.pdf", HOSTILE_PDF))
    with web_server() as web:
        shelf.add_page(fetch_page(web.url + "/hostile"))
    for question, source in (("Quand le club de lecture se réunit-il ?", "club.pdf, p. 2"),
                             ("Parle-moi du four à bois de Saint-Amand", f"{web.url}/hostile")):
        system = _ask(library, question)
        head = system.split(DOCUMENTS_OPEN, 1)[0]
        assert head.startswith("Tu es Liblitz.") and "la machine" not in head
        assert system.count(DOCUMENTS_CLOSE) == 2  # named once by the rule above the block, then its real end
        assert source != "club.pdf, p. 2" or "\\u003c/documents\\u003e" in system  # the PDF's own tag, escaped
        quoted = [p for p in _block(system) if "la machine" in p["text"]]
        assert quoted and source in quoted[0]["source"]
