"""A loopback HTTP server for the tests' stand-ins (Ollama, web pages, a model hub): a free port on
127.0.0.1, a thread serving it, and a stop that leaves no thread behind."""
from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class LoopbackServer(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True  # server_close() joins every handler: no thread outlives a test

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.connections: list[socket.socket] = []

    def process_request(self, request: Any, client_address: Any) -> None:
        self.connections.append(request)
        super().process_request(request, client_address)

    def hang_up_all(self) -> None:
        """End every connection, so a handler waiting on a kept-alive one returns and can be joined."""
        for connection in self.connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hung up mid-answer is part of the script


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler], name: str,
            before_stop: Callable[[], None] = lambda: None) -> Iterator[str]:
    """Serve `handler` until the block ends; yields the server's address. `before_stop` lets handlers that
    wait on the test go (they are joined)."""
    server = LoopbackServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name=name, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        before_stop()
        server.shutdown()
        server.hang_up_all()
        server.server_close()
        thread.join(timeout=5)
