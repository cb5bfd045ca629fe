"""Languages: install the Qt translators and format dates and amounts for the chosen locale."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTimeZone, QTranslator

from casekeeper.resource_folder import resource

LANGUAGES = ("en", "fr", "de", "sv")
NAMES = {"en": "English", "fr": "Français", "de": "Deutsch", "sv": "Svenska"}  # each in its own language
_LOCALES = {"en": "en_GB", "fr": "fr_FR", "de": "de_DE", "sv": "sv_SE"}  # when the system speaks another
translate = QCoreApplication.translate
_installed: list[QTranslator] = []


def language_of(locale: QLocale) -> str:
    """``de`` for de_AT or de_CH, ``sv`` for sv_FI…; ``en`` for a language the window does not speak."""
    code = _code(locale)
    return code if code in LANGUAGES else "en"


def _code(locale: QLocale) -> str:
    return locale.name().split("_", 1)[0]


def system_language() -> str:
    """The window language of the system locale (German for de_AT, Swedish for sv_FI), else ``en``."""
    return language_of(QLocale.system())


def effective_language(chosen: str) -> str:
    """The language to use: the person's choice, else the system's."""
    return chosen if chosen in LANGUAGES else system_language()


def locale_for(language: str) -> QLocale:
    """The system locale when it speaks ``language`` (de_CH keeps 1'299.99), else the language's own."""
    system = QLocale.system()
    return system if _code(system) == language else QLocale(_LOCALES.get(language, "en_GB"))


def _load(app: QCoreApplication, translator: QTranslator, loaded: bool) -> None:
    if loaded:
        app.installTranslator(translator)
        _installed.append(translator)


def install_language(app: QCoreApplication, language: str) -> str:
    """Replace the installed translators with those of ``language`` (ours, then Qt's own for its
    standard buttons and file dialogs); return the language used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "en"
    QLocale.setDefault(locale_for(language))
    ours = QTranslator(app)  # English too: it holds the plural forms of the %n texts
    _load(app, ours, ours.load(str(resource("i18n").joinpath(f"casekeeper_{language}.qm"))))
    if language != "en":
        qt = QTranslator(app)
        _load(app, qt, any(qt.load(f"qtbase_{language}", folder) for folder in _qt_translations()))
    return language


def _qt_translations() -> list[str]:
    """Where Qt's own catalogues are: Qt's configured folder, then PySide6's (a frozen bundle)."""
    from pathlib import Path

    import PySide6

    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).parent / "Qt" / "translations")]


def current_language() -> str:
    """The window's language: ``en``, ``fr``, ``de`` or ``sv``."""
    return language_of(QLocale())


def locale_name() -> str:
    """The window's locale for Babel, e.g. ``de_AT`` or ``sv_SE``."""
    return QLocale().name()


def format_size(size: int) -> str:
    """A file size in the window's language, e.g. ``1,2 MB``, ``74 Byte``: the same words as the
    dossier's (CLDR units through Babel)."""
    from casekeeper.i18n.formats import file_size

    return file_size(size, current_language())


def format_amount(amount: Decimal | None, currency: str | None) -> str:
    """``74,50 €`` in French, ``€74.50`` in English, ``74,50 €`` in German; empty when there is none."""
    if amount is None:
        return ""
    from babel.numbers import format_currency

    return str(format_currency(amount, currency or "EUR", locale=locale_name()))


def format_number(value: Decimal, places: int | None = 2) -> str:
    """``1.299,99`` in German, ``1 299,99`` in Swedish: a number as the locale writes it (``places``
    decimals, or as many as it has when None)."""
    from babel.numbers import format_decimal

    pattern = "#,##0.00" if places == 2 else None
    return str(format_decimal(value, format=pattern, locale=locale_name()))


def amount_text(value: Decimal | None) -> str:
    """An amount for a field the person may edit (``74,50``), empty when there is none."""
    return "" if value is None else format_number(value)


def read_amount(text: str, field: str = "amount") -> Decimal:
    """An amount typed in the window's locale (the domain's reading, shared with the command line)."""
    from casekeeper.domain.amounts import parse_amount

    return parse_amount(text, field, locale_name())


def _qdatetime(instant: datetime, zone: str | None = None) -> QDateTime:
    value = QDateTime.fromSecsSinceEpoch(int(instant.timestamp()))
    if zone:
        name = f"UTC{zone}" if zone.startswith(("+", "-")) else zone
        tz = QTimeZone(name.encode())
        if tz.isValid():
            return value.toTimeZone(tz)
    return value.toLocalTime()


def local_pattern(style: str) -> str:
    """``style`` as the language writes it: German puts a point after the day and a comma after
    the weekday (``Dienstag, 24. November 2026``, ``Do., 3. Dez.``)."""
    if current_language() != "de":
        return style
    style = re.sub(r"(?<!d)(d{3,4}) d(?!d)", r"\1, d", style)
    return re.sub(r"(?<!d)d (?=M)", "d. ", style)


def format_time(instant: datetime, zone: str | None = None) -> str:
    """``15:20`` in the given zone (else the computer's)."""
    return QLocale().toString(_qdatetime(instant, zone).time(), "HH:mm")


def format_datetime(instant: datetime, zone: str | None = None) -> str:
    """A short date and time, e.g. ``2 Nov 2026 15:20`` / ``2 nov. 2026 15:20``."""
    value = _qdatetime(instant, zone)
    return (QLocale().toString(value, local_pattern("d MMM yyyy HH:mm"))
            + _out_of_range(value.date().year()))


def format_date(day: date | None, style: str = "d MMM yyyy") -> str:
    """A date for the locale, e.g. ``11 Jan 2027`` / ``11 janv. 2027``."""
    if day is None:
        return ""
    shown = QLocale().toString(QDate(day.year, day.month, day.day), local_pattern(style))
    return shown + _out_of_range(day.year)


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
