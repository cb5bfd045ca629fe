"""Amounts typed in the person's locale: read with Babel, and refused with an explanation when
the text could mean two amounts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from casekeeper.domain.amounts import AmountError, parse_amount


@pytest.mark.parametrize(("text", "locale", "expected"), [
    ("1.299,99", "de_DE", "1299.99"),
    ("1.299,99", "de_AT", "1299.99"),
    ("1.299", "de_DE", "1299.00"),
    ("129,99", "de_DE", "129.99"),
    ("1 299,99", "sv_SE", "1299.99"),
    ("1\u00a0299,99", "sv_SE", "1299.99"),
    ("1\u202f299,99", "sv_SE", "1299.99"),
    ("1\u202f299,99", "fr_FR", "1299.99"),
    ("1 299,99", "fr_FR", "1299.99"),
    ("1'299.99", "de_CH", "1299.99"),
    ("1\u2019299.99", "de_CH", "1299.99"),
    ("1,299.99", "en_GB", "1299.99"),
    ("1,299", "en_GB", "1299.00"),
    ("74,5", "sv_SE", "74.50"),
])
def test_an_amount_is_read_in_the_locale(text: str, locale: str, expected: str) -> None:
    assert parse_amount(text, "amount", locale) == Decimal(expected)


@pytest.mark.parametrize(("text", "locale", "expected"), [
    ("129.99", "de_DE", "129.99"),  # two decimals after a point: only a decimal point
    ("1,299.99", "de_DE", "1299.99"),  # both signs: the last one separates the cents
    ("1.299,99", "en_GB", "1299.99"),
    ("1 299.99", "en_GB", "1299.99"),
])
def test_an_unambiguous_amount_of_another_convention_is_accepted(
    text: str, locale: str, expected: str
) -> None:
    assert parse_amount(text, "amount", locale) == Decimal(expected)


@pytest.mark.parametrize(("text", "locale", "understood", "example"), [
    ("1.299", "en_GB", "1.299", "1,299.99"),
    ("1,299", "de_DE", "1.299", "1.299,99"),
    ("1.299", "sv_SE", "1.299", "1\u00a0299,99"),
])
def test_an_ambiguous_amount_says_what_was_understood_and_how_to_type_it(
    text: str, locale: str, understood: str, example: str
) -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount(text, "amount", locale)
    assert caught.value.understood == Decimal(understood)
    assert caught.value.example == example
    assert f"reads as {understood}" in caught.value.message and example in caught.value.message


def test_without_a_locale_a_lone_group_of_three_is_refused_as_ambiguous() -> None:
    with pytest.raises(AmountError, match=r"1299\.99"):
        parse_amount("1.299")


@pytest.mark.parametrize("text", ["abc", "-5", "0", "1.2.3,4", "12,345,6", "1e3"])
def test_what_is_no_amount_is_refused_with_the_locale_example(text: str) -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount(text, "amount", "de_DE")
    assert caught.value.understood is None and "1.299,99" in caught.value.message
