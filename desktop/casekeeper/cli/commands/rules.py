"""hours | rules show | rules set | rules reset."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from casekeeper.cli.arguments import instant, language_of
from casekeeper.cli.context import Context
from casekeeper.i18n import translator
from casekeeper.i18n.formats import territory_name
from casekeeper.i18n.told import told_in
from casekeeper.knowledge.wording import level_words

if TYPE_CHECKING:  # the rulepack machinery loads only when one of these commands runs
    from casekeeper.knowledge.hours import ChannelStatus


def _default_country(ctx: Context) -> str:
    return str(ctx.args.country or "FR")


def _when(moment: datetime | None, language: str) -> str:
    """``Thursday 3 December 2026 at 09:00``, ``Donnerstag, 3. Dezember 2026 um 09:00``."""
    from babel.dates import format_date

    from casekeeper.i18n.formats import locale_for, long_date, short_time

    if moment is None:
        return ""
    return (
        translator(language)
        .gettext("{weekday} {date} at {time}")
        .format(
            weekday=format_date(moment.date(), "EEEE", locale=locale_for(language)),
            date=long_date(moment.date(), language),
            time=short_time(moment, language),
        )
    )


def _status_line(status: ChannelStatus, contact: str, language: str) -> str:
    from casekeeper.i18n.formats import short_date, short_time
    from casekeeper.knowledge.hours import HoursState

    tr = translator(language)
    head = f"{status.label}{f' ({contact})' if contact else ''}: "
    if status.state is HoursState.OPEN:
        state = tr.gettext("open now")
        if status.next_closing_local:
            state = tr.gettext("open now, closes {when} ({zone})").format(
                when=_when(status.next_closing_local, language), zone=status.zone
            )
    elif status.state is HoursState.CLOSED:
        state = tr.gettext("closed")
        if status.next_opening_local:
            state = tr.gettext("closed, opens {when} ({zone})").format(
                when=_when(status.next_opening_local, language), zone=status.zone
            )
            if status.next_opening_person and (
                status.next_opening_person.utcoffset() != status.next_opening_local.utcoffset()
            ):
                state += " " + tr.gettext("= {time} your time").format(
                    time=short_time(status.next_opening_person, language)
                )
    elif status.state is HoursState.UNKNOWN:
        state = tr.gettext("hours unknown (add them with 'casekeeper-cli rules set')")
    else:
        state = tr.gettext("no opening hours (write or use it at any time)")
    checked = (
        " · " + tr.gettext("last verified {date}").format(date=short_date(status.last_verified, language))
        if status.last_verified
        else ""
    )
    note = f" ({status.hours_note})" if status.hours_note else ""
    return f"  {head}{state}\n      " + tr.gettext(
        "hours: {hours}{note} · source: {source} ({level}){checked}"
    ).format(
        hours=status.hours_text,
        note=note,
        source=status.source,
        level=level_words(status.level.value, language),
        checked=checked,
    )


def hours(ctx: Context) -> int:
    """Every channel of a country: open now, next opening and closing, hours, source."""
    from casekeeper.knowledge.hours import HoursState

    country = _default_country(ctx)
    at, _zone = instant(ctx.args.at, ctx.workspace.clock)
    effective = ctx.workspace.rules.effective_pack(country)
    language = language_of(ctx.args.lang)
    statuses = ctx.workspace.rules.channel_statuses(country, at, language)
    pack = effective.pack
    lines = [
        translator(language)
        .gettext("Klarna in {country} ({entity}) on {when} {zone}")
        .format(
            country=territory_name(pack.country, language) or pack.name,
            entity=pack.entity,
            when=_when(at.astimezone(pack.tz), language),
            zone=pack.zone,
        )
    ]
    data: list[dict[str, Any]] = []
    for status in statuses:
        entry = pack.channels[status.channel_id]
        number = entry.number if entry.number != "unknown" else ""  # "unknown" is not a number to show
        contact = number or entry.url or (entry.address or "").replace("\n", ", ")
        lines.append(_status_line(status, contact, language))
        data.append(
            {
                "channel": status.channel_id,
                "kind": entry.kind.value,
                "label": status.label,
                "state": status.state.value,
                "open": {HoursState.OPEN: True, HoursState.CLOSED: False}.get(status.state),
                "next_opening": _iso(status.next_opening_local),
                "next_closing": _iso(status.next_closing_local),
                "next_opening_your_time": _iso(status.next_opening_person),
                "zone": status.zone,
                "hours": status.hours_text,
                "number": entry.number,
                "address": entry.address,
                "url": entry.url,
                "notes": list(entry.notes),
                "hours_note": status.hours_note or None,
                "source": status.source,
                "level": status.level.value,
                "level_words": level_words(status.level.value),
                "last_verified": status.last_verified.isoformat() if status.last_verified else None,
                "verified": status.verified,
                "overridden": effective.is_overridden(f"channels.{status.channel_id}"),
            }
        )
    ctx.out.emit(
        "\n".join(lines),
        {
            "country": pack.country,
            "zone": pack.zone,
            "at": at.astimezone(pack.tz).isoformat(),
            "channels": data,
        },
    )
    return 0


def rules_show(ctx: Context) -> int:
    """The person's overrides for a country, and any that no longer apply."""
    views = ctx.workspace.rules.overrides(_default_country(ctx))
    tr = ctx.out.tr
    lines = []
    for view in views:
        note = ""
        if view.problem:
            note = "  ! " + tr.gettext("not applied: {problem}").format(
                problem=told_in(view.problem, ctx.out.language)
            )
        elif view.shipped_changed:
            note = "  ! " + tr.gettext(
                "the shipped value changed since you set yours: was {then}, now {now}"
            ).format(then=repr(view.shipped_value_then), now=repr(view.shipped_value_now))
        lines.append(
            f"  {view.key} = {view.value!r} ("
            + tr.gettext("shipped: {value}").format(value=repr(view.shipped_value_now))
            + f"){note}"
        )
    text = "\n".join(lines) if lines else tr.gettext("No overrides: every value is the shipped one.")
    ctx.out.emit(
        text,
        [
            {
                "country": v.country,
                "key": v.key,
                "value": v.value,
                "shipped_value": v.shipped_value_now,
                "shipped_value_when_set": v.shipped_value_then,
                "shipped_changed": v.shipped_changed,
                "applied": v.applied,
                "problem": v.problem,
            }
            for v in views
        ],
    )
    return 0


def rules_set(ctx: Context) -> int:
    """Correct one entry for a country."""
    view = ctx.workspace.rules.set_override(_default_country(ctx), ctx.args.key, ctx.args.value)
    ctx.out.emit(
        ctx.out.tr.gettext(
            "{country} {key} is now {value} (shipped: {shipped}); undo with 'casekeeper-cli rules "
            "reset {key} --country {country}'."
        ).format(
            country=view.country, key=view.key, value=repr(view.value), shipped=repr(view.shipped_value_now)
        ),
        {"country": view.country, "key": view.key, "value": view.value},
    )
    return 0


def rules_reset(ctx: Context) -> int:
    """Go back to the shipped value."""
    country = _default_country(ctx)
    removed = ctx.workspace.rules.reset_override(country, ctx.args.key)
    text = (
        ctx.out.tr.gettext("{key} is back to the shipped value.")
        if removed
        else ctx.out.tr.gettext("{key} was not overridden; nothing changed.")
    ).format(key=ctx.args.key)
    ctx.out.emit(text, {"country": country.upper(), "key": ctx.args.key, "reset": removed})
    return 0


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="minutes")
