"""The timeline list: a delegate draws day headings, entries and badges; no widget per row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from casekeeper.ui.common.measured_rows import MeasuredRows
from casekeeper.ui.common.palette import alarm_colour, calm_colour
from casekeeper.ui.journal.timeline_entries import TimelineEntry
from casekeeper.ui.journal.timeline_model import TimelineModel, TimelineRole


class TimelineDelegate(QStyledItemDelegate):
    """Heading rows in bold; entry rows: icon, time, title, then summary and badges.

    Two row sizes, measured once per font (:class:`MeasuredRows`); the view's model says which
    rows are day headings (``set_day_rows``)."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self._is_day: Callable[[int], bool] = lambda row: False
        self._rows = MeasuredRows(view, _measure)

    def set_day_rows(self, is_day: Callable[[int], bool]) -> None:
        """Which rows are day headings (the model's own answer, a list lookup)."""
        self._is_day = is_day

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        day, entry = self._rows.sizes(option)
        return day if self._is_day(index.row()) else entry

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        palette: QPalette = opt.palette
        font = QFont(opt.font)
        metrics = QFontMetrics(font)
        rect: QRect = opt.rect
        line = metrics.lineSpacing()
        pad = metrics.averageCharWidth()
        painter.save()
        if index.data(TimelineRole.IS_DAY):
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(rect.adjusted(pad, 0, -pad, -2), Qt.AlignmentFlag.AlignBottom, str(index.data()))
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(rect.left() + pad, rect.bottom(), rect.right() - pad, rect.bottom())
            painter.restore()
            return
        entry: TimelineEntry = index.data(TimelineRole.ENTRY)
        opt.text = ""
        opt.icon = QIcon()
        widget = opt.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        icon_size = metrics.height() + 4
        top = rect.top() + 3
        index.data(Qt.ItemDataRole.DecorationRole).paint(
            painter, QRect(rect.left() + pad, top, icon_size, icon_size)
        )
        time_text = str(index.data(TimelineRole.TIME))
        x = rect.left() + pad * 2 + icon_size
        painter.setPen(text_colour)
        painter.drawText(QRect(x, top, rect.width(), line), 0, time_text)
        x += metrics.horizontalAdvance("00:00") + pad * 2
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        title = QFontMetrics(bold).elidedText(
            entry.title, Qt.TextElideMode.ElideRight, rect.right() - x - pad
        )
        painter.drawText(QRect(x, top, rect.right() - x, line), 0, title)
        painter.setFont(font)
        second = top + line
        bx = x
        for badge in entry.badges:
            text = f"[{badge.text}]"
            painter.setPen(
                text_colour
                if selected
                else (alarm_colour(palette) if badge.alarm else palette.color(QPalette.ColorRole.Link))
            )
            painter.drawText(QRect(bx, second, rect.right() - bx, line), 0, text)
            bx += metrics.horizontalAdvance(text) + pad
        painter.setPen(text_colour if selected else calm_colour(palette))
        detail = metrics.elidedText(
            entry.detail, Qt.TextElideMode.ElideRight, max(0, rect.right() - bx - pad)
        )
        painter.drawText(QRect(bx, second, rect.right() - bx, line), 0, detail)
        painter.restore()


def _measure(font: QFont) -> tuple[QSize, QSize]:
    """A day heading's row and an entry's row (two lines)."""
    metrics = QFontMetrics(font)
    return (QSize(200, int(metrics.lineSpacing() * 1.8)),
            QSize(200, metrics.lineSpacing() * 2 + metrics.height() // 2 + 4))


class TimelineView(QListView):
    """Double-click or Enter edits; Delete asks to move the entry to the trash."""

    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.empty_text = ""  # said in the middle of an empty timeline (a new case)
        self._delegate = TimelineDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(False)
        # Lay out the first rows, paint, then the rest: a 2,000-contact case opens at once.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(150)
        self.setWordWrap(False)
        self.doubleClicked.connect(lambda index: self._emit(self.edit_requested, index))

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if isinstance(model, TimelineModel):
            self._delegate.set_day_rows(model.is_day)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText))
            area = self.viewport().rect().adjusted(12, 12, -12, -12)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            painter.end()

    def current_entry(self) -> TimelineEntry | None:
        """The selected entry, if any."""
        index = self.currentIndex()
        value = index.data(TimelineRole.ENTRY) if index.isValid() else None
        return value if isinstance(value, TimelineEntry) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._emit(self.edit_requested, self.currentIndex())
            return
        super().keyPressEvent(event)

    def _emit(self, signal: SignalInstance, index: QModelIndex) -> None:
        value = index.data(TimelineRole.ENTRY) if index.isValid() else None
        if isinstance(value, TimelineEntry):
            signal.emit(value)
