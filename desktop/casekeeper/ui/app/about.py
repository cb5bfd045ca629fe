"""Help > About Case Keeper: icon, versions, licence, the data folder and a word on privacy."""

from __future__ import annotations

import html
import platform
import sqlite3
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casekeeper import __version__
from casekeeper.ui.common.app_icon import app_pixmap
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.icons import icon

LICENCE = "GPL-3.0-or-later"


def versions() -> list[tuple[str, str]]:
    """What this copy of Case Keeper runs on."""
    return [
        ("Case Keeper", __version__),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Python", platform.python_version()),
        ("SQLite", sqlite3.sqlite_version),
    ]


class AboutDialog(QDialog):
    """A small, calm box; Open shows the data folder in the file manager."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("About", "About Case Keeper"))
        self.data_dir = data_dir
        picture = QLabel()
        picture.setPixmap(app_pixmap(96, self.devicePixelRatioF()))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<h2>Case Keeper {html.escape(__version__)}</h2>")
        purpose = QLabel(
            translate(
                "About",
                "Keeps the record of your dispute with Klarna: contacts, promises, complaint steps, "
                "deadlines and evidence. Independent of Klarna; it does not give legal advice.",
            )
        )
        purpose.setWordWrap(True)
        self.privacy = QLabel(translate("About", "Nothing leaves this computer."))
        bold = self.privacy.font()
        bold.setBold(True)
        self.privacy.setFont(bold)
        form = QFormLayout()
        self.version_labels: dict[str, QLabel] = {}
        for name, value in versions():
            label = QLabel(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.version_labels[name] = label
            form.addRow(name, label)
        form.addRow(translate("About", "Licence"), QLabel(LICENCE))
        self.folder = QLabel(str(data_dir))
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        self.open_button = QPushButton(icon("open-folder"), translate("About", "&Open"))
        self.open_button.setToolTip(translate("About", "Show your data folder in the file manager"))
        self.open_button.clicked.connect(self.open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_button)
        form.addRow(translate("About", "Your data folder"), folder_row)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(purpose)
        text.addWidget(self.privacy)
        text.addLayout(form)
        top = QHBoxLayout()
        top.addWidget(picture)
        top.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)

    def open_folder(self) -> bool:
        """Open the data folder in the system's file manager."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
