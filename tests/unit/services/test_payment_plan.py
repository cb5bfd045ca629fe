"""The payment plan: quick schedules, the dispute pause and its deadline, charges in the dispute.

Every date below is computed by hand: 21 calendar days after 2026-10-20 is 2026-11-10
(11 days to the end of October, 10 into November).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from casekeeper.domain.dto import CaseInput, InteractionInput
from casekeeper.domain.enums import Channel, DeadlineState, InstalmentState, Party, ProblemCategory
from casekeeper.domain.plan import InstalmentInput
from casekeeper.errors import InputError, KnownError
from casekeeper.services.plan_schedule import quick_schedule
from casekeeper.services.workspace import Workspace


@pytest.fixture
def case_id(workspace: Workspace) -> int:
    ident = workspace.cases.create(CaseInput(
        title="Manteau", country="FR", problem=ProblemCategory.GOODS_NOT_RECEIVED,
        amount=Decimal("74.50"), currency="EUR"))
    workspace.journal.log(ident, InteractionInput(
        occurred_at=datetime(2026, 10, 20, 8, 0, tzinfo=UTC), zone="Europe/Paris",
        channel=Channel.APP, summary="Reported a problem in the app"))
    return ident


def test_a_quick_schedule_splits_the_total_and_follows_the_months() -> None:
    schedule = quick_schedule(Decimal("74.50"), 3, date(2026, 10, 31))
    assert [(item.due_date, item.amount) for item in schedule] == [
        (date(2026, 10, 31), Decimal("24.84")), (date(2026, 11, 30), Decimal("24.83")),
        (date(2026, 12, 31), Decimal("24.83"))]
    fortnightly = quick_schedule(Decimal("100"), 4, date(2026, 10, 1), "2w")
    assert [item.due_date for item in fortnightly] == [
        date(2026, 10, 1), date(2026, 10, 15), date(2026, 10, 29), date(2026, 11, 12)]
    assert sum(item.amount for item in fortnightly) == Decimal("100")


@pytest.mark.parametrize(("count", "every"), [(0, "1m"), (61, "1m"), (3, "monthly"), (3, "0d")])
def test_a_schedule_out_of_bounds_is_refused(count: int, every: str) -> None:
    with pytest.raises(InputError):
        quick_schedule(Decimal("10"), count, date(2026, 10, 1), every)


def test_the_pause_runs_21_days_from_the_reported_problem(workspace: Workspace,
                                                          case_id: int) -> None:
    workspace.plans.set_schedule(case_id, quick_schedule(Decimal("74.50"), 3, date(2026, 10, 1)))
    workspace.plans.mark(case_id, 1, InstalmentState.PAID, date(2026, 10, 1))
    view = workspace.plans.view(case_id)
    assert view is not None and view.pause is not None
    assert (view.pause.started_on, view.pause.ends_on) == (date(2026, 10, 20), date(2026, 11, 10))
    assert [item.paused for item in view.instalments] == [False, True, False]
    assert view.pause.paused_amount == Decimal("24.83")
    assert view.left_to_pay() == Decimal("49.66")


def test_the_resume_day_is_a_deadline_in_due_and_reminders(workspace: Workspace,
                                                           case_id: int) -> None:
    workspace.plans.set_schedule(case_id, quick_schedule(Decimal("74.50"), 3, date(2026, 11, 1)))
    pause = next(view for view in workspace.deadlines.for_case(case_id, "fr")
                 if view.key == f"payment-pause:{case_id}")
    assert pause.due == date(2026, 11, 10) and pause.party is Party.CONSUMER
    assert pause.label == ("Votre paiement suspendu de 24,84 EUR reprend sauf si la suspension "
                           "est prolongée")
    assert (pause.state, pause.days_late) == (DeadlineState.OVERDUE, 14)  # on 2026-11-24
    due = [item.deadline.key for item in workspace.deadlines.due()]
    assert f"payment-pause:{case_id}" in due


def test_an_extension_moves_the_resume_day(workspace: Workspace, case_id: int) -> None:
    workspace.plans.set_schedule(case_id, quick_schedule(Decimal("74.50"), 3, date(2026, 11, 1)))
    workspace.plans.set_pause(case_id, date(2026, 10, 22), date(2026, 12, 15))
    view = workspace.plans.view(case_id)
    assert view is not None and view.pause is not None
    assert (view.pause.started_on, view.pause.ends_on, view.pause.extended) == (
        date(2026, 10, 22), date(2026, 12, 15), True)
    assert [item.paused for item in view.instalments] == [True, True, False]
    deadline = next(item for item in workspace.deadlines.for_case(case_id)
                    if item.key.startswith("payment-pause"))
    assert deadline.due == date(2026, 12, 15)
    assert deadline.state is DeadlineState.PENDING  # the test clock says 2026-11-24


def test_a_charge_taken_during_the_dispute_is_flagged(workspace: Workspace, case_id: int) -> None:
    workspace.plans.set_schedule(case_id, quick_schedule(Decimal("74.50"), 3, date(2026, 10, 1)))
    before = workspace.plans.mark(case_id, 1, InstalmentState.CHARGED, date(2026, 10, 1))
    during = workspace.plans.mark(case_id, 2, InstalmentState.CHARGED, date(2026, 11, 2))
    assert (before.charged_in_dispute, during.charged_in_dispute) == (False, True)


def test_no_pause_without_a_reported_problem(workspace: Workspace) -> None:
    quiet = workspace.cases.create(CaseInput(title="Nothing reported", country="DE"))
    workspace.plans.set_schedule(quiet, [InstalmentInput(date(2026, 12, 1), Decimal("10.00"))])
    view = workspace.plans.view(quiet)
    assert view is not None and view.pause is None
    assert all(not item.key.startswith("payment-pause")
               for item in workspace.deadlines.for_case(quiet))


def test_a_closed_case_refuses_plan_changes(workspace: Workspace, case_id: int) -> None:
    workspace.cases.close(case_id, outcome="Refunded", resolved=True)
    with pytest.raises(KnownError, match="closed"):
        workspace.plans.set_schedule(case_id, quick_schedule(Decimal("10"), 1, date(2026, 11, 1)))


def test_a_new_schedule_replaces_the_old_one_in_one_transaction(workspace: Workspace,
                                                                case_id: int) -> None:
    workspace.plans.set_schedule(case_id, quick_schedule(Decimal("90"), 3, date(2026, 11, 1)))
    with pytest.raises(InputError):
        workspace.plans.set_schedule(case_id, [InstalmentInput(date(2026, 11, 1), Decimal("-1"))])
    view = workspace.plans.view(case_id)
    assert view is not None and len(view.instalments) == 3  # the refused one changed nothing


@pytest.mark.parametrize(("text", "expected"), [
    ("Votre prochain paiement de 24,83 € est dû le 1er novembre 2026.",
     [(date(2026, 11, 1), Decimal("24.83"), InstalmentState.DUE)]),
    ("Your next payment of £30.00 is due on November 15, 2026.",
     [(date(2026, 11, 15), Decimal("30.00"), InstalmentState.DUE)]),
    ("Ihre Zahlung über 19,99 EUR wurde am 02.10.2026 erhalten.",
     [(date(2026, 10, 2), Decimal("19.99"), InstalmentState.PAID)]),
    ("Nästa betalning 250,00 kr förfaller 2026-11-30.",
     [(date(2026, 11, 30), Decimal("250.00"), InstalmentState.DUE)]),
    ("Nous avons suspendu le paiement de 74,50 € pendant le litige.", []),
    ("Your order of €74.50 was shipped on 1 October 2026.", []),
])
def test_instalments_stated_in_a_message(text: str, expected: list[tuple[date, Decimal,
                                                                        InstalmentState]]) -> None:
    from casekeeper.services.plan_statements import instalments_in

    assert [(item.due_date, item.amount, item.state) for item in instalments_in(text)] == expected
