"""Settings are proven only when another process reads them back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

WRITE = """
import sys
from casekeeper.ui.common.settings import Settings
settings = Settings(__import__("pathlib").Path(sys.argv[1]))
settings.language = "fr"
settings.country = "SE"
settings.welcomed = True
settings.last_channel = "chat"
settings.sync()
"""

READ = """
import sys
from casekeeper.ui.common.settings import Settings
settings = Settings(__import__("pathlib").Path(sys.argv[1]))
print("READ", settings.language, settings.country, settings.welcomed, settings.last_channel)
"""

OLD_FILE = """[meta]
version=1

[%General]
language=de
country=DE
welcomed=true

[log]
last_channel=email
"""


def _run(script: str, ini: Path) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script, str(ini)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return result.stdout


def test_settings_written_by_one_process_are_read_by_the_next(tmp_path: Path) -> None:
    ini = tmp_path / "casekeeper.ini"
    _run(WRITE, ini)
    assert "READ fr SE True chat" in _run(READ, ini)


def test_values_written_under_the_old_general_group_are_recovered(tmp_path: Path) -> None:
    ini = tmp_path / "casekeeper.ini"
    ini.write_text(OLD_FILE)
    assert "READ de DE True email" in _run(READ, ini)
    text = ini.read_text()
    assert "%General" not in text and "language=de" in text
    assert "READ de DE True email" in _run(READ, ini)  # and again, from the upgraded file
