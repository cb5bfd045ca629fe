"""Attach files in the background; open an exhibit (never a program) or show it in its folder."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from casekeeper.domain.dto import AttachResult, EvidenceView
from casekeeper.services.media_types import looks_executable
from casekeeper.ui.common.case_shown import CaseShown
from casekeeper.ui.common.file_dialogs import open_file_names
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.tasks import TaskRunner
from casekeeper.ui.evidence.exhibit_edit import ExhibitEditDialog


class EvidenceActions(QObject):
    """Copies files into the store off the GUI thread; results arrive back on it."""

    attached = Signal(object)
    finished = Signal()

    def __init__(
        self,
        controller: CaseShown,
        tasks: TaskRunner,
        show: Callable[[str, bool], None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.controller = controller
        self.tasks = tasks
        self._show = show
        self._window = window
        self._pending = 0
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl

    def attach(
        self, files: list[Path], case_id: int | None = None, interaction_id: int | None = None
    ) -> None:
        """Attach the files to the case (the current one by default) in one background job."""
        target = case_id or self.controller.case_id
        if not target or not files:
            if files:
                self._show(translate("Evidence", "Choose a case first, then drop the files again."), True)
            return
        service = self.controller.workspace.evidence

        def work() -> list[AttachResult | BaseException]:
            outcomes: list[AttachResult | BaseException] = []
            for path in files:  # in order, so exhibit numbers follow the order of the files
                try:
                    outcomes.append(service.attach(target, path, interaction_id=interaction_id))
                except Exception as error:  # reported on the GUI thread, the other files go on
                    outcomes.append(error)
            return outcomes

        self._pending += 1
        self.tasks.run(work, self._done, self._failed)

    def browse(self) -> None:
        """Choose files with the system dialog, then attach them."""
        names = open_file_names(self._window, "attach", translate("Evidence", "Choose files to attach"))
        self.attach([Path(name) for name in names])

    def open(self, exhibit: EvidenceView) -> bool:
        """Open with the system's viewer; programs and scripts are refused."""
        if looks_executable(Path(exhibit.original_name), exhibit.media_type):
            self._show(
                translate(
                    "Evidence",
                    "%1 is a program or script. It is kept as evidence but Case Keeper will not "
                    "open it; never run it.",
                ).replace("%1", exhibit.label),
                True,
            )
            return False
        copy = self._copy(exhibit)
        if copy is None:
            return False
        if self.open_url(QUrl.fromLocalFile(str(copy))):
            return True
        self._show(
            translate("Evidence", "No program on this computer opens %1 files. A copy named "
                                  "%2 is in %3; open it with a program of your choice.")
            .replace("%1", Path(copy).suffix or exhibit.media_type)
            .replace("%2", copy.name).replace("%3", str(copy.parent)),
            True,
        )
        return False

    def reveal(self, exhibit: EvidenceView) -> bool:
        """Show a copy named like the original (with its extension) in its folder."""
        copy = self._copy(exhibit)
        if copy is None:
            return False
        if self.open_url(QUrl.fromLocalFile(str(copy.parent))):
            return True
        self._show(translate("Evidence", "The folder %1 could not be shown; the copy %2 is "
                                         "there.").replace("%1", str(copy.parent))
                   .replace("%2", copy.name), True)
        return False

    def edit(self, exhibit: EvidenceView) -> ExhibitEditDialog:
        """Edit the exhibit's title, document date and contact in a dialog."""
        service = self.controller.workspace.evidence
        case = self.controller.workspace.cases.detail(exhibit.case_id)

        def save(title: str, day: date | None, contact: int | None) -> None:
            service.edit(exhibit.id, title=title, document_date=day if day else None,
                         interaction_id=contact if contact else None)

        dialog = ExhibitEditDialog(exhibit, list(case.interactions), save, self._window)
        dialog.accepted.connect(self.controller.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def copy_folder(self, exhibit: EvidenceView) -> Path:
        """Where viewing copies of a case's exhibits go (outside the data folder)."""
        return Path(tempfile.gettempdir()) / "casekeeper-exhibits" / f"case-{exhibit.case_id}"

    def _copy(self, exhibit: EvidenceView) -> Path | None:
        try:
            return self.controller.workspace.evidence.viewing_copy(exhibit,
                                                                   self.copy_folder(exhibit))
        except OSError as error:
            self._show(translate("Evidence", "A copy of %1 could not be made to open it: %2")
                       .replace("%1", exhibit.label).replace("%2", error.strerror or str(error)),
                       True)
            return None

    def _done(self, outcomes: list[AttachResult | BaseException]) -> None:
        for outcome in outcomes:
            if isinstance(outcome, BaseException):
                self.controller.report(outcome)
                continue
            for warning in outcome.warnings:
                self._show(warning, True)
            self.attached.emit(outcome)
        self._one_finished()

    def _failed(self, error: BaseException) -> None:
        self.controller.report(error)
        self._one_finished()

    def _one_finished(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.controller.refresh()
            self.finished.emit()
