"""The main window opens on a data folder and lists its cases."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from casekeeper.domain.dto import CaseInput
from casekeeper.services.workspace import Workspace
from casekeeper.ui.case_list_model import CaseListModel
from casekeeper.ui.main_window import MainWindow


def test_the_case_list_model_is_a_well_behaved_model(qtmodeltester, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.cases.create(CaseInput(title="One", merchant="Shop", amount=Decimal("10")))
    workspace.cases.create(CaseInput(title="Two"))
    model = CaseListModel()
    model.set_cases(workspace.cases.summaries())
    qtmodeltester.check(model)


def test_the_window_lists_the_cases(qtbot: QtBot, workspace: Workspace) -> None:
    workspace.cases.create(CaseInput(title="Coat never delivered", merchant="Nordvik Store"))
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    model = window.case_table.model()
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Coat never delivered"
    assert model.index(0, 1).data() == "Nordvik Store"
