"""Palette-aware colours: the only place a colour is chosen (overdue red, calm badges)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the current palette has a dark window background."""
    pal = palette or QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def alarm_colour(palette: QPalette | None = None) -> QColor:
    """Red for what has really passed: readable on light and on dark backgrounds."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")


def calm_colour(palette: QPalette | None = None) -> QColor:
    """The muted text colour for secondary lines and met deadlines."""
    pal = palette or QApplication.palette()
    return pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
