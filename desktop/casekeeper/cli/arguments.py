"""Turn optional CLI strings into checked values (each error names its option)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal

from casekeeper.domain.values import parse_amount, parse_date, parse_instant, parse_minutes
from casekeeper.i18n import Language, is_language
from casekeeper.i18n.markers import N_, Marked
from casekeeper.services.clock import Clock


def optional_date(text: str | None, field: str) -> date | None:
    """A YYYY-MM-DD date, or None when the option was not given."""
    return None if text is None else parse_date(text, field)


def number_locale() -> str | None:
    """The locale numbers are typed in (LC_ALL, LC_NUMERIC, LANG: ``de_AT``), None for C/POSIX."""
    from babel import default_locale

    found = default_locale("LC_NUMERIC")
    return None if not found or found.split("_")[0] in ("C", "POSIX") or found == "en_US_POSIX" else found


def typed_amount(text: str, field: str) -> Decimal:
    """An amount as the person types numbers (``1.299,99`` under a German locale), with the
    window's rules: one reading, or a message saying what it was read as and how to type it."""
    return parse_amount(text, field, number_locale())


def optional_amount(text: str | None) -> Decimal | None:
    """An amount, or None when the option was not given."""
    return None if text is None else typed_amount(text, "--amount")


def optional_minutes(text: str | None, field: str) -> int | None:
    """Minutes, or None when the option was not given."""
    return None if text is None else parse_minutes(text, field)


def instant(text: str | None, clock: Clock, field: str = "--at") -> tuple[datetime, str]:
    """A date-time with its zone; without --at, now in the computer's zone."""
    if text is None:
        return clock.now(), clock.local_zone()
    return parse_instant(text, clock.local_zone(), field)


def case_id(text: str, field: str = "case") -> int:
    """A record number as typed on the command line."""
    from casekeeper.errors import InputError

    try:
        value = int(text.strip().lstrip("#"))
    except ValueError as exc:
        raise InputError(
            field, text, Marked(N_("give the number shown by 'casekeeper-cli case list'"))
        ) from exc
    if not 0 < value <= 2**63 - 1:  # SQLite integers are 64-bit
        raise InputError(field, text, Marked(N_("give the number shown by 'casekeeper-cli case list'")))
    return value


def system_language(environ: Mapping[str, str] | None = None) -> Language:
    """The language of the system locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else English."""
    values = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        code = values.get(name, "").split(".")[0].split("_")[0].lower()
        if code:
            return code if is_language(code) else "en"
    return "en"


def language_of(text: str | None) -> Language:
    """``--lang``: en, fr, de or sv; without it, the system locale's language (else en)."""
    from casekeeper.errors import InputError

    if text is None:
        return system_language()
    language = text.strip().lower()
    if not is_language(language):
        raise InputError("--lang", text, Marked(N_("use en, fr, de or sv")))
    return language


def language_in(argv: Sequence[str]) -> Language:
    """The language of a command line before it is parsed, for its help and its usage errors:
    the last ``--lang X`` or ``--lang=X`` (up to a ``--``), else the system locale's language.
    A wrong value gives the locale's language; parsing then tells that value is refused."""
    from casekeeper.errors import KnownError

    given: str | None = None
    for at, word in enumerate(argv):
        if word == "--":
            break
        if word == "--lang" and at + 1 < len(argv):
            given = argv[at + 1]
        elif word.startswith("--lang="):
            given = word.removeprefix("--lang=")
    try:
        return language_of(given)
    except KnownError:
        return system_language()
