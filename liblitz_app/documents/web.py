"""Reading a web page the user pasted, when the user allows the web: fetched with httpx within limits
(http and https only, a size cap, a time cap, a few redirects, text answers only), its main text
extracted with trafilatura, kept as a shared document with its address and the day it was read.
An address that answers a PDF is read as a PDF (pypdf, page by page), within the same limits.

Nothing here runs unless called: the chat calls `fetch_page` for an address the user pasted (and
only when the web switch is on); each fetch is told through `on_event` as it starts and ends, so the
conversation shows it. Runs on a worker thread; `hang_up` lets a cancel end a blocked read at once
(its socket is shut down, even before the site said a word), and the fetch ends as "stopped".
"""
from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import unquote, urljoin, urlsplit

import httpx

from ..llm.hangup import Hangup
from .errors import DocumentError, WebError
from .model import Page

USER_AGENT = "Liblitz/0.1 (local companion; reads a page its user asked for)"
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")
PDF_TYPE = "application/pdf"
PDF_MAGIC = b"%PDF-"
_URL = re.compile(r"https?://[^\s<>«»\"']+", re.IGNORECASE)


@dataclass(frozen=True)
class WebLimits:
    max_bytes: int = 5_000_000
    timeout_s: float = 20.0  # the whole fetch, redirects included
    max_redirects: int = 5


@dataclass(frozen=True)
class WebEvent:
    """A fetch or a search, as the conversation shows it while it happens."""

    kind: str  # "fetch" | "search"
    subject: str  # the address, or the words searched
    state: str  # "started" | "done" | "failed" | "stopped" (the user stopped it)
    detail: str = ""  # the page's title, the number of results, or the sentence of the failure


@dataclass(frozen=True)
class WebPage:
    address: str  # where the text was read, after redirects
    asked: str  # the address the user gave
    title: str
    text: str
    read_at: str  # ISO, UTC
    sha256: str
    pages: tuple[Page, ...] = ()  # a PDF's pages, numbered from 1; () for an HTML or text page


Events = Callable[[WebEvent], None]
HangUp = Callable[[Callable[[], None]], None]  # e.g. Task.on_cancel


def urls_in(text: str) -> list[str]:
    """The http(s) addresses a message holds, in order, without trailing punctuation."""
    return list(dict.fromkeys(u.rstrip(".,;:!?)]}") for u in _URL.findall(text)))


