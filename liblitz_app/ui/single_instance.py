"""One Liblitz per data folder: a second launch wakes the first window instead of failing on a lock."""
from __future__ import annotations

import hashlib

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ..paths import DataDir

WAKE = b"raise"


def server_name(data: DataDir) -> str:
    digest = hashlib.sha1(str(data.root).encode("utf-8")).hexdigest()[:16]
    return f"liblitz-{digest}"


class SingleInstance(QObject):
    """Signals: activated(): another launch asked this one to come forward."""

    activated = Signal()

    def __init__(self, data: DataDir, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(data)
        self._lock = QLockFile(str(data.lock))
        self._lock.setStaleLockTime(0)  # a lock whose process is gone is stale, whatever its age
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        if not self._lock.tryLock(100):
            return False
        QLocalServer.removeServer(self._name)  # a leftover socket from a crash
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self._name)
        return True

    def wake_first(self, timeout_ms: int = 1000) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(WAKE)
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))

    def _read(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(WAKE):
            self.activated.emit()
        connection.disconnectFromServer()
