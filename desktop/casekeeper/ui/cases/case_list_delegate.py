"""Paints a case row: title, a muted second line, and a badge for promises not kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from casekeeper.ui.cases.case_list_model import CaseRole
from casekeeper.ui.common.measured_rows import MeasuredRows
from casekeeper.ui.common.palette import alarm_colour, calm_colour


class CaseListDelegate(QStyledItemDelegate):
    """Two lines per case (three with the badge), sized from the font so it scales with the system.

    The two sizes are measured once per font (:class:`MeasuredRows`), and ``has_badge(row)`` (the
    filter's list lookup) says which one a row takes.
    """

    def __init__(self, view: QWidget, has_badge: Callable[[int], bool]) -> None:
        super().__init__(view)
        self._has_badge = has_badge
        self._rows = MeasuredRows(view, _measure)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        two_lines, three_lines = self._rows.sizes(option)
        return three_lines if self._has_badge(index.row()) else two_lines

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


def _measure(font: QFont) -> tuple[QSize, QSize]:
    """A row of two lines and one of three, with half a line of space."""
    metrics = QFontMetrics(font)
    width, line, height = metrics.averageCharWidth() * 24, metrics.lineSpacing(), metrics.height()
    return QSize(width, line * 2 + height), QSize(width, line * 3 + height)
