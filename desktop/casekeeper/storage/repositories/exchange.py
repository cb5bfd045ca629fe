"""Whole-case reads and writes for export and import: every record, trashed ones included."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlmodel import Session, col

from casekeeper.domain.models import (
    Case,
    Evidence,
    Instalment,
    Interaction,
    OpeningRequest,
    PaymentPlan,
    Promise,
    ReminderSent,
    RuleOverride,
    StageChange,
)

_Row = TypeVar("_Row", Interaction, Promise, StageChange, Evidence)


@dataclass(frozen=True, slots=True)
class CaseRows:
    """A case and all of its records, oldest first."""

    case: Case
    interactions: list[Interaction]
    promises: list[Promise]
    stages: list[StageChange]
    evidence: list[Evidence]
    plan: PaymentPlan | None = None
    instalments: tuple[Instalment, ...] = ()
    sent: tuple[ReminderSent, ...] = ()
    requests: tuple[OpeningRequest, ...] = ()


class ExchangeRepository:
    """Reads and writes whole cases in one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def case_ids(self) -> list[int]:
        """Every case id, oldest first."""
        ids = self.session.scalars(
            select(col(Case.id)).where(col(Case.deleted_at).is_(None)).order_by(col(Case.id)))
        return [i for i in ids if i is not None]

    def uids(self) -> set[str]:
        """The uid of every case present."""
        return set(self.session.scalars(select(col(Case.uid))))

    def rows(self, case: Case) -> CaseRows:
        """Every record of ``case``, trashed ones included, by id."""
        def of(model: type[_Row]) -> list[_Row]:
            return list(self.session.scalars(
                select(model).where(col(model.case_id) == case.id).order_by(col(model.id))))

        plan = self.session.scalars(select(PaymentPlan).where(
            col(PaymentPlan.case_id) == case.id)).first()
        instalments = self.session.scalars(select(Instalment).where(
            col(Instalment.case_id) == case.id).order_by(col(Instalment.number)))
        sent = self.session.scalars(select(ReminderSent).where(
            col(ReminderSent.key).startswith(f"{case.id}/", autoescape=True))
            .order_by(col(ReminderSent.id)))
        return CaseRows(case, of(Interaction), of(Promise), of(StageChange), of(Evidence), plan,
                        tuple(instalments), tuple(sent), tuple(self.opening_requests(case.id)))

    def opening_requests(self, case_id: int | None) -> list[OpeningRequest]:
        """The opening requests of a case (or those of no case), waiting or not, by id."""
        column = col(OpeningRequest.case_id)
        return list(self.session.scalars(select(OpeningRequest).where(
            column.is_(None) if case_id is None else column == case_id)
            .order_by(col(OpeningRequest.id))))

    def sent_keys(self) -> set[str]:
        """The key of every reminder already sent."""
        return set(self.session.scalars(select(col(ReminderSent.key))))

    def overrides(self) -> list[RuleOverride]:
        """Every rulepack override, by country and key."""
        return list(self.session.scalars(
            select(RuleOverride).order_by(col(RuleOverride.country), col(RuleOverride.key))))

    def override_keys(self) -> set[tuple[str, str]]:
        """(country, key) of every override present."""
        return {(r.country, r.key) for r in self.overrides()}

    def add(self, row: object) -> None:
        """Insert one record and give it its id."""
        self.session.add(row)
        self.session.flush()
