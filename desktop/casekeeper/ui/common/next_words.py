"""Where a case stands, in one translated sentence: the next deadline or the next step."""

from __future__ import annotations

from datetime import date

from casekeeper.domain.dto import CaseDetail, DeadlineView
from casekeeper.domain.enums import DeadlineState, Party, Stage
from casekeeper.ui.common import labels
from casekeeper.ui.common.i18n import format_date, translate


def deadline_words(view: DeadlineView) -> str:
    """What the deadline is about, e.g. ``Klarna must answer your formal complaint``."""
    kind = view.key.split(":")[0]
    if kind.endswith("-answer"):
        try:
            stage = Stage(kind.removesuffix("-answer"))
        except ValueError:
            return view.label
        return translate("NextStep", "Klarna must answer your step “%1”").replace(
            "%1", labels.stage_name(stage)
        )
    if kind == "promise":
        return translate("NextStep", "Klarna must keep its promise")
    if kind.startswith("reply-"):
        return translate("NextStep", "Klarna should reply to your letter or message")
    return view.label


def days_left(due: date, today: date) -> str:
    """``3 days left``, ``due today``, ``2 days late``."""
    delta = (due - today).days
    if delta == 0:
        return translate("NextStep", "due today")
    if delta > 0:
        return (
            translate("NextStep", "1 day left")
            if delta == 1
            else translate("NextStep", "%1 days left").replace("%1", str(delta))
        )
    late = -delta
    return (
        translate("NextStep", "1 day late")
        if late == 1
        else translate("NextStep", "%1 days late").replace("%1", str(late))
    )


def next_words(case: CaseDetail, deadlines: list[DeadlineView], next_stage: Stage | None, today: date) -> str:
    """The header's "Next:" sentence."""
    if case.status.value != "open" or case.stage is Stage.RESOLVED:
        return translate("NextStep", "nothing: this case is closed.")
    current = sorted(
        (
            view
            for view in deadlines
            if view.key.startswith(f"{case.stage.value}-answer:") and view.state is DeadlineState.PENDING
        ),
        key=lambda view: view.due,
    )
    overdue = sorted(
        (view for view in deadlines if view.state is DeadlineState.OVERDUE and view.party is Party.KLARNA),
        key=lambda view: view.due,
    )
    pending = sorted(
        (view for view in deadlines if view.state is DeadlineState.PENDING), key=lambda view: view.due
    )
    if current or (pending and not overdue):
        view = (current or pending)[0]
        return (
            translate("NextStep", "%1 by %2 (%3).")
            .replace("%1", deadline_words(view))
            .replace("%2", short_due(view.due, today))
            .replace("%3", days_left(view.due, today))
        )
    if overdue and next_stage is not None:
        view = overdue[0]
        return (
            translate("NextStep", "overdue since %1: %2. Consider the next step, “%3”.")
            .replace("%1", format_date(view.due))
            .replace("%2", deadline_words(view))
            .replace("%3", labels.stage_name(next_stage))
        )
    if next_stage is not None:
        return translate("NextStep", "if the problem is not solved, the next step is “%1”.").replace(
            "%1", labels.stage_name(next_stage)
        )
    return translate("NextStep", "log each contact with Klarna as it happens.")


def reason_words(case: CaseDetail, deadlines: list[DeadlineView], today: date) -> str:
    """Why the next step is suggested, in the person's language."""
    current = [view for view in deadlines if view.key.startswith(f"{case.stage.value}-answer:")]
    if current:
        view = max(current, key=lambda item: item.started_on)
        stage = labels.stage_name(case.stage)
        if view.state is DeadlineState.OVERDUE:
            return (
                translate(
                    "NextStep", "Klarna did not answer your step “%1” within %2: the answer was due on %3."
                )
                .replace("%1", stage)
                .replace("%2", view.clock)
                .replace("%3", format_date(view.due))
            )
        if view.state is DeadlineState.PENDING:
            return (
                translate(
                    "NextStep",
                    "Klarna's answer to your step “%1” is due on %2. Wait for it; if it does not "
                    "solve the problem, this is the next step.",
                )
                .replace("%1", stage)
                .replace("%2", format_date(view.due))
            )
        if view.met_on is not None:
            return (
                translate("NextStep", "Klarna answered your step “%1” on %2 and the problem is not solved.")
                .replace("%1", stage)
                .replace("%2", format_date(view.met_on))
            )
    contacts = len(case.interactions)
    failed = sum(
        1
        for view in deadlines
        if view.key.startswith("promise:") and view.state in (DeadlineState.MISSED, DeadlineState.OVERDUE)
    )
    text = translate("NextStep", "The problem is not solved after %1 contact(s) with Klarna.").replace(
        "%1", str(contacts)
    )
    if failed:
        text += " " + translate("NextStep", "Promises not kept: %1.").replace("%1", str(failed))
    return text


def short_due(due: date, today: date) -> str:
    """``Mon 11 Jan``; the year is added when it is not this year's (``Thu 12 Jun 2025``)."""
    return format_date(due, "ddd d MMM" if due.year == today.year else "ddd d MMM yyyy")


def due_in_words(due: date, today: date) -> str:
    """``Mon 11 Jan (9 days left)``: the date and distance exactly as the header's "Next:" says them."""
    return f"{short_due(due, today)} ({days_left(due, today)})"
