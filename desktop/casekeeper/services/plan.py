"""The purchase's payment plan: schedule, paid and charged instalments, the dispute pause."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlmodel import Session

from casekeeper.domain.dto import CaseDetail, DeadlineView
from casekeeper.domain.enums import CaseStatus, InstalmentState
from casekeeper.domain.models import Instalment, PaymentPlan
from casekeeper.domain.plan import InstalmentInput, InstalmentView, PlanView
from casekeeper.domain.values import LONG_TEXT_MAX, MAX_AMOUNT, MAX_YEAR, MIN_YEAR, clean_text
from casekeeper.errors import InputError, KnownError
from casekeeper.i18n.markers import N_, Marked
from casekeeper.services.cases import CaseService
from casekeeper.services.clock import Clock, today_in
from casekeeper.services.rules import RulesService
from casekeeper.storage.engine import Database
from casekeeper.storage.repositories.audit import AuditLog
from casekeeper.storage.repositories.cases import CaseRepository
from casekeeper.storage.repositories.plan import PlanRepository

if TYPE_CHECKING:
    from casekeeper.knowledge.schema import PauseEntry


class PlanService:
    """A case's instalments and the payment pause its dispute gives."""

    def __init__(self, db: Database, cases: CaseService, rules: RulesService, clock: Clock) -> None:
        self._db = db
        self._cases = cases
        self._rules = rules
        self._clock = clock

    def set_schedule(self, case_id: int, instalments: Sequence[InstalmentInput]) -> None:
        """Replace the case's instalments by ``instalments`` (numbered in date order)."""
        with self._db.writing() as session:
            write_schedule(session, case_id, instalments, self._clock.now())

    def mark(
        self, case_id: int, number: int, state: InstalmentState, on: date | None = None
    ) -> InstalmentView:
        """Record that instalment ``number`` was paid, charged, refunded, paused or is due again."""
        day = on or today_in(self._clock)
        _check_day(day, "on")
        with self._db.writing() as session:
            self._plan_row(session, case_id)
            row = PlanRepository(session).instalment(case_id, number)
            row.state = state
            row.settled_on = None if state in (InstalmentState.DUE, InstalmentState.PAUSED) else day
            row.updated_at = self._clock.now()
            AuditLog(session).record("update", row, row.updated_at)
        view = self.view(case_id)
        assert view is not None
        return next(item for item in view.instalments if item.number == number)

    def set_pause(self, case_id: int, started_on: date | None, extended_until: date | None) -> None:
        """Record when Klarna paused the payments and until when the pause was extended."""
        for day, field in ((started_on, "paused on"), (extended_until, "extended until")):
            if day is not None:
                _check_day(day, field)
        if started_on and extended_until and extended_until < started_on:
            raise InputError(
                "extended until",
                extended_until.isoformat(),
                Marked(N_("give a date after the day the payments were paused")),
            )
        with self._db.writing() as session:
            repo = self._plan_row(session, case_id)
            plan = repo.plan(case_id)
            assert plan is not None
            plan.pause_started_on, plan.pause_extended_until = started_on, extended_until
            plan.updated_at = self._clock.now()
            AuditLog(session).record("update", plan, plan.updated_at)

    def view(self, case_id: int, language: str = "en", case: CaseDetail | None = None) -> PlanView | None:
        """The plan with its pause and flags, or None when the case has no plan."""
        from casekeeper.knowledge.pause import pause_start, pause_view, with_flags

        with self._db.reading() as session:
            repo = PlanRepository(session)
            plan = repo.plan(case_id)
            rows = repo.instalments(case_id)
        if plan is None:
            return None
        case = case or self._cases.detail(case_id)
        pack = self._rules.effective_pack(case.country).pack
        items = [
            InstalmentView(row.number, row.due_date, row.amount, row.state, row.settled_on, row.note)
            for row in rows
        ]
        pause = pause_view(
            case,
            pack,
            self.pause_entry(case.country),
            items,
            plan.pause_started_on,
            plan.pause_extended_until,
            language,
        )
        start = pause_start(case, pack, plan.pause_started_on)
        flagged = with_flags(case, items, start, pause.ends_on if pause else None)
        return PlanView(
            case_id=case_id,
            currency=case.currency,
            instalments=tuple(flagged),
            pause=pause,
            pause_started_on=plan.pause_started_on,
            pause_extended_until=plan.pause_extended_until,
        )

    def deadline(self, case: CaseDetail, language: str = "en") -> DeadlineView | None:
        """The day the paused payment resumes, when something is paused."""
        from casekeeper.knowledge.pause import pause_deadline

        view = self.view(case.id, language, case)
        if view is None or view.pause is None or view.pause.paused_amount is None:
            return None
        return pause_deadline(case, view.pause, view.currency, today_in(self._clock), language)

    def pause_entry(self, country: str) -> PauseEntry:
        """The country pack's ``[pause]`` (with the person's corrections), else the default's."""
        from casekeeper.knowledge.loader import read_raw
        from casekeeper.knowledge.schema import PauseEntry

        pack = self._rules.effective_pack(country).pack
        return pack.pause or PauseEntry.model_validate(read_raw("default")[1]["pause"])

    def _plan_row(self, session: Session, case_id: int) -> PlanRepository:
        return _plan_row(session, case_id, self._clock.now())


def write_schedule(
    session: Session, case_id: int, instalments: Sequence[InstalmentInput], now: datetime
) -> None:
    """Replace the case's instalments inside the caller's transaction (numbered by date)."""
    clean = sorted((_checked(item) for item in instalments), key=lambda item: item.due_date)
    if not clean:
        raise InputError("instalments", 0, Marked(N_("give at least one instalment")))
    repo = _plan_row(session, case_id, now)
    repo.remove_instalments(case_id)
    audit = AuditLog(session)
    for number, item in enumerate(clean, start=1):
        row = Instalment(
            case_id=case_id,
            number=number,
            due_date=item.due_date,
            amount=item.amount,
            state=item.state,
            settled_on=item.settled_on,
            note=item.note,
            created_at=now,
            updated_at=now,
        )
        repo.add(row)
        audit.record("create", row, now)


def _plan_row(session: Session, case_id: int, now: datetime) -> PlanRepository:
    case = CaseRepository(session).get(case_id)
    if case.status is not CaseStatus.OPEN:
        raise KnownError(
            Marked(N_("Case {case} is closed; reopen it before changing its payment plan."), case=case_id)
        )
    case.updated_at = now
    repo = PlanRepository(session)
    if repo.plan(case_id) is None:
        plan = PaymentPlan(case_id=case_id, created_at=now, updated_at=now)
        repo.add(plan)
        AuditLog(session).record("create", plan, now)
    return repo


def _checked(item: InstalmentInput) -> InstalmentInput:
    _check_day(item.due_date, "due date")
    if (
        not item.amount.is_finite()
        or not Decimal("0") < item.amount < MAX_AMOUNT
        or item.amount != item.amount.quantize(Decimal("0.01"))
    ):
        raise InputError(
            "amount", str(item.amount), Marked(N_("give a positive amount with at most two decimals"))
        )
    if item.settled_on is not None:
        _check_day(item.settled_on, "settled on")
    return InstalmentInput(
        item.due_date,
        item.amount,
        item.state,
        item.settled_on,
        clean_text(item.note, "note", LONG_TEXT_MAX, multiline=True),
    )


def _check_day(day: date, field: str) -> None:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise InputError(
            field,
            day.isoformat(),
            Marked(N_("dates must fall between {first} and {last}"), first=MIN_YEAR, last=MAX_YEAR),
        )
