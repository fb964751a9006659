"""SIGTERM (a session logging out, `kill`, a test) and Ctrl+C in a terminal close the window as its
close button does: every job stops, the ledger closes cleanly, and Liblitz exits with code 0.

Python runs a signal handler only between bytecodes, and Qt's event loop runs none while it waits:
the handler's wake-up byte is written to a socket Qt watches, which brings control back to Python.
"""
from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class QuitOnSignals(QObject):
    def __init__(self, close: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._close = close
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        # A Python handler is needed for the wake-up byte to be written; it has nothing else to do.
        self._previous = {number: signal.signal(number, lambda *_: None) for number in SIGNALS}

    def _woken(self) -> None:
        try:
            self._reader.recv(64)
        except BlockingIOError:
            return
        self._close()

    def release(self) -> None:
        """Give the signals back as they were (after the event loop has ended)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)  # None: set outside Python
        self._reader.close()
        self._writer.close()
