"""More pages of Preferences: reminders, and corrections to Klarna's details for the country."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QTimeEdit, QVBoxLayout, QWidget

from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.settings import Settings
from casekeeper.ui.contact.corrections import CorrectionsPage
from casekeeper.ui.preferences.preferences import PreferencesDialog

if TYPE_CHECKING:
    from casekeeper.services.workspace import Workspace

LEAD_CHOICES = (14, 7, 3, 1, 0)


class RemindersPage(QWidget):
    """Which lead times remind the person of a deadline while Case Keeper is open."""

    def __init__(self, chosen: tuple[int, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "Preferences",
            "While Case Keeper is open, remind me of a deadline (in the window, and as a system "
            "notification where there is one):",
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes: dict[int, QCheckBox] = {}
        for days in LEAD_CHOICES:
            if days == 0:
                text = translate("Preferences", "On the day")
            else:
                text = translate("Preferences", "%n days before", None, days)
            box = QCheckBox(text)
            box.setChecked(days in chosen)
            self.boxes[days] = box
            layout.addWidget(box)
        note = QLabel(translate("Preferences", "The same lead times are used for calendar files."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.background = QCheckBox(translate(
            "Preferences", "Also remind me while Case Keeper is closed (system notifications)"))
        self.background.setToolTip(translate(
            "Preferences", "Asks your system to check a few times an hour; nothing leaves this "
            "computer. Turning it off removes that schedule."))
        layout.addWidget(self.background)
        self.quiet_start = QTimeEdit()
        self.quiet_start.setDisplayFormat("HH:mm")
        self.quiet_end = QTimeEdit()
        self.quiet_end.setDisplayFormat("HH:mm")
        quiet = QFormLayout()
        quiet.addRow(translate("Preferences", "No notifications from"), self.quiet_start)
        quiet.addRow(translate("Preferences", "until"), self.quiet_end)
        layout.addLayout(quiet)
        layout.addStretch(1)

    def set_quiet_hours(self, start: str, end: str) -> None:
        """Show the quiet hours (``HH:MM``); a value that is not a time shows the default."""
        for edit, text, default in ((self.quiet_start, start, "21:00"), (self.quiet_end, end, "08:00")):
            time = QTime.fromString(text, "HH:mm")
            edit.setTime(time if time.isValid() else QTime.fromString(default, "HH:mm"))

    def quiet_hours(self) -> tuple[str, str]:
        """The quiet hours as ``HH:MM`` texts."""
        return self.quiet_start.time().toString("HH:mm"), self.quiet_end.time().toString("HH:mm")

    def chosen(self) -> tuple[int, ...]:
        """The lead times ticked, largest first."""
        return tuple(days for days, box in self.boxes.items() if box.isChecked())


def add_document_pages(dialog: PreferencesDialog, workspace: Workspace, settings: Settings,
                       country: str) -> None:
    """Add the Reminders and Corrections pages; reminder choices are saved when OK is pressed."""
    from casekeeper.ui.preferences import background_choice

    reminders = RemindersPage(settings.reminder_days)
    reminders.set_quiet_hours(settings.quiet_start, settings.quiet_end)
    was_on = background_choice.is_enabled(workspace.paths)
    reminders.background.setChecked(was_on)
    dialog.add_page(translate("Preferences", "Reminders"), reminders)
    corrections = CorrectionsPage(workspace.rules, country)
    dialog.add_page(translate("Preferences", "Corrections to Klarna's details"), corrections)
    dialog.keep_typing_of(corrections, corrections.form.is_dirty, corrections.form.save)
    dialog.reminders_page = reminders  # type: ignore[attr-defined]

    def save() -> None:
        settings.reminder_days = reminders.chosen()
        settings.quiet_start, settings.quiet_end = reminders.quiet_hours()
        settings.sync()  # casekeeper-cli notify reads them from the file
        if reminders.background.isChecked() != was_on:
            problem = background_choice.apply(workspace.paths, reminders.background.isChecked())
            if problem is not None:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(dialog.parentWidget(), translate("Preferences", "Reminders"),
                                    problem)

    dialog.accepted.connect(save)