def checked_address(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise WebError("Liblitz ne lit que les adresses web en http ou https, pas « {url} ».", url=url)
    return url.strip()


def fetch_page(url: str, limits: WebLimits = WebLimits(), on_event: Events | None = None,
               cancelled: Callable[[], bool] | None = None, hang_up: HangUp | None = None) -> WebPage:
    on_event = on_event or (lambda event: None)
    on_event(WebEvent("fetch", url, "started"))
    try:
        page = _fetch(checked_address(url), limits, cancelled or (lambda: False), hang_up)
    except DocumentError as error:  # a WebError, or a PDF that is encrypted or damaged
        stopped = cancelled is not None and cancelled()
        on_event(WebEvent("fetch", url, "stopped" if stopped else "failed", error.describe()))
        raise
    on_event(WebEvent("fetch", url, "done", page.title))
    return page


def web_client(hang_up: HangUp | None = None) -> httpx.Client:
    """A client that talks to the address and to nobody else (trust_env=False: no proxy or .netrc from the
    environment) and follows no redirect by itself; `hang_up` is given what ends its exchanges at once."""
    transport = None
    if hang_up is not None:
        hangup = Hangup()
        hang_up(hangup.hang_up)  # closing a response would not wake a read blocked on a silent site
        transport = hangup.transport()
    return httpx.Client(follow_redirects=False, trust_env=False, headers={"User-Agent": USER_AGENT},
                        transport=transport)


def read_bounded(client: httpx.Client, url: str, limits: WebLimits, cancelled: Callable[[], bool],
                 accept: tuple[str, ...] = TEXT_TYPES) -> tuple[str, bytes, str | None]:
    """GET `url` following at most `limits.max_redirects` redirects (each checked), refusing non-text,
    too large or too slow answers. (final address, body, declared charset)"""
    deadline = time.monotonic() + limits.timeout_s
    for _hop in range(limits.max_redirects + 1):
        if cancelled():  # stopped before this hop began
            raise _stopped(url)
        try:
            with client.stream("GET", url, timeout=_remaining(deadline, url)) as response:
                if response.is_redirect and "location" in response.headers:
                    url = checked_address(urljoin(url, response.headers["location"]))
                    continue
                _check_answer(response, url, limits, accept)
                return url, _body(response, url, limits, deadline, cancelled), response.charset_encoding
        except httpx.HTTPError as error:
            if cancelled():  # the hang-up's broken read
                raise _stopped(url) from None
            if isinstance(error, httpx.TimeoutException):
                raise _too_slow(url, limits) from None
            raise _unread(url, error) from None
    raise WebError("La page {url} renvoie vers d'autres adresses plus de {n} fois : Liblitz s'arrête là.",
                   url=url, n=limits.max_redirects)


def _unread(url: str, error: httpx.HTTPError) -> WebError:
    """What went wrong, in words: an exception's class name ("ConnectError") tells the user nothing."""
    if isinstance(error, httpx.ConnectError):
        return WebError("La page {url} n'a pas pu être lue : le site est introuvable ou ne répond pas (vérifiez "
                        "l'adresse et la connexion à internet).", url=url)
    if isinstance(error, (httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError)):
        return WebError("La page {url} n'a pas pu être lue : le site a coupé la connexion en cours de route.",
                        url=url)
    return WebError("La page {url} n'a pas pu être lue (erreur réseau : {error}).", url=url, error=str(error) or "?")


def _fetch(url: str, limits: WebLimits, cancelled: Callable[[], bool], hang_up: HangUp | None) -> WebPage:
    with web_client(hang_up) as client:
        address, body, charset = read_bounded(client, url, limits, cancelled, TEXT_TYPES + (PDF_TYPE,))
    pages = pdf_pages(body, address, cancelled) if body.startswith(PDF_MAGIC) else ()
    title, text = (pdf_title(address), "\n\n".join(p.text for p in pages)) if pages else extract(body, charset, address)
    return WebPage(address, url, title, text, datetime.now(timezone.utc).isoformat(timespec="seconds"),
                   hashlib.sha256(body if pages else text.encode("utf-8")).hexdigest(), pages)


def pdf_pages(body: bytes, address: str, cancelled: Callable[[], bool]) -> tuple[Page, ...]:
    """A PDF answer read page by page, as a shared PDF file is (an encrypted or damaged one gets its sentence)."""
    from .reading import read_pdf  # pypdf is imported on the first PDF, not at start

    pages = tuple(read_pdf(pdf_title(address), body, cancelled))
    if not any(p.text.strip() for p in pages):
        raise WebError("Le PDF {url} ne contient aucun texte lisible (un PDF scanné n'a que des images).", url=address)
    return pages


def pdf_title(address: str) -> str:
    """A PDF's name as the address gives it ("rapport.pdf"), else the site's."""
    path = urlsplit(address).path.rstrip("/")
    return unquote(path.rsplit("/", 1)[-1]) or urlsplit(address).hostname or address


def _remaining(deadline: float, url: str) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpx.ReadTimeout(url)
    return left


def _check_answer(response: httpx.Response, url: str, limits: WebLimits, accept: tuple[str, ...]) -> None:
    if response.is_redirect:  # a redirect without an address to go to
        raise WebError("La page {url} a répondu {status} sans dire où aller.", url=url, status=response.status_code)
    if response.status_code >= 400:
        raise WebError("La page {url} a répondu {status} : elle n'est pas lisible.", url=url,
                       status=response.status_code)
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind and kind not in accept:
        raise WebError("L'adresse {url} ne donne pas une page de texte ({kind}) : Liblitz ne la lit pas.",
                       url=url, kind=kind)
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise _too_large(url, limits)


def _body(response: httpx.Response, url: str, limits: WebLimits, deadline: float,
          cancelled: Callable[[], bool]) -> bytes:
    body = bytearray()
    for block in response.iter_bytes():
        if cancelled():
            raise _stopped(url)
        body += block
        if len(body) > limits.max_bytes:
            raise _too_large(url, limits)
        if time.monotonic() > deadline:
            raise _too_slow(url, limits)
    if b"\x00" in body[:4096] and not body.startswith(PDF_MAGIC):  # a PDF is binary: pypdf reads it
        raise WebError("L'adresse {url} ne donne pas une page de texte (binaire) : Liblitz ne la lit pas.", url=url)
    return bytes(body)


def _stopped(url: str) -> WebError:
    return WebError("Lecture de {url} annulée.", url=url)


def _too_large(url: str, limits: WebLimits) -> WebError:
    return WebError("La page {url} dépasse {mb} Mo : Liblitz ne lit pas une page aussi grande.", url=url,
                    mb=f"{limits.max_bytes / 1_000_000:g}")


def _too_slow(url: str, limits: WebLimits) -> WebError:
    return WebError("La page {url} n'a pas répondu en {s} secondes : Liblitz a renoncé.", url=url,
                    s=f"{limits.timeout_s:g}")


def extract(body: bytes, charset: str | None, address: str) -> tuple[str, str]:
    """(title, main text) of a page: trafilatura's reading of the article, without menus and footers;
    a plain text answer as it is."""
    import trafilatura  # ~0.6 s to import: paid on the first fetch, not at start

    markup = body.decode(charset, errors="replace") if charset else body
    found = trafilatura.bare_extraction(markup, url=address, with_metadata=True, include_comments=False,
                                        include_tables=True)
    text = (getattr(found, "text", "") or "").strip() if found is not None else ""
    if not text and isinstance(markup, str) and "<" not in markup[:512]:
        text = markup.strip()  # a plain text answer: nothing to extract
    if not text:
        raise WebError("Liblitz n'a trouvé aucun texte à lire sur {url}.", url=address)
    title = (getattr(found, "title", "") or "").strip() if found is not None else ""
    return title or (urlsplit(address).hostname or address), text
