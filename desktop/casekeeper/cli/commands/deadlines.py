"""due | calendar | next."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from casekeeper.cli.arguments import case_id, language_of
from casekeeper.cli.context import Context
from casekeeper.domain.enums import DeadlineKind, DeadlineState, Party
from casekeeper.errors import InputError
from casekeeper.export.vocabulary import term
from casekeeper.i18n import Translator, translator
from casekeeper.i18n.formats import long_date, short_date
from casekeeper.i18n.markers import N_, Marked
from casekeeper.services.files import write_atomically

if TYPE_CHECKING:
    from casekeeper.domain.dto import DeadlineView
    from casekeeper.knowledge.advice import NextStep


def level_words(value: str, language: str) -> str:
    """A source level in words (the knowledge layer loads on first use: every command's parser
    imports this module, and ``case list`` must not pay for the rulepacks' schema)."""
    from casekeeper.knowledge.wording import level_words as words

    return words(value, language)


def _state_words(view: DeadlineView, tr: Translator) -> str:
    if view.state is DeadlineState.MISSED:
        return tr.ngettext("missed by {n} day", "missed by {n} days",
                           view.days_late).format(n=view.days_late)
    if view.state is DeadlineState.OVERDUE:
        return tr.ngettext("OVERDUE for {n} day", "OVERDUE for {n} days",
                           view.days_late).format(n=view.days_late)
    if view.state is DeadlineState.MET:
        return tr.gettext("met on {date}").format(
            date=short_date(view.met_on, tr.language) if view.met_on else "?"
        )
    return tr.pgettext("deadline-state", "pending")


def deadline_json(view: DeadlineView, language: str = "en") -> dict[str, Any]:
    """One deadline as JSON: what it is, its anchor (event and date) and its source level."""
    return {"key": view.key, "kind": view.kind.value,
            "stage": view.stage.value if view.stage else None, "label": view.label,
            "party": view.party.value, "clock": view.clock,
            "started_by": view.started_by, "started_on": view.started_on.isoformat(),
            "anchor": {"event": view.anchor.value, "date": view.started_on.isoformat(),
                       "words": view.started_by},
            "due": view.due.isoformat(), "state": view.state.value,
            "met_on": view.met_on.isoformat() if view.met_on else None,
            "days_late": view.days_late, "usually": view.usual or None,
            "extended_by_holding_reply": view.extended, "source": view.source,
            "level": view.level.value, "level_words": level_words(view.level.value, language),
            "verified": view.verified}


def _level_suffix(view: DeadlineView, language: str) -> str:
    return f" · {level_words(view.level.value, language)}"


def due(ctx: Context) -> int:
    """Every deadline of the open cases, soonest first."""
    language = language_of(ctx.args.lang)
    tr = translator(language)
    items = ctx.workspace.deadlines.due(include_settled=ctx.args.all, language=language)
    tracks = {item.case_id: ctx.workspace.deadlines.tracks_or_none(item.case_id, language)
              for item in items}
    lines = []
    for item in items:
        view = item.deadline
        if view.kind is DeadlineKind.NO_RULES:
            lines.append(
                "  "
                + tr.gettext("?  case {case} ({title}) · {label}").format(
                    case=item.case_id, title=item.case_title, label=view.label
                )
            )
            continue
        who = tr.gettext("you") if view.party is Party.CONSUMER else "Klarna"
        lines.append(
            "  "
            + tr.gettext(
                "{due}  case {case} ({title}) · {label} [{who}] · {state} · from {started_by}"
            ).format(
                due=short_date(view.due, language),
                case=item.case_id,
                title=item.case_title,
                label=view.label,
                who=who,
                state=_state_words(view, tr),
                started_by=view.started_by,
            )
            + _level_suffix(view, language)
        )
        if view.usual:
            lines.append(f"      {view.usual}")
    text = "\n".join(lines) if lines else tr.gettext(
        "Nothing is due: no open deadline in any open case.")
    ctx.out.emit(text, [{"case_id": i.case_id, "case": i.case_title,
                         "tracks": [track.id for track in tracks[i.case_id]],
                         **deadline_json(i.deadline, language)} for i in items])
    return 0


MAX_LEAD_DAYS = 366


def calendar(ctx: Context) -> int:
    """Write the open deadlines to an .ics file with alarms."""
    args = ctx.args
    target = Path(args.output)
    if target.suffix.lower() != ".ics":
        raise InputError("-o", args.output, Marked(N_("give a file name ending in .ics")))
    ident = case_id(args.case) if args.case else None
    leads = [int(days) for days in (args.lead or ["7", "3", "1"]) if str(days).isdigit()]
    if args.lead and len(leads) != len(args.lead):
        raise InputError("--lead", " ".join(args.lead), Marked(N_("give whole numbers of days, e.g. 3 1")))
    if any(days > MAX_LEAD_DAYS for days in leads):
        raise InputError(
            "--lead",
            " ".join(args.lead),
            Marked(
                N_("reminders can come at most {max_lead_days} days before a deadline"),
                max_lead_days=MAX_LEAD_DAYS,
            ),
        )
    language = language_of(args.lang)
    content = ctx.workspace.deadlines.calendar(ident, leads, language)
    write_atomically(target, content)
    events = content.count(b"BEGIN:VEVENT")
    said = translator(language).ngettext("Wrote {n} deadline to {file}.",
                                         "Wrote {n} deadlines to {file}.", events)
    ctx.out.emit(said.format(n=events, file=target), {"file": str(target), "events": events})
    return 0


def next_step(ctx: Context) -> int:
    """The suggested next ladder step for a case, with its reason, tracks and open limits."""
    language = language_of(ctx.args.lang)
    step = ctx.workspace.deadlines.next_step(case_id(ctx.args.id), language)
    if step is None:
        ctx.out.emit(translator(language).gettext(
            "No next step: the case is resolved or at the top of the ladder."), None)
        return 0
    ctx.out.emit("\n".join(_next_lines(step, language)), next_json(step, language))
    return 0


def _next_lines(step: NextStep, language: str) -> list[str]:
    from casekeeper.knowledge.ladder import limit_text

    tr = translator(language)

    def level(value: str) -> str:
        return level_words(value, language)

    lines = []
    for track in step.tracks:
        lines.append(tr.gettext("Track: {label} ({level})").format(
            label=track.label, level=level(track.level.value)))
        lines.extend("  " + tr.gettext("Do now: {item}").format(item=item)
                     for item in track.first_steps)
        lines.extend("  " + tr.gettext("Keep: {item}").format(item=item) for item in track.keep)
        if track.clock is not None:
            lines.append("  " + tr.gettext("Clock: {text}").format(
                text=limit_text(track.clock, language)))
        if track.note:
            lines.append("  " + tr.gettext("Note: {note}").format(note=track.note))
    lines += [tr.gettext("Next step: {stage} ({handler})").format(
                  stage=tr.marked(term(step.stage)), handler=step.handler),
              "  " + tr.gettext("Why: {reason}").format(reason=step.reason),
              "  " + tr.gettext("How: {how}").format(how=step.how)]
    if step.blocked_note:
        lines.append("  " + tr.gettext("First: {note}").format(note=step.blocked_note))
    lines.extend("  " + tr.gettext("Check: {warning}").format(warning=warning)
                 for warning in step.warnings)
    if step.contact:
        lines.append("  " + tr.gettext("Contact: {contact}").format(contact=step.contact))
    if step.must_contain:
        lines.append("  " + tr.gettext("It must contain:"))
        lines.extend(f"    - {item}" for item in step.must_contain)
    lines.append("  " + tr.gettext("Their clock: {clock}").format(clock=step.clock))
    if step.usual:
        lines.append(f"  {step.usual}")
    lines.extend("  " + tr.gettext("Your time limit ({level}): {limit}").format(
                     level=level(view.level.value), limit=limit)
                 for limit, view in zip(step.time_limits, step.limits, strict=True))
    if step.wait_until:
        lines.append(
            "  "
            + tr.gettext("Wait until {date} before taking it.").format(
                date=long_date(step.wait_until, language)
            )
        )
    lines.append("  " + tr.gettext("Source: {source} ({level})").format(
        source=step.source, level=level(step.level.value)))
    return lines


def next_json(step: NextStep, language: str) -> dict[str, Any]:
    """The next step as JSON: the step, the reason as facts and words, tracks and limits."""
    facts = step.facts
    return {
        "stage": step.stage.value, "handler": step.handler, "reason": step.reason,
        "reason_facts": {
            "kind": facts.kind.value, "stage": facts.stage.value,
            "deadline": deadline_json(facts.deadline, language) if facts.deadline else None,
            "contacts": facts.contacts, "promises_not_kept": facts.promises_not_kept,
            "blocked_by": facts.blocked.value if facts.blocked else None,
            "blocked_stage": facts.blocked_stage.value if facts.blocked_stage else None},
        "how": step.how, "first": step.blocked_note or None, "contact": step.contact,
        "must_contain": list(step.must_contain), "clock": step.clock,
        "usually": step.usual or None, "warnings": list(step.warnings),
        "time_limits": list(step.time_limits),
        "limits": [deadline_json(view, language) for view in step.limits],
        "tracks": [{"id": track.id, "label": track.label, "handler": track.handler,
                    "how": track.how, "first_steps": list(track.first_steps),
                    "keep": list(track.keep), "note": track.note,
                    "clock": deadline_json(track.clock, language) if track.clock else None,
                    "source": track.source, "level": track.level.value,
                    "level_words": level_words(track.level.value, language)}
                   for track in step.tracks],
        "wait_until": step.wait_until.isoformat() if step.wait_until else None,
        "source": step.source, "level": step.level.value,
        "level_words": level_words(step.level.value, language), "verified": step.verified}
