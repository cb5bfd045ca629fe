"""SIGTERM quits the window normally (so the exit backup is taken); installed before the first
paint, so this module needs Qt core only."""

from __future__ import annotations

import signal
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer


class TerminateWatch(QObject):
    """SIGTERM (a logout, ``kill``) quits the event loop normally, so the exit backup is taken.

    Python runs signal handlers only when it gets control: a short timer gives it control while
    Qt's loop runs. A SIGTERM that comes before the loop starts is remembered (``requested``).
    """

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.requested = False
        self._app = app
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(lambda: None)
        if hasattr(signal, "SIGTERM") and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, self._on_terminate)
            self.timer.start()

    def _on_terminate(self, _number: int, _frame: object) -> None:
        self.requested = True
        self._app.quit()
