"""One row of the case list, apart from the other views: the start-up path reads the list before
anything else and imports only this (see ``casekeeper.domain.dto``, which re-exports it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from casekeeper.domain.enums import CaseStatus, Stage


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One row of the case list."""

    id: int
    title: str
    merchant: str
    country: str
    status: CaseStatus
    stage: Stage
    amount: Decimal | None
    currency: str | None
    last_contact_at: datetime | None
    interaction_count: int
    open_promises: int
    broken_promises: int
    overdue_promises: int
    updated_at: datetime
    is_example: bool = False
