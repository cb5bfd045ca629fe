"""Case > Delete case…: the case and everything it holds go to the trash, after a question
that names what goes; the example case goes in one step. Undo brings it back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from casekeeper.domain.dto import CaseDetail
from casekeeper.domain.enums import TrashKind
from casekeeper.errors import KnownError
from casekeeper.ui.common.error_report import words_for
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.record_counts import case_contents

if TYPE_CHECKING:
    from casekeeper.ui.common.case_shown import CaseShown


def what_goes(case: CaseDetail) -> str:
    """The case's records in words, for the question."""
    return case_contents(len(case.interactions), len(case.promises), len(case.stages), len(case.evidence))


class CaseDeleter(QObject):
    """Asks (without blocking), moves the case to the trash, offers Undo."""

    def __init__(self, shown: CaseShown, show_message: Callable[[str], None], window: QWidget) -> None:
        super().__init__(window)
        self.shown = shown
        self.show_message = show_message
        self.window = window
        self.question: QMessageBox | None = None

    def ask(self) -> QMessageBox | None:
        """Ask before moving the shown case to the trash (the example goes at once)."""
        case = self.shown.case
        if case is None:
            return None
        if case.is_example:
            self.delete(case.id, case.title)
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("DeleteCase", "Delete this case?"),
            translate("DeleteCase", "“%1” goes to the trash with everything it holds: %2.")
            .replace("%1", case.title)
            .replace("%2", what_goes(case))
            + "\n\n"
            + translate(
                "DeleteCase",
                "You can restore it from Edit > Trash, or delete it forever there. "
                "Backups keep their own copies, under their own retention.",
            ),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        role = QMessageBox.ButtonRole
        move = box.addButton(translate("DeleteCase", "&Move to the trash"), role.DestructiveRole)
        keep = box.addButton(translate("DeleteCase", "&Keep the case"), role.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        case_id, title = case.id, case.title

        def answered(_result: int) -> None:
            if box.clickedButton() is move:
                self.delete(case_id, title)

        box.finished.connect(answered)
        self.question = box
        box.open()
        return box

    def delete(self, case_id: int, title: str) -> bool:
        """Move the case to the trash now; the page offers Undo."""
        controller = self.shown
        if controller.case_id == case_id:
            controller.page.details.revert()  # its unsaved edits go with it
        try:
            self.shown.workspace.trash.delete_case(case_id)
        except KnownError as error:
            self.show_message(words_for(error))
            return False
        controller.show_case(0)
        controller.reload_cases(0)
        message = translate("DeleteCase", "Case moved to the trash: %1").replace("%1", title)
        controller.page.undo_bar.offer(message, lambda: self._restore(case_id))
        return True

    def _restore(self, case_id: int) -> None:
        try:
            self.shown.workspace.trash.restore(TrashKind.CASE, case_id)
        except KnownError as error:
            self.show_message(words_for(error))
            return
        self.shown.reload_cases(case_id)


class CaseListDeleteKey(QObject):
    """The Delete key in the case list asks about the case, never about the timeline's entry."""

    def __init__(self, deleter: CaseDeleter, parent: QObject) -> None:
        super().__init__(parent)
        self.deleter = deleter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.key() != Qt.Key.Key_Delete or event.modifiers():
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes here, not to the window's Delete action
            return True
        if event.type() == QEvent.Type.KeyPress:
            self.deleter.ask()
            return True
        return False
