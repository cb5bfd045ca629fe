"""The journal of a case: log, edit and delete contacts; record stage changes; promises."""

from __future__ import annotations

from dataclasses import asdict

from sqlmodel import Session

from casekeeper.domain.dto import (
    InteractionInput,
    InteractionView,
    PromiseInput,
    StageChangeView,
    StageInput,
)
from casekeeper.domain.enums import CaseStatus, PromiseState
from casekeeper.domain.models import Case, Interaction, Promise, StageChange
from casekeeper.domain.values import LONG_TEXT_MAX, clean_text
from casekeeper.errors import InputError, KnownError
from casekeeper.i18n.markers import N_, Marked
from casekeeper.services.clock import Clock
from casekeeper.services.validation import (
    checked_interaction,
    checked_promise,
    checked_stage,
)
from casekeeper.storage.engine import Database
from casekeeper.storage.repositories.audit import AuditLog
from casekeeper.storage.repositories.cases import CaseRepository
from casekeeper.storage.repositories.journal import JournalRepository
from casekeeper.storage.repositories.mapping import interaction_view, stage_view


class JournalService:
    """Contacts, promises and ladder steps of a case."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def log(self, case_id: int, data: InteractionInput, promise: PromiseInput | None = None) -> int:
        """Log a contact (and the promise made in it) in one transaction; return its id."""
        clean = checked_interaction(data)
        clean_promise = checked_promise(promise) if promise is not None else None
        with self._db.writing() as session:
            self._touch(session, case_id)
            row = Interaction(case_id=case_id, **asdict(clean))
            journal = JournalRepository(session)
            journal.add(row)
            assert row.id is not None
            audit = AuditLog(session)
            audit.record("create", row, self._clock.now())
            if clean_promise is not None:
                made = Promise(case_id=case_id, interaction_id=row.id, text=clean_promise.text,
                               due_date=clean_promise.due_date, created_at=self._clock.now())
                journal.add(made)
                audit.record("create", made, self._clock.now())
            return row.id

    def edit(self, interaction_id: int, data: InteractionInput) -> None:
        """Save an edited contact."""
        clean = checked_interaction(data)
        with self._db.writing() as session:
            row = JournalRepository(session).interaction(interaction_id)
            for name, value in asdict(clean).items():
                setattr(row, name, value)
            row.updated_at = self._clock.now()
            self._touch(session, row.case_id)
            AuditLog(session).record("update", row, row.updated_at)

    def delete(self, interaction_id: int) -> None:
        """Move a contact to the trash (it can be restored)."""
        with self._db.writing() as session:
            row = JournalRepository(session).interaction(interaction_id)
            row.deleted_at = self._clock.now()
            self._touch(session, row.case_id)
            AuditLog(session).record("delete", row, self._clock.now())

    def add_promise(self, case_id: int, data: PromiseInput) -> int:
        """Record a promise Klarna made; return its id."""
        clean = checked_promise(data)
        with self._db.writing() as session:
            self._touch(session, case_id)
            journal = JournalRepository(session)
            if clean.interaction_id is not None:
                source = journal.interaction(clean.interaction_id)
                if source.case_id != case_id:
                    raise InputError(
                        "interaction",
                        clean.interaction_id,
                        Marked(N_("give a contact of case {case}"), case=case_id),
                    )
            row = Promise(
                case_id=case_id,
                interaction_id=clean.interaction_id,
                text=clean.text,
                due_date=clean.due_date,
                created_at=self._clock.now(),
            )
            journal.add(row)
            assert row.id is not None
            AuditLog(session).record("create", row, row.created_at)
            return row.id

    def settle_promise(
        self, promise_id: int, *, kept: bool, by_interaction: int | None = None, note: str = ""
    ) -> None:
        """Mark a promise kept or broken, optionally naming the contact that settled it."""
        text = clean_text(note, "note", LONG_TEXT_MAX, multiline=True)
        with self._db.writing() as session:
            journal = JournalRepository(session)
            row = journal.promise(promise_id)
            if by_interaction is not None and journal.interaction(by_interaction).case_id != row.case_id:
                raise InputError(
                    "by", by_interaction, Marked(N_("give a contact of case {case}"), case=row.case_id)
                )
            row.state = PromiseState.KEPT if kept else PromiseState.BROKEN
            row.settled_at = self._clock.now()
            row.settled_by_interaction_id = by_interaction
            row.note = text or row.note
            self._touch(session, row.case_id)
            AuditLog(session).record("settle", row, self._clock.now())

    def reopen_promise(self, promise_id: int) -> None:
        """Set a settled promise back to pending."""
        with self._db.writing() as session:
            row = JournalRepository(session).promise(promise_id)
            row.state = PromiseState.PENDING
            row.settled_at = None
            row.settled_by_interaction_id = None
            self._touch(session, row.case_id)
            AuditLog(session).record("reopen", row, self._clock.now())

    def delete_promise(self, promise_id: int) -> None:
        """Move a promise to the trash."""
        with self._db.writing() as session:
            row = JournalRepository(session).promise(promise_id)
            row.deleted_at = self._clock.now()
            self._touch(session, row.case_id)
            AuditLog(session).record("delete", row, self._clock.now())

    def record_stage(self, case_id: int, data: StageInput) -> int:
        """Record a step on the ladder; the case's current stage follows the latest step."""
        clean = checked_stage(data)
        with self._db.writing() as session:
            case = self._touch(session, case_id)
            row = StageChange(case_id=case_id, created_at=self._clock.now(), **asdict(clean))
            JournalRepository(session).add(row)
            case.stage = CaseRepository(session).latest_stage(case_id)
            assert row.id is not None
            AuditLog(session).record("create", row, row.created_at)
            return row.id

    def edit_stage(self, stage_id: int, data: StageInput) -> None:
        """Save an edited stage change (its date, reference, letter text or note)."""
        clean = checked_stage(data)
        with self._db.writing() as session:
            row = JournalRepository(session).stage_change(stage_id)
            for name, value in asdict(clean).items():
                setattr(row, name, value)
            session.flush()
            case = self._touch(session, row.case_id)
            case.stage = CaseRepository(session).latest_stage(row.case_id)
            AuditLog(session).record("update", row, self._clock.now())

    def stage(self, stage_id: int) -> StageChangeView:
        """One live stage change."""
        with self._db.reading() as session:
            return stage_view(JournalRepository(session).stage_change(stage_id))

    def delete_stage(self, stage_id: int) -> None:
        """Move a stage change to the trash; the current stage falls back to the previous step."""
        with self._db.writing() as session:
            row = JournalRepository(session).stage_change(stage_id)
            row.deleted_at = self._clock.now()
            session.flush()
            case = self._touch(session, row.case_id)
            case.stage = CaseRepository(session).latest_stage(row.case_id)
            AuditLog(session).record("delete", row, self._clock.now())

    def interaction(self, interaction_id: int) -> InteractionView:
        """One live contact."""
        with self._db.reading() as session:
            return interaction_view(JournalRepository(session).interaction(interaction_id))

    def agent_names(self, case_id: int) -> list[str]:
        """Agent names already seen in the case, most recent first."""
        with self._db.reading() as session:
            return JournalRepository(session).agent_names(case_id)

    def _touch(self, session: Session, case_id: int) -> Case:
        case = CaseRepository(session).get(case_id)
        if case.status is not CaseStatus.OPEN:
            raise KnownError(
                Marked(N_("Case {case} is closed; reopen it before changing its journal."), case=case_id)
            )
        case.updated_at = self._clock.now()
        return case
