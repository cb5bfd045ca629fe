"""The one dossier pipeline: the GUI, the CLI and the tests all export through here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from casekeeper import __version__
from casekeeper.i18n.markers import N_, Marked
from casekeeper.services.cases import CaseService
from casekeeper.services.clock import Clock
from casekeeper.services.deadlines import DeadlineService

if TYPE_CHECKING:  # reportlab is imported only when a dossier is made (start-up speed)
    from casekeeper.export import ChecklistItem, DossierOptions, DossierResult
    from casekeeper.services.plan import PlanService

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class DossierService:
    """Render a case's dossier PDF, and list what is missing before doing so."""

    def __init__(self, cases: CaseService, deadlines: DeadlineService, clock: Clock,
                 audit_head: Callable[[], str | None] | None = None,
                 plans: PlanService | None = None) -> None:
        self._plans = plans
        self._cases = cases
        self._deadlines = deadlines
        self._clock = clock
        self._audit_head = audit_head

    def checklist(self, case_id: int, language: str = "en") -> tuple[ChecklistItem, ...]:
        """What the person may want to fix first (missing references, due dates, files...)."""
        from casekeeper.export import completeness_checklist

        return completeness_checklist(self._cases.detail(case_id), language)

    def export(self, case_id: int, target: Path, options: DossierOptions | None = None,
               progress: Progress | None = None, cancelled: Cancelled | None = None
               ) -> DossierResult:
        """Write the dossier of ``case_id`` to ``target`` (atomically; nothing on failure)."""
        from casekeeper.export import DossierOptions, DossierRequest, render_dossier

        chosen = options or DossierOptions()
        if chosen.date_from and chosen.date_to and chosen.date_from > chosen.date_to:
            from casekeeper.errors import InputError

            raise InputError(
                "--from",
                chosen.date_from.isoformat(),
                Marked(N_("the start of the date range must come before its end")),
            )
        head = chosen.audit_chain_head or (self._audit_head() if self._audit_head else None)
        chosen = replace(chosen, app_version=chosen.app_version or __version__,
                         audit_chain_head=head,
                         generated_at=self._clock.now() if not chosen.deterministic
                         else chosen.generated_at)
        case = self._cases.detail(case_id)
        request = DossierRequest(
            case=case,
            deadlines=tuple(self._deadlines.for_case(case_id, chosen.language)),
            display_zone=self._deadlines.case_zone(case),
            entity=self._deadlines.company_of(case),
            options=chosen,
            advice=self._deadlines.advice_note(case_id, chosen.language),
            plan=self._plans.view(case_id, chosen.language) if self._plans else None,
        )
        return render_dossier(request, target, progress=progress, cancelled=cancelled)

    def today(self) -> date:
        """Today in the person's zone (for default file names)."""
        return self._deadlines.today()
