"""The Export dossier dialog: checklist, export off the GUI thread, cancel, plain errors."""

from __future__ import annotations

from pathlib import Path

import pypdf
from pytestqt.qtbot import QtBot

from casekeeper.domain.dto import CaseInput
from casekeeper.export.options import DossierResult
from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.dossier.export_dossier import ExportDossierDialog


def _dialog(window: MainWindow, case_id: int) -> ExportDossierDialog:
    window.controller.reload_cases(case_id)
    dialog = window.dossier.open_export()
    assert dialog is not None
    return dialog


def test_the_checklist_is_shown_with_a_way_to_fix_each_item(window: MainWindow, workspace: Workspace) -> None:
    case_id = workspace.cases.create(CaseInput(title="Refund never arrived", merchant="Nordvik Store"))
    dialog = _dialog(window, case_id)
    codes = [item.code for item in dialog.checklist.items]
    assert "no-order-ref" in codes and "no-interactions" in codes
    assert len(dialog.checklist.buttons) == len(codes)
    assert dialog.export_button.text() == "Export anyway"
    dialog.checklist.buttons[codes.index("no-order-ref")].click()
    assert window.page.tabs.currentWidget() is window.page.details
    assert window.page.details.form.order_ref.hasFocus() or window.page.details.isVisible()


def test_a_contact_without_reference_leads_to_that_contact_in_the_timeline(
    window: MainWindow, workspace: Workspace
) -> None:
    case_id = create_sample_case(workspace)
    dialog = _dialog(window, case_id)
    item = next(item for item in dialog.checklist.items if item.record_kind == "interaction")
    assert window.fix(case_id, item) == "timeline"
    entry = window.page.timeline.current_entry()
    assert entry is not None and entry.record_id == item.record_id


def test_the_export_runs_in_the_background_and_writes_a_readable_pdf(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    dialog = _dialog(window, create_sample_case(workspace))
    dialog.target.setText(str(tmp_path / "dossier.pdf"))
    dialog.form.language.setCurrentIndex(dialog.form.language.findData("fr"))
    with qtbot.waitSignal(dialog.export_finished, timeout=120_000) as finished:
        assert dialog.start_export()
        assert dialog.cancel_button.isVisible()  # the window is not blocked meanwhile
    result = finished.args[0]
    assert isinstance(result, DossierResult)
    reader = pypdf.PdfReader(tmp_path / "dossier.pdf")
    assert len(reader.pages) == result.page_count
    assert "Dossier de litige" in reader.pages[0].extract_text()
    assert dialog.open_button.isVisible() and dialog.reveal_button.isVisible()
    assert "dossier.pdf" in dialog.status.text()


def test_cancelling_leaves_no_file(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    dialog = _dialog(window, create_sample_case(workspace))
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "cancelled.pdf"
    dialog.target.setText(str(target))
    with qtbot.waitSignal(dialog.export_finished, timeout=120_000) as finished:
        dialog.start_export()
        dialog.cancel_export()
    assert isinstance(finished.args[0], Exception)
    assert not target.exists()
    assert list(folder.iterdir()) == []  # no partial or temporary file either
    assert dialog.status.text() == "The export was cancelled; no file was written."


def test_a_folder_that_cannot_be_written_gives_a_plain_message(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x")
    dialog = _dialog(window, create_sample_case(workspace))
    dialog.target.setText(str(not_a_folder / "dossier.pdf"))
    with qtbot.waitSignal(dialog.export_finished, timeout=120_000):
        dialog.start_export()
    assert "Choose an existing folder" in dialog.status.text()
    assert "Traceback" not in dialog.status.text()
    assert dialog.export_button.isEnabled()


def test_the_default_file_name_names_the_case_and_the_day(window: MainWindow, workspace: Workspace) -> None:
    dialog = _dialog(window, workspace.cases.create(CaseInput(title="Coat / never delivered", merchant="N")))
    assert Path(dialog.target.text()).name == "Dossier - Coat never delivered - 2026-11-24.pdf"


def test_redaction_choices_become_dossier_options(window: MainWindow, workspace: Workspace) -> None:
    dialog = _dialog(window, create_sample_case(workspace))
    dialog.form.redaction.setChecked(True)
    dialog.form.extra.setPlainText("Lumière\n\n  ML-40417 ")
    dialog.form.set_originals("none")
    dialog.form.exhibits.setChecked(False)
    options = dialog.form.options()
    assert options.redact and options.redact_strings == ("Lumière", "ML-40417")
    assert options.redacted_originals == "none" and not options.include_exhibits
