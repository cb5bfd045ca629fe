"""Every shipped pack loads, names its sources and dates, and the generic pack fits any country."""

from __future__ import annotations

import pytest

from casekeeper.domain.enums import SourceLevel, Stage
from casekeeper.knowledge.loader import load_pack, read_raw, shipped_pack_names
from casekeeper.knowledge.schema import Entry, RulePack
from casekeeper.resource_folder import resource

PACKS = shipped_pack_names()


def _entries(pack: RulePack) -> list[tuple[str, Entry]]:
    found: list[tuple[str, Entry]] = [("pack", pack)]
    if pack.holidays:
        found.append(("holidays", pack.holidays))
    found += [(f"channels.{key}", entry) for key, entry in pack.channels.items()]
    for stage, step in pack.ladder.items():
        found.append((f"ladder.{stage.value}", step))
        found += [(f"ladder.{stage.value}.limits.{key}", limit)
                  for key, limit in step.limits.items()]
    found += [(f"tracks.{key}", track) for key, track in pack.tracks.items()]
    return found


def test_the_five_required_countries_are_shipped() -> None:
    assert {"FR", "GB", "DE", "SE", "US"} <= set(PACKS)


@pytest.mark.parametrize("country", PACKS)
def test_shipped_pack_loads_for_its_country(country: str) -> None:
    assert load_pack(country).country == country


@pytest.mark.parametrize("country", [*PACKS, "CH"])
def test_every_entry_names_a_source_and_a_level(country: str) -> None:
    pack = load_pack(country)
    missing = [name for name, entry in _entries(pack) if len(entry.source) < 3
               or (entry.level == SourceLevel.CONFIRMED) != (entry.last_verified is not None)]
    assert missing == []


@pytest.mark.parametrize("name", [*PACKS, "default"])
def test_no_pack_sends_people_to_the_closed_eu_odr_platform(name: str) -> None:
    text = resource("rulepacks", f"{name.lower()}.toml").read_text("utf-8")
    assert "ec.europa.eu/consumers/odr" not in text


def test_french_ladder_is_marked_unverified() -> None:
    ladder = load_pack("FR").ladder
    assert not ladder[Stage.FORMAL_COMPLAINT].verified
    assert not ladder[Stage.INTERNAL_REVIEW].verified


def test_french_phone_line_is_the_seed_number_and_hours() -> None:
    phone = load_pack("FR").channels["phone"]
    assert (phone.number, phone.hours) == ("01 73 28 81 88", "Mo-Fr 09:00-17:00; PH off")


def test_french_phone_line_is_closed_on_public_holidays() -> None:
    assert load_pack("FR").channels["phone"].closed_on_public_holidays is True


def test_unknown_chat_hours_stay_unknown() -> None:
    chat = load_pack("FR").channels["chat"]
    assert (chat.hours_known, chat.closed_on_public_holidays) == (False, None)


def test_french_letter_reply_clock_is_fifteen_to_twenty_jours_ouvrables() -> None:
    clock = load_pack("FR").channels["letter"].reply_clock
    assert clock is not None and clock.describe() == (
        "15 to 20 working days (Monday to Saturday)")


def test_country_without_pack_gets_generic_rules_with_its_holidays() -> None:
    pack = load_pack("CH")
    assert (pack.country, pack.holidays and pack.holidays.country) == ("CH", "CH")


def test_generic_pack_uses_the_psd2_fifteen_and_thirty_five_business_days() -> None:
    step = load_pack("PL").ladder[Stage.FORMAL_COMPLAINT]
    assert step.clock is not None and step.clock.describe() == "15 bank business days"
    assert step.holding_clock is not None and step.holding_clock.describe() == (
        "35 bank business days")


def test_raw_pack_is_a_copy_that_callers_may_change() -> None:
    _name, first = read_raw("FR")
    first["country"] = "XX"
    assert read_raw("FR")[1]["country"] == "FR"
