"""Date and date-time entries: a whole date typed in the locale's order or ISO, or picked.

A typed date is read as a whole when it is used (never digit by digit, so "12/09/2026" typed over
"02/09/2026" is the 12th); a date that does not exist is refused with a message under the field;
an optional date says "unknown" in words; the calendar opens at the date shown, else at the
anchor the form gives (the case's dates), else at today. The mouse wheel changes nothing.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QSignalBlocker, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from casekeeper.domain.values import zone_from_name
from casekeeper.errors import InputError
from casekeeper.ui.common.date_text import NotADateError, order_of, parse_date, parse_time
from casekeeper.ui.common.i18n import translate


class TypedDateError(InputError):
    """A typed date or time that is not one; ``shown`` is the message in the person's language."""

    def __init__(self, field: str, given: str, shown: str) -> None:
        super().__init__(field, given, shown)
        self.shown = shown
        self.words = lambda _translator: shown  # already in the window's language


def _qzone(zone: str) -> QTimeZone:
    name = f"UTC{zone}" if zone.startswith(("+", "-")) else zone
    tz = QTimeZone(name.encode())
    return tz if tz.isValid() else QTimeZone.systemTimeZone()


def _pattern() -> str:
    """The locale's short date pattern with a four-digit year (``dd/MM/yyyy``)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def _example() -> str:
    return QLocale().toString(QDate(2026, 12, 31), _pattern())


def date_text(day: date) -> str:
    """``day`` as the locale writes it in short (``31.12.2026``, ``2026-12-31``, ``31/12/2026``)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), _pattern())


def read_date(text: str, field: str = "date") -> date:
    """The date typed in ``text``, in the locale's order or ISO; raises TypedDateError, with the
    message in the person's language, for an empty text or one that is no date."""
    text = text.strip()
    if not text:
        message = translate("DateField", "Type a date, for example {example}.")
        raise TypedDateError(field, text, message.format(example=_example()))
    try:
        return parse_date(text, order_of(_pattern()))
    except NotADateError:
        raise TypedDateError(
            field,
            text,
            translate(
                "DateField",
                "“{text}” is not a date that exists. Type it like {example} or 2026-12-31 "
                "(years 1990 to 2100).",
            ).format(text=text, example=_example()),
        ) from None


class DateField(QWidget):
    """One date (or "unknown" when ``optional``), typed whole or picked from a calendar."""

    changed = Signal()

    def __init__(self, optional: bool = False, field: str = "date", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.field = field
        self.anchor: date | None = None
        self.line = QLineEdit()
        self.line.setClearButtonEnabled(optional)
        hint = translate("DateField", "for example {example} or 2026-12-31").format(example=_example())
        self.line.setPlaceholderText(
            translate("DateField", "unknown ({hint})").format(hint=hint) if optional else hint
        )
        self.line.setToolTip(hint)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setAccessibleName(translate("DateField", "Choose in a calendar"))
        self.button.setToolTip(translate("DateField", "Choose in a calendar"))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)
        if optional:
            unknown = self._menu.addAction(translate("DateField", "Unknown date"))
            unknown.triggered.connect(lambda: self.set_date(None, notify=True))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.button.clicked.connect(self.open_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.line.textEdited.connect(lambda _text: self.changed.emit())
        self.line.editingFinished.connect(self._tidy)

    def setAccessibleName(self, name: str) -> None:
        """Name the typing field (what a screen reader reads)."""
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def text(self) -> str:
        """What is typed."""
        return self.line.text()

    def set_date(self, day: date | None, notify: bool = False) -> None:
        """Show ``day`` (or "unknown")."""
        blocker = QSignalBlocker(self.line)
        self.line.setText(date_text(day) if day else "")
        del blocker
        if notify:
            self.changed.emit()

    def value(self) -> date | None:
        """The date typed; None for "unknown"; raises TypedDateError for text that is no date."""
        text = self.line.text().strip()
        if not text and self.optional:
            return None
        return read_date(text, self.field)

    def open_calendar(self) -> None:
        """Open the calendar at the date shown, else the anchor, else today."""
        try:
            shown = self.value() or self.anchor or date.today()
        except TypedDateError:
            shown = self.anchor or date.today()
        qday = QDate(shown.year, shown.month, shown.day)
        self.calendar.setSelectedDate(qday)
        self.calendar.setCurrentPage(qday.year(), qday.month())
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, qday: QDate) -> None:
        self._menu.close()
        self.set_date(date(qday.year(), qday.month(), qday.day()), notify=True)
        self.line.setFocus()

    def _tidy(self) -> None:
        """Once typing is done, show a readable date in the locale's form (text left if refused)."""
        try:
            day = self.value()
        except TypedDateError:
            return
        if day is not None:
            self.set_date(day)


