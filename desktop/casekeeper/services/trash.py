"""The trash: every deleted case, contact, promise, stage change or exhibit, restorable; and
"Delete forever", which also removes the stored files no other exhibit uses."""

from __future__ import annotations

from dataclasses import dataclass

from casekeeper.domain.dto import TrashItem
from casekeeper.domain.enums import TrashKind
from casekeeper.domain.models import Case, Evidence, Interaction, Promise, StageChange
from casekeeper.errors import KnownError, NotFoundError
from casekeeper.export.vocabulary import term
from casekeeper.i18n.markers import N_, PN_, Marked
from casekeeper.services.clock import Clock
from casekeeper.storage.engine import Database
from casekeeper.storage.evidence_store import EvidenceStore
from casekeeper.storage.repositories.audit import AuditLog, digest_of
from casekeeper.storage.repositories.cases import CaseRepository
from casekeeper.storage.repositories.evidence import EvidenceRepository
from casekeeper.storage.repositories.journal import JournalRepository
from casekeeper.storage.repositories.purge import CaseContents, PurgeRepository

_KIND_OF = {Interaction: TrashKind.INTERACTION, Promise: TrashKind.PROMISE,
            StageChange: TrashKind.STAGE_CHANGE, Evidence: TrashKind.EVIDENCE}


@dataclass(frozen=True, slots=True)
class PurgeResult:
    """What "Delete forever" removed."""

    records: int
    files: int


