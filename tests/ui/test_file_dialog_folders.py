"""File dialogs start in Documents, then in the folder last used for that kind, in the next process too."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common import file_dialogs
from casekeeper.ui.common.i18n import documents_folder

REMEMBER = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from casekeeper.ui.common import file_dialogs
from casekeeper.ui.common.settings import Settings
from PySide6.QtWidgets import QWidget
window = QWidget()
window.settings = Settings(Path(sys.argv[1]))
file_dialogs.remember(QWidget(window), "dossier", Path(sys.argv[2]) / "Dossier - Coat - 2026-12-02.pdf")
"""

START = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from casekeeper.ui.common import file_dialogs
from casekeeper.ui.common.settings import Settings
from PySide6.QtWidgets import QWidget
window = QWidget()
window.settings = Settings(Path(sys.argv[1]))
print("DOSSIER", file_dialogs.start_folder(window, "dossier"))
print("LETTER", file_dialogs.start_folder(window, "letter"))
"""


def _run(script: str, *args: Path) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", script, *map(str, args)], capture_output=True,
                          text=True, env=env, timeout=120, check=True).stdout


def test_the_last_folder_of_a_kind_is_where_the_next_process_starts(tmp_path: Path) -> None:
    ini, chosen = tmp_path / "casekeeper.ini", tmp_path / "Claims"
    chosen.mkdir()
    _run(REMEMBER, ini, chosen)
    out = _run(START, ini)
    assert f"DOSSIER {chosen}" in out
    assert f"LETTER {documents_folder()}" in out  # another kind still starts in Documents


def test_a_new_person_starts_in_documents_and_a_vanished_folder_falls_back(window: MainWindow,
                                                                          tmp_path: Path) -> None:
    assert file_dialogs.start_folder(window, "attach") == documents_folder()
    gone = tmp_path / "gone"
    gone.mkdir()
    file_dialogs.remember(window, "attach", gone / "photo.jpg")
    assert file_dialogs.start_folder(window, "attach") == str(gone)
    gone.rmdir()
    assert file_dialogs.start_folder(window, "attach") == documents_folder()


def test_the_dossier_dialog_proposes_its_file_in_the_last_folder_used(
    window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    from casekeeper.services.sample_case import create_sample_case

    window.controller.reload_cases(create_sample_case(workspace))
    dialog = window.dossier.open_export()
    assert Path(dialog.target.text()).parent == Path(documents_folder())  # type: ignore[union-attr]
    file_dialogs.remember(dialog, "dossier", tmp_path / "elsewhere.pdf")
    again = window.dossier.open_export()
    assert Path(again.target.text()).parent == tmp_path  # type: ignore[union-attr]


def test_a_dialog_without_a_window_starts_in_documents(qapp: object) -> None:
    assert file_dialogs.start_folder(None, "archive") == documents_folder()


@pytest.mark.parametrize("call", ["getSaveFileName", "getOpenFileName", "getOpenFileNames",
                                  "getExistingDirectory"])
def test_every_file_dialog_of_the_window_goes_through_the_remembered_folders(call: str) -> None:
    root = Path(file_dialogs.__file__).parents[1]
    users = sorted(str(path.relative_to(root)) for path in root.rglob("*.py")
                   if re.search(rf"\b{call}\b", path.read_text(encoding="utf-8")))
    assert users in ([], ["common/file_dialogs.py"])
