"""The main window opens on a data folder, lists its cases and shows the selected one."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from casekeeper.domain.dto import CaseInput
from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.settings import Settings


def test_the_window_lists_the_cases(qtbot: QtBot, workspace: Workspace, settings: Settings) -> None:
    workspace.cases.create(
        CaseInput(title="Coat never delivered", merchant="Nordvik Store", amount=Decimal("74.50"))
    )
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.case_list.proxy.rowCount() == 1)
    index = window.case_list.proxy.index(0, 0)
    assert index.data() == "Coat never delivered"
    assert "Nordvik Store" in window.case_list.proxy.index(0, 0).data(0x0101 + 1)


def test_the_selected_case_fills_header_timeline_evidence_and_deadlines(
    window: MainWindow, workspace: Workspace
) -> None:
    case_id = create_sample_case(workspace)
    window.controller.reload_cases(case_id)
    assert window.controller.case_id == case_id
    page = window.page
    assert "Colis arrivé endommagé" in page.header.title.text()
    assert "189.90" in page.header.references.text() or "189,90" in page.header.references.text()
    assert page.header.next_line.text().startswith("Next:")
    assert page.timeline_model.rowCount() > 6
    assert page.evidence_model.rowCount() == 3
    assert page.deadline_model.rowCount() >= 2
    assert "Phone FR" in window.status.channels.text()


def test_a_new_fraud_case_starts_with_the_first_contact_and_its_track(
    window: MainWindow, workspace: Workspace
) -> None:
    from casekeeper.domain.enums import ProblemCategory

    case_id = workspace.cases.create(CaseInput(title="A purchase I never made", country="FR",
                                               problem=ProblemCategory.UNAUTHORISED_PURCHASE))
    window.controller.reload_cases(case_id)
    header = window.page.header.next_line.text()
    assert header.startswith("Next: start by contacting Klarna")
    assert "“Unauthorised purchase or fraud”" in header
    data = window.controller.view_data
    assert data is not None and data.advice is not None
    assert "In the Klarna app, open the purchase" in data.reason  # the track's first step


def test_the_deadlines_tab_selects_its_first_row_when_it_is_shown(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    """Opening a case on its timeline leaves the hidden Deadlines table unselected (selecting lays
    out every row); showing the tab selects the first deadline and shows its source, as before."""
    case_id = create_sample_case(workspace)
    window.show()
    window.page.tabs.setCurrentIndex(0)
    window.controller.reload_cases(case_id)
    tab = window.page.deadlines
    assert window.page.deadline_model.rowCount() >= 2
    assert not tab.table.selectionModel().hasSelection() and tab.details.text() == ""
    window.page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.table.selectionModel().hasSelection())
    assert [index.row() for index in tab.table.selectionModel().selectedRows()] == [0]
    first = window.page.deadline_model.index(0, 0).data()
    assert tab.details.text().startswith(f"{first}\n")
    window.page.tabs.setCurrentIndex(0)
    window.controller.show_case(case_id)  # opened again while the tab is hidden
    window.page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.table.selectionModel().hasSelection())
    assert tab.details.text().startswith(f"{first}\n")
