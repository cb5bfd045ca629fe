"""Languages: install the Qt translators and format dates and amounts for the chosen locale."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTimeZone, QTranslator

from casekeeper.resource_folder import resource

LANGUAGES = ("en", "fr")
translate = QCoreApplication.translate
_installed: list[QTranslator] = []


def system_language() -> str:
    """``fr`` when the system locale is French, else ``en``."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def effective_language(chosen: str) -> str:
    """The language to use: the person's choice, else the system's."""
    return chosen if chosen in LANGUAGES else system_language()


def install_language(app: QCoreApplication, language: str) -> str:
    """Replace the installed translators with those of ``language``; return the language used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.French if language == "fr" else QLocale.Language.English,
            QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom,
        )
    )
    if language == "en":
        return language
    ours = QTranslator(app)
    folder = resource("i18n")
    if ours.load(str(folder.joinpath(f"casekeeper_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(
        QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


def current_language() -> str:
    """The language of the default locale, ``fr`` or ``en``."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def format_amount(amount: Decimal | None, currency: str | None) -> str:
    """``74,50 €`` in French, ``€74.50`` in English; empty when there is no amount."""
    if amount is None:
        return ""
    from babel.numbers import format_currency

    locale = "fr_FR" if current_language() == "fr" else "en_GB"
    return str(format_currency(amount, currency or "EUR", locale=locale))


def _qdatetime(instant: datetime, zone: str | None = None) -> QDateTime:
    value = QDateTime.fromSecsSinceEpoch(int(instant.timestamp()))
    if zone:
        name = f"UTC{zone}" if zone.startswith(("+", "-")) else zone
        tz = QTimeZone(name.encode())
        if tz.isValid():
            return value.toTimeZone(tz)
    return value.toLocalTime()


def format_time(instant: datetime, zone: str | None = None) -> str:
    """``15:20`` in the given zone (else the computer's)."""
    return QLocale().toString(_qdatetime(instant, zone).time(), "HH:mm")


def format_datetime(instant: datetime, zone: str | None = None) -> str:
    """A short date and time, e.g. ``2 Nov 2026 15:20`` / ``2 nov. 2026 15:20``."""
    value = _qdatetime(instant, zone)
    return QLocale().toString(value, "d MMM yyyy HH:mm") + _out_of_range(value.date().year())


def format_date(day: date | None, style: str = "d MMM yyyy") -> str:
    """A date for the locale, e.g. ``11 Jan 2027`` / ``11 janv. 2027``."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), style) + _out_of_range(day.year)


def _out_of_range(year: int) -> str:
    """A flag after a date no door accepts (written by another program, read back clamped)."""
    from casekeeper.domain.values import MAX_YEAR, MIN_YEAR

    if MIN_YEAR <= year <= MAX_YEAR:
        return ""
    return " " + translate("Dates", "(impossible date, written outside Case Keeper: correct it)")


def format_long_date(day: date) -> str:
    """A day heading, e.g. ``Monday 2 November 2026`` / ``lundi 2 novembre 2026``."""
    return format_date(day, "dddd d MMMM yyyy")


def local_day(instant: datetime, zone: str | None = None) -> date:
    """The calendar day of ``instant`` in ``zone`` (else the computer's)."""
    value = _qdatetime(instant, zone).date()
    return date(value.year(), value.month(), value.day())


def documents_folder() -> str:
    """Where file dialogs start: the person's Documents folder (else their home folder)."""
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else str(Path.home())
