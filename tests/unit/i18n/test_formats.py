"""Dates, money, numbers and sizes follow each language's conventions (CLDR through Babel)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from casekeeper.export.formatting import fmt_plain_datetime
from casekeeper.i18n.formats import file_size, long_date, money, short_date, territory_name

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(("language", "shown"), [
    ("en", "12 Oct 2026"), ("fr", "12 oct. 2026"), ("de", "12. Okt. 2026"), ("sv", "12 okt. 2026"),
])
def test_a_short_date_in_each_language(language: str, shown: str) -> None:
    assert short_date(date(2026, 10, 12), language) == shown


@pytest.mark.parametrize(("language", "shown"), [
    ("en", "3 March 2026"), ("fr", "3 mars 2026"), ("de", "3. März 2026"), ("sv", "3 mars 2026"),
])
def test_a_long_date_spells_the_month(language: str, shown: str) -> None:
    assert long_date(date(2026, 3, 3), language) == shown


def test_french_writes_the_first_of_a_month_as_an_ordinal() -> None:
    assert long_date(date(2026, 5, 1), "fr") == "1er mai 2026"
    assert long_date(date(2026, 5, 1), "de") == "1. Mai 2026"


@pytest.mark.parametrize(("language", "currency", "shown"), [
    ("en", "EUR", "€1,299.99"),
    ("fr", "EUR", f"1{NNBSP}299,99{NBSP}€"),
    ("de", "EUR", f"1.299,99{NBSP}€"),
    ("sv", "SEK", f"1{NBSP}299,99{NBSP}kr"),
])
def test_money_uses_the_language_marks(language: str, currency: str, shown: str) -> None:
    assert money(Decimal("1299.99"), currency, language) == shown


@pytest.mark.parametrize(("language", "shown"), [
    ("en", f"1.5{NBSP}kB"), ("fr", f"1,5{NNBSP}ko"), ("de", f"1,5{NBSP}kB"), ("sv", f"1,5{NBSP}kB"),
])
def test_a_file_size_uses_the_language_unit(language: str, shown: str) -> None:
    assert file_size(1536, language) == shown


def test_a_few_bytes_are_said_in_words() -> None:
    assert file_size(500, "en") == f"500{NBSP}bytes"
    assert file_size(500, "fr") == f"500{NBSP}octets"


@pytest.mark.parametrize(("language", "shown"), [
    ("en", "3 March 2026 at 11:05"),
    ("fr", f"3 mars 2026 à 11{NBSP}h 05"),
    ("de", "3. März 2026 um 11:05 Uhr"),
    ("sv", "3 mars 2026 kl. 11.05"),
])
def test_a_time_in_running_text_reads_as_the_language_writes_it(language: str, shown: str) -> None:
    assert fmt_plain_datetime(datetime(2026, 3, 3, 11, 5, tzinfo=UTC), "UTC", language) == shown


def test_a_full_hour_in_french_running_text_has_no_minutes() -> None:
    said = fmt_plain_datetime(datetime(2026, 3, 3, 16, 0, tzinfo=UTC), "UTC", "fr")
    assert said == f"3 mars 2026 à 16{NBSP}h"


def test_a_country_is_named_in_the_language() -> None:
    assert [territory_name("SE", language) for language in ("en", "fr", "de", "sv")] == [
        "Sweden", "Suède", "Schweden", "Sverige"]
