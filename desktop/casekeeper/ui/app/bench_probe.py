"""Start-up benchmark hook (CASEKEEPER_BENCH): print when the window painted, listed, opened; then quit.

``painted``: the first paint of the main window; ``listed``: the first paint of the case list with
its rows (or of the empty list); ``open_ms``: selecting a case in the list to its painted timeline;
``open_all_ms``: the same click to the whole case shown (its advice, deadlines and other tabs
filled, which follows the timeline's paint within the same call).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from casekeeper.ui.app.main_window import MainWindow

if TYPE_CHECKING:
    from casekeeper.domain.case_summary import CaseSummary


def rss_mb() -> float:
    """Resident memory now (VmRSS), or the peak from getrusage where /proc is missing."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text(encoding="ascii", errors="replace").splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


class BenchProbe(QObject):
    """Watches the paint events of the window, the case list and the timeline (only while
    benchmarking).

    The filter sits on those three widgets only, as the bare window's baseline watches its one
    window: an application-wide filter hands every event of every widget to Python, and that
    conversion (each Qt class's wrapper and enums made on first sight) cost about 20 ms of the
    first paint that the app itself does not spend.
    """

    def __init__(self, app: QCoreApplication, window: MainWindow, t0: float) -> None:
        super().__init__(app)
        self.app = app
        self.window = window
        raw = os.environ.get("CASEKEEPER_BENCH_T0", "")
        self.t0 = float(raw) if raw else t0
        self.open_id = int(os.environ.get("CASEKEEPER_BENCH_OPEN") or 0)
        self.stop_at = os.environ.get("CASEKEEPER_BENCH_STOP", "")  # "painted" or "listed": quit
        # there (an instruction count under valgrind then covers just that much of the start)
        self.painted = self.listed = self.opened = self.done = False
        self._opening = False
        self._open_started = 0.0
        self._open_cpu = 0.0
        self._shown_all = False
        window.installEventFilter(self)
        self._watch_case_list(window)

    def _watch_case_list(self, window: MainWindow) -> None:
        """Also watch the case list's viewport, which the window builds when it first shows cases."""
        show_cases = window.show_cases

        def show_and_watch(rows: list[CaseSummary]) -> None:
            show_cases(rows)
            window.case_list.view.viewport().installEventFilter(self)

        window.show_cases = show_and_watch  # type: ignore[method-assign]

    def _say(self, what: str) -> None:
        print(f"bench {what} {time.perf_counter() - self.t0:.4f}", flush=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            if not self.painted and watched.window() is self.window:
                self.painted = True
                self._say("painted")
                QTimer.singleShot(0, self._next)
            if not self.listed and self._is_filled_list(watched):
                self.listed = True
                self._say("listed")
                QTimer.singleShot(0, self._next)
            elif self._opening and watched is self.window.page.timeline.viewport():
                self._opening = False
                self.opened = True
                self._say("opened")
                print(f"bench open_ms {(time.perf_counter() - self._open_started) * 1000:.1f}",
                      flush=True)
                print(f"bench open_cpu_ms {(time.thread_time() - self._open_cpu) * 1000:.1f}",
                      flush=True)
                QTimer.singleShot(0, self._next)
        return False

    def _case_shown(self, case_id: int) -> None:
        if case_id == self.open_id and self._open_started and not self._shown_all:
            self._shown_all = True
            print(f"bench open_all_ms {(time.perf_counter() - self._open_started) * 1000:.1f}",
                  flush=True)

    def _is_filled_list(self, watched: QWidget) -> bool:
        """True for a paint of the case list once its rows are in (none, for an empty folder)."""
        panel = getattr(self.window, "case_list", None)
        return panel is not None and watched is panel.view.viewport() and self.window.case_model.filled

    def _next(self) -> None:
        if not self.done and ((self.stop_at == "painted" and self.painted)
                              or (self.stop_at == "listed" and self.listed)):
            self.done = True
            os._exit(0)  # at once: nothing after this point is counted
        if self.done or not (self.painted and self.listed):
            return
        if self.open_id and not self.opened:
            if not self.window.furnished or (
                    self.window.controller.view_data is None and self.window.controller.case_id == 0):
                QTimer.singleShot(10, self._next)  # the first case is still opening
                return
            if not self.window.deadlines.reminders.checks:
                QTimer.singleShot(10, self._next)  # the first reminder check is still reading:
                return  # the click is timed on an idle window
            if not self._opening:
                self._opening = True
                self._open_started = time.perf_counter()
                self._open_cpu = time.thread_time()
                self.window.controller.case_changed.connect(self._case_shown)
                self.window.page.timeline.viewport().installEventFilter(self)
                self.window.page.tabs.setCurrentIndex(0)
                self.window.case_list.select_case(self.open_id)  # what a click in the list does
                self.window.page.timeline.viewport().update()
            return
        self.done = True
        for watched in (self.window, self.window.case_list.view.viewport(),
                        self.window.page.timeline.viewport()):
            watched.removeEventFilter(self)
        print(f"bench rss_mb {rss_mb():.1f}", flush=True)
        self.app.quit()


def start_bench_probe(app: QCoreApplication, window: MainWindow | None, t0: float) -> BenchProbe | None:
    """The probe when CASEKEEPER_BENCH is set, else None (no effect at all)."""
    if not os.environ.get("CASEKEEPER_BENCH") or window is None:
        return None
    return BenchProbe(app, window, t0)
