"""Shared documents on the Qt side: one object for the window, every job on the store thread (the
documents' shelf lives there, beside the memories), outcomes back as signals. The documents dialog,
the chat's drag and drop and the chat's pasted addresses all go through it.

Signals:
    listed(object): the list of Documents, after each change (and `refresh`).
    web_event(object): a documents.web.WebEvent — a fetch or a search as it happens, for the chat to show.
    adding(object): the Task of an addition that just started on the store (progress, cancel, outcome).
    message(str): a sentence for the status line (an addition done, a failure).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from ollama import ResponseError as OllamaError

from PySide6.QtCore import QMimeData, QObject, Signal

from ..companion.settings import WebSettings
from ..documents import Added, WebDisabled, WebError, close_shelf, shelf_of
from ..documents.search import OllamaTalk, WebTools, reply_with_tools, searxng_address
from ..documents.reading import KINDS
from ..documents.web import WebLimits, WebPage, fetch_page, urls_in
from ..i18n import tr, tr_n
from ..llm.hangup import Hangup
from .companion_settings import QtCompanionSettings
from .store_thread import Store
from .tasks import Lane, Task


class QtDocuments(QObject):
    listed = Signal(object)
    adding = Signal(object)
    web_event = Signal(object)
    message = Signal(str)

    def __init__(self, store: Store, companion: QtCompanionSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.companion = companion
        self.limits = WebLimits()
        self._web = Lane("liblitz-web")  # fetches only; started on the first one
        self._closed = False

    @property
    def web(self) -> WebSettings:
        return self.companion.current.web

    # --- reading ------------------------------------------------------------------------------

    def refresh(self) -> Task | None:
        if self._closed:  # an addition ending as the window closes: nobody is left to show the list
            return None
        task = self.store.run(lambda library: shelf_of(library).documents(), changes=False, owner=self, key="list")
        task.succeeded.connect(self.listed)
        task.failed.connect(self.message)
        return task

    def chunks(self, document_id: int) -> Task:
        """The document's chunks, in order (the viewer shows them page by page)."""
        return self.store.run(lambda library: shelf_of(library).chunks(document_id), changes=False, owner=self,
                              key="chunks")

    # --- changing (no key: a newer change never skips an older one) --------------------------

    def add_file(self, path: str | Path) -> Task:
        """Read, chunk and index a file; progress in thousandths, cancellable (nothing kept if cancelled)."""
        task = self.store.track(lambda library, t: shelf_of(library).add_file(Path(path), t.report, t.cancelled),
                                changes=False)
        return self._after_adding(task)

    def add_page(self, url: str, after: Callable[[], None] | None = None) -> Task:
        """Fetch a pasted address (only with the web allowed) on the web's own thread, so the store is
        never held by a slow site; the page is then kept through the store, and `after` runs once it is
        kept or the fetch failed. The returned task is the fetch (cancel it to hang up); each fetch is
        shown as it happens (`web_event`)."""
        allowed, limits, after = self.web.enabled, self.limits, after or (lambda: None)

        def fetch(task: Task) -> WebPage:
            if not allowed:
                raise WebDisabled()
            return fetch_page(url, limits, task.send, task.cancelled, task.on_cancel)
        task = self._web.submit(fetch)
        task.piece.connect(self.web_event)
        task.failed.connect(self.message)
        task.failed.connect(lambda _sentence: after())
        task.succeeded.connect(lambda page: self.keep_page(page).ended.connect(after))
        return task

    def before_reply(self, text: str, then: Callable[[], None]) -> list[Task]:
        """For the chat: read the addresses a message holds (when the web is allowed) before its reply is
        prepared, so the reply is given the page; `then` runs once each is kept or has failed (said through
        `message` and `web_event`). With the web off, or no address, `then` runs at once."""
        addresses = urls_in(text) if self.web.enabled else []
        if not addresses:
            then()
            return []
        waiting = set(addresses)

        def one_done(url: str) -> None:
            waiting.discard(url)
            if not waiting:
                then()
        return [self.add_page(url, lambda u=url: one_done(u)) for url in addresses]

    def reply_with_search(self, url: str, timeout: float, model: str, messages: list[dict[str, Any]]) -> Task:
        """For the chat, when the web is on and a SearXNG address is set: her reply from the model (Ollama at
        `url`), streamed with the web search offered; the searches it asks for run between its rounds. Runs on
        the web's own thread. Pieces: her words (str) and each search as it happens (a WebEvent). The result
        is the whole reply, or None when the model takes no tools (nothing was said: ask it without).
        Cancel hangs up the model and the search."""
        settings = self.web

        def talk(task: Task) -> str | None:
            hangup = Hangup()
            task.on_cancel(hangup.hang_up)
            model_talk = OllamaTalk(url, model, timeout, hangup.client)
            try:
                return reply_with_tools(model_talk, messages, WebTools(settings, task.send, task.cancelled,
                                                                      task.on_cancel), task.send)
            except OllamaError as error:
                if error.status_code == 400 and "does not support tools" in str(error.error):
                    return None
                raise _without_search(error) from None
            except (httpx.HTTPError, ConnectionError) as error:
                raise _without_search(error) from None
            finally:
                model_talk.close()
        return self._web.submit(talk)

    def keep_page(self, page: WebPage) -> Task:
        task = self.store.track(lambda library, t: shelf_of(library).add_page(page, t.report, t.cancelled),
                                changes=False)
        return self._after_adding(task)

    def remove(self, document_id: int) -> Task:
        task = self.store.run(lambda library: shelf_of(library).remove(document_id), changes=False)
        task.failed.connect(self.message)
        task.ended.connect(self.refresh)
        return task

    def allow_web(self, enabled: bool) -> Task:
        return self.companion.change(WebSettings, enabled=bool(enabled))

    def set_search_address(self, typed: str) -> Task | None:
        """The user's SearXNG address ("" turns the search off); a typed address that is not one is said."""
        try:
            address = searxng_address(typed)
        except WebError as error:
            self.message.emit(error.describe())
            return None
        return self.companion.change(WebSettings, searxng_url=address)

    def close(self) -> None:
        """Hang up a fetch, and queue the shelf's closing before the store's own (the window calls it
        as it closes, before stopping the store)."""
        self._closed = True
        self._web.stop()
        self.store.run(lambda library: close_shelf(library), changes=False)

    def _after_adding(self, task: Task) -> Task:
        task.succeeded.connect(self._added)
        task.failed.connect(self.message)
        task.ended.connect(self.refresh)
        self.adding.emit(task)
        return task

    def _added(self, added: Added) -> None:
        document = added.document
        if added.already:
            self.message.emit(tr("« {name} » était déjà partagé.", name=document.name))
        else:
            self.message.emit(tr_n("« {name} » partagé : {n} passage à lire.",
                                   "« {name} » partagé : {n} passages à lire.", name=document.name, n=document.chunks))


def _without_search(error: Exception) -> WebError:
    return WebError("Le modèle n'a pas pu se servir de la recherche web ({error}).", error=type(error).__name__)


def shareable_files(mime: QMimeData) -> list[str]:
    """The local files of a drop that Liblitz can read (for the chat's drag and drop: `add_file` each)."""
    paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
    return [p for p in paths if Path(p).suffix.lower() in KINDS]
