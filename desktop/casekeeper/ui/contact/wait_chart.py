"""Best time to call: the waiting times the person met, by weekday and hour, and the quietest open slot."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from casekeeper.services.call_times import BestTime, WaitCell
from casekeeper.ui.common.i18n import format_datetime, translate


def day_name(weekday: int) -> str:
    """Monday is 0, in the window's language."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


class WaitChart(QWidget):
    """A grid: one row per weekday, one column per hour with calls; darker is a longer wait."""

    def __init__(self, cells: tuple[WaitCell, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells = {(cell.weekday, cell.hour): cell for cell in cells}
        hours = [cell.hour for cell in cells]
        self.hours = list(range(min(hours), max(hours) + 1)) if hours else []
        self.longest = max((cell.average_minutes for cell in cells), default=1.0) or 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("LiveCall", "Waiting times by weekday and hour"))
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:
        """Eight text lines high (a header and seven days)."""
        line = self.fontMetrics().lineSpacing() + 6
        return QSize(self.fontMetrics().averageCharWidth() * 70, line * 8)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Paint the header, the day names and one shaded cell per hour with its average."""
        painter = QPainter(self)
        metrics = self.fontMetrics()
        line = metrics.lineSpacing() + 6
        left = max(metrics.horizontalAdvance(day_name(day)) for day in range(7)) + 8
        width = (self.width() - left) / max(1, len(self.hours))
        text_color = self.palette().windowText().color()
        painter.setPen(text_color)
        for column, hour in enumerate(self.hours):
            painter.drawText(QRectF(left + column * width, 0, width, line),
                             Qt.AlignmentFlag.AlignCenter, f"{hour:02d}h")
        for day in range(7):
            top = line * (day + 1)
            painter.setPen(text_color)
            painter.drawText(QRectF(0, top, left - 4, line),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, day_name(day))
            for column, hour in enumerate(self.hours):
                cell = self.cells.get((day, hour))
                if cell is None:
                    continue
                share = cell.average_minutes / self.longest
                shade = QColor.fromHsvF(0.33 * (1 - share), 0.55, 0.95)  # green (short) to red (long)
                box = QRectF(left + column * width + 1, top + 1, width - 2, line - 2)
                painter.fillRect(box, shade)
                painter.setPen(Qt.GlobalColor.black)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"{round(cell.average_minutes)}")
        painter.end()


def best_time_box(found: BestTime, zone: str) -> QGroupBox:
    """The chart with a sentence: the quietest open slot and how many calls it rests on."""
    box = QGroupBox(translate("LiveCall", "Best time to call"))
    layout = QVBoxLayout(box)
    calls = found.calls
    if found.suggestion is not None and found.next_at is not None:
        text = (translate("LiveCall", "From your %n logged calls, the shortest waits were on %2 "
                                      "around %3 (about %4 min). Next time the line is open then: %5.",
                          None, calls)
                .replace("%2", day_name(found.suggestion.weekday))
                .replace("%3", f"{found.suggestion.hour:02d}:00")
                .replace("%4", str(round(found.suggestion.average_minutes)))
                .replace("%5", format_datetime(found.next_at, zone)))
    else:
        text = translate("LiveCall", "From your %n logged calls: none of the times you called is "
                                     "open in the coming week.", None, calls)
    sentence = QLabel(text)
    sentence.setWordWrap(True)
    layout.addWidget(sentence)
    layout.addWidget(WaitChart(found.cells))
    note = QLabel("<small>" + translate("LiveCall", "Average waiting minutes per weekday and hour "
                                                    "(your time); a few calls are only a hint.")
                  + "</small>")
    note.setWordWrap(True)
    layout.addWidget(note)
    return box
