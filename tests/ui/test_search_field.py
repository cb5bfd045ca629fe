"""The search field narrows the case list; a query matching too many entries keeps every case."""

from __future__ import annotations

from casekeeper.domain.dto import CaseInput
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow


def _visible_ids(window: MainWindow) -> set[int]:
    from casekeeper.ui.cases.case_list_model import CaseRole

    proxy = window.case_list.proxy
    return {int(proxy.index(row, 0).data(CaseRole.ID)) for row in range(proxy.rowCount())}


def test_an_unselective_query_keeps_every_case_and_asks_for_more_letters(
        window: MainWindow, workspace: Workspace) -> None:
    ids = [workspace.cases.create(CaseInput(title=title, merchant="Nordvik"))
           for title in ("Coat never delivered", "Cancelled order", "Broken chair")]
    window.case_list.set_status_filter("all")
    window.controller.reload_cases(ids[0])
    workspace.search.candidates = 2  # as if "c" matched more entries than a keystroke reads
    window.search.setText("c")
    window.controller._run_search()
    assert _visible_ids(window) == set(ids)  # no case that matches is hidden
    note = window.case_list.no_match
    assert note.isVisibleTo(window) and "“c”" in note.text() and "Type more" in note.text()
    window.search.setText("coat")  # selective: the list is narrowed and the note goes
    window.controller._run_search()
    assert _visible_ids(window) == {ids[0]}
    assert not note.isVisibleTo(window)
