"""Opening hours as one row per weekday: open or closed, from, to, an optional second period.

The rows write the OpenStreetMap ``opening_hours`` string (``knowledge.hours_rows``) and read
one back; a string the rows cannot say exactly leaves them disabled with a plain explanation,
and the string stays in the "Advanced" field beside them.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QTimeEdit, QVBoxLayout, QWidget

from casekeeper.knowledge.clock_model import UNKNOWN
from casekeeper.knowledge.hours_rows import Period, Week, closed_week, expression_of, week_of
from casekeeper.ui.common.i18n import translate

_FORMAT = "HH:mm"


def day_names() -> tuple[str, ...]:
    """Monday to Sunday in the window's language."""
    return (translate("Hours", "Monday"), translate("Hours", "Tuesday"), translate("Hours", "Wednesday"),
            translate("Hours", "Thursday"), translate("Hours", "Friday"), translate("Hours", "Saturday"),
            translate("Hours", "Sunday"))


def _time_edit(name: str, text: str) -> QTimeEdit:
    edit = QTimeEdit(QTime.fromString(text, _FORMAT))
    edit.setDisplayFormat(_FORMAT)
    edit.setAccessibleName(name)
    return edit


class DayRow:
    """One weekday's widgets: open, from, to, "and", from, to."""

    def __init__(self, day: str) -> None:
        self.open = QCheckBox()  # the column's heading says "Open"
        self.open.setAccessibleName(translate("Hours", "Open on %1").replace("%1", day))
        self.starts = [_time_edit(translate("Hours", "%1, opens at").replace("%1", day), "09:00"),
                       _time_edit(translate("Hours", "%1, opens again at").replace("%1", day), "14:00")]
        self.ends = [_time_edit(translate("Hours", "%1, closes at").replace("%1", day), "17:00"),
                     _time_edit(translate("Hours", "%1, closes again at").replace("%1", day), "18:00")]
        self.second = QCheckBox()  # the column's heading says "Break, then"
        self.second.setAccessibleName(translate("Hours", "%1, a second period (after a break)")
                                      .replace("%1", day))
        for box in (self.open, self.second):
            box.setToolTip(box.accessibleName())
        self.open.toggled.connect(self.update_enabled)
        self.second.toggled.connect(self._split_day)
        self.second.toggled.connect(self.update_enabled)
        self.update_enabled()

    def widgets(self) -> list[QWidget]:
        """In the order of the grid's columns after the day's name."""
        return [self.open, self.starts[0], self.ends[0], self.second, self.starts[1], self.ends[1]]

    def update_enabled(self) -> None:
        """Times only for an open day; the second period only when asked for."""
        is_open = self.open.isChecked()
        self.second.setEnabled(is_open)
        for index in range(2):
            shown = is_open and (index == 0 or self.second.isChecked())
            self.starts[index].setEnabled(shown)
            self.ends[index].setEnabled(shown)

    def _split_day(self, split: bool) -> None:
        """Ticking "break, then" splits the day at lunch: 09:00-12:00 and 13:30 to the old end."""
        if not split or self.ends[0].time() <= self.starts[1].time():
            return
        end = self.ends[0].time()
        self.ends[0].setTime(QTime(12, 0))
        self.starts[1].setTime(QTime(13, 30))
        self.ends[1].setTime(end if end > QTime(13, 30) or end == QTime(0, 0) else QTime(17, 0))

    def periods(self) -> tuple[Period, ...]:
        """The day's periods; a closing time of 00:00 means midnight (24:00)."""
        if not self.open.isChecked():
            return ()
        count = 2 if self.second.isChecked() else 1
        found = []
        for index in range(count):
            end = self.ends[index].time().toString(_FORMAT)
            found.append((self.starts[index].time().toString(_FORMAT), "24:00" if end == "00:00" else end))
        return tuple(found)

    def show(self, periods: tuple[Period, ...]) -> None:
        """Fill the row from periods (empty: closed, with the usual times ready to tick)."""
        self.second.blockSignals(True)
        self.open.setChecked(bool(periods))
        self.second.setChecked(len(periods) > 1)
        self.second.blockSignals(False)
        shown = periods or (("09:00", "17:00"),)
        if len(shown) == 1:
            shown = (shown[0], ("13:30", "17:00"))
        for index, (start, end) in enumerate(shown):
            self.starts[index].setTime(QTime.fromString(start, _FORMAT))
            self.ends[index].setTime(QTime.fromString("00:00" if end == "24:00" else end, _FORMAT))
        self.update_enabled()


