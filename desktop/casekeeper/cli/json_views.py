"""The JSON shapes of the read commands (documented in docs/cli.md)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from casekeeper.domain.values import local_time

if TYPE_CHECKING:  # the views are only read here: `case list` answers without making them all
    from casekeeper.domain.dto import (
        CaseDetail,
        CaseSummary,
        EvidenceView,
        InteractionView,
        PromiseView,
        SearchHit,
        StageChangeView,
        TrashItem,
    )


def _at(instant: datetime, zone: str) -> str:
    return local_time(instant, zone).isoformat(timespec="minutes")


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _money(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def case_summary(case: CaseSummary) -> dict[str, Any]:
    """One case of ``case list``."""
    return {
        "id": case.id, "title": case.title, "merchant": case.merchant, "country": case.country,
        "status": case.status.value, "stage": case.stage.value, "amount": _money(case.amount),
        "currency": case.currency, "interactions": case.interaction_count,
        "last_contact": None if case.last_contact_at is None else case.last_contact_at.isoformat(),
        "open_promises": case.open_promises, "broken_promises": case.broken_promises,
        "overdue_promises": case.overdue_promises,
    }


def interaction(row: InteractionView) -> dict[str, Any]:
    """One contact."""
    return {
        "id": row.id, "at": _at(row.occurred_at, row.zone), "zone": row.zone,
        "at_utc": row.occurred_at.isoformat(), "channel": row.channel.value,
        "direction": row.direction.value, "agent": row.agent_name,
        "agent_kind": row.agent_kind.value, "asked_for_human": row.asked_for_human,
        "asked_for_supervisor": row.asked_for_supervisor,
        "transferred_to": row.transferred_to, "ref": row.reference,
        "wait_minutes": row.wait_minutes, "call_minutes": row.call_minutes,
        "summary": row.summary, "transcript": row.transcript, "outcome": row.outcome.value,
        "number_dialled": row.number_dialled, "tracking": row.tracking_number,
        "email_subject": row.email_subject, "exhibits": [f"E{n}" for n in row.exhibits],
        "respond_by": row.respond_by.isoformat() if row.respond_by else None,
    }


def promise(row: PromiseView) -> dict[str, Any]:
    """One promise."""
    return {
        "id": row.id, "text": row.text, "due": _day(row.due_date), "state": row.state.value,
        "overdue": row.overdue, "interaction": row.interaction_id, "made_by": row.made_by,
        "made_by_kind": row.made_by_kind.value,
        "settled_by": row.settled_by_interaction_id, "note": row.note,
    }


def stage(row: StageChangeView) -> dict[str, Any]:
    """One stage change."""
    return {"id": row.id, "stage": row.stage.value, "at": _at(row.occurred_at, row.zone),
            "zone": row.zone, "ref": row.reference, "body": row.body, "note": row.note}


def exhibit(row: EvidenceView) -> dict[str, Any]:
    """One exhibit."""
    return {"id": row.id, "exhibit": row.label, "title": row.title, "filename": row.original_name,
            "media_type": row.media_type, "sha256": row.sha256, "size": row.size,
            "date": _day(row.document_date), "interaction": row.interaction_id}


def case_detail(case: CaseDetail) -> dict[str, Any]:
    """The whole case of ``case show``."""
    return {
        "id": case.id, "title": case.title, "company": case.company, "country": case.country,
        "product": case.product.value, "merchant": case.merchant, "order_ref": case.order_ref,
        "klarna_ref": case.klarna_ref, "amount": _money(case.amount), "currency": case.currency,
        "purchase_date": _day(case.purchase_date), "problem": case.problem.value,
        "problem_text": case.problem_text, "remedy": case.remedy, "status": case.status.value,
        "stage": case.stage.value, "notes": case.notes, "closing_outcome": case.closing_outcome,
        "display_zone": case.display_zone,
        "created_at": case.created_at.isoformat(), "updated_at": case.updated_at.isoformat(),
        "interactions": [interaction(row) for row in case.interactions],
        "promises": [promise(row) for row in case.promises],
        "stages": [stage(row) for row in case.stages],
        "evidence": [exhibit(row) for row in case.evidence],
    }


def search_hit(hit: SearchHit) -> dict[str, Any]:
    """One search result."""
    return {"case_id": hit.case_id, "case_title": hit.case_title, "kind": hit.kind,
            "record_id": hit.record_id, "snippet": hit.snippet,
            "at": None if hit.occurred_at is None else hit.occurred_at.isoformat()}


def trash_item(item: TrashItem) -> dict[str, Any]:
    """One record in the trash."""
    return {"kind": item.kind.value, "id": item.record_id, "case_id": item.case_id,
            "case_title": item.case_title, "description": item.description,
            "deleted_at": item.deleted_at.isoformat()}
