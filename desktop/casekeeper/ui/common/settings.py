"""Every setting declared once, typed, over a QSettings INI file (window state kept apart)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class TextSetting:
    """One text key of the INI file with its default."""

    def __init__(self, key: str, default: str) -> None:
        self.key = key
        self.default = default

    def __get__(self, owner: Settings | None, _type: type | None = None) -> str:
        if owner is None:
            return self.default
        return str(owner.store.value(self.key, self.default))

    def __set__(self, owner: Settings, value: str) -> None:
        owner.store.setValue(self.key, value)


class BoolSetting:
    """One yes/no key of the INI file (stored as ``true``/``false``)."""

    def __init__(self, key: str, default: bool) -> None:
        self.key = key
        self.default = default

    def __get__(self, owner: Settings | None, _type: type | None = None) -> bool:
        if owner is None:
            return self.default
        raw: object = owner.store.value(self.key, self.default)
        if isinstance(raw, str):
            return raw.strip().lower() in {"true", "1", "yes"}
        return bool(raw)

    def __set__(self, owner: Settings, value: bool) -> None:
        owner.store.setValue(self.key, value)


class IntSetting:
    """One whole-number key of the INI file."""

    def __init__(self, key: str, default: int) -> None:
        self.key = key
        self.default = default

    def __get__(self, owner: Settings | None, _type: type | None = None) -> int:
        if owner is None:
            return self.default
        try:
            return int(str(owner.store.value(self.key, self.default)))
        except ValueError:
            return self.default

    def __set__(self, owner: Settings, value: int) -> None:
        owner.store.setValue(self.key, value)


class IntListSetting:
    """A list of whole numbers stored as one text value (``7 3 1 0``)."""

    def __init__(self, key: str, default: tuple[int, ...]) -> None:
        self.key = key
        self.default = default

    def __get__(self, owner: Settings | None, _type: type | None = None) -> tuple[int, ...]:
        if owner is None:
            return self.default
        raw = str(owner.store.value(self.key, " ".join(map(str, self.default))))
        try:
            return tuple(sorted({int(part) for part in raw.replace(",", " ").split()}, reverse=True))
        except ValueError:
            return self.default

    def __set__(self, owner: Settings, value: tuple[int, ...]) -> None:
        owner.store.setValue(self.key, " ".join(str(day) for day in value))


class Settings:
    """The person's preferences and the window state, in ``casekeeper.ini``."""

    VERSION = 2

    version = IntSetting("meta/version", 0)
    # Not "general/...": QSettings writes a group called "general" as ``[%General]`` and reads it
    # back, in the next process, only under "General" (version 2 moved the values here).
    language = TextSetting("person/language", "")
    country = TextSetting("person/country", "")
    welcomed = BoolSetting("person/welcomed", False)
    cloud_warned_for = TextSetting("safety/cloud_warned_for", "")
    last_channel = TextSetting("log/last_channel", "phone")
    newest_first = BoolSetting("timeline/newest_first", True)
    status_filter = TextSetting("cases/status_filter", "open")
    reminder_days = IntListSetting("reminders/lead_days", (7, 3, 1, 0))
    reminders_announced = TextSetting("reminders/announced", "")
    opening_reminders = TextSetting("reminders/openings", "")  # read once, moved to the case file
    quiet_start = TextSetting("reminders/quiet_start", "21:00")  # read by casekeeper-cli notify too
    quiet_end = TextSetting("reminders/quiet_end", "08:00")

    def __init__(self, path: Path) -> None:
        _create_private(path)
        self.store = QSettings(str(path), QSettings.Format.IniFormat)
        self._upgrade()

    def window_state(self, name: str) -> QByteArray | None:
        """Saved geometry or splitter state, or None the first time."""
        value = self.store.value(f"window/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window_state(self, name: str, value: QByteArray) -> None:
        """Remember a geometry or splitter state."""
        self.store.setValue(f"window/{name}", value)

    def last_folder(self, kind: str) -> str:
        """The folder last used in a file dialog of this kind (``dossier``, ``attach``…), or ""."""
        return str(self.store.value(f"folders/{kind}", ""))

    def set_last_folder(self, kind: str, folder: str) -> None:
        """Remember the folder of a file just chosen, for the next dialog of this kind."""
        self.store.setValue(f"folders/{kind}", folder)
        self.sync()

    def sync(self) -> None:
        """Write to disk now."""
        self.store.sync()

    def _upgrade(self) -> None:
        if self.version >= self.VERSION:
            return
        if self.version < 2:
            self._move_out_of_general()
        self.version = self.VERSION
        self.sync()

    def _move_out_of_general(self) -> None:
        """Version 1 wrote language, country and "welcomed" under ``general``: recover them."""
        for name in ("language", "country", "welcomed"):
            for old in (f"General/{name}", f"general/{name}"):
                value = self.store.value(old)
                if value is not None:
                    if self.store.value(f"person/{name}") is None:
                        self.store.setValue(f"person/{name}", value)
                    self.store.remove(old)


def _create_private(path: Path) -> None:
    """Create a missing settings file readable by its owner only; Qt keeps the mode on rewrite."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError:
        return  # it exists already, or the folder cannot be written (Qt reports nothing either)
