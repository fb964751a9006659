"""A loopback server that speaks enough of Ollama's API for the real `ollama` client.

Scripted per test: `server.replies` is a queue of Reply objects consumed by /api/chat and
/api/generate in order; `server.requests` records what it received (path, JSON body).
The chat's reading of a message's emotion (a `format` requiring "emotion" and "intensity",
conversation/feeling.py) is asked after each reply: it is answered from `server.feelings` instead
(a failure when none is scripted) and recorded in `server.feeling_requests`, so that it never takes
a reply scripted for something else.
"""
from __future__ import annotations

import json
import queue
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from .loopback import serving

VERSION = "0.6.0-fake"


@dataclass
class Reply:
    content: str = ""
    status: int = 200
    error: str = ""
    drop_after: int | None = None  # close the connection after this many streamed chunks
    error_after: int | None = None  # after this many chunks, an {"error": …} line inside the stream
    release: threading.Event | None = None  # wait for the test to set it before answering
    stall_after: int | None = None  # with `release`: stream this many chunks, then wait for it
    chunk_size: int = 12
    # The model asks for tools: in the answer's only part, or, streamed, in a part of their own before the last
    # (as Ollama streams them since 0.8), after any `content`.
    tool_calls: list[dict[str, Any]] | None = None

    @classmethod
    def tool_call(cls, name: str, **arguments: Any) -> Reply:
        """A model that calls one tool (Ollama's `message.tool_calls`) instead of answering."""
        return cls(tool_calls=[{"function": {"name": name, "arguments": arguments}}])

    @classmethod
    def json(cls, data: dict[str, Any]) -> Reply:
        return cls(content=json.dumps(data, ensure_ascii=False))

    @classmethod
    def text(cls, content: str) -> Reply:
        return cls(content=content)

    @classmethod
    def failure(cls, status: int = 500, error: str = "llama runner process has terminated") -> Reply:
        return cls(status=status, error=error)

    @classmethod
    def dropped(cls, content: str, after_chunks: int = 1) -> Reply:
        return cls(content=content, drop_after=after_chunks)

    @classmethod
    def slow(cls, content: str, release: threading.Event) -> Reply:
        return cls(content=content, release=release)

    @classmethod
    def stalled(cls, content: str, release: threading.Event, after_chunks: int = 1) -> Reply:
        """A model that starts answering, then thinks: the client is left in a blocked read."""
        return cls(content=content, release=release, stall_after=after_chunks)


@dataclass
class Recorded:
    method: str
    path: str
    body: dict[str, Any]


@dataclass
class FakeOllama:
    models: list[str] = field(default_factory=lambda: ["gemma3:4b", "mistral:7b"])
    replies: queue.Queue[Reply] = field(default_factory=queue.Queue)
    requests: list[Recorded] = field(default_factory=list)
    releases: list[threading.Event] = field(default_factory=list)  # set on exit: no handler outlives the server
    feelings: queue.Queue[Reply] = field(default_factory=queue.Queue)  # answers to emotion readings
    feeling_requests: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""
    # Replies chosen by what is asked (the request's JSON body → a Reply), instead of the queue's order:
    # for work whose requests are many and their order an implementation detail (a model check-up).
    responder: Callable[[dict[str, Any]], Reply] | None = None

    def script(self, *replies: Reply) -> None:
        for reply in replies:
            self.replies.put(reply)

    def bodies(self, path: str) -> list[dict[str, Any]]:
        return [r.body for r in self.requests if r.path == path]


