"""iCalendar export of deadlines: one all-day event per deadline, alarms at chosen lead times."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

from casekeeper.domain.dto import DeadlineView
from casekeeper.domain.enums import Party
from casekeeper.knowledge.wording import DEFAULT, date_words, msg, state_words

PRODID = "-//Case Keeper//Deadlines//EN"
UID_DOMAIN = "casekeeper.invalid"


def deadline_uid(view: DeadlineView) -> str:
    """A UID that stays the same for a deadline across exports: case id plus the deadline key."""
    safe = view.key.replace(":", "-").replace(" ", "-")
    return f"case-{view.case_id}-{safe}@{UID_DOMAIN}"


def deadlines_to_ics(items: Iterable[tuple[str, DeadlineView]],
                     lead_times: Sequence[timedelta] = (timedelta(days=3), timedelta(days=1)),
                     stamp: datetime | None = None, language: str = DEFAULT) -> bytes:
    """iCalendar bytes for ``(case title, deadline)`` pairs, each with a VALARM per lead time.

    ``stamp`` (DTSTAMP) defaults to now; pass it for byte-identical output in tests.
    Descriptions, categories and alarm texts are in ``language`` (any language of the catalogues); the
    deadlines' own labels are as derived (derive them in the same language).
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
        event.add("description", _description(view, language))
        event.add("categories", ["Case Keeper", _party_words(view.party, language)])
        event.add("transp", "TRANSPARENT")
        for lead in lead_times:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", msg("ics_alarm", language,
                                         date=date_words(view.due, language), label=view.label))
            alarm.add("trigger", -lead)
            event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def _party_words(party: Party, language: str) -> str:
    return msg("party_klarna" if party == Party.KLARNA else "party_consumer", language)


def _description(view: DeadlineView, language: str) -> str:
    lines = [
        msg("ics_party", language, party=_party_words(view.party, language), label=view.label),
        msg("ics_clock", language, clock=view.clock, started_by=view.started_by),
        msg("ics_due", language, date=date_words(view.due, language),
            state=state_words(view.state.value, language)),
        msg("ics_source", language, source=view.source)
        + ("" if view.verified else msg("ics_unverified", language)),
    ]
    return "\n".join(lines)
