"""Queries on cases: add, fetch, update, the list with its counters."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from sqlalchemy import select, text
from sqlmodel import Session, col

from casekeeper.domain.dto import CaseSummary
from casekeeper.domain.enums import CaseStatus, Stage
from casekeeper.domain.models import Case, StageChange
from casekeeper.errors import NotFoundError
from casekeeper.storage.case_list_reader import case_list_statement, summaries_from_rows


class CaseRepository:
    """Cases in one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, case: Case) -> Case:
        """Insert a case and return it with its id."""
        self.session.add(case)
        self.session.flush()
        return case

    def get(self, case_id: int, include_deleted: bool = False) -> Case:
        """The case, or NotFoundError (also for a case in the trash, unless ``include_deleted``)."""
        case = self.session.get(Case, case_id)
        if case is None or (case.deleted_at is not None and not include_deleted):
            raise NotFoundError("case", case_id)
        return case

    def deleted(self) -> list[Case]:
        """The cases in the trash."""
        return list(self.session.scalars(select(Case).where(col(Case.deleted_at).is_not(None))))

    def latest_stage(self, case_id: int) -> Stage:
        """The stage of the most recent live stage change, or first contact when none."""
        row = self.session.execute(
            select(col(StageChange.stage))
            .where(col(StageChange.case_id) == case_id, col(StageChange.deleted_at).is_(None))
            .order_by(col(StageChange.occurred_at).desc(), col(StageChange.id).desc())
            .limit(1)
        ).scalar_one_or_none()
        return row if row is not None else Stage.FIRST_CONTACT

    def open_among(self, case_ids: Collection[int]) -> set[int]:
        """Those of ``case_ids`` that are open and not in the trash."""
        if not case_ids:
            return set()
        rows = self.session.execute(
            select(col(Case.id)).where(col(Case.id).in_(list(case_ids)),
                                       col(Case.deleted_at).is_(None),
                                       col(Case.status) == CaseStatus.OPEN))
        return {row[0] for row in rows}

    def summaries(self, today: date, statuses: Sequence[CaseStatus] | None = None) -> list[CaseSummary]:
        """The case list, most recently updated first, with contact and promise counters.

        The same statement the plain start-up read runs (``storage.case_list_reader``).
        """
        statement, parameters = case_list_statement(today, statuses)
        return summaries_from_rows(self.session.execute(text(statement), parameters).all())
