"""Context help: each dialog gets a Help button and F1, both opening the guide at its section."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from casekeeper.ui.help.help_window import HelpWindow

#: the guide's section for each dialog, by class name (so no dialog module is imported here)
DIALOG_SECTIONS = {
    "NewCaseDialog": "new-case",
    "LogContactDialog": "log-contact",
    "MailImportDialog": "mail-import",
    "PlanDialog": "payment-plan",
    "EscalateDialog": "escalate",
    "StageEditDialog": "escalate",
    "ContactKlarnaDialog": "contact",
    "CorrectionDialog": "corrections",
    "ExportDossierDialog": "dossier",
    "LetterDialog": "letters",
    "MarkSentDialog": "letters",
    "SettlePromiseDialog": "promises",
    "TrashDialog": "trash",
    "CloseCaseDialog": "closing",
    "BackupsDialog": "backups",
    "IntegrityDialog": "backups",
    "RecoveryDialog": "backups",
    "PreferencesDialog": "first-start",
    "WelcomeDialog": "first-start",
}
_DONE = "casekeeper-help"


class HelpDesk(QObject):
    """Opens the one guide window (again in the window's language) and adds Help to dialogs."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.owner = owner
        self.window: HelpWindow | None = None

    def open(self, section: str = "") -> HelpWindow:
        """Show the guide, at ``section`` when given."""
        from casekeeper.ui.common.i18n import current_language

        if self.window is None or self.window.language != current_language():
            if self.window is not None:
                self.window.deleteLater()
            self.window = HelpWindow(self.owner)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        if section:
            self.window.show_section(section)
        return self.window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and not watched.property(_DONE)
            and type(watched).__name__ in DIALOG_SECTIONS
        ):
            watched.setProperty(_DONE, True)
            self.add_help(watched, DIALOG_SECTIONS[type(watched).__name__])
        return False

    def add_help(self, dialog: QDialog, section: str) -> None:
        """A Help button in the dialog's buttons, and F1, both opening ``section``."""
        boxes = [box for box in dialog.findChildren(QDialogButtonBox) if box.window() is dialog]
        if boxes and boxes[-1].button(QDialogButtonBox.StandardButton.Help) is None:
            button = boxes[-1].addButton(QDialogButtonBox.StandardButton.Help)
            button.setAutoDefault(False)
            button.clicked.connect(lambda: self.open(section))
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda: self.open(section))


def install_help_desk(app: QObject, owner: QWidget) -> HelpDesk:
    """Create the help desk of ``owner`` and let it add Help to every dialog shown."""
    desk = HelpDesk(owner)
    app.installEventFilter(desk)
    return desk
