"""Everything the right pane shows for a case, read at once (a snapshot, not live)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from casekeeper.domain.dto import CaseDetail, DeadlineView
from casekeeper.domain.enums import Stage
from casekeeper.errors import KnownError
from casekeeper.knowledge.advice import Advice, Focus, FocusKind
from casekeeper.ui.common import knowledge_adapter as rules
from casekeeper.ui.common.labels import LADDER, is_closed
from casekeeper.ui.common.next_words import next_words, reason_words

if TYPE_CHECKING:
    from casekeeper.services.rules import RulesService

log = logging.getLogger("casekeeper.ui")


@dataclass(frozen=True, slots=True)
class CaseViewData:
    """A case with the knowledge layer's advice (deadlines, next step, tracks), in words."""

    case: CaseDetail
    deadlines: list[DeadlineView]
    next_stage: Stage | None
    next_words: str
    reason: str
    advice: Advice | None = None
    ladder: tuple[Stage, ...] = LADDER


def read_ladder(rules_service: RulesService, case: CaseDetail) -> tuple[Stage, ...]:
    """The rungs of the case's ladder (the header's stepper); the usual ladder if the rulepack
    is broken."""
    try:
        return tuple(stage for stage, _step in rules.case_ladder(rules_service, case))
    except KnownError as error:
        log.warning("Ladder unavailable for %s: %s", case.country, error)
        return LADDER


def read_view_data(rules_service: RulesService, case: CaseDetail, today: date,
                   ladder: tuple[Stage, ...] | None = None) -> CaseViewData:
    """Derive the advice; a broken rulepack leaves it empty, not the window."""
    try:
        advice: Advice | None = rules.advice(rules_service, case, today)
    except KnownError as error:
        log.warning("Rules unavailable for %s: %s", case.country, error)
        advice = None
    if ladder is None:
        ladder = read_ladder(rules_service, case)
    if advice is None:
        focus = Focus(FocusKind.CLOSED if is_closed(case) else FocusKind.LOG_CONTACTS)
        return CaseViewData(case, [], None, next_words(focus, today), "", None, ladder)
    step = advice.next_step
    return CaseViewData(
        case,
        sorted(advice.deadlines, key=lambda view: view.due),
        step.stage if step is not None else None,
        next_words(advice.focus, today),
        reason_words(step),
        advice,
        ladder,
    )
