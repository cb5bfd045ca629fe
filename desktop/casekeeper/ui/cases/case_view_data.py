"""Everything the right pane shows for a case, read at once (a snapshot, not live)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from casekeeper.domain.dto import CaseDetail, DeadlineView
from casekeeper.domain.enums import Stage
from casekeeper.errors import KnownError
from casekeeper.ui.common import knowledge_adapter as rules
from casekeeper.ui.common.next_words import next_words, reason_words

if TYPE_CHECKING:
    from casekeeper.services.rules import RulesService

log = logging.getLogger("casekeeper.ui")


@dataclass(frozen=True, slots=True)
class CaseViewData:
    """A case with its deadlines and the suggested next step, in words."""

    case: CaseDetail
    deadlines: list[DeadlineView]
    next_stage: Stage | None
    next_words: str
    reason: str


def read_view_data(rules_service: RulesService, case: CaseDetail, today: date) -> CaseViewData:
    """Derive deadlines and the next step; a broken rulepack leaves them empty, not the window."""
    try:
        deadlines = rules.deadlines(rules_service, case, today)
        step = rules.next_step(rules_service, case, today)
    except KnownError as error:
        log.warning("Rules unavailable for %s: %s", case.country, error)
        deadlines, step = [], None
    stage = step.stage if step is not None else None
    return CaseViewData(
        case,
        deadlines,
        stage,
        next_words(case, deadlines, stage, today),
        reason_words(case, deadlines, today),
    )
