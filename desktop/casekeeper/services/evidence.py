"""Evidence: attach files as numbered exhibits (duplicates found by fingerprint), trash them."""

from __future__ import annotations

import mimetypes
import shutil
from datetime import date
from pathlib import Path

from sqlmodel import Session

from casekeeper.domain.dto import AttachResult, EvidenceView
from casekeeper.domain.enums import CaseStatus
from casekeeper.domain.models import Evidence
from casekeeper.domain.values import MAX_YEAR, MIN_YEAR, clean_text
from casekeeper.errors import InputError, KnownError
from casekeeper.i18n.markers import N_, Marked
from casekeeper.services.clock import Clock
from casekeeper.services.media_types import looks_executable, sniff_media_type
from casekeeper.services.store_hygiene import clean_after_failure
from casekeeper.storage.engine import Database
from casekeeper.storage.evidence_store import EvidenceStore
from casekeeper.storage.repositories.audit import AuditLog
from casekeeper.storage.repositories.cases import CaseRepository
from casekeeper.storage.repositories.evidence import EvidenceRepository
from casekeeper.storage.repositories.journal import JournalRepository
from casekeeper.storage.repositories.mapping import evidence_view


class Unset:
    """The type of :data:`UNSET`: an argument left out, as opposed to ``None`` (clear it)."""


UNSET = Unset()


class EvidenceService:
    """Exhibits of a case; the originals live in the content-addressed store."""

    def __init__(self, db: Database, store: EvidenceStore, clock: Clock) -> None:
        self._db = db
        self._store = store
        self._clock = clock

    def attach(
        self,
        case_id: int,
        source: Path,
        *,
        title: str = "",
        document_date: date | None = None,
        interaction_id: int | None = None,
    ) -> AttachResult:
        """Copy ``source`` into the store and number it as the case's next exhibit."""
        clean_title = clean_text(title, "title") or clean_text(source.name, "title")
        if document_date is not None and not MIN_YEAR <= document_date.year <= MAX_YEAR:
            raise InputError(
                "date",
                document_date.isoformat(),
                Marked(N_("dates must fall between {first} and {last}"), first=MIN_YEAR, last=MAX_YEAR),
            )
        with self._db.reading() as session:
            self._check_target(session, case_id, interaction_id)
        # The original is staged under a locked marker until its record is committed: if this
        # process is killed or the write is refused, the cleaner removes what nothing refers to.
        try:
            with self._store.operation("attach") as op:
                stored = self._store.add(source, op)
                media_type = sniff_media_type(stored.path, source.name)
                warnings: tuple[str, ...] = ()
                if looks_executable(source, media_type):
                    warnings = (
                        Marked(
                            N_(
                                "This file is a program or script. It is kept as evidence but "
                                "Case Keeper will not open it; never run it."
                            )
                        ),
                    )
                with self._db.writing() as session:
                    self._check_target(session, case_id, interaction_id)
                    repo = EvidenceRepository(session)
                    existing = repo.by_hash(case_id, stored.sha256)
                    if existing is not None:
                        raise KnownError(
                            Marked(
                                N_(
                                    "This file is already attached to case {case} as E{exhibit} "
                                    "({title}); it was not added twice."
                                ),
                                case=case_id,
                                exhibit=existing.exhibit_no,
                                title=existing.title,
                            )
                        )
                    row = repo.add(
                        Evidence(
                            case_id=case_id,
                            exhibit_no=repo.next_exhibit_no(case_id),
                            title=clean_title,
                            original_name=clean_text(source.name, "file name") or "unnamed",
                            media_type=media_type,
                            size=stored.size,
                            sha256=stored.sha256,
                            document_date=document_date,
                            interaction_id=interaction_id,
                            added_at=self._clock.now(),
                        )
                    )
                    CaseRepository(session).get(case_id).updated_at = self._clock.now()
                    AuditLog(session).record("create", row, row.added_at)
                    view = evidence_view(row, self._store.path_for)
        except BaseException:
            clean_after_failure(self._db, self._store)
            raise
        return AttachResult(evidence=view, already_in_store=stored.already_present, warnings=warnings)

    def edit(
        self,
        evidence_id: int,
        *,
        title: str | None = None,
        document_date: date | Unset | None = UNSET,
        interaction_id: int | Unset | None = UNSET,
    ) -> EvidenceView:
        """Change an exhibit's title, document date or contact; the file and number never change.

        ``None`` clears the date or the contact; leaving an argument out keeps its value.
        """
        if isinstance(document_date, date) and not MIN_YEAR <= document_date.year <= MAX_YEAR:
            raise InputError(
                "date",
                document_date.isoformat(),
                Marked(N_("dates must fall between {first} and {last}"), first=MIN_YEAR, last=MAX_YEAR),
            )
        with self._db.writing() as session:
            row = EvidenceRepository(session).get(evidence_id)
            if title is not None:
                clean = clean_text(title, "title")
                if not clean:
                    raise InputError("title", title, Marked(N_("give the exhibit a title")))
                row.title = clean
            if not isinstance(document_date, Unset):
                row.document_date = document_date
            if not isinstance(interaction_id, Unset):
                if interaction_id is not None:
                    self._check_contact(session, row.case_id, interaction_id)
                row.interaction_id = interaction_id
            now = self._clock.now()
            CaseRepository(session).get(row.case_id).updated_at = now
            AuditLog(session).record("update", row, now)
            return evidence_view(row, self._store.path_for)

    def viewing_copy(self, exhibit: EvidenceView, folder: Path) -> Path:
        """A copy of the original named like it (``E2-photo.jpg``) in ``folder``, to open or show.

        The store keeps files without extension, which viewers cannot recognise; the copy has
        the original's extension, or one guessed from its type. The original is never touched.
        """
        name = exhibit.original_name.replace("/", "_").replace("\\", "_") or "exhibit"
        if not Path(name).suffix:
            name += mimetypes.guess_extension(exhibit.media_type.split(";")[0]) or ""
        target = folder / f"{exhibit.label}-{name}"
        folder.mkdir(parents=True, exist_ok=True)
        if not (target.is_file() and target.stat().st_size == exhibit.size):
            shutil.copyfile(exhibit.stored_path, target)
        return target

    def delete(self, evidence_id: int) -> None:
        """Move an exhibit to the trash; its number is never reused and its original is kept."""
        with self._db.writing() as session:
            row = EvidenceRepository(session).get(evidence_id)
            row.deleted_at = self._clock.now()
            CaseRepository(session).get(row.case_id).updated_at = self._clock.now()
            AuditLog(session).record("delete", row, self._clock.now())

    def _check_target(self, session: Session, case_id: int, interaction_id: int | None) -> None:
        case = CaseRepository(session).get(case_id)
        if case.status is not CaseStatus.OPEN:
            raise KnownError(
                Marked(N_("Case {case} is closed; reopen it before attaching files."), case=case_id)
            )
        if interaction_id is not None:
            self._check_contact(session, case_id, interaction_id)

    @staticmethod
    def _check_contact(session: Session, case_id: int, interaction_id: int) -> None:
        interaction = JournalRepository(session).interaction(interaction_id)
        if interaction.case_id != case_id:
            raise InputError(
                "interaction", interaction_id, Marked(N_("give a contact of case {case}"), case=case_id)
            )

