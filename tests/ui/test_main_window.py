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


def test_a_case_picked_in_the_list_paints_its_timeline_before_its_advice(
    window: MainWindow, workspace: Workspace, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The title and timeline are on screen first; the next step, the deadlines and the counts
    follow within the same call, and nothing of the previous case is shown meanwhile."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    import casekeeper.ui.app.controller as controller_module

    first = create_sample_case(workspace)
    second = workspace.cases.create(CaseInput(title="Refund never came", merchant="Nordvik", country="FR"))
    window.controller.reload_cases(first)
    page = window.page
    seen: list[tuple[str, str, str]] = []
    places: list[tuple[object, object]] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                seen.append((page.header.title.text(), page.header.next_line.text(), page.tabs.tabText(3)))
                places.append((page.header.title.geometry(), page.tabs.geometry()))
            return False

    watch = PaintWatch()
    page.timeline.viewport().installEventFilter(watch)
    advised_after: list[int] = []
    read_view_data = controller_module.read_view_data

    def advising(*args, **kwargs):  # type: ignore[no-untyped-def]
        advised_after.append(len(seen))
        return read_view_data(*args, **kwargs)

    monkeypatch.setattr(controller_module, "read_view_data", advising)
    window.case_list.select_case(second)  # what a click in the list does
    page.timeline.viewport().removeEventFilter(watch)
    assert advised_after and advised_after[0] >= 1, "the timeline was not painted before the advice"
    title, next_line, deadlines_tab = seen[0]
    assert title == "Refund never came" and next_line == "" and deadlines_tab == "Deadlines"
    assert page.header.next_line.text().startswith("Next:")  # all filled when the call returns
    assert page.tabs.tabText(3).startswith("Deadlines (")
    assert window.controller.view_data is not None and window.controller.view_data.case.id == second
    # the first paint is laid out for this case: the example's banner of the last case is gone
    # there already, so nothing moves when the next step arrives
    QApplication.processEvents()
    assert places[0] == (page.header.title.geometry(), page.tabs.geometry())
