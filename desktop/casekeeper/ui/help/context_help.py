"""Context help: each dialog gets a Help button and F1, both opening the guide at its section."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from shiboken6 import isValid

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


class HelpHook(QObject):
    """The one application-wide filter that gives each dialog shown its Help button and F1.

    One per application, whatever the number of main windows: a filter per window would make
    every event of the application pass through all of them. A dialog gets the desk of the main
    window it belongs to, else the newest desk still alive."""

    def __init__(self, app: QObject) -> None:
        super().__init__(app)
        self.desks: list[HelpDesk] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and not watched.property(_DONE)
            and type(watched).__name__ in DIALOG_SECTIONS
        ):
            desk = self._desk_for(watched)
            if desk is not None:
                watched.setProperty(_DONE, True)
                desk.add_help(watched, DIALOG_SECTIONS[type(watched).__name__])
        return False

    def _desk_for(self, dialog: QDialog) -> HelpDesk | None:
        self.desks = [desk for desk in self.desks if isValid(desk)]
        parent = dialog.parentWidget()
        owner = parent.window() if parent is not None else None
        for desk in reversed(self.desks):
            if desk.owner is owner:
                return desk
        return self.desks[-1] if self.desks else None


def install_help_desk(app: QObject, owner: QWidget) -> HelpDesk:
    """Create the help desk of ``owner``; the one application filter adds Help to its dialogs."""
    hook = app.findChild(HelpHook)
    if not isinstance(hook, HelpHook):
        hook = HelpHook(app)
        app.installEventFilter(hook)
    desk = HelpDesk(owner)
    hook.desks.append(desk)
    return desk
