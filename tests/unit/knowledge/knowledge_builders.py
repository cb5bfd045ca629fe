"""Builders for cases, contacts, promises and steps used by the knowledge tests."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from casekeeper.domain.dto import CaseDetail, InteractionView, PromiseView, StageChangeView
from casekeeper.domain.enums import (
    AgentKind,
    CaseStatus,
    Channel,
    Direction,
    Outcome,
    ProblemCategory,
    Product,
    PromiseState,
    Stage,
)

PARIS = ZoneInfo("Europe/Paris")
_ids = itertools.count(100)


def at(text: str, zone: ZoneInfo = PARIS) -> datetime:
    """A local wall-clock time (``2026-07-10 10:00``) in ``zone`` as an aware datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=zone)


def contact(when: datetime, *, direction: Direction = Direction.TO_KLARNA,
            outcome: Outcome = Outcome.PENDING,
            channel: Channel = Channel.CHAT,
            respond_by: date | None = None) -> InteractionView:
    return InteractionView(
        id=next(_ids), case_id=1, occurred_at=when.astimezone(UTC), zone="Europe/Paris",
        channel=channel, direction=direction, agent_name="", agent_kind=AgentKind.UNKNOWN,
        asked_for_human=False, transferred_to="", reference="", wait_minutes=None,
        call_minutes=None, summary="", transcript="", outcome=outcome, number_dialled="",
        tracking_number="", email_subject="", respond_by=respond_by)


def step(stage: Stage, when: datetime) -> StageChangeView:
    return StageChangeView(id=next(_ids), case_id=1, stage=stage, occurred_at=when.astimezone(UTC),
                           zone="Europe/Paris", reference="", body="", note="")


def promise(due: date | None, *, state: PromiseState = PromiseState.PENDING,
            settled: datetime | None = None, made: datetime | None = None) -> PromiseView:
    return PromiseView(id=next(_ids), case_id=1, interaction_id=None, text="Refund the order",
                       due_date=due, state=state, settled_at=settled,
                       settled_by_interaction_id=None, note="", made_by="Klarna agent",
                       made_at=made, overdue=False)


def make_case(*, country: str = "FR", problem: ProblemCategory = ProblemCategory.OTHER,
              stages: tuple[StageChangeView, ...] = (),
              interactions: tuple[InteractionView, ...] = (),
              promises: tuple[PromiseView, ...] = (), **changes: Any) -> CaseDetail:
    current = max((item.stage for item in stages), key=lambda s: s.rank,
                  default=Stage.FIRST_CONTACT)
    base = CaseDetail(
        id=1, title="Damaged sofa", company="Klarna", country=country, product=Product.PAY_IN_3_4,
        merchant="Shop", order_ref="A1", klarna_ref="K1", amount=None, currency=None,
        purchase_date=None, problem=problem, problem_text="", remedy="", status=CaseStatus.OPEN,
        stage=current, notes="", consumer_name="", consumer_email="", consumer_address="",
        klarna_account="", closing_outcome="", created_at=datetime(2026, 1, 1, tzinfo=UTC),
        updated_at=datetime(2026, 1, 1, tzinfo=UTC), closed_at=None,
        interactions=tuple(sorted(interactions, key=lambda i: i.occurred_at)),
        promises=promises, stages=tuple(sorted(stages, key=lambda s: s.occurred_at)))
    return replace(base, **changes)