class HoursEditor(QWidget):
    """Seven rows and "closed on public holidays"; ``changed`` when the person edits them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self._representable = True
        self.unknown = QCheckBox(translate("Hours", "Hours not &known"))
        self.unknown.setToolTip(translate("Hours", "Case Keeper then never says whether it is open."))
        self.rows = [DayRow(day) for day in day_names()]
        self.holidays = QCheckBox(translate("Hours", "Closed on public &holidays"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        self.grid = QGridLayout()
        heads = ("", translate("Hours", "Open"), translate("Hours", "From"), translate("Hours", "To"),
                 translate("Hours", "Break, then"), translate("Hours", "From"), translate("Hours", "To"))
        for column, words in enumerate(heads):
            self.grid.addWidget(QLabel(f"<small>{words}</small>"), 0, column)
        for number, (row, name) in enumerate(zip(self.rows, day_names(), strict=True), start=1):
            self.grid.addWidget(QLabel(name), number, 0)
            for column, widget in enumerate(row.widgets(), start=1):
                self.grid.addWidget(widget, number, column)
        self.grid.setColumnStretch(len(heads), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        title = QLabel(translate("Hours", "Opening hours"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        top.addWidget(title)
        top.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        top.addWidget(self.unknown)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.note)  # above the rows it explains
        layout.addLayout(self.grid)
        layout.addWidget(self.holidays)
        words = translate("Hours", "00:00 in “To” means midnight: from 00:00 to 00:00 is open all day.")
        midnight = QLabel(f"<small>{words}</small>")
        midnight.setWordWrap(True)
        layout.addWidget(midnight)
        for row in self.rows:
            row.open.toggled.connect(self._edited)
            row.second.toggled.connect(self._edited)
            for edit in (*row.starts, *row.ends):
                edit.timeChanged.connect(self._edited)
        self.holidays.toggled.connect(self._edited)
        chain = [self.unknown, *(widget for row in self.rows for widget in row.widgets()), self.holidays]
        for first, second in pairwise(chain):  # Tab walks each day's row left to right
            QWidget.setTabOrder(first, second)
        self.unknown.toggled.connect(self._edited)
        self.unknown.toggled.connect(self._update_enabled)
        self.show_expression("")

    def week(self) -> Week:
        """What the rows say."""
        return Week(tuple(row.periods() for row in self.rows), self.holidays.isChecked())

    def expression(self) -> str:
        """The OpenStreetMap string the rows stand for (or ``unknown``)."""
        return UNKNOWN if self.unknown.isChecked() else expression_of(self.week())

    def problem(self) -> str:
        """Why the rows cannot be saved (a period ending before it starts), or an empty string."""
        if self.unknown.isChecked() or not self._representable:
            return ""
        for name, row in zip(day_names(), self.rows, strict=True):
            periods = row.periods()
            if any(start >= end for start, end in periods):
                return translate("Hours", "On %1 a period closes before it opens: change its “to” time "
                                 "(00:00 means midnight).").replace("%1", name)
            if len(periods) == 2 and periods[0][1] > periods[1][0]:
                return translate("Hours", "On %1 the second period starts before the first one ends: "
                                 "change its “from” time.").replace("%1", name)
        return ""

    def show_expression(self, text: str) -> bool:
        """Fill the rows from a string; False (rows disabled, explained) when they cannot say it."""
        text = text.strip()
        week = closed_week() if not text or text == UNKNOWN else week_of(text)
        self._filling = True
        try:
            self.unknown.setChecked(text == UNKNOWN)
            if week is not None:
                for row, periods in zip(self.rows, week.days, strict=True):
                    row.show(periods)
                self.holidays.setChecked(week.closed_on_public_holidays)
            self.note.setText(translate(
                "Hours",
                "These hours use more of the OpenStreetMap syntax than the rows can show (for example "
                "months, exceptions or notes). They are kept as they are in the Advanced field below: "
                "change them there, or clear that field to start again with the rows.",
            ))
            self.note.setVisible(week is None)
            self._fit_note()
            self._representable = week is not None
            self._update_enabled()
        finally:
            self._filling = False
        return week is not None

    def hide_note(self) -> None:
        """The Advanced field cannot be read at all: its own message says so, not this note."""
        self.note.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A wrapped note needs its full height, or a scroll area squeezes the rows (200 %)."""
        super().resizeEvent(event)
        self._fit_note()

    def _fit_note(self) -> None:
        width = self.note.width() if self.note.width() > 50 else self.width()
        self.note.setMinimumHeight(self.note.heightForWidth(width) if self.note.isVisibleTo(self) else 0)

    def _update_enabled(self) -> None:
        rows_on = self._representable and not self.unknown.isChecked()
        for row in self.rows:
            for widget in row.widgets():
                widget.setEnabled(rows_on)
            if rows_on:
                row.update_enabled()
        self.holidays.setEnabled(rows_on)
        self.unknown.setEnabled(self._representable)

    def _edited(self) -> None:
        if not self._filling:
            self.changed.emit()

