"""Exhibit thumbnails: one size for all, pictures decoded on the thread pool, once, with a placeholder."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage
from pytestqt.qtbot import QtBot

from casekeeper.domain.dto import CaseInput
from casekeeper.services.workspace import Workspace
from casekeeper.ui.evidence.evidence_model import EvidenceModel
from casekeeper.ui.evidence.thumbnails import ICON_SIZE, placeholder_icon, type_icon


def _photo(path: Path) -> Path:
    image = QImage(QSize(1600, 1200), QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    assert image.save(str(path))
    return path


def _model(workspace: Workspace, *files: Path) -> EvidenceModel:
    case_id = workspace.cases.create(CaseInput(title="Coat"))
    for file in files:
        workspace.evidence.attach(case_id, file)
    model = EvidenceModel("Europe/Paris")
    model.set_exhibits(list(workspace.cases.detail(case_id).evidence))
    return model


def _decoration(model: EvidenceModel, row: int) -> QIcon:
    icon = model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon)
    return icon


def test_a_picture_is_decoded_off_the_gui_thread_with_a_placeholder_until_then(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    model = _model(workspace, _photo(tmp_path / "parcel.png"))
    first = _decoration(model, 0)
    assert first.cacheKey() == placeholder_icon().cacheKey()  # not decoded while the GUI waited
    with qtbot.waitSignal(model.dataChanged, timeout=10_000):
        pass
    assert model.thumbnails.decode_threads
    assert str(threading.get_ident()) not in model.thumbnails.decode_threads
    ready = _decoration(model, 0)
    assert ready.cacheKey() != placeholder_icon().cacheKey()
    assert ready.actualSize(ICON_SIZE) == QSize(48, 36)  # 4:3 kept, inside the common square


def test_a_decoded_picture_is_kept_and_not_decoded_again(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    model = _model(workspace, _photo(tmp_path / "parcel.png"))
    _decoration(model, 0)
    qtbot.waitUntil(lambda: model.thumbnails.is_ready(model.exhibit_at(0).sha256), timeout=10_000)  # type: ignore[union-attr]
    model.set_exhibits(list(model._rows))  # type: ignore[attr-defined]  # the case shown again
    assert _decoration(model, 0).cacheKey() != placeholder_icon().cacheKey()
    assert model.thumbnails._pending == set()  # type: ignore[attr-defined]


def test_a_document_gets_a_file_type_icon_the_size_of_a_thumbnail(workspace: Workspace,
                                                                  tmp_path: Path) -> None:
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    model = _model(workspace, pdf)
    icon = _decoration(model, 0)
    assert icon.cacheKey() == type_icon(".pdf").cacheKey()
    assert icon.actualSize(ICON_SIZE) == ICON_SIZE
    assert icon.actualSize(QSize(256, 256)).width() <= 96  # drawn small, not a stretched glyph
