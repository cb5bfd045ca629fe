"""iCalendar export of deadlines: one all-day event per deadline, alarms at chosen lead times."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

from casekeeper.domain.dto import DeadlineView
from casekeeper.domain.enums import Party

PRODID = "-//Case Keeper//Deadlines//EN"
UID_DOMAIN = "casekeeper.invalid"


def deadline_uid(view: DeadlineView) -> str:
    """A UID that stays the same for a deadline across exports: case id plus the deadline key."""
    safe = view.key.replace(":", "-").replace(" ", "-")
    return f"case-{view.case_id}-{safe}@{UID_DOMAIN}"


def deadlines_to_ics(items: Iterable[tuple[str, DeadlineView]],
                     lead_times: Sequence[timedelta] = (timedelta(days=3), timedelta(days=1)),
                     stamp: datetime | None = None) -> bytes:
    """iCalendar bytes for ``(case title, deadline)`` pairs, each with a VALARM per lead time.

    ``stamp`` (DTSTAMP) defaults to now; pass it for byte-identical output in tests.
    """
    from icalendar import Alarm, Calendar, Event

    when = (stamp or datetime.now(UTC)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for case_title, view in items:
        event = Event()
        event.add("uid", deadline_uid(view))
        event.add("dtstamp", when)
        event.add("dtstart", view.due)
        event.add("dtend", view.due + timedelta(days=1))
        event.add("summary", f"{case_title}: {view.label}")
        event.add("description", _description(view))
        event.add("categories", ["Case Keeper", _party_words(view.party)])
        event.add("transp", "TRANSPARENT")
        for lead in lead_times:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"Due {view.due.isoformat()}: {view.label}")
            alarm.add("trigger", -lead)
            event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def _party_words(party: Party) -> str:
    return "Klarna must answer" if party == Party.KLARNA else "Your own time limit"


def _description(view: DeadlineView) -> str:
    lines = [
        f"{_party_words(view.party)}: {view.label}",
        f"Clock: {view.clock}, started by {view.started_by}",
        f"Due: {view.due.isoformat()} (state on export: {view.state.value})",
        f"Source: {view.source}" + ("" if view.verified else " (unverified)"),
    ]
    return "\n".join(lines)
