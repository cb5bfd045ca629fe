"""The window on rows another program wrote with year-1 and year-9999 dates, and on a case whose
country has no rules: list, case, every tab, Due view, search and dossier work; nothing crashes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pypdf
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casekeeper.export.options import DossierResult
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import open_workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.settings import Settings
from tests.unit.safety.builders import fill_sample

_DATES = {1: ("0001-01-01T00:00:00.000000Z", "0001-01-01"),
          2: ("9999-12-31T23:59:59.999999Z", "9999-12-31")}


def _outside_program_writes(paths: DataPaths, clock: FixedClock, tmp_path: Path) -> None:
    ws = open_workspace(paths, clock)
    for title in ("Year one", "Year 9999", "Unknown country"):
        fill_sample(ws, tmp_path / title, title=title)
    ws.close()
    with sqlite3.connect(paths.database) as conn:
        for case_id, (instant, day) in _DATES.items():
            conn.execute("UPDATE interactions SET occurred_at = ? WHERE case_id = ?",
                         (instant, case_id))
            conn.execute("UPDATE cases SET created_at = ?, updated_at = ?, purchase_date = ? "
                         "WHERE id = ?", (instant, instant, day, case_id))
            conn.execute("UPDATE promises SET due_date = ? WHERE case_id = ?", (day, case_id))
            conn.execute("UPDATE stage_changes SET occurred_at = ? WHERE case_id = ?",
                         (instant, case_id))
            conn.execute("UPDATE evidence SET added_at = ?, document_date = ? WHERE case_id = ?",
                         (instant, day, case_id))
        conn.execute("UPDATE cases SET country = 'ZZ' WHERE id = 3")
    conn.close()


def test_the_window_shows_absurd_dates_and_an_unknown_country_without_crashing(
        qtbot: QtBot, paths: DataPaths, clock: FixedClock, tmp_path: Path) -> None:
    _outside_program_writes(paths, clock, tmp_path)
    workspace = open_workspace(paths, clock)
    settings = Settings(workspace.paths.settings_file)
    settings.welcomed = True
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.controller.ask_unsaved = lambda: "discard"
    window.show()
    qtbot.waitExposed(window)
    window.load()
    try:
        headings = []
        for case_id in (1, 2, 3):  # every case of the list, every tab
            window.controller.reload_cases(case_id)
            qtbot.waitUntil(lambda wanted=case_id: window.case_list.current_case_id() == wanted)
            window.controller.show_case(case_id)
            model = window.page.timeline_model
            assert model.rowCount() > 0
            headings.append(str(model.index(0, 0).data()))
            for tab in range(window.page.tabs.count()):
                window.page.tabs.setCurrentIndex(tab)
                QApplication.processEvents()
        flagged = [text for text in headings if "impossible date, written outside Case Keeper" in text]
        assert len(flagged) == 2, headings  # year 1 and year 9999, read back within reach
        due = [" ".join(row) for row in window.deadlines.open_due().row_texts()]
        assert any("Unknown country" in row and "No rules known for this country (ZZ)" in row
                   for row in due)
        window.controller.search("chat")
        QApplication.processEvents()
        for case_id in (1, 2):
            window.controller.reload_cases(case_id)
            dialog = window.dossier.open_export()
            assert dialog is not None
            target = tmp_path / f"dossier-{case_id}.pdf"
            dialog.target.setText(str(target))
            with qtbot.waitSignal(dialog.export_finished, timeout=120_000) as finished:
                assert dialog.start_export()
            assert isinstance(finished.args[0], DossierResult), finished.args[0]
            assert len(pypdf.PdfReader(target).pages) >= 1
            dialog.close()
    finally:
        window.close()
        workspace.close()
