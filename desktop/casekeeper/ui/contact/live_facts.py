"""What call mode shows from the case: its reference numbers and the "have ready" list."""

from __future__ import annotations

from casekeeper.domain.dto import CaseDetail
from casekeeper.ui.common.i18n import format_date, translate

EARLIER_REFERENCES = 3  # the latest references Klarna gave in earlier contacts


def references(case: CaseDetail) -> list[tuple[str, str]]:
    """Klarna's reference, the order number, and the latest references given in earlier contacts."""
    items = [(translate("LiveCall", "Klarna reference"), case.klarna_ref),
             (translate("LiveCall", "Order number"), case.order_ref)]
    seen = {case.klarna_ref, case.order_ref, ""}
    earlier = sorted(case.interactions, key=lambda item: item.occurred_at, reverse=True)
    for contact in earlier:
        if contact.reference and contact.reference not in seen:
            seen.add(contact.reference)
            items.append((translate("LiveCall", "Reference of %1").replace(
                "%1", format_date(contact.occurred_at.date())), contact.reference))
            if len(items) >= 2 + EARLIER_REFERENCES:
                break
    return items


def have_ready(case: CaseDetail) -> list[tuple[str, str]]:
    """Account e-mail, order number, date, merchant, amount and what the person asks for."""
    amount = f"{case.amount} {case.currency or ''}".strip() if case.amount is not None else ""
    return [
        (translate("LiveCall", "Account e-mail"), case.consumer_email),
        (translate("LiveCall", "Order number"), case.order_ref),
        (translate("LiveCall", "Purchase date"),
         format_date(case.purchase_date) if case.purchase_date else ""),
        (translate("LiveCall", "Merchant"), case.merchant),
        (translate("LiveCall", "Amount"), amount),
        (translate("LiveCall", "What you ask for"), case.remedy),
    ]
