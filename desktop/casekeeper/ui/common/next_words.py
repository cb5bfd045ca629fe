"""Where a case stands, in one translated sentence: the knowledge layer decides, this words it."""

from __future__ import annotations

from datetime import date

from casekeeper.domain.dto import DeadlineView
from casekeeper.domain.enums import DeadlineKind
from casekeeper.knowledge.advice import Focus, FocusKind, NextStep, Reason, ReasonKind
from casekeeper.ui.common import labels
from casekeeper.ui.common.i18n import format_date, translate


def deadline_words(view: DeadlineView) -> str:
    """What the deadline is about, e.g. ``Klarna must answer your formal complaint``."""
    if view.kind is DeadlineKind.STEP_ANSWER and view.stage is not None:
        return translate("NextStep", "Klarna must answer your step “%1”").replace(
            "%1", labels.stage_name(view.stage)
        )
    if view.kind is DeadlineKind.PROMISE:
        return translate("NextStep", "Klarna must keep its promise")
    if view.kind is DeadlineKind.NO_RULES:
        return translate("NextStep", "No rules known for this country (%1): no deadline can be "
                         "worked out. Choose a supported country in the case's details.").replace(
            "%1", view.key.partition(":")[2])
    if view.kind is DeadlineKind.CHANNEL_REPLY:
        return translate("NextStep", "Klarna should reply to your letter or message")
    return view.label


def days_left(due: date, today: date) -> str:
    """``3 days left``, ``due today``, ``2 days late``."""
    delta = (due - today).days
    if delta == 0:
        return translate("NextStep", "due today")
    if delta > 0:
        return translate("NextStep", "%n days left", None, delta)
    late = -delta
    return translate("NextStep", "%n days late", None, late)


def next_words(focus: Focus, today: date) -> str:
    """The header's "Next:" sentence, wording the focus the knowledge layer chose."""
    view = focus.deadline
    if focus.kind is FocusKind.CLOSED:
        return translate("NextStep", "nothing: this case is closed.")
    if focus.kind is FocusKind.START:
        start = translate("NextStep", "start by contacting Klarna, and log the contact.")
        if focus.track:
            start += " " + translate(
                "NextStep", "For this problem (“%1”), the first steps are under Escalate."
            ).replace("%1", focus.track)
        return start
    if focus.kind is FocusKind.DEADLINE and view is not None:
        return (
            translate("NextStep", "%1 by %2 (%3).")
            .replace("%1", deadline_words(view))
            .replace("%2", short_due(view.due, today))
            .replace("%3", days_left(view.due, today))
        )
    if focus.kind is FocusKind.OVERDUE and view is not None and focus.next_stage is not None:
        return (
            translate("NextStep", "overdue since %1: %2. Consider the next step, “%3”.")
            .replace("%1", format_date(view.due))
            .replace("%2", deadline_words(view))
            .replace("%3", labels.stage_name(focus.next_stage))
        )
    if focus.next_stage is not None:
        return translate("NextStep", "if the problem is not solved, the next step is “%1”.").replace(
            "%1", labels.stage_name(focus.next_stage)
        )
    return translate("NextStep", "log each contact with Klarna as it happens.")


def _facts_words(facts: Reason) -> str:
    stage = labels.stage_name(facts.stage)
    view = facts.deadline
    if facts.kind is ReasonKind.NEW_CASE:
        return translate(
            "NextStep", "Nothing is recorded yet: start by contacting Klarna, and log the contact."
        )
    if facts.kind is ReasonKind.ANSWER_OVERDUE and view is not None:
        return (
            translate("NextStep", "Klarna did not answer your step “%1” within %2: the answer was due on %3.")
            .replace("%1", stage)
            .replace("%2", view.clock)
            .replace("%3", format_date(view.due))
        )
    if facts.kind is ReasonKind.ANSWER_PENDING and view is not None:
        return (
            translate(
                "NextStep",
                "Klarna's answer to your step “%1” is due on %2. Wait for it; if it does not "
                "solve the problem, this is the next step.",
            )
            .replace("%1", stage)
            .replace("%2", format_date(view.due))
        )
    if facts.kind is ReasonKind.ANSWERED and view is not None and view.met_on is not None:
        return (
            translate("NextStep", "Klarna answered your step “%1” on %2 and the problem is not solved.")
            .replace("%1", stage)
            .replace("%2", format_date(view.met_on))
        )
    if not facts.contacts:
        return translate("NextStep", "The problem is not resolved.")
    contacts = facts.contacts
    text = translate("NextStep", "The problem is not solved after %n contacts with Klarna.", None, contacts)
    if facts.promises_not_kept:
        count = str(facts.promises_not_kept)
        text += " " + translate("NextStep", "Promises not kept: %1.").replace("%1", count)
    return text


def reason_words(step: NextStep | None) -> str:
    """Why the next step is suggested, in the person's language, with the case's track: one
    fact per line."""
    if step is None:
        return ""
    parts = [_facts_words(step.facts)]
    facts = step.facts
    if facts.blocked_stage is not None:
        blocked = (
            translate("NextStep", "The step “%1” needs Klarna's final response first: ask for it in writing.")
            if facts.blocked
            else translate(
                "NextStep",
                "The step “%1” needs Klarna's final response, which has not come: "
                "this step is open to you instead.",
            )
        )
        parts.append(blocked.replace("%1", labels.stage_name(facts.blocked_stage)))
    for track in step.tracks:
        parts.append(translate("NextStep", "Track for this problem: %1.").replace("%1", track.label))
        if track.first_steps:
            parts.append(translate("NextStep", "Do now: %1").replace("%1", " ".join(track.first_steps)))
    parts.extend(step.warnings)
    if step.usual:
        parts.append(step.usual + ".")
    parts.append(translate("NextStep", "Source: %1.").replace("%1", labels.level_name(step.level)))
    return "\n".join(parts)


def short_due(due: date, today: date) -> str:
    """``Mon 11 Jan``; the year is added when it is not this year's (``Thu 12 Jun 2025``)."""
    return format_date(due, "ddd d MMM" if due.year == today.year else "ddd d MMM yyyy")


def due_in_words(due: date, today: date) -> str:
    """``Mon 11 Jan (9 days left)``: the date and distance exactly as the header's "Next:" says them."""
    return f"{short_due(due, today)} ({days_left(due, today)})"
