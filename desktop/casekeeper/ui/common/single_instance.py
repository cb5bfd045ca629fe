"""One app per data folder: a QLockFile in the folder, and a local socket to wake the running one."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from casekeeper.errors import DataLocationError

if TYPE_CHECKING:  # QtNetwork loads when the app starts listening, after its first paint
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "casekeeper.lock"  # the same file casekeeper.services.instance_lock reads for the CLI
ACTIVATE = b"activate\n"
OPEN_CASE = b"case "  # then the case number and a newline, after ACTIVATE (a notification's click)


def server_name(data_dir: Path) -> str:
    """A local-socket name unique to this user and data folder (no network is involved)."""
    import hashlib

    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    key = hashlib.sha256(f"{user}:{data_dir.resolve()}".encode()).hexdigest()[:20]
    return f"casekeeper-{key}"


class SingleInstance(QObject):
    """Held by the running app: owns the lock and answers later launches."""

    activation_requested = Signal()
    case_requested = Signal(int)  # a later launch with --case: show this case

    def __init__(self, lock: QLockFile, data_dir: Path, parent: QObject | None = None, *,
                 listen: bool = True) -> None:
        super().__init__(parent)
        self._lock = lock
        self._data_dir = data_dir
        self._sockets: list[QLocalSocket] = []
        self._server: QLocalServer | None = None
        if listen:
            self.listen()

    def listen(self) -> None:
        """Start answering later launches (once)."""
        if self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self._data_dir)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # a socket file left by a crashed run
        self._server.listen(name)
        self._server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._sockets.append(socket)
            socket.readyRead.connect(self._on_ready_read)

    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

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
            if (case_id := requested_case(message)) is not None:
                self.case_requested.emit(case_id)

    @property
    def listening(self) -> bool:
        """True when later launches can reach this instance."""
        return self._server is not None and self._server.isListening()

    def release(self) -> None:
        """Stop answering and free the lock (call on quit)."""
        for socket in self._sockets:
            socket.abort()
        self._sockets.clear()
        if self._server is not None:
            self._server.close()
        self._lock.unlock()


def requested_case(message: bytes) -> int | None:
    """The case number a later launch asked for (its ``case N`` line), if any."""
    for line in message.splitlines():
        if line.startswith(OPEN_CASE):
            number = line.removeprefix(OPEN_CASE).strip()
            if number.isdigit() and 0 < int(number) < 2**63:
                return int(number)
    return None


def acquire_or_activate(data_dir: Path, timeout_ms: int = 1500, *, listen: bool = True,
                        case_id: int | None = None) -> SingleInstance | None:
    """Take the folder's lock and return the instance; or wake the running app and return None.

    A lock left by a crashed run (its process is gone) is recovered automatically. With
    ``listen=False`` the instance answers later launches only once ``listen()`` is called.
    ``case_id`` (a notification's ``--case``) is passed to the running app, which shows it.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # a long-lived lock: only a dead holder makes it stale
    if lock.tryLock(100):
        return SingleInstance(lock, data_dir, listen=listen)
    if lock.error() != QLockFile.LockError.LockFailedError:
        raise _cannot_lock(data_dir)  # not held by anyone: the lock file itself cannot be made
    if _send_activate(server_name(data_dir), timeout_ms, case_id):
        return None
    # The holder is alive but silent (hung, or its socket is gone): try the stale path once more.
    if lock.removeStaleLockFile() and lock.tryLock(100):
        return SingleInstance(lock, data_dir, listen=listen)
    return None


def _cannot_lock(data_dir: Path) -> DataLocationError:
    """Why the lock file cannot be created: a full disk or a read-only folder, said plainly."""
    try:
        free = shutil.disk_usage(data_dir).free
    except OSError:
        free = 0
    if free < 1024 * 1024:
        return DataLocationError(
            f"The disk holding {data_dir} is full, so Case Keeper cannot start. Free at least "
            "1 MB and start it again. Your data is not damaged; do not restore a backup.")
    return DataLocationError(
        f"Case Keeper cannot write in its data folder {data_dir} (it may be read-only). Check "
        "the folder's permissions, then start it again. Your data is not damaged; do not restore "
        "a backup.")


def _send_activate(name: str, timeout_ms: int, case_id: int | None = None) -> bool:
    """Ask the running app to come to the front (and show ``case_id``); it may still be starting
    (not listening yet). An older app reads the first line only: it comes to the front."""
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + timeout_ms / 1000
    socket = QLocalSocket()
    while True:
        socket.connectToServer(name)
        remaining_ms = int((deadline - time.monotonic()) * 1000)
        if socket.waitForConnected(max(remaining_ms, 1)):
            break
        socket.abort()
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)  # the first app listens right after its first paint
    socket.write(ACTIVATE + (b"" if case_id is None else OPEN_CASE + b"%d\n" % case_id))
    written = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return written
