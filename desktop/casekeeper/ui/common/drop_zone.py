"""File drops: a helper that reads local files from a drop, and a visible drop zone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from casekeeper.ui.common.i18n import translate


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files (not folders) carried by a drag."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


class FileDropTarget:
    """Mixin for widgets that accept files: call ``accept_drops`` and connect ``files_dropped``."""

    def handle_drag(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        """Accept the drag when it carries files."""
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()


class DropZone(QFrame):
    """A framed area saying "Drop files here", with a button for those who prefer a dialog."""

    files_dropped = Signal(list)
    browse_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Sunken)
        self.setAccessibleName(translate("DropZone", "Drop files here to attach them"))
        layout = QHBoxLayout(self)  # one line: the tab stays short enough at 200 %
        self.label = QLabel(translate("DropZone", "Drop files here to attach them, or"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.label.setWordWrap(True)
        self.browse = QPushButton(translate("DropZone", "Choose files…"))
        self.browse.clicked.connect(self.browse_requested)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.browse, 0, Qt.AlignmentFlag.AlignVCenter)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        FileDropTarget.handle_drag(self, event)  # type: ignore[arg-type]

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        FileDropTarget.handle_drag(self, event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
