"""The header's stepper and the Escalate dialog show one ladder: the same steps in the same order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from casekeeper.domain.dto import CaseInput
from casekeeper.domain.enums import Product, Stage
from casekeeper.knowledge.ladder import ladder_for
from casekeeper.knowledge.loader import load_pack, shipped_pack_names
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow


def _escalate_steps(window: MainWindow) -> list[Stage]:
    dialog = window.dialogs.escalate()
    assert dialog is not None
    steps: QListWidget = dialog.steps  # type: ignore[attr-defined]
    found = [Stage(str(steps.item(row).data(Qt.ItemDataRole.UserRole))) for row in range(steps.count())]
    dialog.close()
    return found


@pytest.mark.parametrize("country", [*shipped_pack_names(), "DK"])
def test_header_and_escalate_show_the_same_ladder(country: str, window: MainWindow,
                                                  workspace: Workspace) -> None:
    for product in Product:
        case_id = workspace.cases.create(CaseInput(title=f"{country} {product.value}", country=country,
                                                   product=product))
        window.controller.reload_cases(case_id)
        header = list(window.page.header.stepper.rungs)
        assert header == _escalate_steps(window), (country, product)
        expected = [stage for stage, _step in ladder_for(load_pack(country), product, Stage.FIRST_CONTACT)]
        assert header == [*expected, Stage.RESOLVED]


def test_a_step_closed_to_the_product_is_in_neither(window: MainWindow, workspace: Workspace) -> None:
    case_id = workspace.cases.create(CaseInput(title="Card", country="GB", product=Product.CARD))
    window.controller.reload_cases(case_id)
    assert Stage.INTERNAL_REVIEW not in window.page.header.stepper.rungs
    assert Stage.INTERNAL_REVIEW not in _escalate_steps(window)
