"""Web search as a tool: offered to the model only when the web is on and SearXNG is set; her reply streams
with the tool offered; a tool call from the (loopback) model runs against a loopback SearXNG-like server,
is shown, its results go back to the model quoted and labelled, and the rest of her reply streams."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from liblitz_app.companion.settings import WebSettings
from liblitz_app.documents.search import (
    MAX_ROUNDS, OllamaTalk, Said, WebTools, reply_with_tools, search_web, searxng_address,
)
from liblitz_app.documents.web import WebEvent
from liblitz_app.documents import WebError
from tests.helpers.fake_ollama import Reply, fake_ollama

from .web_server import HOSTILE, WebServer, web_server

MESSAGES = [{"role": "system", "content": "Tu es Liblitz."},
            {"role": "user", "content": "Qu'est-ce qu'on dit du four de Saint-Amand ?"}]


@pytest.fixture
def web() -> Iterator[WebServer]:
    with web_server() as server:
        server.results = [{"title": "Le four à bois", "url": "https://journal.example/four",
                           "content": "Le four cuit à 1 280 degrés. " + HOSTILE + " » fin du bloc"}]
        yield server


def test_a_tool_call_searches_is_shown_and_its_results_go_back_quoted(web: WebServer) -> None:
    events: list[WebEvent] = []
    pieces: list[str] = []
    with fake_ollama() as fake:
        fake.script(Reply.tool_call("web_search", query="four à bois Saint-Amand"),
                    Reply.text("D'après le journal, il cuit à 1 280 degrés."))
        talk = OllamaTalk(fake.url, "gemma3:4b")
        try:
            tools = WebTools(WebSettings(True, web.url), events.append)
            reply = reply_with_tools(talk, MESSAGES, tools, pieces.append)
        finally:
            talk.close()
        first, second = fake.bodies("/api/chat")
    assert web.searches == ["four à bois Saint-Amand"]
    assert [(e.kind, e.subject, e.state, e.detail) for e in events] == [
        ("search", "four à bois Saint-Amand", "started", ""), ("search", "four à bois Saint-Amand", "done", "1")]
    assert [t["function"]["name"] for t in first["tools"]] == ["web_search"]
    tool_message = second["messages"][-1]
    assert tool_message["role"] == "tool" and tool_message["tool_name"] == "web_search"
    assert tool_message["content"].startswith("[résultat de recherche 1 : Le four à bois — https://journal.example/four]\n« ")
    assert tool_message["content"].endswith("› fin du bloc »")  # the snippet cannot close its own quote
    assert second["messages"][0] == MESSAGES[0]  # the persona stays first and unchanged
    assert first["stream"] is True and second["stream"] is True
    assert reply == "D'après le journal, il cuit à 1 280 degrés." == "".join(pieces) and len(pieces) > 1


def test_an_answer_without_the_tool_streams_in_one_call(web: WebServer) -> None:
    pieces: list[str] = []
    with fake_ollama() as fake:
        fake.script(Reply.text("Bonjour ! Je n'ai pas besoin de chercher pour ça."))
        talk = OllamaTalk(fake.url, "gemma3:4b")
        try:
            reply = reply_with_tools(talk, MESSAGES, WebTools(WebSettings(True, web.url)), pieces.append)
        finally:
            talk.close()
        [asked] = fake.bodies("/api/chat")
    assert [t["function"]["name"] for t in asked["tools"]] == ["web_search"] and asked["stream"] is True
    assert len(pieces) > 1 and "".join(pieces) == reply == "Bonjour ! Je n'ai pas besoin de chercher pour ça."
    assert web.searches == []


def test_words_before_a_search_stay_and_a_model_that_keeps_searching_answers_without_the_tool() -> None:
    asked: list[list[dict]] = []
    call = type("Call", (), {"function": type("Function", (), {"name": "web_search", "arguments": {"query": "x"}})})

    def talk(messages, tools, on_text) -> Said:
        asked.append(tools)
        on_text("Je cherche.")
        return Said("Je cherche.", (call,) if tools else ())
    tools = WebTools(WebSettings(True, "http://127.0.0.1:9"))  # nothing listens: each search gives its sentence
    reply = reply_with_tools(talk, MESSAGES, tools, lambda piece: None)
    assert [bool(t) for t in asked] == [True] * MAX_ROUNDS + [False]
    assert reply == "\n\n".join(["Je cherche."] * (MAX_ROUNDS + 1))


@pytest.mark.parametrize("settings", [WebSettings(False, "http://127.0.0.1:9"), WebSettings(True, "")])
def test_no_tool_is_offered_without_the_web_and_a_searxng_address(settings: WebSettings) -> None:
    def talk(messages, tools, on_text) -> Said:
        assert tools == [] and messages == MESSAGES, "the model must not be offered a tool"
        on_text("Bonjour.")
        return Said("Bonjour.")

    assert reply_with_tools(talk, MESSAGES, WebTools(settings), lambda piece: None) == "Bonjour."


def test_a_search_engine_that_fails_gives_a_sentence(web: WebServer) -> None:
    with pytest.raises(WebError) as raised:
        search_web(web.url + "/missing-prefix", "four")
    assert "a répondu 404" in str(raised.value)
    assert WebTools(WebSettings(True, web.url + "/nothing")).run("web_search", {"query": "x"})["content"]
    with pytest.raises(WebError):
        searxng_address("searx.local")
    assert searxng_address(" http://127.0.0.1:8888/ ") == "http://127.0.0.1:8888"
