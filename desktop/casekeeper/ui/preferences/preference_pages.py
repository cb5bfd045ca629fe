"""More pages of Preferences: reminders, and corrections to Klarna's details for the country."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

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
            elif days == 1:
                text = translate("Preferences", "1 day before")
            else:
                text = translate("Preferences", "%1 days before").replace("%1", str(days))
            box = QCheckBox(text)
            box.setChecked(days in chosen)
            self.boxes[days] = box
            layout.addWidget(box)
        note = QLabel(translate("Preferences", "The same lead times are used for calendar files."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)

    def chosen(self) -> tuple[int, ...]:
        """The lead times ticked, largest first."""
        return tuple(days for days, box in self.boxes.items() if box.isChecked())


def add_document_pages(dialog: PreferencesDialog, workspace: Workspace, settings: Settings,
                       country: str) -> None:
    """Add the Reminders and Corrections pages; reminder choices are saved when OK is pressed."""
    reminders = RemindersPage(settings.reminder_days)
    dialog.add_page(translate("Preferences", "Reminders"), reminders)
    dialog.add_page(translate("Preferences", "Corrections to Klarna's details"),
                    CorrectionsPage(workspace.rules, country))
    dialog.reminders_page = reminders  # type: ignore[attr-defined]

    def save() -> None:
        settings.reminder_days = reminders.chosen()

    dialog.accepted.connect(save)
