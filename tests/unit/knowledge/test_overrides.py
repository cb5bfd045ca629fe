"""The person's overrides on top of a shipped pack: applied, validated, and stale ones reported."""

from __future__ import annotations

import pytest

from casekeeper.domain.enums import Stage
from casekeeper.knowledge.loader import RulePackError, load_pack
from casekeeper.knowledge.overrides import apply_overrides, split_key, validate_override

FR = load_pack("FR")


def test_phone_hours_override_replaces_the_shipped_hours() -> None:
    effective = apply_overrides(FR, {"channels.phone.hours": "Mo-Fr 08:00-18:00"})
    assert effective.pack.channels["phone"].hours == "Mo-Fr 08:00-18:00"


def test_overridden_entry_is_marked_and_keeps_the_shipped_source_in_words() -> None:
    phone = apply_overrides(FR, {"channels.phone.number": "01 00 00 00 00"}).pack.channels["phone"]
    assert phone.overridden and phone.source.startswith(
        "Your own value (shipped source: French consumer guide")


def test_an_overridden_source_reads_in_each_language_with_the_shipped_source_in_it() -> None:
    from casekeeper.knowledge.translation import source_of

    german = load_pack("DE")
    effective = apply_overrides(german, {"ladder.internal-review.clock": "8 weeks",
                                         "ladder.internal-review.how": "Schreiben"})
    step = effective.pack.ladder[Stage.INTERNAL_REVIEW]
    shipped = german.ladder[Stage.INTERNAL_REVIEW]
    assert source_of(step, "de") == (
        f"Ihr eigener Wert (ursprüngliche Quelle: {source_of(shipped, 'de')})")
    assert source_of(step, "sv").startswith("Ditt eget värde (ursprunglig källa: klarna.com")
    assert source_of(step, "fr").startswith("Votre propre valeur (source d'origine : klarna.com")
    assert source_of(step, "en") == f"Your own value (shipped source: {shipped.source})"


def test_applied_keys_and_entries_are_listed() -> None:
    effective = apply_overrides(FR, {"ladder.formal-complaint.clock": "8 weeks"})
    assert (effective.applied, effective.entries) == (
        frozenset({"ladder.formal-complaint.clock"}), frozenset({"ladder.formal-complaint"}))


def test_clock_override_is_read_as_a_clock() -> None:
    pack = apply_overrides(FR, {"ladder.formal-complaint.clock": "8 weeks"}).pack
    clock = pack.ladder[Stage.FORMAL_COMPLAINT].clock
    assert clock is not None and clock.describe() == "8 weeks"


def test_override_of_an_entry_that_no_longer_exists_is_reported() -> None:
    effective = apply_overrides(FR, {"channels.fax.number": "01"})
    assert [(p.key, "no longer exists" in p.reason) for p in effective.problems] == [
        ("channels.fax.number", True)]


def test_invalid_override_is_reported_and_the_shipped_value_kept() -> None:
    effective = apply_overrides(FR, {"channels.phone.hours": "weekdays"})
    assert (len(effective.problems), effective.pack.channels["phone"].hours) == (
        1, "Mo-Fr 09:00-17:00; PH off")


def test_valid_overrides_still_apply_next_to_a_bad_one() -> None:
    effective = apply_overrides(FR, {"channels.phone.hours": "weekdays", "entity": "Klarna"})
    assert effective.pack.entity == "Klarna"


def test_shipped_pack_is_left_untouched() -> None:
    apply_overrides(FR, {"channels.phone.hours": "24/7"})
    assert load_pack("FR").channels["phone"].hours == "Mo-Fr 09:00-17:00; PH off"


def test_empty_value_clears_an_optional_field() -> None:
    pack = apply_overrides(FR, {"ladder.formal-complaint.clock": ""}).pack
    assert pack.ladder[Stage.FORMAL_COMPLAINT].clock is None


def test_unknown_is_accepted_for_hours() -> None:
    pack = apply_overrides(FR, {"channels.phone.hours": "unknown"}).pack
    assert not pack.channels["phone"].hours_known


def test_holiday_subdivision_can_be_set() -> None:
    pack = apply_overrides(load_pack("DE"), {"holidays.subdivision": "BY"}).pack
    assert pack.holidays is not None and pack.holidays.subdivision == "BY"


def test_consumer_limit_clock_can_be_overridden() -> None:
    pack = apply_overrides(FR, {"ladder.external-body.limits.arn-window.clock": "6 months"}).pack
    clock = pack.ladder[Stage.EXTERNAL_BODY].limits["arn-window"].clock
    assert clock.describe() == "6 months"


def test_list_fields_take_one_item_per_line() -> None:
    pack = apply_overrides(FR, {"ladder.formal-complaint.must_contain": "A\nB\n"}).pack
    assert pack.ladder[Stage.FORMAL_COMPLAINT].must_contain == ["A", "B"]


def test_source_cannot_be_overridden() -> None:
    with pytest.raises(RulePackError, match="cannot be overridden"):
        validate_override(FR, "channels.phone.source", "me")


def test_malformed_key_is_refused() -> None:
    with pytest.raises(RulePackError, match="not an override key"):
        split_key("phone.hours")


def test_validate_override_names_entry_and_field() -> None:
    with pytest.raises(RulePackError) as caught:
        validate_override(FR, "ladder.formal-complaint.clock", "two weeks")
    assert (caught.value.entry, caught.value.field) == ("ladder.formal-complaint", "clock")
