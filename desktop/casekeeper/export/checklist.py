"""Completeness checklist before export: what is missing from a case, record by record."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casekeeper.domain.dto import CaseDetail
from casekeeper.domain.enums import Outcome, PromiseState
from casekeeper.domain.values import local_time
from casekeeper.i18n import N_, translator
from casekeeper.i18n.formats import short_datetime

_TEXTS: dict[str, str] = {
    "no-interactions": N_("No contact with Klarna has been logged yet."),
    "interaction-no-reference": N_("Contact of {when} has no reference number."),
    "interaction-outcome-pending": N_("Contact of {when} has no outcome yet."),
    "promise-no-due-date": N_("Promise \u201c{text}\u201d has no due date."),
    "promise-overdue": N_("Promise \u201c{text}\u201d is past its due date: mark it kept or broken."),
    "exhibit-missing": N_("Exhibit {label} ({name}) is missing from the store."),
    "no-stage": N_("No step on the escalation ladder has been recorded."),
    "no-order-ref": N_("The order number is missing."),
    "no-klarna-ref": N_("The Klarna reference is missing."),
    "no-amount": N_("The disputed amount is missing."),
    "no-purchase-date": N_("The purchase date is missing."),
    "no-problem-text": N_("The problem is not described."),
    "no-remedy": N_("The remedy you want is not stated."),
    "no-exhibits": N_("No document is attached as evidence."),
}


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One gap: a stable code, a plain message, and the record it refers to (kind, id)."""

    code: str
    message: str
    record_kind: str
    record_id: int


def completeness_checklist(case: CaseDetail, language: str = "en") -> tuple[ChecklistItem, ...]:
    # Times are shown in the zone each contact was entered in, as the timeline shows them.
    """Everything worth completing before the dossier is sent; empty when nothing is missing.

    Only the existence of exhibit files is checked on disk; nothing is read or written.
    """

    def item(code: str, kind: str, ident: int, **values: object) -> ChecklistItem:
        text = translator(language).marked(_TEXTS[code])
        return ChecklistItem(code, text.format(**values), kind, ident)

    out: list[ChecklistItem] = []
    for code, missing in (
        ("no-order-ref", not case.order_ref),
        ("no-klarna-ref", not case.klarna_ref),
        ("no-amount", case.amount is None),
        ("no-purchase-date", case.purchase_date is None),
        ("no-problem-text", not case.problem_text.strip()),
        ("no-remedy", not case.remedy.strip()),
        ("no-interactions", not case.interactions),
        ("no-stage", not case.stages),
        ("no-exhibits", not case.evidence),
    ):
        if missing:
            out.append(item(code, "case", case.id))
    for contact in sorted(case.interactions, key=lambda i: i.occurred_at):
        when = short_datetime(local_time(contact.occurred_at, contact.zone), language)
        if not contact.reference:
            out.append(item("interaction-no-reference", "interaction", contact.id, when=when))
        if contact.outcome == Outcome.PENDING:
            out.append(item("interaction-outcome-pending", "interaction", contact.id, when=when))
    for promise in case.promises:
        if promise.due_date is None:
            out.append(
                item("promise-no-due-date", "promise", promise.id, text=_short(promise.text))
            )
        elif promise.overdue and promise.state == PromiseState.PENDING:
            out.append(item("promise-overdue", "promise", promise.id, text=_short(promise.text)))
    for exhibit in case.evidence:
        if not Path(exhibit.stored_path).is_file():
            out.append(
                item(
                    "exhibit-missing",
                    "evidence",
                    exhibit.id,
                    label=exhibit.label,
                    name=exhibit.original_name,
                )
            )
    return tuple(out)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
