"""A page on a loopback server is fetched, its main text extracted, kept and cited; each limit gives a
sentence (a redirect loop, a 10 MB page, a binary answer, a timeout, a scheme other than http(s))."""
from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from liblitz_app.documents import Kind, WebError, passages_for, shelf_of
from liblitz_app.documents.web import WebEvent, WebLimits, fetch_page, urls_in

from .web_server import WebServer, web_server


@pytest.fixture
def web() -> Iterator[WebServer]:
    with web_server() as server:
        yield server


def test_a_page_is_fetched_extracted_kept_and_cited(web: WebServer, library) -> None:
    events: list[WebEvent] = []
    page = fetch_page(web.url + "/moved", on_event=events.append)
    assert page.address == web.url + "/article" and page.title == "Le four à bois de Saint-Amand"
    assert "1 280 degrés" in page.text and "mentions légales" not in page.text and "Accueil" not in page.text
    assert [(e.kind, e.state) for e in events] == [("fetch", "started"), ("fetch", "done")]
    added = shelf_of(library).add_page(page)
    assert added.document.kind is Kind.WEB and added.document.origin == web.url + "/article"
    found = passages_for(library, "à quelle température cuit le four ?", limit=1)
    assert found[0].label == f"Le four à bois de Saint-Amand — {web.url}/article, lue le {page.read_at[:10]}"


@pytest.mark.parametrize("path, limits, words", [
    ("/loop", WebLimits(max_redirects=3), "plus de 3 fois"),
    ("/big", WebLimits(), "dépasse 5 Mo"),
    ("/binary", WebLimits(), "pas une page de texte (application/octet-stream)"),
    ("/slow", WebLimits(timeout_s=0.5), "n'a pas répondu en 0.5 secondes"),
    ("/elsewhere", WebLimits(), "http ou https, pas « file:///etc/passwd »"),
    ("/missing", WebLimits(), "a répondu 404"),
])
def test_each_limit_gives_a_sentence(web: WebServer, path: str, limits: WebLimits, words: str) -> None:
    events: list[WebEvent] = []
    with pytest.raises(WebError) as raised:
        fetch_page(web.url + path, limits, on_event=events.append)
    assert words in str(raised.value)
    assert events[-1].state == "failed" and events[-1].detail == raised.value.describe()


def test_only_http_addresses_are_read_and_found_in_a_message() -> None:
    with pytest.raises(WebError):
        fetch_page("ftp://example.org/file.txt")
    assert urls_in("Regarde https://exemple.fr/a?b=1, et http://x.org/y. Pas ftp://z") == [
        "https://exemple.fr/a?b=1", "http://x.org/y"]


def test_a_message_holding_a_pages_address_is_about_that_page(web: WebServer, library) -> None:
    shelf = shelf_of(library)
    shelf.add_page(fetch_page(web.url + "/moved"))
    found = passages_for(library, f"{web.url}/moved qu'en penses-tu ?", limit=2)
    assert found and all(p.source.origin == web.url + "/article" for p in found)
    assert passages_for(library, f"{web.url}/article", limit=1)[0].source.kind is Kind.WEB


@pytest.mark.parametrize("when", ["while the site is silent", "before it starts"])
def test_a_stopped_fetch_ends_at_once_and_says_it_was_stopped(web: WebServer, when: str) -> None:
    """A site that never answers: the hang-up shuts the socket down, the read ends now, not after 20 s."""
    stop, hang_ups = threading.Event(), []
    events: list[WebEvent] = []
    failure: list[WebError] = []

    def fetch() -> None:
        try:
            fetch_page(web.url + "/slow", WebLimits(timeout_s=20), events.append, stop.is_set, hang_ups.append)
        except WebError as error:
            failure.append(error)
    if when == "before it starts":
        stop.set()
    reader = threading.Thread(target=fetch)
    reader.start()
    if when == "while the site is silent":
        assert web.asked_slow.wait(10)
        stop.set()
        for hang_up in hang_ups:
            hang_up()
    reader.join(10)
    assert not reader.is_alive() and not web.release.is_set()  # it ended without the site's answer
    assert [e.state for e in events] == ["started", "stopped"]
    assert events[-1].detail == failure[0].describe() == f"Lecture de {web.url}/slow annulée."


def test_a_site_that_does_not_answer_is_said_in_words_not_an_exceptions_name() -> None:
    from tests.helpers.fake_ollama import closed_port_url

    with pytest.raises(WebError) as raised:
        fetch_page(closed_port_url() + "/page")
    said = raised.value.describe()
    assert "le site est introuvable ou ne répond pas" in said and "Error" not in said
