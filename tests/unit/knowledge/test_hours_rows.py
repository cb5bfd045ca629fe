"""The weekday rows and the OpenStreetMap string say the same hours, both ways."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from casekeeper.knowledge.clock_model import UNKNOWN
from casekeeper.knowledge.hours import _compiled, _merged_open
from casekeeper.knowledge.hours_rows import (
    Week,
    closed_week,
    expression_of,
    is_valid_expression,
    week_of,
)
from casekeeper.knowledge.loader import load_pack, shipped_pack_names


def _shipped_hours() -> list[str]:
    found = set()
    for code in [*shipped_pack_names(), "DK"]:  # DK: the generic pack adapted to a country
        for entry in load_pack(code).channels.values():
            if entry.hours is not None and entry.hours != UNKNOWN:
                found.add(entry.hours)
    return sorted(found)


@pytest.mark.parametrize("expression", _shipped_hours())
def test_every_shipped_string_comes_back_unchanged_through_the_rows(expression: str) -> None:
    week = week_of(expression)
    assert week is not None
    assert expression_of(week) == expression


LUNCH = (("09:00", "12:00"), ("13:00", "17:00"))


@pytest.mark.parametrize("week", [
    Week((LUNCH,) * 5 + ((("10:00", "13:00"),), ()), True),
    Week(((("08:00", "20:00"),), (), (("08:00", "20:00"),), (), (), (), ()), False),
    Week(((),) * 6 + ((("00:00", "24:00"),),), True),
    closed_week(),
])
def test_rows_written_then_read_give_the_same_rows(week: Week) -> None:
    expression = expression_of(week)
    assert is_valid_expression(expression)
    assert week_of(expression) == week


def test_the_written_string_opens_at_the_same_times_as_the_rows_say() -> None:
    week = Week((LUNCH,) * 5 + ((), ()), True)
    assert expression_of(week) == "Mo-Fr 09:00-12:00,13:00-17:00; PH off"
    start = datetime(2026, 12, 7, tzinfo=ZoneInfo("Europe/Paris"))  # a Monday
    runs = _merged_open(_compiled(expression_of(week).replace("; PH off", ""), "Europe/Paris"),
                        start, start.replace(day=8))
    assert [(a.hour, b.hour) for a, b in runs] == [(9, 12), (13, 17)]


def test_later_rules_override_earlier_ones_for_the_days_they_name() -> None:
    week = week_of("Mo-Fr 09:00-17:00; We off; Sa-Mo 10:00-11:00")
    assert week is not None
    assert week.days[2] == () and week.days[0] == (("10:00", "11:00"),)
    assert week.days[6] == (("10:00", "11:00"),) and week.days[1] == (("09:00", "17:00"),)


@pytest.mark.parametrize("expression", [
    "Mo-Fr 09:00-17:00 || Sa 10:00-12:00",
    "Jan-Mar Mo-Fr 09:00-17:00",
    "Mo-Fr 08:00-10:00,11:00-12:00,13:00-14:00",
    "Mo-Fr 09:00-17:00 \"by appointment\"",
    "PH 10:00-12:00",
    "du lundi au vendredi de 9h à 17h",
    "",
])
def test_a_string_the_rows_cannot_say_is_left_to_the_advanced_field(expression: str) -> None:
    assert week_of(expression) is None


def test_the_engine_refuses_french_words_and_accepts_unknown() -> None:
    assert not is_valid_expression("du lundi au vendredi de 9h à 17h")
    assert is_valid_expression(UNKNOWN)
    assert is_valid_expression("Mo-Fr 09:00-17:00; PH off")
