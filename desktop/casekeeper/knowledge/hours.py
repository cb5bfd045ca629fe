"""Opening hours of a channel at an instant: open now, next opening and closing, in two zones."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from casekeeper.domain.enums import SourceLevel
from casekeeper.domain.values import zone_from_name
from casekeeper.knowledge.clock_model import UNKNOWN
from casekeeper.knowledge.hours_words import hours_words
from casekeeper.knowledge.schema import ChannelEntry, RulePack
from casekeeper.knowledge.translation import localized, source_of
from casekeeper.knowledge.wording import DEFAULT, msg

if TYPE_CHECKING:
    from opening_hours import OpeningHours

HORIZON = timedelta(days=366)


class HoursState(StrEnum):
    """Whether a channel is open at an instant."""

    OPEN = "open"
    CLOSED = "closed"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not-applicable"


@dataclass(frozen=True, slots=True)
class ChannelStatus:
    """A channel at one instant; ``*_local`` in Klarna's zone, ``*_person`` in the person's zone."""

    channel_id: str
    label: str
    state: HoursState
    hours_text: str
    zone: str
    at_local: datetime
    at_person: datetime
    next_opening_local: datetime | None
    next_closing_local: datetime | None
    next_opening_person: datetime | None
    next_closing_person: datetime | None
    closed_on_public_holidays: bool | None
    source: str
    verified: bool
    last_verified: date | None
    level: SourceLevel = SourceLevel.UNKNOWN
    hours_note: str = ""


def channel_status(pack: RulePack, channel_id: str, at: datetime,
                   person_zone: str | tzinfo, language: str = DEFAULT) -> ChannelStatus:
    """Where channel ``channel_id`` of ``pack`` stands at the aware instant ``at``.

    Unknown hours give state ``unknown`` and no next opening or closing: never a guess.
    ``label`` and ``hours_text`` are in ``language`` (any language of the catalogues, else English).
    """
    if at.tzinfo is None:
        raise ValueError("channel_status needs an aware datetime")
    entry = pack.channels[channel_id]
    person = zone_from_name(person_zone) if isinstance(person_zone, str) else person_zone
    local = at.astimezone(pack.tz)
    state, opening, closing = HoursState.NOT_APPLICABLE, None, None
    if entry.hours == UNKNOWN:
        state = HoursState.UNKNOWN
    elif entry.hours is not None:
        state, opening, closing = _evaluate(entry.hours, pack, local)
    return ChannelStatus(
        channel_id=channel_id, label=localized(entry, "label", language), state=state,
        hours_text=hours_text(entry, language),
        zone=pack.zone, at_local=local, at_person=at.astimezone(person),
        next_opening_local=opening, next_closing_local=closing,
        next_opening_person=opening.astimezone(person) if opening else None,
        next_closing_person=closing.astimezone(person) if closing else None,
        closed_on_public_holidays=entry.closed_on_public_holidays,
        source=source_of(entry, language), verified=entry.verified, last_verified=entry.last_verified,
        level=entry.level, hours_note=localized(entry, "hours_note", language),
    )


def open_intervals(pack: RulePack, channel_id: str, start: datetime,
                   days: int = 7) -> list[tuple[datetime, datetime]]:
    """The open periods (Klarna's zone) from ``start`` over ``days`` days; empty if unknown."""
    entry = pack.channels[channel_id]
    if not entry.hours_known or entry.hours is None:
        return []
    local = start.astimezone(pack.tz)
    end = local + timedelta(days=days)
    hours = _compiled(with_holidays(entry.hours, pack, range(local.year, end.year + 1)), pack.zone)
    return _merged_open(hours, local, end)


def hours_text(entry: ChannelEntry, language: str = DEFAULT) -> str:
    """The hours in plain words, e.g. ``Monday to Friday 09:00-17:00; closed on public holidays``

    or in French ``du lundi au vendredi de 09:00 à 17:00 ; fermé les jours fériés``.
    """
    if entry.hours is None:
        return msg("hours_none", language)
    if entry.hours == UNKNOWN:
        return msg("hours_unknown", language)
    rules = [rule.strip() for rule in entry.hours.split(";") if rule.strip()]
    return hours_words(rules, language)


def _evaluate(expression: str, pack: RulePack,
              local: datetime) -> tuple[HoursState, datetime | None, datetime | None]:
    from opening_hours import State

    years = range(local.year, (local + HORIZON).year + 1)
    hours = _compiled(with_holidays(expression, pack, years), pack.zone)
    current = hours.state(local)[0]
    state = {State.OPEN: HoursState.OPEN, State.CLOSED: HoursState.CLOSED}.get(
        current, HoursState.UNKNOWN)
    opening: datetime | None = None
    closing: datetime | None = None
    for begin, end in _open_runs(hours, local, local + HORIZON):
        if begin <= local:
            closing = end if end < local + HORIZON else None
            continue
        opening = begin
        break
    return state, opening, closing


def _merged_open(hours: OpeningHours, start: datetime,
                 end: datetime) -> list[tuple[datetime, datetime]]:
    return list(_open_runs(hours, start, end))


def _open_runs(hours: OpeningHours, start: datetime,
               end: datetime) -> Iterator[tuple[datetime, datetime]]:
    from opening_hours import State

    run: tuple[datetime, datetime] | None = None
    for begin, finish, state, _comment in hours.intervals(start, end):
        if state != State.OPEN:
            continue
        if run is not None and run[1] == begin:
            run = (run[0], finish)
            continue
        if run is not None:
            yield run
        run = (begin, finish)
    if run is not None:
        yield run


_PH_RE = re.compile(r"\bPH\b")
_MONTHS_OSM = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def with_holidays(expression: str, pack: RulePack, years: Iterable[int]) -> str:
    """``expression`` with its ``PH`` selector replaced by the pack's own public holidays.

    One calendar decides both the opening hours and the clocks: the ``holidays`` package with
    the pack's country and subdivision (opening-hours-py's built-in calendar lacks some days,
    e.g. regional bank holidays). Without a holiday calendar, ``PH`` matches no day.
    """
    if not _PH_RE.search(expression):
        return expression
    days: list[date] = []
    if pack.holidays is not None:
        from casekeeper.knowledge.clocks import public_holidays

        days = sorted(day for year in years for day in public_holidays(pack.holidays, year))
    if not days:
        return _PH_RE.sub("1900 Jan 01", expression)  # a day that never comes
    dates = ",".join(f"{day.year} {_MONTHS_OSM[day.month - 1]} {day.day:02d}" for day in days)
    return _PH_RE.sub(dates, expression)


@lru_cache(maxsize=64)
def _compiled(expression: str, zone: str) -> OpeningHours:
    from opening_hours import OpeningHours

    return OpeningHours(expression, timezone=ZoneInfo(zone), auto_country=False,
                        auto_timezone=False)
