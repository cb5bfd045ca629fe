"""The four window languages: offered in their own names, switched at once, kept across a restart,
and picked from the system locale on the first start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.shell import Shell
from casekeeper.ui.common.i18n import language_of
from casekeeper.ui.common.settings import Settings
from casekeeper.ui.preferences.preferences import PreferencesDialog
from casekeeper.ui.preferences.welcome import WelcomeDialog

OWN_NAMES = ["English", "Français", "Deutsch", "Svenska"]

START = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from casekeeper.paths import DataPaths
from casekeeper.services.workspace import open_workspace
from casekeeper.ui.app.shell import Shell
from casekeeper.ui.common.i18n import current_language, locale_name
from casekeeper.ui.common.settings import Settings
app = QApplication([])
workspace = open_workspace(DataPaths(Path(sys.argv[1]), Path(sys.argv[2])))
settings = Settings(workspace.paths.settings_file)
window = Shell(app, workspace, settings).show()
print("STARTED", current_language(), locale_name(), window.page.tabs.tabText(0))
window.tasks.wait()
workspace.close()
"""


def _start(data: Path, config: Path, lang: str = "C.UTF-8") -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": lang, "LC_ALL": lang}
    env["LANGUAGE"] = ""
    result = subprocess.run([sys.executable, "-c", START, str(data), str(config)], capture_output=True,
                            text=True, env=env, timeout=300, check=True)
    return next(line for line in result.stdout.splitlines() if line.startswith("STARTED"))


def test_the_welcome_and_preferences_offer_four_languages_in_their_own_names(qtbot: QtBot) -> None:
    welcome = WelcomeDialog("DE", "de")
    preferences = PreferencesDialog("SE", "sv")
    qtbot.addWidget(welcome)
    qtbot.addWidget(preferences)
    for dialog, chosen in ((welcome, "Deutsch"), (preferences, "Svenska")):
        combo = dialog.language
        assert [combo.itemText(row) for row in range(combo.count())] == OWN_NAMES
        assert combo.currentText() == chosen


def test_choosing_deutsch_switches_at_once_and_a_restart_keeps_it(
    qtbot: QtBot, qapp: QApplication, workspace: Workspace
) -> None:
    settings = Settings(workspace.paths.settings_file)
    settings.welcomed = True
    shell = Shell(qapp, workspace, settings)
    first = shell.show()
    qtbot.addWidget(first)
    dialog = first.dialogs.preferences()
    assert isinstance(dialog, PreferencesDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.accept()
    rebuilt = shell.window
    assert rebuilt is not None and rebuilt is not first
    qtbot.addWidget(rebuilt)
    assert rebuilt.page.tabs.tabText(0) == "Verlauf"
    assert rebuilt.menuBar().actions()[0].text() == "&Datei"
    settings.sync()
    rebuilt.tasks.wait()
    workspace.close()  # the other process opens the same data folder
    started = _start(workspace.paths.data_dir, workspace.paths.config_dir)  # a C locale: German from settings
    assert started.startswith("STARTED de de_DE") and started.endswith("Verlauf")


@pytest.mark.parametrize(("system", "language", "tab"), [
    ("de_AT.UTF-8", "de de_AT", "Verlauf"),
    ("sv_FI.UTF-8", "sv sv_FI", "Tidslinje"),
    ("fr_BE.UTF-8", "fr fr_BE", "Chronologie"),
    ("es_ES.UTF-8", "en en_GB", "Timeline"),
])
def test_the_first_start_speaks_the_language_of_the_system_locale(
    tmp_path: Path, system: str, language: str, tab: str
) -> None:
    started = _start(tmp_path / "data", tmp_path / "config", system)
    assert started == f"STARTED {language} {tab}"


def test_a_locale_names_its_window_language() -> None:
    assert [language_of(QLocale(name)) for name in ("de_CH", "sv_FI", "fr_CA", "en_US", "nb_NO")] == [
        "de", "sv", "fr", "en", "en"]
