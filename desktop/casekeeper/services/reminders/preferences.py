"""The reminder preferences, read from the window's INI settings file without Qt."""

from __future__ import annotations

import configparser
import locale
import os
from dataclasses import dataclass
from datetime import time
from pathlib import Path

DEFAULT_LEADS = (7, 3, 1, 0)
DEFAULT_QUIET = (time(21, 0), time(8, 0))
SETTINGS_LIMIT = 1_000_000  # bytes read from the settings file at most


@dataclass(frozen=True, slots=True)
class ReminderPreferences:
    """Lead days, language, quiet hours and whether the schedule is wanted."""

    lead_days: tuple[int, ...] = DEFAULT_LEADS
    language: str = "en"
    quiet_start: time = DEFAULT_QUIET[0]
    quiet_end: time = DEFAULT_QUIET[1]
    background: bool = False

    def is_quiet(self, at: time) -> bool:
        """True inside the quiet hours (which may span midnight); equal ends mean never quiet."""
        start, end = self.quiet_start, self.quiet_end
        if start == end:
            return False
        if start < end:
            return start <= at < end
        return at >= start or at < end


def parse_time(text: str, default: time) -> time:
    """``HH:MM`` as a time, or ``default`` when it is not one."""
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return default


def system_language(environ: dict[str, str] | None = None) -> str:
    """The language of the person's session (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        if value := env.get(name, "").split(":")[0].strip():
            return value.split(".")[0]
    found = locale.getlocale()[0]
    return found or "en"


def read_preferences(settings_file: Path) -> ReminderPreferences:
    """The preferences stored by the window (or the defaults when the file is missing or damaged)."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        if settings_file.is_file():
            with settings_file.open(encoding="utf-8", errors="replace") as stream:
                parser.read_string(stream.read(SETTINGS_LIMIT))
    except (OSError, configparser.Error):
        parser = configparser.ConfigParser(interpolation=None)
    # The window keeps the language under [person]; versions before settings version 2 wrote it
    # under QSettings' [%General] group, which the window moves on its next start.
    language = (parser.get("person", "language", fallback="").strip()
                or parser.get("%General", "language", fallback="").strip() or system_language())
    raw_leads = parser.get("reminders", "lead_days", fallback=None)
    leads: tuple[int, ...] = DEFAULT_LEADS
    if raw_leads is not None:
        try:
            leads = tuple(sorted({int(part) for part in raw_leads.replace(",", " ").split()},
                                 reverse=True))
        except ValueError:
            leads = DEFAULT_LEADS
    return ReminderPreferences(
        lead_days=leads,
        language=language,
        quiet_start=parse_time(parser.get("reminders", "quiet_start", fallback=""), DEFAULT_QUIET[0]),
        quiet_end=parse_time(parser.get("reminders", "quiet_end", fallback=""), DEFAULT_QUIET[1]),
        background=parser.get("reminders", "background", fallback="false").strip().lower()
        in {"true", "1", "yes"},
    )
