"""Delete a case from the window: to the trash after a question naming what goes, Undo, Delete forever."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from casekeeper.domain.dto import CaseInput, InteractionInput
from casekeeper.domain.enums import Channel, TrashKind
from casekeeper.services.clock import FixedClock
from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow


def _click(box: QMessageBox, text: str) -> None:
    next(button for button in box.buttons() if button.text().replace("&", "") == text).click()


def _case(window: MainWindow, workspace: Workspace, clock: FixedClock, tmp_path: Path) -> int:
    case_id = workspace.cases.create(CaseInput(title="Coat never delivered"))
    workspace.journal.log(case_id, InteractionInput(occurred_at=clock.now(), zone="Europe/Paris",
                                                    channel=Channel.CHAT, summary="Opened a dispute"))
    photo = tmp_path / "parcel.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"7" * 50)
    workspace.evidence.attach(case_id, photo)
    window.controller.reload_cases(case_id)
    return case_id


def test_delete_case_asks_naming_what_goes_then_moves_it_to_the_trash_with_undo(
    window: MainWindow, workspace: Workspace, clock: FixedClock, tmp_path: Path
) -> None:
    case_id = _case(window, workspace, clock, tmp_path)
    assert window.actions_.delete_case.isEnabled()
    window.actions_.delete_case.trigger()
    box = window.case_deleter.question
    assert box is not None and box.isVisible()
    assert "Coat never delivered" in box.text() and "1 contact," in box.text()
    assert "and 1 exhibit." in box.text()
    assert "Backups keep their own copies" in box.text()
    _click(box, "Keep the case")
    assert workspace.cases.summaries()[0].id == case_id
    window.actions_.delete_case.trigger()
    _click(window.case_deleter.question, "Move to the trash")  # type: ignore[arg-type]
    assert workspace.cases.summaries() == [] and window.case_model.rowCount() == 0
    assert window.controller.case_id == 0
    assert [item.kind for item in workspace.trash.items()] == [TrashKind.CASE]
    window.page.undo_bar.undo()
    assert [summary.id for summary in workspace.cases.summaries()] == [case_id]
    assert len(workspace.cases.detail(case_id).evidence) == 1


def test_the_example_case_is_labelled_and_deleted_in_one_step(
    window: MainWindow, workspace: Workspace
) -> None:
    sample = create_sample_case(workspace)
    window.controller.reload_cases(sample)
    assert window.case_model.index(0, 0).data().startswith("Example: ")
    header = window.page.header
    assert header.example.isVisibleTo(window) and header.delete_example.isVisibleTo(window)
    header.delete_example.click()
    assert workspace.cases.summaries() == []
    assert window.case_deleter.question is None


def test_delete_forever_from_the_trash_names_what_goes_and_removes_the_files(
    window: MainWindow, workspace: Workspace, clock: FixedClock, tmp_path: Path
) -> None:
    case_id = _case(window, workspace, clock, tmp_path)
    stored = Path(workspace.cases.detail(case_id).evidence[0].stored_path)
    workspace.trash.delete_case(case_id)
    safety = window.data
    trash = safety.open_trash()
    assert trash.table.item(0, 0).text() == "Whole case"
    box = trash.ask_purge()
    assert box is not None
    assert "Coat never delivered" in box.text() and "1 contact," in box.text()
    assert "cannot be undone" in box.text() and "Backups keep their own copies" in box.text()
    _click(box, "Keep it in the trash")
    assert stored.exists() and len(workspace.trash.items()) == 1
    _click(trash.ask_purge(), "Delete forever")  # type: ignore[arg-type]
    assert workspace.trash.items() == [] and not stored.exists()
    assert "Deleted forever" in trash.status.text()
    assert workspace.integrity.check().ok
