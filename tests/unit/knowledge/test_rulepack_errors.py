"""Broken rulepacks are refused with a message naming the file, the entry and the field."""

from __future__ import annotations

import pytest

from casekeeper.errors import KnownError
from casekeeper.knowledge.loader import RulePackError, parse_pack, read_raw, validate_pack


def _fr_with(path: list[str], value: object) -> dict[str, object]:
    _name, data = read_raw("FR")
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return data


def test_broken_toml_names_the_file() -> None:
    with pytest.raises(RulePackError, match=r"In xx\.toml, entry \(whole file\)"):
        parse_pack("country = [", "xx.toml")


def test_rulepack_error_is_a_known_error() -> None:
    assert issubclass(RulePackError, KnownError)


def test_bad_opening_hours_name_file_entry_and_field() -> None:
    data = _fr_with(["channels", "phone", "hours"], "Monday to Friday")
    with pytest.raises(RulePackError) as caught:
        validate_pack(data, "fr.toml")
    assert (caught.value.filename, caught.value.entry, caught.value.field) == (
        "fr.toml", "channels.phone", "hours")


def test_bad_clock_in_a_consumer_limit_names_the_limit() -> None:
    data = _fr_with(["ladder", "external-body", "limits", "arn-window", "clock"], "a year")
    with pytest.raises(RulePackError) as caught:
        validate_pack(data, "fr.toml")
    assert (caught.value.entry, caught.value.field) == (
        "ladder.external-body.limits.arn-window", "clock")


def test_missing_source_is_reported_as_missing() -> None:
    _name, data = read_raw("FR")
    del data["channels"]["letter"]["source"]
    with pytest.raises(RulePackError, match=r"channels\.letter, field source: this field is req"):
        validate_pack(data, "fr.toml")


def test_unknown_ladder_stage_names_the_entry() -> None:
    _name, data = read_raw("FR")
    data["ladder"]["tribunal"] = data["ladder"]["court"]
    with pytest.raises(RulePackError) as caught:
        validate_pack(data, "fr.toml")
    assert (caught.value.entry, caught.value.field) == ("ladder.tribunal", "(name of the entry)")


def test_misspelt_field_is_called_out() -> None:
    data = _fr_with(["channels", "phone", "numbr"], "01")
    with pytest.raises(RulePackError, match="field numbr: this field is not part of the rulepack"):
        validate_pack(data, "fr.toml")


def test_unknown_time_zone_names_the_zone_field() -> None:
    data = _fr_with(["zone"], "Paris")
    with pytest.raises(RulePackError, match="entry pack, field zone"):
        validate_pack(data, "fr.toml")


def test_unknown_channel_kind_is_refused() -> None:
    data = _fr_with(["channels", "phone", "kind"], "pigeon")
    with pytest.raises(RulePackError, match=r"channels\.phone, field kind"):
        validate_pack(data, "fr.toml")


def test_holiday_subdivision_that_does_not_exist_is_refused() -> None:
    data = _fr_with(["holidays", "subdivision"], "ZZ")
    with pytest.raises(RulePackError, match="entry holidays, field"):
        validate_pack(data, "fr.toml")
