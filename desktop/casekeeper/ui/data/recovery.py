"""At start-up, when the case file cannot be opened: what is the matter, and only the fitting remedies.

A busy, newer, read-only or full-disk file is sound: it is offered "Try again", never a restore.
An empty file is offered the latest good backup; a damaged or cut-short one, salvage first.
"""

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
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casekeeper.errors import KnownError
from casekeeper.paths import DataPaths
from casekeeper.ui.common.app_icon import app_icon
from casekeeper.ui.common.error_report import words_for
from casekeeper.ui.common.file_dialogs import save_file_name
from casekeeper.ui.common.i18n import format_datetime, translate
from casekeeper.ui.common.icons import icon
from casekeeper.ui.common.instance_guard import InstanceGuard
from casekeeper.ui.data import diagnosis_words as words
from casekeeper.ui.data.data_messages import cases_text, restore_lines, salvage_lines

if TYPE_CHECKING:
    from casekeeper.services.case_file_diagnosis import Diagnosis
    from casekeeper.services.workspace import Workspace

ChooseFile = Callable[[QWidget, Path], Path | None]
_DAMAGE = frozenset({"empty", "missing-file", "truncated", "damaged"})


def choose_salvage_file(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to save the salvage archive."""
    name = save_file_name(parent, "archive", translate("Safety", "Save what can still be read"),
                          suggested.name, translate("Safety", "Zip archives (*.zip)"))
    return Path(name) if name else None


class RecoveryDialog(QDialog):
    """Plain words first; each button does one thing and says what it did."""

    RESTORED = 1
    QUIT = 0
    RETRY = 2

    def __init__(
        self,
        paths: DataPaths,
        problem: str,
        choose_file: ChooseFile = choose_salvage_file,
        guard: InstanceGuard | None = None,
        parent: QWidget | None = None,
        diagnosis: Diagnosis | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Safety", "Case Keeper cannot open your cases"))
        self.setWindowIcon(app_icon())
        self.paths = paths
        self._choose_file = choose_file
        self._guard = guard
        if diagnosis is None:
            from casekeeper.services.case_file_diagnosis import diagnose

            diagnosis = diagnose(paths)
        self.diagnosis = diagnosis
        self.good = diagnosis.backup if diagnosis.can_restore else None
        heading = QLabel("<h3>" + html.escape(words.heading(diagnosis)) + "</h3>")
        heading.setWordWrap(True)
        what = QLabel(words.explanation(diagnosis))
        what.setWordWrap(True)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        unexplained = diagnosis.condition.value in ("sound", "new")
        detail = QLabel(problem if unexplained else diagnosis.detail)  # technical words, as they are
        detail.setVisible(bool(detail.text()))
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
        elif diagnosis.condition.value in _DAMAGE:
            offer = translate("Safety", "No usable backup was found.")
        else:
            offer = ""
        self.offer = QLabel(offer)
        self.offer.setWordWrap(True)
        self.offer.setVisible(bool(offer))
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
        self.retry_button = QPushButton(translate("Safety", "&Try again"))
        self.quit_button = QPushButton(translate("Safety", "&Quit"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.salvage_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setVisible(diagnosis.condition.value in _DAMAGE)
        self.salvage_button.setVisible(diagnosis.salvage_first)
        can_retry = diagnosis.condition.value not in _DAMAGE | {"newer", "foreign"}
        self.retry_button.setVisible(can_retry)
        self.restore_button.clicked.connect(self.restore_latest)
        self.salvage_button.clicked.connect(self.save_readable)
        self.retry_button.clicked.connect(lambda: self.done(self.RETRY))
        self.quit_button.clicked.connect(self.reject)
        if diagnosis.salvage_first:
            self.salvage_button.setDefault(True)  # salvage first, then restore
        elif self.good is not None:
            self.restore_button.setDefault(True)
        elif can_retry:
            self.retry_button.setDefault(True)
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
            self.status.setText(words_for(error))
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
            self.status.setText(words_for(error))
            return None
        self.status.setText("\n".join(salvage_lines(report)))
        if self.good is not None:
            self.restore_button.setDefault(True)  # what can be read is saved: now the backup
        return target


def recover_at_start(
    paths: DataPaths, problem: str, guard: InstanceGuard | None, diagnosis: Diagnosis | None = None
) -> Workspace | None:
    """Show the recovery dialog (start-up only, before any window); the opened workspace or None.

    "Try again" opens the folder again; a new problem is diagnosed and shown the same way.
    """
    from casekeeper.services.case_file_diagnosis import CaseFileError
    from casekeeper.services.workspace import open_workspace

    while True:
        dialog = RecoveryDialog(paths, problem, guard=guard, diagnosis=diagnosis)
        answer = dialog.exec()
        if answer == RecoveryDialog.QUIT:
            return None
        try:
            workspace = open_workspace(paths)
        except CaseFileError as error:
            problem, diagnosis = words_for(error), error.diagnosis
            continue
        except KnownError as error:
            QMessageBox.critical(None, "Case Keeper", words_for(error))
            return None
        if answer == RecoveryDialog.RESTORED:
            QMessageBox.information(None, "Case Keeper", "\n".join(dialog.report))
        return workspace
