"""hours | rules show | rules set | rules reset."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from casekeeper.cli.arguments import instant, language_of
from casekeeper.cli.context import Context
from casekeeper.knowledge.wording import level_words

if TYPE_CHECKING:  # the rulepack machinery loads only when one of these commands runs
    from casekeeper.knowledge.hours import ChannelStatus


def _default_country(ctx: Context) -> str:
    return str(ctx.args.country or "FR")


def _when(moment: datetime | None) -> str:
    from casekeeper.knowledge.ladder import long_date

    if moment is None:
        return ""
    return f"{moment:%A} {long_date(moment.date())} at {moment:%H:%M}"


def _status_line(status: ChannelStatus, contact: str) -> str:
    from casekeeper.knowledge.hours import HoursState

    head = f"{status.label}{f' ({contact})' if contact else ''}: "
    if status.state is HoursState.OPEN:
        state = "open now"
        if status.next_closing_local:
            state += f", closes {_when(status.next_closing_local)} ({status.zone})"
    elif status.state is HoursState.CLOSED:
        state = "closed"
        if status.next_opening_local:
            state += f", opens {_when(status.next_opening_local)} ({status.zone})"
            if status.next_opening_person and (
                    status.next_opening_person.utcoffset() != status.next_opening_local.utcoffset()):
                state += f" = {status.next_opening_person:%H:%M} your time"
    elif status.state is HoursState.UNKNOWN:
        state = "hours unknown (add them with 'casekeeper-cli rules set')"
    else:
        state = "no opening hours (write or use it at any time)"
    checked = (f" · last verified {status.last_verified.isoformat()}"
               if status.last_verified else "")
    note = f" ({status.hours_note})" if status.hours_note else ""
    return (f"  {head}{state}\n      hours: {status.hours_text}{note} · source: {status.source} "
            f"({level_words(status.level.value)}){checked}")


def hours(ctx: Context) -> int:
    """Every channel of a country: open now, next opening and closing, hours, source."""
    from casekeeper.knowledge.hours import HoursState

    country = _default_country(ctx)
    at, _zone = instant(ctx.args.at, ctx.workspace.clock)
    effective = ctx.workspace.rules.effective_pack(country)
    statuses = ctx.workspace.rules.channel_statuses(country, at, language_of(ctx.args.lang))
    pack = effective.pack
    lines = [f"Klarna in {pack.name} ({pack.entity}) at {_when(at.astimezone(pack.tz))} "
             f"{pack.zone}"]
    data: list[dict[str, Any]] = []
    for status in statuses:
        entry = pack.channels[status.channel_id]
        contact = entry.number or entry.url or (entry.address or "").replace("\n", ", ")
        lines.append(_status_line(status, contact))
        data.append({
            "channel": status.channel_id, "kind": entry.kind.value, "label": status.label,
            "state": status.state.value,
            "open": {HoursState.OPEN: True, HoursState.CLOSED: False}.get(status.state),
            "next_opening": _iso(status.next_opening_local),
            "next_closing": _iso(status.next_closing_local),
            "next_opening_your_time": _iso(status.next_opening_person),
            "zone": status.zone, "hours": status.hours_text, "number": entry.number,
            "address": entry.address, "url": entry.url, "notes": list(entry.notes),
            "hours_note": status.hours_note or None, "source": status.source,
            "level": status.level.value, "level_words": level_words(status.level.value),
            "last_verified": status.last_verified.isoformat() if status.last_verified else None,
            "verified": status.verified,
            "overridden": effective.is_overridden(f"channels.{status.channel_id}"),
        })
    ctx.out.emit("\n".join(lines), {"country": pack.country, "zone": pack.zone,
                                    "at": at.astimezone(pack.tz).isoformat(), "channels": data})
    return 0


def rules_show(ctx: Context) -> int:
    """The person's overrides for a country, and any that no longer apply."""
    views = ctx.workspace.rules.overrides(_default_country(ctx))
    lines = []
    for view in views:
        note = ""
        if view.problem:
            note = f"  ! not applied: {view.problem}"
        elif view.shipped_changed:
            note = (f"  ! the shipped value changed since you set yours: was "
                    f"{view.shipped_value_then!r}, now {view.shipped_value_now!r}")
        lines.append(f"  {view.key} = {view.value!r} (shipped: {view.shipped_value_now!r}){note}")
    text = "\n".join(lines) if lines else "No overrides: every value is the shipped one."
    ctx.out.emit(text, [{"country": v.country, "key": v.key, "value": v.value,
                         "shipped_value": v.shipped_value_now,
                         "shipped_value_when_set": v.shipped_value_then,
                         "shipped_changed": v.shipped_changed, "applied": v.applied,
                         "problem": v.problem} for v in views])
    return 0


def rules_set(ctx: Context) -> int:
    """Correct one entry for a country."""
    view = ctx.workspace.rules.set_override(_default_country(ctx), ctx.args.key, ctx.args.value)
    ctx.out.emit(f"{view.country} {view.key} is now {view.value!r} (shipped: "
                 f"{view.shipped_value_now!r}); undo with 'casekeeper-cli rules reset {view.key} "
                 f"--country {view.country}'.",
                 {"country": view.country, "key": view.key, "value": view.value})
    return 0


def rules_reset(ctx: Context) -> int:
    """Go back to the shipped value."""
    country = _default_country(ctx)
    removed = ctx.workspace.rules.reset_override(country, ctx.args.key)
    text = (f"{ctx.args.key} is back to the shipped value." if removed
            else f"{ctx.args.key} was not overridden; nothing changed.")
    ctx.out.emit(text, {"country": country.upper(), "key": ctx.args.key, "reset": removed})
    return 0


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="minutes")