def _handler(fake: FakeOllama) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:
            fake.requests.append(Recorded("GET", self.path, {}))
            if self.path == "/api/version":
                self._send_json(200, {"version": VERSION})
            elif self.path == "/api/tags":
                models = [{"name": m, "model": m, "size": 1_000_000, "digest": "0" * 12,
                           "details": {"family": m.split(":")[0], "parameter_size": "4B"}}
                          for m in fake.models]
                self._send_json(200, {"models": models})
            else:
                self._send_json(404, {"error": "not found"})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            if _reads_a_feeling(body):
                fake.feeling_requests.append(body)
                self._answer(body, fake.feelings.get_nowait() if not fake.feelings.empty() else Reply.failure())
                return
            fake.requests.append(Recorded("POST", self.path, body))
            if self.path == "/api/create":
                self._create(body)
                return
            if self.path not in ("/api/chat", "/api/generate"):
                self._send_json(404, {"error": "not found"})
                return
            if body.get("model") not in fake.models:
                self._send_json(404, {"error": f"model '{body.get('model')}' not found"})
                return
            self._answer(body, fake.responder(body) if fake.responder else fake.replies.get_nowait())

        def _create(self, body: dict[str, Any]) -> None:
            """`ollama create`: a new model from a known base (its system prompt and parameters are recorded)."""
            if body.get("from") not in fake.models:
                self._send_json(404, {"error": f"model '{body.get('from')}' not found"})
                return
            fake.models.append(body["model"])
            self._send_json(200, {"status": "success"})  # streamed or not: one line says it is done

        def _answer(self, body: dict[str, Any], reply: Reply) -> None:
            if reply.release is not None:
                fake.releases.append(reply.release)
            if reply.release is not None and reply.stall_after is None:
                reply.release.wait(timeout=10)
            if reply.status != 200:
                self._send_json(reply.status, {"error": reply.error})
            elif body.get("stream", True):
                self._stream(body, reply)
            else:
                self._send_json(200, _with_tool_calls(_part(body, reply.content, done=True), reply))

        def _stream(self, body: dict[str, Any], reply: Reply) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/x-ndjson")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            pieces = [reply.content[i:i + reply.chunk_size]
                      for i in range(0, len(reply.content), reply.chunk_size)] or [""]
            for index, piece in enumerate(pieces):
                if reply.drop_after is not None and index >= reply.drop_after:
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if reply.stall_after is not None and index == reply.stall_after:
                    reply.release.wait(timeout=10)
                if reply.error_after is not None and index >= reply.error_after:
                    self._chunk({"error": reply.error or "model runner has unexpectedly stopped"})
                    self.wfile.write(b"0\r\n\r\n")
                    return
                self._chunk(_part(body, piece, done=False))
            if reply.tool_calls:
                self._chunk(_with_tool_calls(_part(body, "", done=False), reply))
            self._chunk(_part(body, "", done=True))
            self.wfile.write(b"0\r\n\r\n")

        def _chunk(self, data: dict[str, Any]) -> None:
            line = (json.dumps(data) + "\n").encode()
            self.wfile.write(f"{len(line):x}\r\n".encode() + line + b"\r\n")
            self.wfile.flush()

        def _send_json(self, status: int, data: dict[str, Any]) -> None:
            payload = json.dumps(data).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except OSError:
                pass  # the client gave up (timeout): nothing to tell it

    return Handler


def _reads_a_feeling(body: dict[str, Any]) -> bool:
    shape = body.get("format")
    return isinstance(shape, dict) and set(shape.get("required") or ()) == {"emotion", "intensity"}


def _part(body: dict[str, Any], content: str, done: bool) -> dict[str, Any]:
    part: dict[str, Any] = {"model": body.get("model"), "created_at": "2024-03-13T10:00:00Z", "done": done}
    if "messages" in body:
        part["message"] = {"role": "assistant", "content": content}
    else:
        part["response"] = content
    if done:
        part["done_reason"] = "stop"
    return part


def _with_tool_calls(part: dict[str, Any], reply: Reply) -> dict[str, Any]:
    if reply.tool_calls and "message" in part:
        part["message"]["tool_calls"] = reply.tool_calls
    return part


@contextmanager
def fake_ollama(models: list[str] | None = None) -> Iterator[FakeOllama]:
    """Serve on 127.0.0.1, a free port, in a background thread; stopped on exit."""
    fake = FakeOllama(models=models or ["gemma3:4b", "mistral:7b"])

    def let_go() -> None:
        for release in fake.releases:
            release.set()

    with serving(_handler(fake), "fake-ollama", let_go) as url:
        fake.url = url
        yield fake


def closed_port_url() -> str:
    """An address on loopback where nothing listens: Ollama "not running"."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"
