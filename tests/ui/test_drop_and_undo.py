"""Files dropped on the window or the drop zone are attached; Undo brings back a deleted contact."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from casekeeper.domain.dto import CaseInput, InteractionInput
from casekeeper.domain.enums import Channel
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow


def _files(tmp_path: Path, *names: str) -> list[Path]:
    paths = []
    for number, name in enumerate(names):
        path = tmp_path / name
        path.write_bytes(f"document {number} {name}".encode())
        paths.append(path)
    return paths


def _drop(target: QWidget, files: list[Path]) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    return enter.isAccepted() and drop.isAccepted()


def _case(window: MainWindow, workspace: Workspace) -> int:
    case_id = workspace.cases.create(CaseInput(title="Coat never delivered"))
    window.controller.reload_cases(case_id)
    return case_id


def test_files_dropped_on_the_window_are_attached(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    case_id = _case(window, workspace)
    with qtbot.waitSignal(window.evidence.finished, timeout=10_000):
        assert _drop(window, _files(tmp_path, "receipt.pdf", "photo.jpg"))
    titles = sorted(exhibit.title for exhibit in workspace.cases.detail(case_id).evidence)
    assert titles == ["photo.jpg", "receipt.pdf"]
    assert window.page.evidence_model.rowCount() == 2


def test_files_dropped_on_the_drop_zone_are_attached(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    case_id = _case(window, workspace)
    with qtbot.waitSignal(window.evidence.finished, timeout=10_000):
        assert _drop(window.page.evidence.drop_zone, _files(tmp_path, "letter.txt"))
    assert [exhibit.label for exhibit in workspace.cases.detail(case_id).evidence] == ["E1"]


def test_a_drag_without_files_is_refused(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_an_executable_exhibit_is_never_opened(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    _case(window, workspace)
    opened: list[QUrl] = []
    window.evidence.open_url = lambda url: opened.append(url) or True
    with qtbot.waitSignal(window.evidence.finished, timeout=10_000):
        window.evidence.attach(_files(tmp_path, "invoice.exe", "photo.png"))
    program, picture = window.page.evidence_model.exhibit_at(0), window.page.evidence_model.exhibit_at(1)
    assert program is not None and picture is not None
    assert window.evidence.open(program) is False
    assert "program" in window.messages.text.text()
    assert window.evidence.open(picture) is True
    assert len(opened) == 1


def test_undo_restores_a_deleted_contact(window: MainWindow, workspace: Workspace) -> None:
    case_id = _case(window, workspace)
    workspace.journal.log(
        case_id,
        InteractionInput(
            occurred_at=datetime(2026, 11, 2, 14, 20, tzinfo=UTC),
            zone="Europe/Paris",
            channel=Channel.PHONE,
            summary="Refund promised",
        ),
    )
    window.controller.refresh()
    view = window.page.timeline
    view.setCurrentIndex(window.page.timeline_model.index(1, 0))
    window.actions_.delete.trigger()
    assert workspace.cases.detail(case_id).interactions == ()
    assert window.page.undo_bar.isVisible()
    window.page.undo_bar.undo_button.click()
    assert [item.summary for item in workspace.cases.detail(case_id).interactions] == ["Refund promised"]
    assert not window.page.undo_bar.isVisible()
    assert window.page.timeline_model.rowCount() == 2
