"""Web search as a tool the model may call, when the user allows the web and set a SearXNG address.

The search goes to the user's SearXNG instance only (its JSON API, `/search?q=…&format=json`),
within the web's limits; each search is told through `on_event` as it starts and ends, so the
conversation shows it. Results go back to the model quoted and labelled, like any text read:
data, never instructions. `reply_with_tools` streams her reply with the tool offered, and runs the
searches the model asks for between its rounds:

    text = reply_with_tools(OllamaTalk(url, model), messages, WebTools(settings, on_event), on_text)
"""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlencode

from ..companion.settings import WebSettings
from ..i18n import tr
from ..llm.errors import StreamInterrupted
from .errors import WebError
from .passages import defused
from .web import Events, HangUp, WebEvent, WebLimits, checked_address, read_bounded, web_client

SEARCH_TOOL_NAME = "web_search"
RESULTS = 5
SEARCH_LIMITS = WebLimits(max_bytes=1_000_000, timeout_s=15.0, max_redirects=2)
MAX_ROUNDS = 2  # a search, maybe a second one; then the model answers with what it has


def search_tool() -> dict[str, Any]:
    """The tool as Ollama's `tools=` takes it (a JSON schema of its arguments)."""
    return {"type": "function", "function": {
        "name": SEARCH_TOOL_NAME,
        "description": "Search the web (the user allowed it) and get the first results: title, address, "
                       "snippet. Use it only when the answer needs recent or outside facts.",
        "parameters": {"type": "object", "required": ["query"], "properties": {
            "query": {"type": "string", "description": "The words to search for."}}}}}


@dataclass(frozen=True)
class SearchResult:
    title: str
    address: str
    snippet: str


def searxng_address(typed: str) -> str:
    """The SearXNG address the user typed, checked ("" turns the search off)."""
    url = typed.strip().rstrip("/")
    return checked_address(url) if url else ""


def search_web(base_url: str, query: str, on_event: Events | None = None, cancelled: Callable[[], bool] | None = None,
               hang_up: HangUp | None = None, limits: WebLimits = SEARCH_LIMITS) -> list[SearchResult]:
    on_event = on_event or (lambda event: None)
    on_event(WebEvent("search", query, "started"))
    try:
        results = _search(base_url, query, limits, cancelled or (lambda: False), hang_up)
    except WebError as error:
        on_event(WebEvent("search", query, "failed", error.describe()))
        raise
    on_event(WebEvent("search", query, "done", str(len(results))))
    return results


def _search(base_url: str, query: str, limits: WebLimits, cancelled: Callable[[], bool],
            hang_up: HangUp | None) -> list[SearchResult]:
    url = checked_address(base_url.rstrip("/") + "/search?" + urlencode({"q": query, "format": "json"}))
    with web_client(hang_up) as client:
        _address, body, _charset = read_bounded(client, url, limits, cancelled, accept=("application/json",))
    try:
        found = json.loads(body)["results"]
        return [SearchResult(str(r.get("title", "")), str(r.get("url", "")), str(r.get("content", "")))
                for r in found[:RESULTS] if isinstance(r, dict) and r.get("url")]
    except (ValueError, KeyError, TypeError):
        raise WebError("Le moteur de recherche {url} n'a pas donné de réponse lisible (JSON attendu).",
                       url=base_url) from None


def results_for_model(query: str, results: Sequence[SearchResult]) -> str:
    """The results as the model reads them: each quoted and labelled with its title and address."""
    if not results:
        return tr("Aucun résultat pour « {query} ».", query=defused(query))
    return "\n\n".join(f"[{tr('résultat de recherche')} {n} : {defused(r.title)} — {r.address}]\n« {defused(r.snippet)} »"
                       for n, r in enumerate(results, start=1))


