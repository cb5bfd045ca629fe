"""hours, due, calendar, next and rules from the command line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest


def test_the_french_phone_line_is_closed_on_saturday_and_opens_monday_at_nine(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("hours", "--country", "FR", "--at", "2026-11-28T10:00+01:00", "--json")
    assert result.code == 0, result.err
    phone = next(c for c in json.loads(result.out)["channels"] if c["kind"] == "phone")
    assert (phone["state"], phone["open"]) == ("closed", False)
    assert phone["next_opening"] == "2026-11-30T09:00+01:00"
    assert phone["number"] == "01 73 28 81 88"
    assert phone["source"] and (phone["level"], phone["last_verified"]) == ("guide", None)


def test_hours_in_words_name_the_day_and_paris_time(cli) -> None:  # type: ignore[no-untyped-def]
    text = cli("hours", "--country", "FR", "--at", "2026-11-28T10:00+01:00").out
    phone_line = next(line for line in text.splitlines() if "01 73 28 81 88" in line)
    assert "closed, opens Monday 30 November 2026 at 09:00 (Europe/Paris)" in phone_line


def test_unknown_hours_are_said_to_be_unknown(cli) -> None:  # type: ignore[no-untyped-def]
    channels = json.loads(cli("hours", "--country", "FR", "--json").out)["channels"]
    chat = next(c for c in channels if c["kind"] == "chat")
    assert (chat["state"], chat["open"], chat["next_opening"]) == ("unknown", None, None)


@pytest.fixture
def complaint_case(cli) -> str:  # type: ignore[no-untyped-def]
    case_id = cli("case", "add", "--title", "Remboursement", "--country", "FR").out.strip()
    result = cli("escalate", case_id, "--stage", "formal-complaint",
                 "--at", "2026-05-07T10:00+02:00", "--ref", "FC-7")
    assert result.code == 0, result.err
    return case_id


def test_a_formal_complaint_due_date_skips_weekends_and_french_holidays(cli, complaint_case) -> None:  # type: ignore[no-untyped-def]
    due = json.loads(cli("due", "--all", "--json").out)
    answer = next(d for d in due if d["key"].startswith("formal-complaint"))
    # The legal maximum, 15 bank days of Klarna Bank AB (Swedish bank days) after Thu 7 May
    # 2026: Ascension (14 May) is skipped, the French 8 May and Whit Monday are Swedish bank
    # days: Friday 29 May. Klarna's own aim (14 business days) is carried as "usually".
    assert answer["due"] == "2026-05-29"
    assert answer["usually"].startswith("Klarna usually answers within 14 business days")
    assert (answer["anchor"]["event"], answer["anchor"]["date"]) == ("step-taken", "2026-05-07")
    assert answer["level"] == "inferred"
    assert answer["party"] == "klarna"
    assert answer["state"] == "overdue"  # the test clock says 24 November 2026
    assert answer["verified"] is False  # the FR ladder is an unverified default
    assert "Remboursement" in cli("due").out


def test_the_calendar_file_holds_the_due_date_with_alarms(cli, complaint_case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from icalendar import Calendar

    target = tmp_path / "deadlines.ics"
    result = cli("calendar", "-o", str(target), "--case", complaint_case, "--lead", "7", "1")
    assert result.code == 0, result.err
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    answer = next(e for e in events if "formal complaint" in str(e["SUMMARY"]))
    assert answer.decoded("DTSTART") == date(2026, 5, 29)
    triggers = sorted(str(a["TRIGGER"].dt) for a in answer.walk("VALARM"))
    assert triggers == ["-1 day, 0:00:00", "-7 days, 0:00:00"]


def test_a_calendar_needs_an_ics_name_and_a_writable_folder(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("calendar", "-o", str(tmp_path / "x.txt")).code == 2
    missing = cli("calendar", "-o", str(tmp_path / "no" / "x.ics"))
    assert missing.code == 2
    assert "does not exist" in missing.err


def test_next_step_gives_a_reason(cli, complaint_case) -> None:  # type: ignore[no-untyped-def]
    step = json.loads(cli("next", complaint_case, "--json").out)
    # No final response after the legal maximum: the reviewer needs one, ARN does not.
    assert step["stage"] == "external-body"
    assert "formal complaint" in step["reason"]
    facts = step["reason_facts"]
    assert (facts["kind"], facts["blocked_stage"]) == ("answer-overdue", "internal-review")
    assert facts["deadline"]["anchor"]["date"] == "2026-05-07"
    assert step["level"] == "inferred" and step["level_words"].startswith("inferred")


def test_an_override_changes_the_hours_and_can_be_reset(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("rules", "set", "channels.phone.hours", "Mo-Sa 08:00-20:00", "--country",
               "FR").code == 0
    saturday = json.loads(cli("hours", "--country", "FR", "--at", "2026-11-28T10:00+01:00",
                              "--json").out)["channels"]
    phone = next(c for c in saturday if c["kind"] == "phone")
    assert (phone["state"], phone["overridden"]) == ("open", True)
    assert "Your own value" in phone["source"]
    shown = json.loads(cli("rules", "show", "--country", "FR", "--json").out)
    assert [(o["key"], o["value"], o["shipped_value"]) for o in shown] == [
        ("channels.phone.hours", "Mo-Sa 08:00-20:00", "Mo-Fr 09:00-17:00; PH off")]
    assert cli("rules", "reset", "channels.phone.hours", "--country", "FR").code == 0
    assert json.loads(cli("rules", "show", "--country", "FR", "--json").out) == []


@pytest.mark.parametrize(("key", "value", "words"), [
    ("channels.phone.hours", "whenever", "opening_hours syntax"),
    ("channels.phone.source", "me", "cannot be overridden"),
    ("channels.fax.number", "01", "no longer exists"),
    ("nonsense", "x", "cannot be overridden"),
])
def test_a_bad_override_is_refused_and_nothing_is_stored(cli, key: str, value: str,  # type: ignore[no-untyped-def]
                                                          words: str) -> None:
    result = cli("rules", "set", key, value, "--country", "FR")
    assert result.code == 2
    assert words in result.err
    assert json.loads(cli("rules", "show", "--country", "FR", "--json").out) == []
