"""The start-up baseline: a bare PySide6 process that shows an empty QMainWindow.

Prints ``bench painted <seconds>`` at its first paint, counted from CASEKEEPER_BENCH_T0 (a
time.perf_counter() value taken by the parent just before starting this process), then quits.
"""

from __future__ import annotations

import os
import sys
import time

T0 = float(os.environ.get("CASEKEEPER_BENCH_T0", "0"))

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


class FirstPaint(QObject):
    """Report the first paint of the window and quit."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print(f"bench painted {time.perf_counter() - T0:.6f}", flush=True)
            QTimer.singleShot(0, self.app.quit)
        return False


def main() -> int:
    """Show the empty window."""
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1100, 700)
    probe = FirstPaint(app)
    window.installEventFilter(probe)
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
