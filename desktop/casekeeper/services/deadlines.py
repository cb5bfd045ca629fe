"""Deadlines of cases: computed from their events and their country's clocks, never typed in."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from casekeeper.domain.dto import AdviceNote, CaseDetail, CaseSummary, DeadlineView, TrackNote
from casekeeper.domain.enums import CaseStatus, DeadlineKind, DeadlineState, Party, SourceLevel
from casekeeper.errors import InputError
from casekeeper.services.cases import CaseService
from casekeeper.services.clock import Clock, today_in
from casekeeper.services.rules import RulesService

if TYPE_CHECKING:
    from casekeeper.knowledge.advice import TrackAdvice
    from casekeeper.knowledge.ladder import NextStep
    from casekeeper.services.plan import PlanService


log = logging.getLogger("casekeeper.deadlines")

NO_RULES_LABEL = ("No rules known for this country ({country}), so no deadline can be worked out "
                  "for this case. Choose a supported country in the case's details.")

@dataclass(frozen=True, slots=True)
class DueItem:
    """A deadline with the case it belongs to."""

    case_id: int
    case_title: str
    deadline: DeadlineView


class DeadlineService:
    """Deadlines per case, the due list across cases, next steps and calendar files."""

    def __init__(self, cases: CaseService, rules: RulesService, clock: Clock,
                 plans: PlanService | None = None) -> None:
        self._cases = cases
        self._rules = rules
        self._clock = clock
        self._plans = plans

    def for_case(self, case_id: int, language: str = "en") -> list[DeadlineView]:
        """The case's deadlines by due date, with their state today, worded in ``language``."""
        from casekeeper.knowledge.deadlines import derive_deadlines

        case = self._cases.detail(case_id)
        pack = self._rules.effective_pack(case.country).pack
        views = derive_deadlines(case, pack, today_in(self._clock), language)
        pause = self._plans.deadline(case, language) if self._plans is not None else None
        if pause is not None:  # the day a paused payment resumes (the dispute's payment pause)
            views = sorted([*views, pause], key=lambda view: (view.due, view.key))
        return views

    def case_zone(self, case: CaseDetail) -> str:
        """The zone a case's times are shown in: the one chosen for it, else its country's."""
        return case.display_zone or self._rules.effective_pack(case.country).pack.zone

    def company_of(self, case: CaseDetail) -> str:
        """The legal name of the company in dispute from the case's country rules, or ""."""
        from casekeeper.services.letter_content import company_of

        return company_of(self._rules.effective_pack(case.country).pack)

    def next_step(self, case_id: int, language: str = "en") -> NextStep | None:
        """The suggested next ladder step with its reason, or None once resolved."""
        from casekeeper.knowledge.ladder import suggest_next_step

        case = self._cases.detail(case_id)
        pack = self._rules.effective_pack(case.country).pack
        return suggest_next_step(case, pack, today_in(self._clock), language)

    def tracks(self, case_id: int, language: str = "en") -> tuple[TrackAdvice, ...]:
        """The tracks of the case's problem (first steps, what to keep, their clock)."""
        from casekeeper.knowledge.ladder import advise

        case = self._cases.detail(case_id)
        pack = self._rules.effective_pack(case.country).pack
        return advise(case, pack, today_in(self._clock), language).tracks

    def advice_note(self, case_id: int, language: str = "en") -> AdviceNote:
        """The next step, its reason and the problem's tracks in words, for documents."""
        from casekeeper.knowledge.ladder import advise

        case = self._cases.detail(case_id)
        pack = self._rules.effective_pack(case.country).pack
        advice = advise(case, pack, today_in(self._clock), language)
        step = advice.next_step
        tracks = tuple(TrackNote(track.label, track.first_steps, track.keep, track.source,
                                 track.level) for track in advice.tracks)
        if step is None:
            return AdviceNote(None, "", "", "", SourceLevel.UNKNOWN, tracks)
        return AdviceNote(step.stage, step.handler, step.reason, step.source, step.level, tracks,
                          step.warnings)

    def due(self, *, include_settled: bool = False, language: str = "en") -> list[DueItem]:
        """Deadlines of every open case, soonest first; met and missed ones only when asked."""
        items = []
        for summary in self._cases.summaries([CaseStatus.OPEN]):
            try:
                views = self.for_case(summary.id, language)
            except InputError:  # a case with a value no door accepts (e.g. country "ZZ")
                log.warning("case %s has no rules: its stored country is not known", summary.id)
                views = [self.no_rules_marker(summary)]
            for view in views:
                if include_settled or view.state in (DeadlineState.PENDING, DeadlineState.OVERDUE):
                    items.append(DueItem(summary.id, summary.title, view))
        return sorted(items, key=lambda item: (item.deadline.due, item.case_id))

    def no_rules_marker(self, summary: CaseSummary) -> DeadlineView:
        """The due list's line for a case whose stored country has no rules (never left out)."""
        today = today_in(self._clock)
        return DeadlineView(
            key=f"no-rules:{summary.country}", case_id=summary.id,
            label=NO_RULES_LABEL.format(country=summary.country), party=Party.CONSUMER, clock="",
            started_by="", started_on=today, due=today, state=DeadlineState.PENDING, met_on=None,
            days_late=0, source="", verified=False, kind=DeadlineKind.NO_RULES)

    def tracks_or_none(self, case_id: int, language: str = "en") -> tuple[TrackAdvice, ...]:
        """The case's tracks, or none when its stored country has no rules."""
        try:
            return self.tracks(case_id, language)
        except InputError:
            return ()

    def calendar(self, case_id: int | None = None, lead_days: Sequence[int] = (7, 3, 1),
                 language: str = "en") -> bytes:
        """An iCalendar file of the open deadlines (of one case or all), with alarms."""
        from casekeeper.knowledge.calendar import deadlines_to_ics

        if case_id is None:
            items = [(item.case_title, item.deadline) for item in self.due(language=language)
                     if item.deadline.kind is not DeadlineKind.NO_RULES]
        else:
            title = self._cases.detail(case_id).title
            items = [(title, view) for view in self.for_case(case_id, language)
                     if view.state in (DeadlineState.PENDING, DeadlineState.OVERDUE)]
        return deadlines_to_ics(items, [timedelta(days=days) for days in lead_days],
                                stamp=self._clock.now(), language=language)

    def today(self) -> date:
        """Today in the person's zone."""
        return today_in(self._clock)
