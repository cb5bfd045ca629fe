"""Queries on a case's payment plan: the plan row and its instalments in order."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlmodel import Session, col

from casekeeper.domain.models import Instalment, PaymentPlan
from casekeeper.errors import NotFoundError


class PlanRepository:
    """The payment plan in one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def plan(self, case_id: int) -> PaymentPlan | None:
        """The case's plan row, if it has one."""
        return self.session.scalars(
            select(PaymentPlan).where(col(PaymentPlan.case_id) == case_id)).first()

    def instalments(self, case_id: int) -> list[Instalment]:
        """The instalments by number."""
        return list(self.session.scalars(
            select(Instalment).where(col(Instalment.case_id) == case_id)
            .order_by(col(Instalment.number))))

    def instalment(self, case_id: int, number: int) -> Instalment:
        """Instalment ``number`` of the case, or NotFoundError."""
        row = self.session.scalars(select(Instalment).where(
            col(Instalment.case_id) == case_id, col(Instalment.number) == number)).first()
        if row is None:
            raise NotFoundError("instalment", number)
        return row

    def remove_instalments(self, case_id: int) -> None:
        """Delete the case's instalments (the schedule is being replaced)."""
        self.session.execute(delete(Instalment).where(col(Instalment.case_id) == case_id))

    def add(self, row: PaymentPlan | Instalment) -> None:
        """Insert a row and give it its id."""
        self.session.add(row)
        self.session.flush()
