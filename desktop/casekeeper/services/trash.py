"""The trash: every deleted contact, promise, stage change or exhibit, listed and restorable."""

from __future__ import annotations

from casekeeper.domain.dto import TrashItem
from casekeeper.domain.enums import TrashKind
from casekeeper.domain.models import Evidence, Interaction, Promise, StageChange
from casekeeper.errors import KnownError, NotFoundError
from casekeeper.services.clock import Clock
from casekeeper.storage.engine import Database
from casekeeper.storage.repositories.audit import AuditLog
from casekeeper.storage.repositories.cases import CaseRepository
from casekeeper.storage.repositories.evidence import EvidenceRepository
from casekeeper.storage.repositories.journal import JournalRepository

_KIND_OF = {Interaction: TrashKind.INTERACTION, Promise: TrashKind.PROMISE,
            StageChange: TrashKind.STAGE_CHANGE, Evidence: TrashKind.EVIDENCE}


class TrashService:
    """Nothing deleted is gone: it waits here until restored."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def items(self) -> list[TrashItem]:
        """Everything in the trash, most recently deleted first."""
        with self._db.reading() as session:
            cases = CaseRepository(session)
            items = []
            for row in JournalRepository(session).deleted():
                assert row.id is not None and row.deleted_at is not None
                items.append(TrashItem(
                    kind=_KIND_OF[type(row)], record_id=row.id, case_id=row.case_id,
                    case_title=cases.get(row.case_id).title, description=_describe(row),
                    deleted_at=row.deleted_at))
            return items

    def restore(self, kind: TrashKind, record_id: int) -> None:
        """Bring a record back from the trash; the case's current stage is recomputed."""
        with self._db.writing() as session:
            journal = JournalRepository(session)
            row: Interaction | Promise | StageChange | Evidence
            if kind is TrashKind.INTERACTION:
                row = journal.interaction(record_id, include_deleted=True)
            elif kind is TrashKind.PROMISE:
                row = journal.promise(record_id, include_deleted=True)
            elif kind is TrashKind.STAGE_CHANGE:
                row = journal.stage_change(record_id, include_deleted=True)
            else:
                row = EvidenceRepository(session).get(record_id, include_deleted=True)
            if row.deleted_at is None:
                raise NotFoundError(f"{kind.value} in the trash", record_id)
            if isinstance(row, Evidence) and EvidenceRepository(session).by_hash(
                    row.case_id, row.sha256) is not None:
                raise KnownError(f"The same file is attached again to case {row.case_id}; "
                                 f"E{row.exhibit_no} stays in the trash to avoid a duplicate.")
            row.deleted_at = None
            session.flush()
            case = CaseRepository(session).get(row.case_id)
            case.stage = CaseRepository(session).latest_stage(row.case_id)
            case.updated_at = self._clock.now()
            AuditLog(session).record("restore", row, case.updated_at)


def _describe(row: Interaction | Promise | StageChange | Evidence) -> str:
    if isinstance(row, Interaction):
        return f"{row.channel.value} contact: {row.summary[:80]}"
    if isinstance(row, Promise):
        return f"promise: {row.text[:80]}"
    if isinstance(row, StageChange):
        return f"stage {row.stage.value}"
    return f"exhibit E{row.exhibit_no}: {row.title[:80]}"
