"""Cases: open, edit, close, reopen, list, and read back whole."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import asdict

from casekeeper.domain.dto import CaseDetail, CaseInput, CaseSummary
from casekeeper.domain.enums import CaseStatus, Stage
from casekeeper.domain.models import Case
from casekeeper.domain.values import LONG_TEXT_MAX, clean_text
from casekeeper.errors import KnownError
from casekeeper.i18n.markers import N_, Marked
from casekeeper.services.case_reader import read_case
from casekeeper.services.clock import Clock, today_in
from casekeeper.services.validation import checked_case
from casekeeper.storage.engine import Database
from casekeeper.storage.evidence_store import EvidenceStore
from casekeeper.storage.repositories.audit import AuditLog
from casekeeper.storage.repositories.cases import CaseRepository


class CaseService:
    """Everything about a case as a whole."""

    def __init__(self, db: Database, store: EvidenceStore, clock: Clock) -> None:
        self._db = db
        self._store = store
        self._clock = clock

    def create(self, data: CaseInput, *, example: bool = False) -> int:
        """Open a case and return its id (``example``: the welcome's sample, raising no reminders)."""
        clean = checked_case(data)
        now = self._clock.now()
        with self._db.writing() as session:
            case = CaseRepository(session).add(
                Case(**asdict(clean), stage=Stage.FIRST_CONTACT, created_at=now, updated_at=now,
                     is_example=example))
            AuditLog(session).record("create", case, now)
            assert case.id is not None
            return case.id

    def update(self, case_id: int, data: CaseInput) -> None:
        """Save edited case fields."""
        clean = checked_case(data)
        with self._db.writing() as session:
            case = CaseRepository(session).get(case_id)
            for name, value in asdict(clean).items():
                setattr(case, name, value)
            case.updated_at = self._clock.now()
            AuditLog(session).record("update", case, case.updated_at)

    def close(self, case_id: int, outcome: str, *, resolved: bool) -> None:
        """Close a case as resolved or as closed without resolution, with a word on the outcome."""
        text = clean_text(outcome, "outcome", LONG_TEXT_MAX, multiline=True)
        with self._db.writing() as session:
            case = CaseRepository(session).get(case_id)
            if case.status is not CaseStatus.OPEN:
                raise KnownError(
                    Marked(
                        N_("Case {case} is already closed ({value}); reopen it first to close it again."),
                        case=case_id,
                        value=case.status.value,
                    )
                )
            now = self._clock.now()
            case.status = CaseStatus.RESOLVED if resolved else CaseStatus.CLOSED_UNRESOLVED
            case.closing_outcome = text
            case.closed_at = now
            case.updated_at = now
            AuditLog(session).record("close", case, now)

    def reopen(self, case_id: int) -> None:
        """Reopen a closed case; its journal is untouched."""
        with self._db.writing() as session:
            case = CaseRepository(session).get(case_id)
            if case.status is CaseStatus.OPEN:
                raise KnownError(Marked(N_("Case {case} is already open."), case=case_id))
            case.status = CaseStatus.OPEN
            case.closed_at = None
            case.updated_at = self._clock.now()
            AuditLog(session).record("reopen", case, case.updated_at)

    def summaries(self, statuses: Sequence[CaseStatus] | None = None) -> list[CaseSummary]:
        """The case list, most recently updated first."""
        with self._db.reading() as session:
            return CaseRepository(session).summaries(today_in(self._clock), statuses)

    def open_among(self, case_ids: Collection[int]) -> set[int]:
        """Those of ``case_ids`` still open (not closed, not in the trash): one small read, not
        the whole case list."""
        with self._db.reading() as session:
            return CaseRepository(session).open_among(case_ids)

    def detail(self, case_id: int) -> CaseDetail:
        """The whole case with its journal and exhibits."""
        with self._db.reading() as session:
            return read_case(session, case_id, self._store, today_in(self._clock))
