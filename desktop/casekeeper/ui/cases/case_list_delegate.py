"""Paints a case row: title, a muted second line, and a badge for promises not kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from casekeeper.ui.cases.case_list_model import CaseRole
from casekeeper.ui.common.palette import alarm_colour, calm_colour

_RESIZING = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.DevicePixelRatioChange)


class CaseListDelegate(QStyledItemDelegate):
    """Two lines per case (three with the badge), sized from the font so it scales with the system.

    The view asks every row's size when the list is filled (3,000 rows at start-up). The two
    sizes are measured once per font, and ``has_badge(row)`` (the filter's list lookup) says
    which one a row takes; measuring the font and asking the model for each row cost about
    30 ms of start-up.
    """

    def __init__(self, view: QWidget, has_badge: Callable[[int], bool] | None = None) -> None:
        super().__init__(view)
        self._has_badge = has_badge
        self._sizes: tuple[QSize, QSize] | None = None  # two lines, three lines
        view.installEventFilter(self)  # a new font or style measures again

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _RESIZING:
            self._sizes = None
        return False

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        sizes = self._sizes
        if sizes is None:
            sizes = self._sizes = self._measure(option.font)
        if self._has_badge is None:
            return sizes[1] if index.data(CaseRole.BADGE) else sizes[0]
        return sizes[1] if self._has_badge(index.row()) else sizes[0]

    @staticmethod
    def _measure(font: QFont) -> tuple[QSize, QSize]:
        metrics = QFontMetrics(font)
        width, line, height = metrics.averageCharWidth() * 24, metrics.lineSpacing(), metrics.height()
        return QSize(width, line * 2 + height), QSize(width, line * 3 + height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        font = QFont(opt.font)
        metrics = QFontMetrics(font)
        margin = metrics.averageCharWidth()
        rect: QRect = opt.rect.adjusted(margin, metrics.height() // 2, -margin, 0)
        line = metrics.lineSpacing()
        painter.save()
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        title = QFontMetrics(bold).elidedText(str(index.data()), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), 0, title)
        painter.setFont(font)
        painter.setPen(palette.color(text_role) if selected else calm_colour(palette))
        subtitle = metrics.elidedText(
            str(index.data(CaseRole.SUBTITLE) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(QRect(rect.left(), rect.top() + line, rect.width(), line), 0, subtitle)
        badge = index.data(CaseRole.BADGE)
        if badge:
            painter.setPen(palette.color(text_role) if selected else alarm_colour(palette))
            painter.drawText(
                QRect(rect.left(), rect.top() + 2 * line, rect.width(), line), 0, "⚠ " + str(badge)
            )
        painter.restore()
