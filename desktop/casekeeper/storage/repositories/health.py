"""Health queries on the case file: SQLite's own checks and the fingerprints the records name."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session, col

from casekeeper.domain.models import Evidence


class HealthRepository:
    """Read-only checks in one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def integrity_problems(self, limit: int = 20) -> list[str]:
        """SQLite's ``PRAGMA integrity_check``: an empty list when the file is sound."""
        rows = self.session.connection().exec_driver_sql(f"PRAGMA integrity_check({limit})").all()
        found = [str(row[0]) for row in rows]
        return [] if found == ["ok"] else found

    def dangling_references(self) -> list[str]:
        """``PRAGMA foreign_key_check``: records pointing at a record that does not exist."""
        rows = self.session.connection().exec_driver_sql("PRAGMA foreign_key_check").all()
        return [f"{row[0]} record {row[1]} points at a missing {row[2]} record" for row in rows]

    def evidence_hashes(self) -> dict[str, list[str]]:
        """Every fingerprint recorded (trashed exhibits included) with the exhibits naming it."""
        found: dict[str, list[str]] = {}
        rows = self.session.execute(select(col(Evidence.sha256), col(Evidence.case_id),
                                           col(Evidence.exhibit_no))).all()
        for sha, case_id, number in rows:
            found.setdefault(sha, []).append(f"case {case_id} E{number}")
        return found
