"""Opening, editing, closing and reopening cases."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from casekeeper.domain.dto import CaseInput
from casekeeper.domain.enums import CaseStatus, Stage
from casekeeper.errors import InputError, KnownError, NotFoundError
from casekeeper.services.workspace import Workspace


def _case(**changes: object) -> CaseInput:
    base = CaseInput(title="Coat never delivered", merchant="Nordvik Store", country="fr",
                     amount=Decimal("74.50"), currency="eur", order_ref="NV-88213")
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_new_case_is_open_at_first_contact_with_normalised_codes(workspace: Workspace) -> None:
    case = workspace.cases.detail(workspace.cases.create(_case()))
    assert (case.status, case.stage) == (CaseStatus.OPEN, Stage.FIRST_CONTACT)
    assert (case.country, case.currency, case.amount) == ("FR", "EUR", Decimal("74.50"))
    assert case.company == "Klarna"


def test_an_amount_without_currency_is_taken_as_euros(workspace: Workspace) -> None:
    case = workspace.cases.detail(workspace.cases.create(_case(currency=None)))
    assert case.currency == "EUR"


@pytest.mark.parametrize(("changes", "field"), [
    ({"title": "   "}, "title"), ({"country": "XX"}, "country"), ({"currency": "EURO"}, "currency"),
    ({"amount": Decimal("-3")}, "amount"), ({"amount": Decimal("NaN")}, "amount"),
    ({"amount": Decimal("1e30")}, "amount"), ({"title": "x" * 201}, "title"),
])
def test_invalid_cases_are_refused_and_nothing_is_written(workspace: Workspace,
                                                          changes: dict[str, object],
                                                          field: str) -> None:
    with pytest.raises(InputError) as caught:
        workspace.cases.create(_case(**changes))
    assert caught.value.field == field
    assert workspace.cases.summaries() == []


def test_editing_keeps_the_id_and_changes_the_fields(workspace: Workspace) -> None:
    case_id = workspace.cases.create(_case())
    current = workspace.cases.detail(case_id).as_input()
    workspace.cases.update(case_id, replace(current, remedy="Refund of 74.50 EUR"))
    assert workspace.cases.detail(case_id).remedy == "Refund of 74.50 EUR"


def test_close_and_reopen(workspace: Workspace) -> None:
    case_id = workspace.cases.create(_case())
    workspace.cases.close(case_id, "Refunded in full", resolved=True)
    closed = workspace.cases.detail(case_id)
    assert (closed.status, closed.closing_outcome) == (CaseStatus.RESOLVED, "Refunded in full")
    assert closed.closed_at is not None
    workspace.cases.reopen(case_id)
    assert workspace.cases.detail(case_id).status is CaseStatus.OPEN


def test_closing_without_resolution(workspace: Workspace) -> None:
    case_id = workspace.cases.create(_case())
    workspace.cases.close(case_id, "Gave up", resolved=False)
    assert workspace.cases.detail(case_id).status is CaseStatus.CLOSED_UNRESOLVED


def test_closing_twice_is_refused(workspace: Workspace) -> None:
    case_id = workspace.cases.create(_case())
    workspace.cases.close(case_id, "done", resolved=True)
    with pytest.raises(KnownError, match="already closed"):
        workspace.cases.close(case_id, "again", resolved=True)


def test_unknown_case_is_a_plain_not_found(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError, match="case 42 does not exist"):
        workspace.cases.detail(42)


def test_list_filters_by_status(workspace: Workspace) -> None:
    open_id = workspace.cases.create(_case(title="open one"))
    closed_id = workspace.cases.create(_case(title="closed one"))
    workspace.cases.close(closed_id, "done", resolved=True)
    assert [c.id for c in workspace.cases.summaries([CaseStatus.OPEN])] == [open_id]
    assert {c.id for c in workspace.cases.summaries()} == {open_id, closed_id}


def test_open_among_names_only_the_open_cases_asked_about(workspace: Workspace) -> None:
    kept, closed, trashed, other = (workspace.cases.create(_case(title=f"case {n}"))
                                    for n in range(4))
    workspace.cases.close(closed, "Refunded", resolved=True)
    workspace.trash.delete_case(trashed)
    assert workspace.cases.open_among({kept, closed, trashed, 999}) == {kept}
    assert workspace.cases.open_among(set()) == set()
    assert other not in workspace.cases.open_among({kept})
