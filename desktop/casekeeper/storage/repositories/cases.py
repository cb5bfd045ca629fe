"""Queries on cases: add, fetch, update, the list with its counters."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Integer, func, select
from sqlmodel import Session, col

from casekeeper.domain.column_types import UTCDateTime
from casekeeper.domain.dto import CaseSummary
from casekeeper.domain.enums import CaseStatus, PromiseState, Stage
from casekeeper.domain.models import Case, Interaction, Promise, StageChange
from casekeeper.errors import NotFoundError


class CaseRepository:
    """Cases in one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, case: Case) -> Case:
        """Insert a case and return it with its id."""
        self.session.add(case)
        self.session.flush()
        return case

    def get(self, case_id: int) -> Case:
        """The case, or NotFoundError."""
        case = self.session.get(Case, case_id)
        if case is None:
            raise NotFoundError("case", case_id)
        return case

    def latest_stage(self, case_id: int) -> Stage:
        """The stage of the most recent live stage change, or first contact when none."""
        row = self.session.execute(
            select(col(StageChange.stage))
            .where(col(StageChange.case_id) == case_id, col(StageChange.deleted_at).is_(None))
            .order_by(col(StageChange.occurred_at).desc(), col(StageChange.id).desc())
            .limit(1)
        ).scalar_one_or_none()
        return row if row is not None else Stage.FIRST_CONTACT

    def summaries(self, today: date, statuses: Sequence[CaseStatus] | None = None,
                  case_ids: Sequence[int] | None = None) -> list[CaseSummary]:
        """The case list, most recently updated first, with contact and promise counters."""
        live_interactions = (
            select(col(Interaction.case_id), func.count().label("n"),
                   func.max(Interaction.occurred_at, type_=UTCDateTime()).label("last"))
            .where(col(Interaction.deleted_at).is_(None))
            .group_by(col(Interaction.case_id))
            .subquery()
        )
        today_text = today.isoformat()
        promise_counts = (
            select(
                col(Promise.case_id),
                func.sum((col(Promise.state) == PromiseState.PENDING).cast(Integer)).label("open"),
                func.sum((col(Promise.state) == PromiseState.BROKEN).cast(Integer)).label("broken"),
                func.sum(((col(Promise.state) == PromiseState.PENDING)
                          & (col(Promise.due_date) < today_text)).cast(Integer)).label("overdue"),
            )
            .where(col(Promise.deleted_at).is_(None))
            .group_by(col(Promise.case_id))
            .subquery()
        )
        query = (
            select(Case, live_interactions.c.n, live_interactions.c.last,
                   promise_counts.c.open, promise_counts.c.broken, promise_counts.c.overdue)
            .outerjoin(live_interactions, live_interactions.c.case_id == Case.id)
            .outerjoin(promise_counts, promise_counts.c.case_id == Case.id)
            .order_by(col(Case.updated_at).desc(), col(Case.id).desc())
        )
        if statuses:
            query = query.where(col(Case.status).in_([s.value for s in statuses]))
        if case_ids is not None:
            query = query.where(col(Case.id).in_(list(case_ids)))
        rows = self.session.execute(query).all()
        return [
            CaseSummary(
                id=case.id, title=case.title, merchant=case.merchant, country=case.country,
                status=case.status, stage=case.stage, amount=case.amount, currency=case.currency,
                last_contact_at=last, interaction_count=n or 0,
                open_promises=open_ or 0, broken_promises=broken or 0, overdue_promises=overdue or 0,
                updated_at=case.updated_at,
            )
            for case, n, last, open_, broken, overdue in rows
        ]

