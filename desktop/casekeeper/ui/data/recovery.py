"""At start-up, when the case file cannot be opened: restore the latest good backup, salvage, or quit."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casekeeper.errors import KnownError
from casekeeper.paths import DataPaths
from casekeeper.ui.common.app_icon import app_icon
from casekeeper.ui.common.i18n import format_datetime, translate
from casekeeper.ui.common.icons import icon
from casekeeper.ui.common.instance_guard import InstanceGuard
from casekeeper.ui.data.data_messages import cases_text, restore_lines, salvage_lines

if TYPE_CHECKING:
    from casekeeper.services.workspace import Workspace

ChooseFile = Callable[[QWidget, Path], Path | None]


def choose_salvage_file(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to save the salvage archive."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("Safety", "Save what can still be read"),
        str(suggested),
        translate("Safety", "Zip archives (*.zip)"),
    )
    return Path(name) if name else None


class RecoveryDialog(QDialog):
    """Plain words first; each button does one thing and says what it did."""

    RESTORED = 1
    QUIT = 0

    def __init__(
        self,
        paths: DataPaths,
        problem: str,
        choose_file: ChooseFile = choose_salvage_file,
        guard: InstanceGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Safety", "Case Keeper cannot open your cases"))
        self.setWindowIcon(app_icon())
        self.paths = paths
        self._choose_file = choose_file
        self._guard = guard
        from casekeeper.services.recovery import latest_good_backup

        self.good = latest_good_backup(paths)
        heading = QLabel(
            "<h3>" + html.escape(translate("Safety", "Your case file could not be opened.")) + "</h3>"
        )
        what = QLabel(
            translate(
                "Safety",
                "This can happen after a crash, a full disk or a sync program changing the file. Your "
                "evidence files are kept separately and are not affected. Nothing has been changed.",
            )
        )
        what.setWordWrap(True)
        detail = QLabel(problem)
        detail.setWordWrap(True)
        detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the technical detail, quieter
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail.setAccessibleName(translate("Safety", "What went wrong"))
        if self.good is not None:
            offer = (
                translate("Safety", "The latest good backup is from %1 (%2).")
                .replace("%1", format_datetime(self.good.created_at))
                .replace("%2", cases_text(self.good.case_count))
            )
        else:
            offer = translate("Safety", "No usable backup was found.")
        self.offer = QLabel(offer)
        self.offer.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton(
            icon("restore"), translate("Safety", "&Restore the latest good backup")
        )
        self.restore_button.setEnabled(self.good is not None)
        self.salvage_button = QPushButton(
            icon("backup"), translate("Safety", "&Save what can still be read…")
        )
        self.quit_button = QPushButton(translate("Safety", "&Quit"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.salvage_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_latest)
        self.salvage_button.clicked.connect(self.save_readable)
        self.quit_button.clicked.connect(self.reject)
        if self.good is not None:
            self.restore_button.setDefault(True)
        layout = QVBoxLayout(self)
        for widget in (heading, what, detail, self.offer, self.status):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.report: list[str] = []

    def restore_latest(self) -> bool:
        """Put the latest good backup back; on success the app goes on starting."""
        from casekeeper.services.recovery import restore_latest_good

        if self._guard is not None:
            self._guard.release()  # the restore takes the folder's lock itself
        try:
            report = restore_latest_good(self.paths)
        except KnownError as error:
            self.status.setText(error.message)
            return False
        finally:
            if self._guard is not None:
                self._guard.reacquire()
        self.report = restore_lines(report)
        self.done(self.RESTORED)
        return True

    def save_readable(self) -> Path | None:
        """Write every readable record to a zip the person chooses (the case file is not changed)."""
        suggested = Path.home() / "casekeeper-salvage.zip"
        target = self._choose_file(self, suggested)
        if target is None:
            return None
        from casekeeper.services.recovery import salvage

        try:
            report = salvage(self.paths, target)
        except KnownError as error:
            self.status.setText(error.message)
            return None
        self.status.setText("\n".join(salvage_lines(report)))
        return target


def recover_at_start(paths: DataPaths, problem: str, guard: InstanceGuard | None) -> Workspace | None:
    """Show the recovery dialog (start-up only, before any window); the opened workspace or None."""
    dialog = RecoveryDialog(paths, problem, guard=guard)
    if dialog.exec() != RecoveryDialog.RESTORED:
        return None
    try:
        from casekeeper.services.workspace import open_workspace

        workspace = open_workspace(paths)
    except KnownError as error:
        QMessageBox.critical(None, "Case Keeper", error.message)
        return None
    QMessageBox.information(None, "Case Keeper", "\n".join(dialog.report))
    return workspace
