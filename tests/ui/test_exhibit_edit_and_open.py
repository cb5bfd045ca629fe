"""Exhibits: title, date and contact edited in the window; Open and Show in folder work on a copy
named like the original; a file nothing can open is said so; types are shown in words."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QUrl
from pytestqt.qtbot import QtBot

from casekeeper.domain.dto import CaseInput, InteractionInput
from casekeeper.domain.enums import Channel
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow


def _case_with_photo(window: MainWindow, workspace: Workspace, qtbot: QtBot,
                     tmp_path: Path) -> int:
    case_id = workspace.cases.create(CaseInput(title="Colis", country="FR"))
    workspace.journal.log(case_id, InteractionInput(
        occurred_at=datetime(2026, 11, 2, 14, 20, tzinfo=UTC), zone="Europe/Paris",
        channel=Channel.PHONE, reference="PH-1", summary="Appel"))
    window.controller.reload_cases(case_id)
    photo = tmp_path / "colis.jpeg"
    from PIL import Image

    Image.new("RGB", (32, 24), (120, 80, 40)).save(photo, format="JPEG")
    with qtbot.waitSignal(window.evidence.finished, timeout=10_000):
        window.evidence.attach([photo])
    return case_id


def test_an_exhibit_is_edited_in_the_window(qtbot: QtBot, window: MainWindow,
                                            workspace: Workspace, tmp_path: Path) -> None:
    case_id = _case_with_photo(window, workspace, qtbot, tmp_path)
    exhibit = window.page.evidence_model.exhibit_at(0)
    assert exhibit is not None
    dialog = window.evidence.edit(exhibit)
    dialog.title.setText("Carton écrasé")
    dialog.document_date.setDate(QDate(2026, 10, 13))
    dialog.contact.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        assert dialog.save()
    saved = workspace.cases.detail(case_id).evidence[0]
    contact = workspace.cases.detail(case_id).interactions[0]
    assert (saved.title, saved.document_date, saved.interaction_id) == (
        "Carton écrasé", date(2026, 10, 13), contact.id)
    assert saved.sha256 == exhibit.sha256
    dialog = window.evidence.edit(saved)
    dialog.title.setText("   ")
    assert not dialog.save() and dialog.error.isVisibleTo(dialog)
    dialog.reject()


def test_open_and_show_use_a_copy_named_like_the_original(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    _case_with_photo(window, workspace, qtbot, tmp_path)
    exhibit = window.page.evidence_model.exhibit_at(0)
    assert exhibit is not None
    opened: list[QUrl] = []
    window.evidence.open_url = lambda url: opened.append(url) or True
    assert window.evidence.open(exhibit) and window.evidence.reveal(exhibit)
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "E1-colis.jpeg" and copy.read_bytes() == Path(exhibit.stored_path).read_bytes()
    assert Path(opened[1].toLocalFile()) == copy.parent
    window.evidence.open_url = lambda url: False
    assert not window.evidence.open(exhibit)
    assert "E1-colis.jpeg" in window.messages.text.text()
    assert window.page.evidence_model.index(0, 2).data() == "Photo (JPEG)"
