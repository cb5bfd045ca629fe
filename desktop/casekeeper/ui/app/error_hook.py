"""Errors never vanish: an exception no code caught is logged with its traceback and shown in words.

Installed as ``sys.excepthook`` (PySide6 hands it every exception raised in a slot, a timer or a
Qt override) and ``threading.excepthook``. The person sees a plain message in their language with
"Copy details"; the app keeps running.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal

from casekeeper.ui.common.error_report import words_for

log = logging.getLogger("casekeeper.ui.errors")

Show = Callable[[str, str], None]
"""Shows (message, technical details) to the person, e.g. in the window's message bar."""


class ErrorHook(QObject):
    """Owns the hooks; ``uninstall()`` puts the previous ones back."""

    _from_thread = Signal(str, str)

    def __init__(self, show: Show, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show = show
        self._previous_sys = sys.excepthook
        self._previous_thread = threading.excepthook
        self._from_thread.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.installed = False

    def install(self) -> ErrorHook:
        """Take over ``sys.excepthook`` and ``threading.excepthook``."""
        self._previous_sys = sys.excepthook
        self._previous_thread = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        self.installed = True
        return self

    def uninstall(self) -> None:
        """Restore the hooks found at ``install()``."""
        if self.installed:
            sys.excepthook = self._previous_sys
            threading.excepthook = self._previous_thread
            self.installed = False

    def handle(self, kind: type[BaseException], error: BaseException,
               trace: TracebackType | None) -> None:
        """Log, then tell the person (on the GUI thread); a Ctrl+C in a terminal still quits."""
        if issubclass(kind, KeyboardInterrupt):
            self._previous_sys(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("Unhandled error\n%s", details)
        self._show(words_for(error), details)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        log.error("Unhandled error in thread %s\n%s", args.thread.name if args.thread else "?", details)
        self._from_thread.emit(words_for(args.exc_value), details)  # queued to the GUI thread

    def _show(self, text: str, details: str) -> None:
        try:
            self.show(text, details)
        except Exception:  # the window may be gone (closing); the log already has the error
            log.exception("The error could not be shown")


def install_error_hook(show: Show, parent: QObject | None = None) -> ErrorHook:
    """Install the hooks; ``show`` receives (message, details)."""
    return ErrorHook(show, parent).install()
