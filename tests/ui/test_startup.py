"""The first window paints before the slow imports: no alembic, reportlab or holidays on that path."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
from casekeeper.paths import DataPaths
from casekeeper.services.workspace import open_workspace
from casekeeper.ui.main_window import MainWindow
from casekeeper.ui.settings import Settings
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
from casekeeper.ui.main_window import MainWindow
from casekeeper.ui.settings import Settings
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
