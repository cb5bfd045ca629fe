"""The screen area a window may take: the available geometry of its screen, and a rectangle
kept inside it. Qt core and gui only (no widgets module, no ``Qt`` enum namespace): the main
window uses it to size its frame before the first paint."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

#: room kept for the window frame and title bar the system adds around a window
FRAME_ROOM = 0.92


def screen_of(widget: QWidget) -> QScreen:
    """The screen the widget (or its parent window) is on, else the primary screen."""
    parent = widget.parentWidget()
    for candidate in (widget, parent.window() if parent is not None else None):
        if candidate is not None and candidate.screen() is not None:
            return candidate.screen()
    return QGuiApplication.primaryScreen()


def available(widget: QWidget) -> QRect:
    """The available geometry (without task bars) of the widget's screen."""
    return screen_of(widget).availableGeometry()


def fit_rect(rect: QRect, area: QRect) -> QRect:
    """``rect`` made no larger than ``area`` and moved inside it."""
    width = min(rect.width(), area.width())
    height = min(rect.height(), area.height())
    x = min(max(rect.x(), area.left()), area.right() - width + 1)
    y = min(max(rect.y(), area.top()), area.bottom() - height + 1)
    return QRect(x, y, width, height)


def room(widget: QWidget) -> QSize:
    """The largest size a window of the widget's screen may take, its frame included."""
    area = available(widget)
    return QSize(int(area.width() * FRAME_ROOM), int(area.height() * FRAME_ROOM))
