"""Take the person to the place where a checklist item is fixed: a tab, a field, a timeline row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QWidget

from casekeeper.domain.enums import TrashKind
from casekeeper.ui.app.controller import CaseController
from casekeeper.ui.journal.timeline_model import TimelineRole

_FIELDS = {
    "no-order-ref": "order_ref",
    "no-klarna-ref": "klarna_ref",
    "no-amount": "amount",
    "no-purchase-date": "purchase_date",
    "no-problem-text": "problem_text",
    "no-remedy": "remedy",
}


def go_to(controller: CaseController, window: QWidget, record_kind: str, record_id: int, code: str) -> str:
    """Show the record behind a checklist item; returns what was done (``details``, ``timeline``...)."""
    page = controller.page
    dialogs = getattr(window, "dialogs", None)
    window.raise_()
    window.activateWindow()
    if code == "no-interactions" and dialogs is not None:
        dialogs.log_contact()
        return "log"
    if code == "no-stage" and dialogs is not None:
        dialogs.escalate()
        return "escalate"
    if code in ("no-exhibits", "exhibit-missing"):
        page.tabs.setCurrentWidget(page.evidence)
        return "evidence"
    if record_kind in ("interaction", "promise"):
        page.tabs.setCurrentIndex(0)
        if select_in_timeline(controller, record_kind, record_id):
            return "timeline"
    page.tabs.setCurrentWidget(page.details)
    field = getattr(page.details.form, _FIELDS.get(code, "title"), None)
    if isinstance(field, QWidget):
        field.setFocus()
    return "details"


def select_in_timeline(controller: CaseController, record_kind: str, record_id: int) -> bool:
    """Select the contact (or the contact carrying the promise, or the lone promise)."""
    kind, ident = TrashKind.INTERACTION, record_id
    if record_kind == "promise":
        case = controller.case
        promise = next((p for p in case.promises if p.id == record_id), None) if case else None
        if promise is not None and promise.interaction_id is not None:
            ident = promise.interaction_id
        else:
            kind = TrashKind.PROMISE
    model = controller.page.timeline_model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        entry = index.data(TimelineRole.ENTRY)
        if entry is not None and entry.kind is kind and entry.record_id == ident:
            _select(controller, index)
            return True
    return False


def _select(controller: CaseController, index: QModelIndex) -> None:
    view = controller.page.timeline
    view.setCurrentIndex(index)
    view.scrollTo(index)
    view.setFocus()
