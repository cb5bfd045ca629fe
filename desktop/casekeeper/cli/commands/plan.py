"""plan show | set | paid | charged | refunded | pause: the purchase's payment plan."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from casekeeper.cli.arguments import case_id, language_of, optional_date, typed_amount
from casekeeper.cli.context import Context
from casekeeper.domain.enums import InstalmentState
from casekeeper.domain.plan import InstalmentView, PlanView
from casekeeper.domain.values import parse_date
from casekeeper.errors import InputError, KnownError
from casekeeper.i18n import N_, NP_, translator
from casekeeper.i18n.formats import money, short_date
from casekeeper.i18n.markers import InContext, Marked
from casekeeper.services.plan_schedule import quick_schedule


def show(ctx: Context) -> int:
    """Print the plan, its pause and its flags."""
    ident = case_id(ctx.args.id)
    language = language_of(ctx.args.lang)
    view = ctx.workspace.plans.view(ident, language)
    if view is None:
        raise KnownError(Marked(N_("Case {case} has no payment plan yet; give one with "
                                   "'casekeeper-cli plan set {case} --total AMOUNT --count N "
                                   "--first DATE'."), case=ident))
    ctx.out.emit(_text(view, language), _data(view))
    return 0


def set_plan(ctx: Context) -> int:
    """Write the schedule (total, count, first date, rhythm) and/or the pause dates."""
    args = ctx.args
    ident = case_id(args.id)
    scheduling = [args.total, args.count, args.first]
    if any(value is not None for value in scheduling):
        if any(value is None for value in scheduling):
            raise InputError("--total/--count/--first", "", Marked(N_("give all three to make a schedule")))
        try:
            count = int(args.count)
        except ValueError as exc:
            raise InputError("--count", args.count, Marked(N_("give a whole number of instalments"))) from exc
        schedule = quick_schedule(typed_amount(args.total, "--total"), count,
                                  parse_date(args.first, "--first"), args.every or "1m")
        ctx.workspace.plans.set_schedule(ident, schedule)
    if args.paused_on is not None or args.extended_until is not None or args.clear_pause:
        current = ctx.workspace.plans.view(ident)
        started = None if args.clear_pause else (
            optional_date(args.paused_on, "--paused-on")
            or (current.pause_started_on if current else None))
        extended = None if args.clear_pause else (
            optional_date(args.extended_until, "--extended-until")
            or (current.pause_extended_until if current else None))
        ctx.workspace.plans.set_pause(ident, started, extended)
    language = language_of(args.lang)
    view = ctx.workspace.plans.view(ident, language)
    if view is None:
        raise InputError("plan set", "", Marked(N_("give --total, --count and --first, or the pause dates")))
    ctx.out.emit(_text(view, language), _data(view))
    return 0


def mark(ctx: Context) -> int:
    """paid | charged | refunded | due: record what happened to one instalment."""
    args = ctx.args
    ident = case_id(args.id)
    try:
        number = int(args.number)
    except ValueError as exc:
        raise InputError("instalment", args.number,
                         Marked(N_("give its number as shown by 'plan show'"))) from exc
    state = InstalmentState(args.state)
    item = ctx.workspace.plans.mark(ident, number, state, optional_date(args.on, "--on"))
    tr, language = ctx.out.tr, ctx.out.language
    text = tr.gettext("Instalment {number}: {state}").format(
        number=number, state=tr.marked(_WORDS.get(item.state.value, item.state.value))) + (
        " " + tr.gettext("on {date}").format(date=short_date(item.settled_on, language))
        if item.settled_on else "")
    if item.charged_in_dispute:
        text += "\n" + tr.gettext("warning: {warning}").format(warning=tr.gettext(
            "this charge was taken while your dispute is open, when payments should be paused; "
            "keep the bank statement and tell Klarna."))
    ctx.out.emit(text, _item(item))
    return 0


_WORDS: dict[str, str | InContext] = {
    "plan": N_("Payment plan of case {case}: {total}, left to pay {left}"),
    "paused": NP_("instalment state", "paused"),
    "in_dispute": N_("CHARGED DURING THE DISPUTE"), "on": N_("on {date}"),
    "pause": N_("Payments paused on {start} ({clock}) until {end}: {label}."),
    "extended": NP_("pause", "extended"), "source": N_("source: {source}"),
    "unverified": N_(" (not verified)"),
    "due": NP_("instalment state", "due"), "paid": NP_("instalment state", "paid"),
    "charged": NP_("instalment state", "charged"),
    "refunded": NP_("instalment state", "refunded"),
}


def _money(amount: Decimal, currency: str | None, language: str) -> str:
    return money(amount, currency, language)


def _text(view: PlanView, language: str) -> str:
    tr = translator(language)
    words = {key: tr.marked(text) for key, text in _WORDS.items()}
    lines = [words["plan"].format(case=view.case_id, total=_money(view.total, view.currency, language),
                                  left=_money(view.left_to_pay(), view.currency, language))]
    for item in view.instalments:
        flags = [*([words["paused"]] if item.paused and item.state is InstalmentState.DUE else []),
                 *([words["in_dispute"]] if item.charged_in_dispute else [])]
        settled = (" " + words["on"].format(date=short_date(item.settled_on, language))
                   if item.settled_on else "")
        state = words.get(item.state.value, item.state.value)
        lines.append(f"  {item.number}. {short_date(item.due_date, language)}  "
                     f"{_money(item.amount, view.currency, language)}  {state}{settled}"
                     f"{'  (' + ', '.join(flags) + ')' if flags else ''}")
    if view.pause is not None:
        pause = view.pause
        lines.append(words["pause"].format(
            start=short_date(pause.started_on, language), end=short_date(pause.ends_on, language),
            clock=words["extended"] if pause.extended else pause.clock, label=pause.label))
        if pause.extend_note:
            lines.append(f"  {pause.extend_note}")
        lines.append("  " + words["source"].format(source=pause.source)
                     + ("" if pause.verified else words["unverified"]))
    return "\n".join(lines)


def _item(item: InstalmentView) -> dict[str, Any]:
    return {"number": item.number, "due": item.due_date.isoformat(), "amount": f"{item.amount:.2f}",
            "state": item.state.value,
            "settled_on": item.settled_on.isoformat() if item.settled_on else None,
            "paused": item.paused, "charged_in_dispute": item.charged_in_dispute, "note": item.note}


def _data(view: PlanView) -> dict[str, Any]:
    pause = view.pause
    return {
        "case": view.case_id, "currency": view.currency, "total": f"{view.total:.2f}",
        "left_to_pay": f"{view.left_to_pay():.2f}",
        "instalments": [_item(item) for item in view.instalments],
        "pause": None if pause is None else {
            "started_on": pause.started_on.isoformat(), "ends_on": pause.ends_on.isoformat(),
            "extended": pause.extended, "clock": pause.clock, "label": pause.label,
            "paused_amount": f"{pause.paused_amount:.2f}" if pause.paused_amount else None,
            "source": pause.source, "verified": pause.verified},
    }
