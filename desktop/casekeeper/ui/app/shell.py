"""The application shell: language, the first-run welcome, and rebuilding the window on a new language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog

from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.i18n import effective_language, install_language
from casekeeper.ui.common.settings import Settings

if TYPE_CHECKING:
    from casekeeper.services.workspace import Workspace
    from casekeeper.ui.common.instance_guard import InstanceGuard


class Shell:
    """Owns the one main window; replaces it when the language changes."""

    def __init__(self, app: QCoreApplication, workspace: Workspace, settings: Settings) -> None:
        self.app = app
        self.workspace = workspace
        self.settings = settings
        self.window: MainWindow | None = None
        self.guard: InstanceGuard | None = None
        install_language(app, effective_language(settings.language))

    def show(self, window: MainWindow | None = None) -> MainWindow:
        """Show ``window`` (the start-up frame) or a new one, complete with every action.

        On first run, the welcome dialog follows the first paint.
        """
        window = window or MainWindow(self.workspace, self.settings)
        window.furnish()
        window.dialogs.language_changed.connect(self.change_language)
        window.data.start(self.guard)
        window.show()
        self.window = window
        if not self.settings.welcomed:
            QTimer.singleShot(0, self.welcome)
        return window

    def welcome(self) -> QDialog:
        """Ask country and language; offer the sample case."""
        assert self.window is not None
        from casekeeper.ui.common.i18n import current_language
        from casekeeper.ui.preferences.welcome import WelcomeDialog

        dialog = WelcomeDialog(self.settings.country or "FR", current_language(), self.window)

        def done() -> None:
            country, language, sample = dialog.choices()
            self.settings.country = country
            self.settings.welcomed = True
            if sample:
                from casekeeper.services.sample_case import create_sample_case

                case_id = create_sample_case(self.workspace, language=language)
                assert self.window is not None
                self.window.controller.reload_cases(case_id)
            if language != current_language():
                self.settings.language = language
                self.change_language(language)
            if dialog.background.isChecked():
                self._turn_on_background()

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def _turn_on_background(self) -> None:
        """Install the schedule of background reminders (chosen in the welcome dialog)."""
        from casekeeper.ui.preferences import background_choice

        self.settings.sync()  # casekeeper-cli notify reads the language and lead times from the file
        problem = background_choice.apply(self.workspace.paths, True)
        if problem is not None and self.window is not None:
            self.window.messages.show_message(problem)

    def change_language(self, language: str) -> None:
        """Install the new language and rebuild the window in it (position and size kept)."""
        old = self.window
        if old is not None:
            if not old.controller.may_leave_case():
                return
            old.save_state()
            case_id = old.controller.case_id
        install_language(self.app, effective_language(language))
        self.show()
        if old is not None:
            assert self.window is not None
            self.window.controller.reload_cases(case_id)
            old.tasks.wait()
            old.hide()
            old.deleteLater()