class DateTimeField(QWidget):
    """A date and a time in a named zone; keeps the exact instant it was given until edited."""

    changed = Signal()

    def __init__(
        self, instant: datetime, zone: str, field: str = "at", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.zone = zone
        self.field = field
        self.date = DateField(field=field)
        self.time = QLineEdit()
        self.time.setAccessibleName(translate("DateField", "Time"))
        self.time.setPlaceholderText(translate("DateField", "hh:mm"))
        self.time.setMaximumWidth(self.time.fontMetrics().horizontalAdvance("00:00") * 3)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.date, 1)
        row.addWidget(self.time)
        self.setFocusProxy(self.date)
        self._given: tuple[datetime, str, str] | None = None
        self.date.changed.connect(self.changed)
        self.time.textEdited.connect(lambda _text: self.changed.emit())
        self.set_instant(instant)

    def setAccessibleName(self, name: str) -> None:
        """Name the date part (the time part says "Time")."""
        super().setAccessibleName(name)
        self.date.setAccessibleName(name)

    def set_instant(self, instant: datetime, zone: str | None = None) -> None:
        """Show ``instant`` in the zone (``zone`` replaces it when given)."""
        self.zone = zone or self.zone
        local = instant.astimezone(zone_from_name(self.zone))
        self.date.set_date(local.date())
        self.time.setText(local.strftime("%H:%M"))
        self._given = (instant, self.date.text(), self.time.text())

    def instant(self) -> datetime:
        """The aware instant shown; raises TypedDateError for a date or time that is none."""
        if self._given is not None and (self.date.text(), self.time.text()) == self._given[1:]:
            return self._given[0]
        day = self.date.value()
        assert day is not None  # a DateField that is not optional never gives None
        try:
            clock = parse_time(self.time.text())
        except NotADateError:
            raise TypedDateError(
                self.field,
                self.time.text(),
                translate("DateField", "“{text}” is not a time. Type it like 14:30.").format(
                    text=self.time.text()
                ),
            ) from None
        return _aware(day, clock, self.zone)

    def timeZone(self) -> QTimeZone:
        """The zone as Qt names it."""
        return _qzone(self.zone)

    def dateTime(self) -> QDateTime:
        """The instant as a QDateTime in the zone."""
        return QDateTime.fromSecsSinceEpoch(int(self.instant().timestamp()), _qzone(self.zone))


def _aware(day: date, clock: time, zone: str) -> datetime:
    """The instant of a wall-clock time in ``zone``."""
    return datetime.combine(day, clock, zone_from_name(zone))


def instant_edit(instant: datetime, zone: str, parent: QWidget | None = None) -> DateTimeField:
    """An entry showing ``instant`` in ``zone``."""
    return DateTimeField(instant, zone, parent=parent)


def set_instant(edit: DateTimeField, instant: datetime, zone: str) -> None:
    """Show ``instant`` in ``zone``."""
    edit.set_instant(instant, zone)


def instant_of(edit: DateTimeField, zone: str) -> datetime:
    """The aware instant the entry shows, in ``zone``; raises TypedDateError for no date."""
    return edit.instant().astimezone(zone_from_name(zone))


def optional_date_edit(parent: QWidget | None = None, none_text: str = "", field: str = "date") -> DateField:
    """A date entry that may say "unknown" (``none_text`` is no longer needed: it says so itself)."""
    del none_text
    return DateField(optional=True, field=field, parent=parent)


def date_of(edit: DateField) -> date | None:
    """The chosen date, or None for "unknown"; raises TypedDateError for text that is no date."""
    return edit.value()


def set_date(edit: DateField, day: date | None) -> None:
    """Show ``day`` (or "unknown")."""
    edit.set_date(day)
