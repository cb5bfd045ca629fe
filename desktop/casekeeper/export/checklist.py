"""Completeness checklist before export: what is missing from a case, record by record, in en/fr."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casekeeper.domain.dto import CaseDetail
from casekeeper.domain.enums import Outcome, PromiseState
from casekeeper.domain.values import local_time

_TEXTS: dict[str, tuple[str, str]] = {
    "no-interactions": (
        "No contact with Klarna has been logged yet.",
        "Aucun contact avec Klarna n'a encore été consigné.",
    ),
    "interaction-no-reference": (
        "Contact of {when} has no reference number.",
        "Le contact du {when} n'a pas de numéro de référence.",
    ),
    "interaction-outcome-pending": (
        "Contact of {when} has no outcome yet.",
        "Le contact du {when} n'a pas encore de résultat.",
    ),
    "promise-no-due-date": (
        "Promise \u201c{text}\u201d has no due date.",
        "La promesse « {text} » n'a pas d'échéance.",
    ),
    "promise-overdue": (
        "Promise \u201c{text}\u201d is past its due date: mark it kept or broken.",
        "La promesse « {text} » a dépassé son échéance : notez-la tenue ou non tenue.",
    ),
    "exhibit-missing": (
        "Exhibit {label} ({name}) is missing from the store.",
        "La pièce {label} ({name}) est absente du stockage.",
    ),
    "no-stage": (
        "No step on the escalation ladder has been recorded.",
        "Aucune étape d'escalade n'a été enregistrée.",
    ),
    "no-order-ref": ("The order number is missing.", "Le numéro de commande manque."),
    "no-klarna-ref": ("The Klarna reference is missing.", "La référence Klarna manque."),
    "no-amount": ("The disputed amount is missing.", "Le montant contesté manque."),
    "no-purchase-date": ("The purchase date is missing.", "La date d'achat manque."),
    "no-problem-text": ("The problem is not described.", "Le problème n'est pas décrit."),
    "no-remedy": (
        "The remedy you want is not stated.",
        "La solution souhaitée n'est pas indiquée.",
    ),
    "no-exhibits": (
        "No document is attached as evidence.",
        "Aucun document n'est joint comme pièce.",
    ),
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
        english, french = _TEXTS[code]
        return ChecklistItem(
            code, (french if language == "fr" else english).format(**values), kind, ident
        )

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
        when = local_time(contact.occurred_at, contact.zone).strftime("%Y-%m-%d %H:%M")
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
