"""The window's settings file (written by Qt) is read without Qt by the notify command."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from casekeeper.services.reminders.preferences import read_preferences, system_language


def test_preferences_written_by_the_window_are_read_back_without_qt(tmp_path: Path) -> None:
    from casekeeper.ui.common.settings import Settings

    path = tmp_path / "casekeeper.ini"
    settings = Settings(path)
    settings.language = "fr"
    settings.reminder_days = (3, 1)
    settings.store.setValue("reminders/quiet_start", "22:30")
    settings.store.setValue("reminders/quiet_end", "07:15")
    settings.store.setValue("reminders/background", True)
    settings.sync()
    prefs = read_preferences(path)
    assert prefs.language == "fr"
    assert prefs.lead_days == (3, 1)
    assert (prefs.quiet_start, prefs.quiet_end) == (time(22, 30), time(7, 15))
    assert prefs.background


def test_a_missing_or_damaged_settings_file_gives_the_defaults(tmp_path: Path) -> None:
    damaged = tmp_path / "casekeeper.ini"
    damaged.write_bytes(b"\x00\xff[[[not ini")
    for path in (tmp_path / "missing.ini", damaged):
        prefs = read_preferences(path)
        assert prefs.lead_days == (7, 3, 1, 0)
        assert (prefs.quiet_start, prefs.quiet_end) == (time(21, 0), time(8, 0))
        assert not prefs.background


def test_the_session_language_is_used_when_none_was_chosen() -> None:
    assert system_language({"LANG": "fr_FR.UTF-8"}) == "fr_FR"
    assert system_language({"LANGUAGE": "de:en", "LANG": "fr_FR.UTF-8"}) == "de"
