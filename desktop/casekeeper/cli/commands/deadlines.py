"""due | calendar | next."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from casekeeper.cli.arguments import case_id, language_of
from casekeeper.cli.context import Context
from casekeeper.domain.dto import DeadlineView
from casekeeper.domain.enums import DeadlineState, Party
from casekeeper.errors import InputError
from casekeeper.services.files import write_atomically


def _state_words(view: DeadlineView) -> str:
    if view.state is DeadlineState.MISSED:
        return f"missed by {view.days_late} day(s)"
    if view.state is DeadlineState.OVERDUE:
        return f"OVERDUE for {view.days_late} day(s)"
    if view.state is DeadlineState.MET:
        return f"met on {view.met_on.isoformat() if view.met_on else '?'}"
    return "pending"


def deadline_json(view: DeadlineView) -> dict[str, Any]:
    """One deadline as JSON."""
    return {"key": view.key, "label": view.label, "party": view.party.value, "clock": view.clock,
            "started_by": view.started_by, "started_on": view.started_on.isoformat(),
            "due": view.due.isoformat(), "state": view.state.value,
            "met_on": view.met_on.isoformat() if view.met_on else None,
            "days_late": view.days_late, "source": view.source, "verified": view.verified}


def due(ctx: Context) -> int:
    """Every deadline of the open cases, soonest first."""
    items = ctx.workspace.deadlines.due(include_settled=ctx.args.all,
                                        language=language_of(ctx.args.lang))
    lines = []
    for item in items:
        view = item.deadline
        who = "you" if view.party is Party.CONSUMER else "Klarna"
        lines.append(f"  {view.due.isoformat()}  case {item.case_id} ({item.case_title}) · "
                     f"{view.label} [{who}] · {_state_words(view)}"
                     + ("" if view.verified else " · unverified rule"))
    text = "\n".join(lines) if lines else "Nothing is due: no open deadline in any open case."
    ctx.out.emit(text, [{"case_id": i.case_id, "case": i.case_title, **deadline_json(i.deadline)}
                        for i in items])
    return 0


MAX_LEAD_DAYS = 366


def calendar(ctx: Context) -> int:
    """Write the open deadlines to an .ics file with alarms."""
    args = ctx.args
    target = Path(args.output)
    if target.suffix.lower() != ".ics":
        raise InputError("-o", args.output, "give a file name ending in .ics")
    ident = case_id(args.case) if args.case else None
    leads = [int(days) for days in (args.lead or ["7", "3", "1"]) if str(days).isdigit()]
    if args.lead and len(leads) != len(args.lead):
        raise InputError("--lead", " ".join(args.lead), "give whole numbers of days, e.g. 3 1")
    if any(days > MAX_LEAD_DAYS for days in leads):
        raise InputError("--lead", " ".join(args.lead),
                         f"reminders can come at most {MAX_LEAD_DAYS} days before a deadline")
    content = ctx.workspace.deadlines.calendar(ident, leads, language_of(args.lang))
    write_atomically(target, content)
    events = content.count(b"BEGIN:VEVENT")
    ctx.out.emit(f"Wrote {events} deadline(s) to {target}.", {"file": str(target), "events": events})
    return 0


def next_step(ctx: Context) -> int:
    """The suggested next ladder step for a case, with its reason."""
    step = ctx.workspace.deadlines.next_step(case_id(ctx.args.id), language_of(ctx.args.lang))
    if step is None:
        ctx.out.emit("No next step: the case is resolved or at the top of the ladder.", None)
        return 0
    lines = [f"Next step: {step.stage.value} ({step.handler})", f"  Why: {step.reason}",
             f"  How: {step.how}"]
    if step.contact:
        lines.append(f"  Contact: {step.contact}")
    if step.must_contain:
        lines.append("  It must contain:")
        lines.extend(f"    - {item}" for item in step.must_contain)
    lines.append(f"  Their clock: {step.clock}")
    lines.extend(f"  Your time limit: {limit}" for limit in step.time_limits)
    if step.wait_until:
        lines.append(f"  Wait until {step.wait_until.isoformat()} before taking it.")
    lines.append(f"  Source: {step.source}" + ("" if step.verified else " (unverified)"))
    ctx.out.emit("\n".join(lines), {
        "stage": step.stage.value, "handler": step.handler, "reason": step.reason,
        "how": step.how, "contact": step.contact, "must_contain": list(step.must_contain),
        "clock": step.clock, "time_limits": list(step.time_limits),
        "wait_until": step.wait_until.isoformat() if step.wait_until else None,
        "source": step.source, "verified": step.verified})
    return 0
