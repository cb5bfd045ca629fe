"""The first window paints before the slow imports: no alembic, reportlab or holidays on that path."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
from casekeeper.paths import DataPaths
from casekeeper.services.workspace import open_workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.settings import Settings
app = QApplication([])
root = __import__("pathlib").Path(sys.argv[1])
workspace = open_workspace(DataPaths(root, root / "config"))
window = MainWindow(workspace, Settings(workspace.paths.settings_file))
window.show()
window.repaint()  # the first paint, before the event loop runs the deferred load
heavy = sorted(name for name in ("alembic", "reportlab", "holidays") if name in sys.modules)
empty = window.case_model.rowCount() == 0
app.processEvents()
print("HEAVY", heavy, "case list empty until loaded:", empty, "then loaded:", window.case_model.rowCount())
workspace.close()
"""


def test_the_window_paints_without_heavy_imports(tmp_path: Path) -> None:
    from casekeeper.domain.dto import CaseInput
    from casekeeper.paths import DataPaths
    from casekeeper.services.workspace import open_workspace

    prepared = open_workspace(DataPaths(tmp_path, tmp_path / "config"))  # migrated beforehand
    prepared.cases.create(CaseInput(title="Coat never delivered"))
    prepared.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    assert "HEAVY [] case list empty until loaded: True then loaded: 1" in result.stdout


DEFERRED_SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
from casekeeper.paths import DataPaths
from casekeeper.services.deferred_workspace import DeferredWorkspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.settings import Settings
app = QApplication([])
root = __import__("pathlib").Path(sys.argv[1])
workspace = DeferredWorkspace(DataPaths(root, root / "config"))
window = MainWindow(workspace, Settings(workspace.paths.settings_file))
window.show()
window.repaint()
app.processEvents()
heavy = sorted(name for name in ("sqlalchemy", "sqlmodel", "alembic", "reportlab", "holidays",
                                 "pydantic") if name in sys.modules)
print("BEFORE OPEN", heavy, window.case_model.rowCount(), workspace.is_open)
workspace.open()
window.load()
print("AFTER OPEN", window.case_model.rowCount())
workspace.close()
"""


def test_the_app_paints_before_the_database_layer_is_even_imported(tmp_path: Path) -> None:
    from casekeeper.domain.dto import CaseInput
    from casekeeper.paths import DataPaths
    from casekeeper.services.workspace import open_workspace

    prepared = open_workspace(DataPaths(tmp_path, tmp_path / "config"))
    prepared.cases.create(CaseInput(title="Coat never delivered"))
    prepared.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", DEFERRED_SCRIPT, str(tmp_path)],
                            capture_output=True, text=True, env=env, timeout=120, check=True)
    assert "BEFORE OPEN [] 0 False" in result.stdout, result.stdout
    assert "AFTER OPEN 1" in result.stdout, result.stdout


APP_SCRIPT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "pydantic", "reportlab", "holidays",
         "casekeeper.ui.app.case_page", "casekeeper.ui.cases.case_list_model")
app = QApplication([sys.argv[0]])
seen = {}

def heavy():
    return [name for name in HEAVY if name in sys.modules]

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            window = watched.window()
            seen.setdefault("frame", heavy())
            panel = getattr(window, "case_list", None)
            if panel is not None and watched is panel.view.viewport() and window.case_model.rowCount():
                seen.setdefault("list", (heavy(), window.case_model.rowCount(), window.furnished))
        return False

watch = Watch()
app.installEventFilter(watch)

def quit_when_ready():
    windows = [w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    if windows and windows[0].furnished and windows[0].workspace.is_open:
        seen["end"] = (windows[0].case_model.rowCount(), windows[0].page.header.isVisible())
        app.quit()

timer = QTimer()
timer.timeout.connect(quit_when_ready)
timer.start(50)
from casekeeper.app import run
code = run(["--data-dir", sys.argv[1]])
print("FRAME", seen["frame"])
print("LIST", seen["list"])
print("END", seen["end"], code)
"""