class TrashService:
    """Nothing deleted is gone: it waits here until restored or deleted forever."""

    def __init__(self, db: Database, clock: Clock, store: EvidenceStore | None = None) -> None:
        self._db = db
        self._clock = clock
        self._store = store

    def items(self) -> list[TrashItem]:
        """Everything in the trash, most recently deleted first.

        A case in the trash stands for everything it holds: its records are not listed apart.
        """
        with self._db.reading() as session:
            cases = CaseRepository(session)
            purge = PurgeRepository(session)
            items = []
            trashed_cases = cases.deleted()
            hidden = {case.id for case in trashed_cases}
            for case in trashed_cases:
                assert case.id is not None and case.deleted_at is not None
                items.append(TrashItem(
                    kind=TrashKind.CASE, record_id=case.id, case_id=case.id, case_title=case.title,
                    description=_describe_case(case, purge.contents(case.id)), deleted_at=case.deleted_at))
            for row in JournalRepository(session).deleted():
                assert row.id is not None and row.deleted_at is not None
                if row.case_id in hidden:
                    continue
                items.append(TrashItem(
                    kind=_KIND_OF[type(row)], record_id=row.id, case_id=row.case_id,
                    case_title=cases.get(row.case_id).title, description=_describe(row),
                    deleted_at=row.deleted_at))
            return sorted(items, key=lambda item: item.deleted_at, reverse=True)

    def contents(self, case_id: int) -> CaseContents:
        """What a case holds, trashed records included (for a confirmation naming what goes)."""
        with self._db.reading() as session:
            CaseRepository(session).get(case_id, include_deleted=True)
            return PurgeRepository(session).contents(case_id)

    def delete_case(self, case_id: int) -> None:
        """Move a case, with everything it holds, to the trash."""
        with self._db.writing() as session:
            case = CaseRepository(session).get(case_id)
            case.deleted_at = self._clock.now()
            AuditLog(session).record("delete", case, case.deleted_at)

    def restore(self, kind: TrashKind, record_id: int) -> None:
        """Bring a record back from the trash; the case's current stage is recomputed."""
        with self._db.writing() as session:
            if kind is TrashKind.CASE:
                case = CaseRepository(session).get(record_id, include_deleted=True)
                if case.deleted_at is None:
                    raise NotFoundError("case in the trash", record_id)
                case.deleted_at = None
                case.updated_at = self._clock.now()
                AuditLog(session).record("restore", case, case.updated_at)
                return
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
            if CaseRepository(session).get(row.case_id, include_deleted=True).deleted_at is not None:
                raise KnownError.marked(
                    N_("Case {case} is in the trash: restore the case first."), case=row.case_id
                )
            if (
                isinstance(row, Evidence)
                and EvidenceRepository(session).by_hash(row.case_id, row.sha256) is not None
            ):
                raise KnownError.marked(
                    N_(
                        "The same file is attached again to case {case}; "
                        "E{exhibit} stays in the trash to avoid a duplicate."
                    ),
                    case=row.case_id,
                    exhibit=row.exhibit_no,
                )
            row.deleted_at = None
            session.flush()
            case = CaseRepository(session).get(row.case_id)
            case.stage = CaseRepository(session).latest_stage(row.case_id)
            case.updated_at = self._clock.now()
            AuditLog(session).record("restore", row, case.updated_at)

    def purge(self, kind: TrashKind, record_id: int) -> PurgeResult:
        """Delete one record of the trash forever (a case with everything it holds)."""
        self._in_trash(kind, record_id)
        with self._db.writing() as session:
            purge = PurgeRepository(session)
            now = self._clock.now()
            if kind is TrashKind.CASE:
                contents = purge.contents(record_id)
                hashes = purge.hashes_of_case(record_id)
                purge.delete_case(record_id)
                records = (1 + contents.contacts + contents.promises + contents.stage_changes
                           + contents.exhibits)
            else:
                hashes = purge.hash_of_exhibit(record_id) if kind is TrashKind.EVIDENCE else set()
                purge.delete_record(kind.value, record_id)
                records = 1
            case_id = record_id if kind is TrashKind.CASE else None
            AuditLog(session).append("purge", _TABLE_OF[kind], record_id, case_id,
                                     digest_of({"purged": kind.value, "id": record_id}), now)
            gone = purge.unused(hashes)
        return PurgeResult(records, self._remove_files(gone))

    def purge_all(self) -> PurgeResult:
        """Empty the trash for good."""
        records = files = 0
        for item in self.items():
            try:
                result = self.purge(item.kind, item.record_id)
            except NotFoundError:
                continue  # went with its case
            records += result.records
            files += result.files
        return PurgeResult(records, files)

    def _in_trash(self, kind: TrashKind, record_id: int) -> None:
        if not any(item.kind is kind and item.record_id == record_id for item in self.items()):
            raise NotFoundError(f"{kind.value} in the trash", record_id)

    def _remove_files(self, hashes: set[str]) -> int:
        """Remove originals no record uses, but never one a backup refers to: backups keep their
        own copies, so a restore finds its files (the cleaner removes them once no backup does)."""
        if self._store is None:
            return 0
        from casekeeper.services.store_hygiene import referenced_by_backups

        kept = referenced_by_backups(self._store.root.parent / "backups") if hashes else set()
        removed = 0
        for sha in hashes - kept:
            path = self._store.path_for(sha)
            try:
                path.unlink()
                removed += 1
            except FileNotFoundError:
                continue
        return removed


_TABLE_OF = {TrashKind.CASE: "cases", TrashKind.INTERACTION: "interactions", TrashKind.PROMISE: "promises",
             TrashKind.STAGE_CHANGE: "stage_changes", TrashKind.EVIDENCE: "evidence"}


def _describe_case(case: Case, contents: CaseContents) -> str:
    return Marked(
        N_("whole case: {contacts}, {promises}, {stages}, {exhibits}"),
        contacts=Marked(PN_("{n} contact", "{n} contacts"), contents.contacts),
        promises=Marked(PN_("{n} promise", "{n} promises"), contents.promises),
        stages=Marked(PN_("{n} stage change", "{n} stage changes"), contents.stage_changes),
        exhibits=Marked(PN_("{n} exhibit", "{n} exhibits"), contents.exhibits),
    )


def _describe(row: Interaction | Promise | StageChange | Evidence) -> str:
    if isinstance(row, Interaction):
        return Marked(
            N_("{channel} contact: {summary}"), channel=Marked(term(row.channel)), summary=row.summary[:80]
        )
    if isinstance(row, Promise):
        return Marked(N_("promise: {text}"), text=row.text[:80])
    if isinstance(row, StageChange):
        return Marked(N_("stage {stage}"), stage=Marked(term(row.stage)))
    return Marked(N_("exhibit E{exhibit}: {title}"), exhibit=row.exhibit_no, title=row.title[:80])
