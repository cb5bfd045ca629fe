"""The dispute's payment pause: its end by the rulepack's clock, the paused instalments, the flags."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from casekeeper.domain.dto import CaseDetail, DeadlineView
from casekeeper.domain.enums import InstalmentState, Party
from casekeeper.domain.plan import InstalmentView, PauseView
from casekeeper.i18n import N_, NP_, formats, translator
from casekeeper.knowledge import events
from casekeeper.knowledge.clocks import add_clock
from casekeeper.knowledge.contact_deadlines import judge
from casekeeper.knowledge.schema import PauseEntry, RulePack
from casekeeper.knowledge.translation import localized, source_of
from casekeeper.knowledge.wording import code_of, date_words

_RESUMES_OF = N_("Your paused payment of {amount} resumes unless the pause is extended")
_RESUMES = N_("Your paused payment resumes unless the pause is extended")
_PAUSED_ON = N_("payments paused on {date}")
_EXTENDED = NP_("clock", "extended")


def pause_start(case: CaseDetail, pack: RulePack, started_on: date | None) -> date | None:
    """The day payments were paused: as recorded, else the day the problem was first reported."""
    return started_on or events.problem_reported_day(case, pack.tz)


def dispute_open(case: CaseDetail, start: date | None, on: date) -> bool:
    """Whether the dispute was open on ``on``: started, case not closed before, not resolved."""
    if start is None or on < start:
        return False
    if case.closed_at is not None and on > case.closed_at.date():
        return False
    return not (events.is_resolved(case) and case.closed_at is None)


def with_flags(case: CaseDetail, items: list[InstalmentView], start: date | None,
               ends_on: date | None) -> list[InstalmentView]:
    """The instalments with ``paused`` and ``charged_in_dispute`` set.

    An unpaid instalment due before the pause ends is held back by it (one due before the problem
    was reported too: Klarna pauses the whole purchase).
    """
    from dataclasses import replace

    flagged = []
    for item in items:
        paused = (item.state in (InstalmentState.DUE, InstalmentState.PAUSED)
                  and start is not None and ends_on is not None and item.due_date <= ends_on
                  and dispute_open(case, start, start))
        charged = (item.state is InstalmentState.CHARGED and item.settled_on is not None
                   and dispute_open(case, start, item.settled_on))
        flagged.append(replace(item, paused=paused or item.state is InstalmentState.PAUSED,
                               charged_in_dispute=charged))
    return flagged


def pause_view(case: CaseDetail, pack: RulePack, entry: PauseEntry, items: list[InstalmentView],
               started_on: date | None, extended_until: date | None,
               language: str = "en") -> PauseView | None:
    """The pause of ``case``, or None without a start, a known clock or an open dispute."""
    start = pause_start(case, pack, started_on)
    if start is None or not entry.clock.known or case.status.value != "open":
        return None
    ends_on = extended_until or add_clock(start, entry.clock, pack.holidays)
    unpaid = [item for item in items if item.state in (InstalmentState.DUE, InstalmentState.PAUSED)]
    held = [item for item in unpaid if item.due_date <= ends_on]  # what the pause holds back
    return PauseView(
        started_on=start, ends_on=ends_on, extended=extended_until is not None,
        clock=entry.clock.describe(language), label=localized(entry, "label", language),
        extend_note=localized(entry, "extend_note", language), source=source_of(entry, language),
        verified=entry.verified,
        paused_amount=sum((item.amount for item in held), Decimal("0")) if held else None)


def pause_deadline(case: CaseDetail, pause: PauseView, currency: str | None, today: date,
                   language: str = "en") -> DeadlineView:
    """The day the paused payment resumes, as a deadline of the person's (for Due and reminders)."""
    state, late = judge(pause.ends_on, None, today)
    amount = money_words(pause.paused_amount, currency, language)
    # Reminders add "by <date>": "... resumes unless the pause is extended by Fri 11 Dec".
    say = translator(code_of(language))
    label = (say.gettext(_RESUMES_OF).format(amount=amount) if amount
             else say.gettext(_RESUMES))
    started = say.gettext(_PAUSED_ON).format(date=date_words(pause.started_on, language))
    return DeadlineView(
        key=f"payment-pause:{case.id}", case_id=case.id, label=label, party=Party.CONSUMER,
        clock=pause.clock if not pause.extended else say.marked(_EXTENDED),
        started_by=started, started_on=pause.started_on, due=pause.ends_on, state=state,
        met_on=None, days_late=late, source=pause.source, verified=pause.verified)


def money_words(amount: Decimal | None, currency: str | None, language: str) -> str:
    """``24.84 EUR`` or ``24,84 EUR``; empty without an amount."""
    if amount is None:
        return ""
    text = formats.number(amount, code_of(language), "0.00")
    return f"{text} {currency or ''}".strip()
