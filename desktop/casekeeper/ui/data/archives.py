"""File > Export all data… / Export this case… / Import…: archives written and read in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from casekeeper.ui.common.case_shown import CaseShown
from casekeeper.ui.common.error_report import plain_words
from casekeeper.ui.common.file_dialogs import open_file_name, save_file_name
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.message_bar import MessageBar
from casekeeper.ui.common.tasks import TaskRunner
from casekeeper.ui.data.data_messages import export_done, import_done


def _archives() -> str:
    return translate("Safety", "Case Keeper archives (*.zip)")


class DataTransfer(QObject):
    """Picks files with the standard dialogs, then runs the exchange service off the GUI thread."""

    finished = Signal(bool, str)
    """Whether it worked, and the message shown."""

    def __init__(
        self, controller: CaseShown, tasks: TaskRunner, messages: MessageBar, window: QWidget
    ) -> None:
        super().__init__(window)
        self.controller = controller
        self.tasks = tasks
        self.messages = messages
        self.window = window

    def ask_export_all(self) -> None:
        """Choose a file, then export every case."""
        name = save_file_name(self.window, "archive", translate("Safety", "Export all data"),
                              "casekeeper-all.zip", _archives())
        if name:
            self.export(Path(name))

    def ask_export_case(self) -> None:
        """Choose a file, then export the case shown."""
        if not self.controller.case_id:
            self.messages.show_message(translate("MainWindow", "Choose or create a case first."))
            return
        name = save_file_name(self.window, "archive", translate("Safety", "Export this case"),
                              f"casekeeper-case-{self.controller.case_id}.zip", _archives())
        if name:
            self.export(Path(name), self.controller.case_id)

    def ask_import(self) -> None:
        """Choose an archive, then import it."""
        name = open_file_name(self.window, "archive", translate("Safety", "Import cases"), _archives())
        if name:
            self.import_archive(Path(name))

    def export(self, target: Path, case_id: int | None = None) -> None:
        """Write the archive in the background and say where it went."""
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        exchange = self.controller.workspace.exchange
        self.messages.show_message(translate("Safety", "Exporting…"), warning=False)
        self.tasks.run(
            lambda: exchange.export(target, case_id),
            lambda result: self._say(True, export_done(result)),
            lambda error: self._say(False, plain_words(error)),
        )

    def import_archive(self, source: Path) -> None:
        """Check and import the archive in the background; then reload the case list."""
        exchange = self.controller.workspace.exchange
        self.messages.show_message(translate("Safety", "Importing…"), warning=False)
        self.tasks.run(lambda: exchange.import_archive(source), self._imported,
                       lambda error: self._say(False, plain_words(error)))

    def _imported(self, result: object) -> None:
        self.controller.reload_cases()
        self._say(True, import_done(result))  # type: ignore[arg-type]

    def _say(self, ok: bool, text: str) -> None:
        self.messages.show_message(text, warning=not ok)
        self.finished.emit(ok, text)
