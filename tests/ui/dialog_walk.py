"""Every dialog of the window, opened the way the person opens it (shared by the keyboard and
translation walks)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog

from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow


def dialog_openers(
    window: MainWindow, workspace: Workspace, language: str
) -> dict[str, Callable[[], QDialog]]:
    """Name -> a function that opens the dialog (not modal) and returns it."""
    from casekeeper.ui.data.recovery import RecoveryDialog
    from casekeeper.ui.preferences.welcome import WelcomeDialog

    d, safety = window.dialogs, window.data
    return {  # type: ignore[return-value]
        "new case": d.new_case, "log a contact": d.log_contact, "escalate": d.escalate,
        "contact Klarna": d.contact_klarna, "preferences": d.preferences, "backups": safety.open_backups,
        "trash": safety.open_trash, "close case": d.close_case,
        "export dossier": window.dossier.open_export, "letter": window.letters.open_letter,
        "integrity": safety.open_integrity, "about": window.open_about,
        "add a promise": window.journal.add_promise,
        "edit exhibit": lambda: window.evidence.edit(window.controller.case.evidence[0]),  # type: ignore[union-attr]
        "correct hours": lambda: window.contact.correct("channels.phone.hours"),
        "welcome": lambda: WelcomeDialog("FR", language, window),
        "recovery": lambda: RecoveryDialog(workspace.paths, "The case file is damaged."),
    }
