"""Which notifications are due now: deadlines at the person's lead times and opening requests."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from casekeeper.domain.enums import DeadlineKind
from casekeeper.domain.values import zone_from_name
from casekeeper.services.reminders.keys import reminder_key
from casekeeper.services.reminders.preferences import ReminderPreferences
from casekeeper.services.reminders.texts import date_words, distance_words, msg

if TYPE_CHECKING:
    from casekeeper.services.deadlines import DueItem
    from casekeeper.services.reminders.store import OpeningRequestView


@dataclass(frozen=True, slots=True)
class Notice:
    """One native notification to send, with what to remember once it is sent."""

    title: str
    body: str
    case_id: int | None
    keys: tuple[str, ...] = ()  # deadline reminders: one key per lead time reached
    request_id: int | None = None  # opening reminders: the request to close


def lead_keys(item: DueItem, today: date, leads: Sequence[int]) -> list[str]:
    """The key of every lead time this deadline has reached (the window's banner uses the same)."""
    days_left = (item.deadline.due - today).days
    view = item.deadline
    return [reminder_key(item.case_id, view.key, view.due, lead)
            for lead in leads if days_left <= lead]


def deadline_notices(items: Sequence[DueItem], today: date, prefs: ReminderPreferences,
                     sent: set[str]) -> list[Notice]:
    """One notice per deadline that reached a lead time not yet announced."""
    notices = []
    for item in items:
        keys = lead_keys(item, today, prefs.lead_days)
        if not keys or set(keys) <= sent:
            continue
        due = item.deadline.due
        body = (msg("no_rules_body", prefs.language, country=item.deadline.key.partition(":")[2])
                if item.deadline.kind is DeadlineKind.NO_RULES else
                msg("deadline_body", prefs.language, label=item.deadline.label,
                    date=date_words(due, prefs.language),
                    distance=distance_words(due, today, prefs.language)))
        notices.append(Notice(
            title=msg("deadline_title", prefs.language, case=item.case_title),
            body=body, case_id=item.case_id, keys=tuple(keys)))
    return notices


def opening_notices(requests: Sequence[OpeningRequestView], now: datetime, zone: str,
                    prefs: ReminderPreferences, case_titles: Mapping[int, str]) -> list[Notice]:
    """One notice per request whose opening time has come."""
    notices = []
    for request in requests:
        if request.opens_at > now:
            continue
        local = request.opens_at.astimezone(zone_from_name(zone))
        at = local.strftime("%H:%M")
        title = case_titles.get(request.case_id) if request.case_id is not None else None
        if now - request.opens_at > STALE_OPENING:  # the computer slept: it may be closed again
            heading = msg("opening_late_title", prefs.language, label=request.label)
            body = msg("opening_late_body", prefs.language, label=request.label, time=at,
                       date=date_words(local.date(), prefs.language))
        else:
            heading = msg("opening_title", prefs.language, label=request.label)
            body = (msg("opening_body_case", prefs.language, label=request.label, time=at,
                        case=title)
                    if title else msg("opening_body", prefs.language, label=request.label, time=at))
        notices.append(Notice(title=heading, body=body, case_id=request.case_id,
                              request_id=request.id))
    return notices


STALE_OPENING = timedelta(hours=3)  # later than this, "is open" may no longer be true


def quiet_until(now: datetime, zone: str, prefs: ReminderPreferences) -> datetime | None:
    """When the quiet hours end, if ``now`` is inside them; else None."""
    local = now.astimezone(zone_from_name(zone))
    if not prefs.is_quiet(local.time()):
        return None
    end = local.replace(hour=prefs.quiet_end.hour, minute=prefs.quiet_end.minute, second=0,
                        microsecond=0)
    return end if end > local else end + timedelta(days=1)
