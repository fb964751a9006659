"""Web search as a tool the model may call, when the user allows the web and set a SearXNG address.

The search goes to the user's SearXNG instance only (its JSON API, `/search?q=…&format=json`),
within the web's limits; each search is told through `on_event` as it starts and ends, so the
conversation shows it. Results go back to the model quoted and labelled, like any text read:
data, never instructions. `consult_tools` runs the tool round before the chat streams its reply:

    round = consult_tools(OllamaAsker(url, model), messages, WebTools(settings, on_event))
    round.messages  # the conversation with the tool calls and their results, for the streamed reply
"""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlencode

import httpx

from ..companion.settings import WebSettings
from ..i18n import tr
from .errors import WebError
from .passages import defused
from .web import USER_AGENT, Events, HangUp, WebEvent, WebLimits, checked_address, read_bounded

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
    with httpx.Client(follow_redirects=False, trust_env=False, headers={"User-Agent": USER_AGENT}) as client:
        _address, body, _charset = read_bounded(client, url, limits, cancelled, hang_up, accept=("application/json",))
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


class Asker(Protocol):
    def __call__(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> Any:
        """One non-streamed answer of the model (an ollama Message: content, tool_calls)."""
        ...


@dataclass(frozen=True)
class ToolRound:
    messages: list[dict[str, Any]]  # the conversation, with the calls and their results appended
    answer: str | None  # the model's reply if it answered without (more) tools
    calls: int


def consult_tools(ask: Asker, messages: Sequence[dict[str, Any]], tools: WebTools,
                  max_rounds: int = MAX_ROUNDS) -> ToolRound:
    """Let the model call the tools (each call run and shown), up to `max_rounds` times."""
    conversation = [dict(m) for m in messages]
    schemas = tools.schemas()
    calls = 0
    if not schemas:
        return ToolRound(conversation, None, 0)
    for _ in range(max_rounds):
        message = ask(conversation, schemas)
        wanted = list(getattr(message, "tool_calls", None) or [])
        if not wanted:
            return ToolRound(conversation, getattr(message, "content", "") or "", calls)
        conversation.append({"role": "assistant", "content": getattr(message, "content", "") or "",
                             "tool_calls": [_as_dict(c) for c in wanted]})
        for call in wanted:
            conversation.append(tools.run(call.function.name, dict(call.function.arguments or {})))
            calls += 1
    return ToolRound(conversation, None, calls)


def _as_dict(call: Any) -> dict[str, Any]:
    return {"function": {"name": call.function.name, "arguments": dict(call.function.arguments or {})}}


class OllamaAsker:
    """A non-streamed chat with tools through the `ollama` client (the model worker streams the reply)."""

    def __init__(self, url: str, model: str, timeout: float = 120.0) -> None:
        import ollama

        self.model = model
        self._client = ollama.Client(host=url, timeout=timeout)

    def __call__(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> Any:
        return self._client.chat(model=self.model, messages=messages, tools=tools, stream=False).message

    def close(self) -> None:
        self._client.close()  # type: ignore[attr-defined]
