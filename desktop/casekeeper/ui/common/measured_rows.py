"""Row sizes for views of thousands of rows, measured once per font.

A view with rows of different heights asks its delegate for every row's size when it is
filled (3,000 cases at start-up, a batch of 150 timeline rows). Measuring the font and asking
the model for each row cost 10 µs a row; a delegate keeps its few sizes here instead, and asks
its model which one a row takes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyleOptionViewItem, QWidget

_RESIZING = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.DevicePixelRatioChange)


class MeasuredRows(QObject):
    """The sizes ``measure(font)`` gives, kept until the view's font, style or pixel ratio changes."""

    def __init__(self, view: QWidget, measure: Callable[[QFont], tuple[QSize, ...]]) -> None:
        super().__init__(view)
        self._measure = measure
        self._sizes: tuple[QSize, ...] | None = None
        view.installEventFilter(self)

    def sizes(self, option: QStyleOptionViewItem) -> tuple[QSize, ...]:
        """The sizes for the option's font (read from the option only when measuring)."""
        if self._sizes is None:
            self._sizes = self._measure(option.font)
        return self._sizes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _RESIZING:
            self._sizes = None
        return False
