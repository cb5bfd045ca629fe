"""Every setting declared once, typed, over a QSettings INI file (window state kept apart)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, bool, int)


class Setting(Generic[T]):
    """One typed key of the INI file with its default."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    def __get__(self, owner: Settings | None, _type: type | None = None) -> T:
        if owner is None:
            return self.default
        raw = owner.store.value(self.key, self.default)
        return self._convert(raw)

    def __set__(self, owner: Settings, value: T) -> None:
        owner.store.setValue(self.key, value)

    def _convert(self, raw: Any) -> T:
        kind = type(self.default)
        if kind is bool:
            if isinstance(raw, str):
                return cast(T, raw.strip().lower() in {"true", "1", "yes"})
            return cast(T, bool(raw))
        try:
            return cast(T, kind(raw))
        except (TypeError, ValueError):
            return self.default


class Settings:
    """The person's preferences and the window state, in ``casekeeper.ini``."""

    VERSION = 1

    version = Setting("meta/version", 0)
    language = Setting("general/language", "")
    country = Setting("general/country", "")
    welcomed = Setting("general/welcomed", False)
    last_channel = Setting("log/last_channel", "phone")
    newest_first = Setting("timeline/newest_first", True)
    status_filter = Setting("cases/status_filter", "open")

    def __init__(self, path: Path) -> None:
        self.store = QSettings(str(path), QSettings.Format.IniFormat)
        self._upgrade()

    def window_state(self, name: str) -> QByteArray | None:
        """Saved geometry or splitter state, or None the first time."""
        value = self.store.value(f"window/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window_state(self, name: str, value: QByteArray) -> None:
        """Remember a geometry or splitter state."""
        self.store.setValue(f"window/{name}", value)

    def sync(self) -> None:
        """Write to disk now."""
        self.store.sync()

    def _upgrade(self) -> None:
        if self.version < self.VERSION:
            # Version 1 is the first: nothing to convert yet. Later versions rename keys here.
            self.version = self.VERSION
