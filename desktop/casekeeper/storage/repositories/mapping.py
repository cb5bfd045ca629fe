"""Turn table rows into the frozen views the upper layers receive."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from casekeeper.domain.dto import EvidenceView, InteractionView, PromiseView, StageChangeView
from casekeeper.domain.enums import AgentKind, PromiseState
from casekeeper.domain.models import Evidence, Interaction, Promise, StageChange


def interaction_view(row: Interaction | Any, exhibits: tuple[int, ...] = (),
                     promise_ids: tuple[int, ...] = ()) -> InteractionView:
    """The view of one interaction, from its table model or a plain row of its table."""
    assert row.id is not None
    return InteractionView(
        id=row.id, case_id=row.case_id, occurred_at=row.occurred_at, zone=row.zone,
        channel=row.channel, direction=row.direction, agent_name=row.agent_name,
        agent_kind=row.agent_kind, asked_for_human=row.asked_for_human,
        transferred_to=row.transferred_to, reference=row.reference,
        wait_minutes=row.wait_minutes, call_minutes=row.call_minutes, summary=row.summary,
        transcript=row.transcript, outcome=row.outcome, number_dialled=row.number_dialled,
        tracking_number=row.tracking_number, email_subject=row.email_subject,
        exhibits=exhibits, promise_ids=promise_ids, letter_kind=row.letter_kind,
        asked_for_supervisor=bool(getattr(row, "asked_for_supervisor", False)),
        respond_by=getattr(row, "respond_by", None),
    )


def promise_view(row: Promise, today: date, made_by: str = "", made_at: datetime | None = None,
                 made_by_kind: AgentKind = AgentKind.UNKNOWN) -> PromiseView:
    """The view of one promise; overdue when still pending after its due date."""
    assert row.id is not None
    overdue = (row.state is PromiseState.PENDING and row.due_date is not None
               and row.due_date < today)
    return PromiseView(
        id=row.id, case_id=row.case_id, interaction_id=row.interaction_id, text=row.text,
        due_date=row.due_date, state=row.state, settled_at=row.settled_at,
        settled_by_interaction_id=row.settled_by_interaction_id, note=row.note,
        made_by=made_by, made_at=made_at, overdue=overdue, made_by_kind=made_by_kind,
    )


def stage_view(row: StageChange) -> StageChangeView:
    """The view of one stage change."""
    assert row.id is not None
    return StageChangeView(
        id=row.id, case_id=row.case_id, stage=row.stage, occurred_at=row.occurred_at,
        zone=row.zone, reference=row.reference, body=row.body, note=row.note,
    )


def evidence_view(row: Evidence, path_for: Callable[[str], Path]) -> EvidenceView:
    """The view of one exhibit, with the path of its original in the store."""
    assert row.id is not None
    return EvidenceView(
        id=row.id, case_id=row.case_id, exhibit_no=row.exhibit_no, title=row.title,
        original_name=row.original_name, media_type=row.media_type, size=row.size,
        sha256=row.sha256, document_date=row.document_date, interaction_id=row.interaction_id,
        added_at=row.added_at, stored_path=str(path_for(row.sha256)),
    )
