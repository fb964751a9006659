"""Ending an Ollama exchange from another thread, even while a read is blocked.

A streamed reply is read on the model worker's thread; a model that thinks for a minute before its
first word leaves that read blocked. Closing the client from another thread does not end it (on
Linux, close() does not wake a blocked recv()); shutting the socket down does. `Hangup` gives the
ollama client a transport whose sockets it remembers, so `hang_up()` can shut them all down.
"""
from __future__ import annotations

import socket
import threading
from typing import Any

import httpcore
import httpx
import ollama


class _Backend(httpcore.SyncBackend):
    def __init__(self, hangup: Hangup) -> None:
        self._hangup = hangup

    def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        if self._hangup.hung_up:  # a retry after a hang-up must not open a new exchange
            raise httpcore.ConnectError("hung up")
        stream = super().connect_tcp(*args, **kwargs)
        self._hangup.remember(stream.get_extra_info("socket"))
        return stream


class Hangup:
    """Remembers the sockets of the clients it makes; `hang_up` ends their exchanges until `reset`."""

    def __init__(self) -> None:
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self.hung_up = False

    def client(self, host: str, timeout: float) -> ollama.Client:
        """An `OllamaService` client_factory."""
        return ollama.Client(host=host, timeout=timeout, transport=self.transport())

    def transport(self) -> httpx.HTTPTransport:
        """For any httpx.Client (a web page's fetch too): its exchanges end when `hang_up` is called."""
        transport = httpx.HTTPTransport()
        # httpx has no public way to choose the network backend: its pool is given ours (its TLS settings kept).
        transport._pool._network_backend = _Backend(self)  # type: ignore[attr-defined]
        return transport

    def remember(self, sock: socket.socket | None) -> None:
        with self._lock:
            self._sockets = [s for s in self._sockets if s.fileno() != -1]
            if sock is not None:
                self._sockets.append(sock)

    def hang_up(self) -> None:
        """From any thread: every exchange in flight ends with an error, and none starts until `reset`."""
        with self._lock:
            self.hung_up = True
            sockets = list(self._sockets)
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed

    def reset(self) -> None:
        with self._lock:
            self.hung_up = False
