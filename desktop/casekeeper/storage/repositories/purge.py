"""Remove records for good (the trash's "Delete forever"): children first, references cleared."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session

_TABLES = {"interaction": "interactions", "promise": "promises", "stage-change": "stage_changes",
           "evidence": "evidence"}


@dataclass(frozen=True, slots=True)
class CaseContents:
    """What a case holds (trashed records included): what "Delete forever" removes."""

    contacts: int
    promises: int
    stage_changes: int
    exhibits: int


class PurgeRepository:
    """Deletes rows for good in the caller's transaction; returns the file hashes let go."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def contents(self, case_id: int) -> CaseContents:
        """Counts of every record of the case, live or trashed."""
        counts = [
            int(self.session.execute(
                text(f"SELECT count(*) FROM {table} WHERE case_id = :case"), {"case": case_id}
            ).scalar_one())
            for table in ("interactions", "promises", "stage_changes", "evidence")
        ]
        return CaseContents(*counts)

    def hashes_of_case(self, case_id: int) -> set[str]:
        """Fingerprints of every exhibit of the case (live or trashed)."""
        rows = self.session.execute(text("SELECT sha256 FROM evidence WHERE case_id = :case"),
                                    {"case": case_id})
        return {str(row[0]) for row in rows}

    def hash_of_exhibit(self, evidence_id: int) -> set[str]:
        """The fingerprint of one exhibit (empty when it is gone)."""
        rows = self.session.execute(text("SELECT sha256 FROM evidence WHERE id = :id"), {"id": evidence_id})
        return {str(row[0]) for row in rows}

    def unused(self, hashes: set[str]) -> set[str]:
        """Those of ``hashes`` no exhibit of any case (live or trashed) refers to any more."""
        used = set()
        for sha in hashes:
            if self.session.execute(text("SELECT 1 FROM evidence WHERE sha256 = :sha LIMIT 1"),
                                    {"sha": sha}).first() is not None:
                used.add(sha)
        return hashes - used

    def delete_case(self, case_id: int) -> None:
        """The case and every record it holds."""
        params = {"case": case_id}
        for statement in (
            "DELETE FROM promises WHERE case_id = :case",
            "DELETE FROM evidence WHERE case_id = :case",
            "DELETE FROM stage_changes WHERE case_id = :case",
            "DELETE FROM interactions WHERE case_id = :case",
            "DELETE FROM cases WHERE id = :case",
        ):
            self.session.execute(text(statement), params)

    def delete_record(self, kind: str, record_id: int) -> None:
        """One trashed record; what referred to a contact keeps standing without the link."""
        params = {"id": record_id}
        if kind == "interaction":
            for statement in (
                "UPDATE promises SET interaction_id = NULL WHERE interaction_id = :id",
                "UPDATE promises SET settled_by_interaction_id = NULL WHERE settled_by_interaction_id = :id",
                "UPDATE evidence SET interaction_id = NULL WHERE interaction_id = :id",
            ):
                self.session.execute(text(statement), params)
        self.session.execute(text(f"DELETE FROM {_TABLES[kind]} WHERE id = :id"), params)
