"""One app per data folder: a QLockFile in the folder, and a local socket to wake the running one."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "casekeeper.lock"  # the same file casekeeper.services.instance_lock reads for the CLI
ACTIVATE = b"activate\n"


def server_name(data_dir: Path) -> str:
    """A local-socket name unique to this user and data folder (no network is involved)."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    key = hashlib.sha256(f"{user}:{data_dir.resolve()}".encode()).hexdigest()[:20]
    return f"casekeeper-{key}"


class SingleInstance(QObject):
    """Held by the running app: owns the lock and answers later launches."""

    activation_requested = Signal()

    def __init__(self, lock: QLockFile, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self._sockets: list[QLocalSocket] = []
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # a socket file left by a crashed run
        self._server.listen(name)
        self._server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            self._sockets.append(socket)
            socket.readyRead.connect(self._on_ready_read)

    def _on_ready_read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        message = bytes(socket.readAll().data())
        if socket in self._sockets:
            self._sockets.remove(socket)
        socket.readyRead.disconnect(self._on_ready_read)
        socket.deleteLater()
        if message.startswith(ACTIVATE.strip()):
            self.activation_requested.emit()

    @property
    def listening(self) -> bool:
        """True when later launches can reach this instance."""
        return self._server.isListening()

    def release(self) -> None:
        """Stop answering and free the lock (call on quit)."""
        for socket in self._sockets:
            socket.abort()
        self._sockets.clear()
        self._server.close()
        self._lock.unlock()


def acquire_or_activate(data_dir: Path, timeout_ms: int = 1500) -> SingleInstance | None:
    """Take the folder's lock and return the instance; or wake the running app and return None.

    A lock left by a crashed run (its process is gone) is recovered automatically.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # a long-lived lock: only a dead holder makes it stale
    name = server_name(data_dir)
    if lock.tryLock(100):
        return SingleInstance(lock, name)
    if _send_activate(name, timeout_ms):
        return None
    # The holder is alive but silent (hung, or its socket is gone): try the stale path once more.
    if lock.removeStaleLockFile() and lock.tryLock(100):
        return SingleInstance(lock, name)
    return None


def _send_activate(name: str, timeout_ms: int) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(ACTIVATE)
    written = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return written
