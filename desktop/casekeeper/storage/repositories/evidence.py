"""Queries on exhibits: numbering, lookups by fingerprint, a case's list."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlmodel import Session, col

from casekeeper.domain.models import Evidence
from casekeeper.errors import NotFoundError


class EvidenceRepository:
    """Exhibits in one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def next_exhibit_no(self, case_id: int) -> int:
        """The next exhibit number; numbers of trashed exhibits are never reused."""
        current = self.session.execute(
            select(func.max(col(Evidence.exhibit_no))).where(col(Evidence.case_id) == case_id)
        ).scalar_one_or_none()
        return (current or 0) + 1

    def add(self, row: Evidence) -> Evidence:
        """Insert an exhibit and give it its id."""
        self.session.add(row)
        self.session.flush()
        return row

    def get(self, evidence_id: int, *, include_deleted: bool = False) -> Evidence:
        """One exhibit, or NotFoundError."""
        row = self.session.get(Evidence, evidence_id)
        if row is None or (row.deleted_at is not None and not include_deleted):
            raise NotFoundError("exhibit", evidence_id)
        return row

    def by_hash(self, case_id: int, sha256: str) -> Evidence | None:
        """A live exhibit of the case with this fingerprint, if any."""
        return self.session.scalars(
            select(Evidence).where(col(Evidence.case_id) == case_id, col(Evidence.sha256) == sha256,
                                   col(Evidence.deleted_at).is_(None))
        ).first()

    def for_case(self, case_id: int) -> list[Evidence]:
        """Live exhibits of a case in exhibit order."""
        return list(self.session.scalars(
            select(Evidence)
            .where(col(Evidence.case_id) == case_id, col(Evidence.deleted_at).is_(None))
            .order_by(col(Evidence.exhibit_no))
        ))
