"""iCalendar export of deadlines, read back with icalendar: events, alarms, stable UIDs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from icalendar import Calendar

from casekeeper.domain.dto import DeadlineView
from casekeeper.domain.enums import DeadlineState, Party
from casekeeper.knowledge.calendar import deadline_uid, deadlines_to_ics

STAMP = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def _view(key: str, due: date, party: Party = Party.KLARNA) -> DeadlineView:
    return DeadlineView(key=key, case_id=7, label=f"label {key}", party=party, clock="8 weeks",
                        started_by="your formal complaint", started_on=date(2026, 7, 10), due=due,
                        state=DeadlineState.PENDING, met_on=None, days_late=0, source="src",
                        verified=False)


ITEMS = [("Damaged sofa", _view("formal-complaint-answer:12", date(2026, 7, 31))),
         ("Damaged sofa", _view("limit-fos-window:7", date(2026, 9, 15), Party.CONSUMER))]


def _events(data: bytes) -> list[Any]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_one_event_per_deadline() -> None:
    assert len(_events(deadlines_to_ics(ITEMS, stamp=STAMP))) == 2


def test_event_is_all_day_on_the_due_date() -> None:
    event = _events(deadlines_to_ics(ITEMS[:1], stamp=STAMP))[0]
    assert event.decoded("dtstart") == date(2026, 7, 31)


def test_summary_names_the_case_and_the_deadline() -> None:
    event = _events(deadlines_to_ics(ITEMS[:1], stamp=STAMP))[0]
    assert str(event["summary"]) == "Damaged sofa: label formal-complaint-answer:12"


def test_one_alarm_per_lead_time() -> None:
    data = deadlines_to_ics(ITEMS[:1], lead_times=(timedelta(days=7), timedelta(hours=2)),
                            stamp=STAMP)
    alarms = list(Calendar.from_ical(data).walk("VALARM"))
    assert [alarm.decoded("trigger") for alarm in alarms] == [timedelta(days=-7),
                                                              timedelta(hours=-2)]


def test_uids_come_from_the_deadline_key() -> None:
    uids = [str(event["uid"]) for event in _events(deadlines_to_ics(ITEMS, stamp=STAMP))]
    assert uids == [deadline_uid(view) for _title, view in ITEMS]


def test_uids_are_stable_across_exports() -> None:
    first = [str(e["uid"]) for e in _events(deadlines_to_ics(ITEMS, stamp=STAMP))]
    later = STAMP + timedelta(days=3)
    second = [str(e["uid"]) for e in _events(deadlines_to_ics(ITEMS, stamp=later))]
    assert first == second


def test_same_input_gives_identical_bytes() -> None:
    assert deadlines_to_ics(ITEMS, stamp=STAMP) == deadlines_to_ics(ITEMS, stamp=STAMP)


def test_unverified_rule_is_flagged_in_the_description() -> None:
    event = _events(deadlines_to_ics(ITEMS[:1], stamp=STAMP))[0]
    assert "(unverified)" in str(event["description"])
