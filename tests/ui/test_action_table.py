"""Every action is declared once in the table, and the menus and toolbar are built from it alone."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from casekeeper.domain.dto import CaseInput
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.action_table import Needs, action_table, menu_layout
from casekeeper.ui.app.main_window import MainWindow


def _menu_entries(window: MainWindow) -> dict[str, list[str]]:
    entries: dict[str, list[str]] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        entries[menu.objectName()] = ["-" if a.isSeparator() else a.text() for a in menu.actions()]
    return entries


def test_each_action_id_is_declared_once_in_a_declared_menu() -> None:
    table = action_table()
    ids = [spec.id for spec in table]
    assert len(ids) == len(set(ids))
    menus = {menu.id for menu in menu_layout()}
    assert {spec.menu for spec in table} == menus  # no empty menu, no unknown one
    positions = [spec.toolbar for spec in table if spec.toolbar]
    assert sorted(positions) == list(range(1, len(positions) + 1))


def test_the_menu_bar_holds_exactly_the_table_in_its_order(window: MainWindow) -> None:
    table = action_table()
    entries = _menu_entries(window)
    assert list(entries) == [f"{menu.id}-menu" for menu in menu_layout()]
    for menu in menu_layout():
        rows = [spec for spec in table if spec.menu == menu.id]
        expected: list[str] = []
        for previous, spec in zip([None, *rows], rows, strict=False):
            if previous is not None and previous.group != spec.group:
                expected.append("-")
            expected.append(spec.text)
        assert entries[f"{menu.id}-menu"] == expected
    shown = [action.text() for action in window.toolbar.actions()][:5]
    assert shown == [spec.text for spec in sorted((s for s in table if s.toolbar), key=lambda s: s.toolbar)]


def test_the_file_menu_reads_as_before(window: MainWindow) -> None:
    assert _menu_entries(window)["file-menu"] == [
        "&New case…", "-", "E&xport dossier…", "Export deadlines to &calendar…",
        "Export this case's deadlines to ca&lendar…", "-", "&Backups…", "-", "Export all &data…",
        "Export this &case…", "&Import…", "-", "&Preferences…", "&Quit",
    ]


def test_actions_follow_the_case_shown(window: MainWindow, workspace: Workspace) -> None:
    needs = {spec.id: spec.needs for spec in action_table()}
    window.controller.show_case(0)
    for name, action in window.actions_.items():
        assert action.isEnabled() == (needs[name] is Needs.NOTHING), name
    case_id = workspace.cases.create(CaseInput(title="Coat"))
    window.controller.reload_cases(case_id)
    window.controller.show_case(case_id)
    for name, action in window.actions_.items():
        assert action.isEnabled() == (needs[name] is not Needs.CLOSED_CASE), name
    workspace.cases.close(case_id, "Refunded", resolved=True)
    window.case_list.set_status_filter("all")  # keep the closed case in view
    window.controller.refresh()
    assert window.controller.case_id == case_id
    for name, action in window.actions_.items():
        assert action.isEnabled() == (needs[name] is not Needs.OPEN_CASE), name
