"""Parsing what a person types: amounts, codes, dates, instants, text."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casekeeper.domain.values import (
    clean_text,
    parse_amount,
    parse_country,
    parse_currency,
    parse_date,
    parse_instant,
    require_text,
    zone_from_name,
)
from casekeeper.errors import InputError


@pytest.mark.parametrize(("text", "expected"), [
    ("129.99", "129.99"), ("129,99", "129.99"), ("74,5", "74.50"), ("1 299,99", "1299.99"),
    ("1\u202f299,99", "1299.99"), ("12", "12.00"), (" 0.01 ", "0.01"),
])
def test_amounts_accept_dot_comma_and_grouping(text: str, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["12,5O", "-3", "0", "NaN", "1e30", "inf", "", "1.234",
                                  "12,50 EUR", "1,299", "9999999999"])
def test_amounts_refuse_what_is_not_a_positive_amount(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_amount(text, "--amount")
    assert caught.value.field == "--amount"
    assert repr(text) in str(caught.value) or "characters" in str(caught.value)


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999999.99"), places=2))
def test_amount_round_trips_in_both_notations(value: Decimal) -> None:
    assert parse_amount(str(value)) == value
    assert parse_amount(str(value).replace(".", ",")) == value


def test_currency_is_normalised_and_checked() -> None:
    assert parse_currency("eur") == "EUR"
    with pytest.raises(InputError, match="ISO 4217"):
        parse_currency("EURO")
    with pytest.raises(InputError):
        parse_currency("XYZ")


def test_country_accepts_uk_as_gb_and_refuses_unknown_codes() -> None:
    assert parse_country("fr") == "FR"
    assert parse_country("UK") == "GB"
    with pytest.raises(InputError, match="ISO 3166"):
        parse_country("XX")


def test_a_date_that_does_not_exist_is_refused_with_a_reason() -> None:
    assert parse_date("2026-09-01") == date(2026, 9, 1)
    with pytest.raises(InputError, match="does not exist"):
        parse_date("2026-02-30")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_date("01/09/2026")


@pytest.mark.parametrize("text", ["0001-01-01", "9999-12-31"])
def test_dates_far_outside_a_dispute_are_refused(text: str) -> None:
    with pytest.raises(InputError, match="between"):
        parse_date(text)


def test_instant_with_offset_keeps_the_offset_as_its_zone() -> None:
    instant, zone = parse_instant("2026-10-02T14:05+02:00", "Europe/Paris")
    assert instant == datetime(2026, 10, 2, 12, 5, tzinfo=UTC)
    assert zone == "+02:00"


def test_instant_without_offset_is_read_in_the_local_zone() -> None:
    instant, zone = parse_instant("2026-01-15T09:00", "Europe/Paris")
    assert instant == datetime(2026, 1, 15, 8, 0, tzinfo=UTC)
    assert zone == "Europe/Paris"


def test_instant_in_the_skipped_hour_is_refused() -> None:
    with pytest.raises(InputError, match="does not exist in Europe/Paris"):
        parse_instant("2026-03-29T02:30", "Europe/Paris")


def test_instant_in_utc_is_named_utc() -> None:
    assert parse_instant("2026-10-02T14:05Z", "Europe/Paris")[1] == "UTC"


def test_stored_zones_resolve_offsets_and_names() -> None:
    assert zone_from_name("+05:30").utcoffset(None).total_seconds() == 5.5 * 3600  # type: ignore[union-attr]
    assert str(zone_from_name("America/New_York")) == "America/New_York"
    with pytest.raises(InputError):
        zone_from_name("Mars/Olympus")


def test_clean_text_drops_control_characters_but_keeps_right_to_left_marks() -> None:
    text = "  Bonjour\x00\x07 \u200fשלום\u200e  "
    assert clean_text(text, "summary") == "Bonjour \u200fשלום\u200e"


def test_multiline_text_keeps_line_breaks_and_normalises_them() -> None:
    assert clean_text("a\r\nb\rc", "summary", multiline=True) == "a\nb\nc"


def test_text_over_the_limit_is_refused_not_cut() -> None:
    with pytest.raises(InputError, match="under 10 characters"):
        clean_text("x" * 11, "title", 10)


def test_required_text_refuses_blank() -> None:
    with pytest.raises(InputError, match="cannot be empty"):
        require_text(" \t\x01 ", "title")