def test_the_app_paints_its_frame_then_the_list_from_a_plain_read_then_the_rest(tmp_path: Path) -> None:
    from casekeeper.domain.dto import CaseInput
    from casekeeper.paths import DataPaths
    from casekeeper.services.workspace import open_workspace

    prepared = open_workspace(DataPaths(tmp_path, tmp_path / "config"))
    for title in ("Coat never delivered", "Refund of a returned parcel"):
        prepared.cases.create(CaseInput(title=title))
    prepared.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CASEKEEPER_BENCH", None)
    result = subprocess.run([sys.executable, "-c", APP_SCRIPT, str(tmp_path)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["FRAME"] == "[]", result.stdout  # nothing heavy, not even the case list, yet
    heavy, rows, furnished = ast.literal_eval(lines["LIST"])
    assert (rows, furnished) == (2, False), result.stdout  # the list painted before the rest
    assert not {"sqlalchemy", "sqlmodel", "alembic"} & set(heavy), result.stdout
    assert lines["END"] == "(2, True) 0", result.stdout
    assert (DataPaths(tmp_path, tmp_path / "config").logs_dir / "casekeeper.log").is_file()


def _run_app_script(script: str, root: Path) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CASEKEEPER_BENCH", None)
    result = subprocess.run([sys.executable, "-c", script, str(root)], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _three_cases(root: Path) -> list[int]:
    from casekeeper.domain.dto import CaseInput
    from casekeeper.paths import DataPaths
    from casekeeper.services.workspace import open_workspace

    prepared = open_workspace(DataPaths(root, root / "config"))
    ids = [prepared.cases.create(CaseInput(title=title)) for title in ("First", "Second", "Third")]
    prepared.close()
    return ids


CLOSE_EARLY = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([sys.argv[0]])
class Watch(QObject):
    done = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and not self.done:
            self.done = True
            window = watched.window()
            QTimer.singleShot(0, window.close)  # the person closes the frame at once
        return False
watch = Watch()
app.installEventFilter(watch)
QTimer.singleShot(5000, lambda: (print("STILL RUNNING"), app.exit(3)))  # fires only inside exec()
from casekeeper.app import run
print("RETURNED", run(["--data-dir", sys.argv[1]]))
"""


def test_a_window_closed_while_starting_stays_closed(tmp_path: Path) -> None:
    _three_cases(tmp_path)
    out = _run_app_script(CLOSE_EARLY, tmp_path)
    assert "RETURNED 0" in out and "STILL RUNNING" not in out, out


COUNT_READS = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from casekeeper.services.cases import CaseService
from casekeeper.ui.app.main_window import MainWindow
calls = {"summaries": 0, "load": 0}
def counted(cls, name):
    original = getattr(cls, name)
    def wrapper(self, *args, **kwargs):
        calls[name] += 1
        return original(self, *args, **kwargs)
    setattr(cls, name, wrapper)
counted(CaseService, "summaries")
counted(MainWindow, "load")
app = QApplication([sys.argv[0]])
def report():
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    print("CALLS", calls["summaries"], calls["load"], "SHOWN", window.controller.case_id)
    app.exit(0)
QTimer.singleShot(1000, report)
from casekeeper.app import run
run(["--data-dir", sys.argv[1]])
"""


def test_start_up_reads_the_list_through_the_orm_once_and_opens_the_newest_case(tmp_path: Path) -> None:
    ids = _three_cases(tmp_path)
    out = _run_app_script(COUNT_READS, tmp_path)
    assert f"CALLS 1 1 SHOWN {ids[-1]}" in out, out


CLICK_EARLY = """
import sys
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from casekeeper.ui.app.main_window import MainWindow
app = QApplication([sys.argv[0]])
original = MainWindow.show_cases
clicked = []
def show_cases(self, rows):
    original(self, rows)
    view = self.case_list.view
    view.doItemsLayout()
    index = self.case_list.proxy.index(2, 0)
    clicked.append(self.case_list.source.case_at(self.case_list.proxy.mapToSource(index).row()).id)
    point = QPointF(view.visualRect(index).center())
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):  # queued: a real click
        app.postEvent(view.viewport(), QMouseEvent(kind, point, point, Qt.MouseButton.LeftButton,
                                                   Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
MainWindow.show_cases = show_cases
def report():
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    print("CLICKED", clicked[0], "SHOWN", window.controller.case_id)
    app.exit(0)
QTimer.singleShot(1000, report)
from casekeeper.app import run
run(["--data-dir", sys.argv[1]])
"""


def test_a_click_on_the_early_list_opens_that_case(tmp_path: Path) -> None:
    ids = _three_cases(tmp_path)
    out = _run_app_script(CLICK_EARLY, tmp_path)
    assert f"CLICKED {ids[0]} SHOWN {ids[0]}" in out, out
