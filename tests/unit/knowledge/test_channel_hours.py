"""Opening hours of channels: open now, next opening and closing, across DST and holidays."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from knowledge_builders import at

from casekeeper.knowledge.hours import HoursState, channel_status, hours_text, open_intervals
from casekeeper.knowledge.loader import load_pack
from casekeeper.knowledge.overrides import apply_overrides

FR = load_pack("FR")
NEW_YORK = ZoneInfo("America/New_York")
US_PHONE = apply_overrides(load_pack("US"),
                           {"channels.phone.hours": "Mo-Fr 09:00-17:00; PH off"}).pack


def test_acceptance_french_phone_closed_on_saturday_morning() -> None:
    status = channel_status(FR, "phone", datetime.fromisoformat("2026-11-28T10:00+01:00"),
                            "Europe/Paris")
    assert status.state == HoursState.CLOSED


def test_acceptance_french_phone_opens_monday_nine_in_paris() -> None:
    status = channel_status(FR, "phone", datetime.fromisoformat("2026-11-28T10:00+01:00"),
                            "Europe/Paris")
    assert status.next_opening_local == at("2026-11-30 09:00")
    assert str(status.next_opening_local.tzinfo) == "Europe/Paris"


def test_next_opening_is_converted_to_the_persons_zone() -> None:
    status = channel_status(FR, "phone", at("2026-11-28 10:00"), "America/New_York")
    assert status.next_opening_person == at("2026-11-30 03:00", NEW_YORK)


def test_open_line_reports_its_closing_time() -> None:
    status = channel_status(FR, "phone", at("2026-11-27 10:00"), "Europe/Paris")
    assert (status.state, status.next_closing_local) == (HoursState.OPEN, at("2026-11-27 17:00"))


def test_paris_spring_forward_night_moves_the_utc_opening() -> None:
    status = channel_status(FR, "phone", at("2026-03-27 18:00"), "UTC")
    assert status.next_opening_person == datetime(2026, 3, 30, 7, 0, tzinfo=UTC)


def test_paris_autumn_back_night_moves_the_utc_opening() -> None:
    status = channel_status(FR, "phone", at("2026-10-23 18:00"), "UTC")
    assert status.next_opening_person == datetime(2026, 10, 26, 8, 0, tzinfo=UTC)


def test_instant_inside_the_paris_dst_night_is_read_correctly() -> None:
    status = channel_status(FR, "phone", datetime(2026, 3, 29, 1, 30, tzinfo=UTC), "UTC")
    assert status.at_local.utcoffset() is not None and status.at_local.hour == 3


def test_new_york_spring_forward_moves_the_utc_opening() -> None:
    status = channel_status(US_PHONE, "phone", at("2026-03-06 18:00", NEW_YORK), "UTC")
    assert status.next_opening_person == datetime(2026, 3, 9, 13, 0, tzinfo=UTC)


def test_new_york_fall_back_moves_the_utc_opening() -> None:
    status = channel_status(US_PHONE, "phone", at("2026-10-30 18:00", NEW_YORK), "UTC")
    assert status.next_opening_person == datetime(2026, 11, 2, 14, 0, tzinfo=UTC)


def test_phone_closed_on_bastille_day() -> None:
    assert channel_status(FR, "phone", at("2026-07-14 10:00"), "Europe/Paris").state == (
        HoursState.CLOSED)


def test_after_bastille_day_the_line_opens_the_next_morning() -> None:
    status = channel_status(FR, "phone", at("2026-07-14 10:00"), "Europe/Paris")
    assert status.next_opening_local == at("2026-07-15 09:00")


def test_phone_closed_on_ascension_day() -> None:
    assert channel_status(FR, "phone", at("2026-05-14 10:00"), "Europe/Paris").state == (
        HoursState.CLOSED)


def test_unknown_hours_are_reported_as_unknown_without_a_guess() -> None:
    status = channel_status(FR, "chat", at("2026-11-27 10:00"), "Europe/Paris")
    assert (status.state, status.next_opening_local, status.next_closing_local) == (
        HoursState.UNKNOWN, None, None)


def test_letter_has_no_opening_hours() -> None:
    assert channel_status(FR, "letter", at("2026-11-27 10:00"), "UTC").state == (
        HoursState.NOT_APPLICABLE)


def test_always_open_channel_has_no_next_change() -> None:
    status = channel_status(FR, "help-centre", at("2026-11-27 10:00"), "UTC")
    assert (status.state, status.next_opening_local, status.next_closing_local) == (
        HoursState.OPEN, None, None)


def test_hours_text_reads_in_plain_words() -> None:
    assert hours_text(FR.channels["phone"]) == (
        "Monday to Friday 09:00-17:00; closed on public holidays")


def test_open_intervals_list_the_days_ahead_clipped_at_the_window_end() -> None:
    periods = open_intervals(FR, "phone", at("2026-11-28 10:00"), days=3)
    assert periods == [(at("2026-11-30 09:00"), at("2026-11-30 17:00")),
                       (at("2026-12-01 09:00"), at("2026-12-01 10:00"))]


def test_hours_and_clocks_share_one_holiday_calendar() -> None:
    # England's Late Summer Bank Holiday (31 August 2026) is in the business-day calendar; the
    # opening-hours library's own calendar lacks it, so PH now comes from the pack's calendar.
    gb = apply_overrides(load_pack("GB"), {"channels.phone.hours": "Mo-Fr 09:00-17:00; PH off"}).pack
    status = channel_status(gb, "phone", datetime.fromisoformat("2026-08-31T10:00+01:00"),
                            "Europe/London")
    assert status.state == HoursState.CLOSED
    assert status.next_opening_local is not None
    assert status.next_opening_local.isoformat() == "2026-09-01T09:00:00+01:00"