@dataclass
class WebTools:
    """The tools the model is offered for one reply: none unless the web is on and SearXNG is set."""

    settings: WebSettings
    on_event: Events | None = None
    cancelled: Callable[[], bool] | None = None
    hang_up: HangUp | None = None

    def schemas(self) -> list[dict[str, Any]]:
        return [search_tool()] if self.settings.can_search else []

    def run(self, name: str, arguments: dict[str, Any]) -> dict[str, str]:
        """A tool message for the model: the results, or the sentence saying why there are none."""
        if name != SEARCH_TOOL_NAME or not self.settings.can_search:
            return {"role": "tool", "tool_name": name, "content": tr("Cet outil n'existe pas.")}
        query = str((arguments or {}).get("query", "")).strip()
        try:
            results = search_web(self.settings.searxng_url, query, self.on_event, self.cancelled, self.hang_up)
            content = results_for_model(query, results)
        except WebError as error:
            content = error.describe()
        return {"role": "tool", "tool_name": name, "content": content}


class Talk(Protocol):
    def __call__(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]],
                 on_text: Callable[[str], None]) -> Said:
        """One streamed answer of the model, each piece of its words to `on_text` as it comes."""
        ...


@dataclass(frozen=True)
class Said:
    """What the model said in one round: its words, and the tools it asked for (ollama ToolCalls)."""

    content: str
    tool_calls: tuple[Any, ...] = ()


def reply_with_tools(talk: Talk, messages: Sequence[dict[str, Any]], tools: WebTools,
                     on_text: Callable[[str], None], max_rounds: int = MAX_ROUNDS) -> str:
    """Her reply, streamed piece by piece to `on_text`. When the model calls a tool, the call is run (and
    shown) and the model goes on with its results: up to `max_rounds` rounds are offered the tools, then
    it answers with what it has. The whole reply as it was shown."""
    conversation = [dict(m) for m in messages]
    schemas = tools.schemas()
    shown: list[str] = []

    def show(piece: str) -> None:
        shown.append(piece)
        on_text(piece)
    for done_rounds in range(max_rounds + 1):
        said = talk(conversation, schemas if done_rounds < max_rounds else [], show)
        if not said.tool_calls or done_rounds == max_rounds:
            break
        conversation.append({"role": "assistant", "content": said.content,
                             "tool_calls": [_as_dict(c) for c in said.tool_calls]})
        conversation.extend(tools.run(c.function.name, dict(c.function.arguments or {})) for c in said.tool_calls)
        if said.content.strip():
            show("\n\n")  # what she says once she has read the results starts a new paragraph
    return "".join(shown)


def _as_dict(call: Any) -> dict[str, Any]:
    return {"function": {"name": call.function.name, "arguments": dict(call.function.arguments or {})}}


class OllamaTalk:
    """The model's rounds streamed through the `ollama` client, tools offered: Ollama streams the words as
    usual and gives the tool calls in a part's `message.tool_calls` (https://ollama.com/blog/streaming-tool)."""

    def __init__(self, url: str, model: str, timeout: float = 120.0,
                 client_factory: Callable[[str, float], Any] | None = None) -> None:
        import ollama

        self.model = model
        # client_factory: e.g. llm.hangup.Hangup().client, so that a cancel ends a blocked answer
        make = client_factory or (lambda host, seconds: ollama.Client(host=host, timeout=seconds))
        self._client = make(url, timeout)

    def __call__(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]],
                 on_text: Callable[[str], None]) -> Said:
        words: list[str] = []
        calls: list[Any] = []
        finished = False
        for part in self._client.chat(model=self.model, messages=messages, tools=tools or None, stream=True):
            if part.message.content:
                words.append(part.message.content)
                on_text(part.message.content)
            calls.extend(part.message.tool_calls or ())
            finished = finished or bool(part.done)
        if not finished:  # the connection ended cleanly, but before the model did
            raise StreamInterrupted()
        return Said("".join(words), tuple(calls))

    def close(self) -> None:
        self._client.close()
