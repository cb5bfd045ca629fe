"""Case > Close…: how it ended, and whether it was resolved or not."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casekeeper.errors import KnownError
from casekeeper.ui.common.discard_guard import DiscardGuard
from casekeeper.ui.common.error_report import words_for
from casekeeper.ui.common.i18n import translate

Closer = Callable[[str, bool], None]
"""Close the case with this outcome text, resolved or not."""


class CloseCaseDialog(QDialog):
    """Outcome text and resolved / not resolved; Close saves through the callback."""

    def __init__(self, title: str, close: Closer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CloseCase", "Close the case"))
        self._close = close
        heading = QLabel(translate("CloseCase", "Close “%1”").replace("%1", title))
        heading.setWordWrap(True)
        self.resolved = QRadioButton(translate("CloseCase", "&Resolved: I got what I asked for"))
        self.unresolved = QRadioButton(
            translate("CloseCase", "&Not resolved: I am stopping here without a solution")
        )
        # nothing chosen beforehand: the person says which it is
        self.outcome = QPlainTextEdit()
        self.outcome.setTabChangesFocus(True)
        self.outcome.setPlaceholderText(translate("CloseCase", "For example: refunded on 3 December"))
        self.outcome.setAccessibleName(translate("CloseCase", "How did it end?"))
        self.outcome.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(
            translate("CloseCase", "C&lose the case"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.resolved)
        layout.addWidget(self.unresolved)
        layout.addWidget(QLabel(translate("CloseCase", "How did it end?")))
        layout.addWidget(self.outcome)
        layout.addWidget(
            QLabel(translate("CloseCase", "You can reopen the case later; nothing in it is changed."))
        )
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.outcome.setFocus()
        self.guard = DiscardGuard(self)  # asks before Escape, Cancel or closing lose typing

    def reject(self) -> None:
        """Escape, Cancel or closing: ask first when something was typed."""
        self.guard.reject()

    def save(self) -> bool:
        """Close the case; a refusal is shown in the dialog, which stays open."""
        missing = []
        if not (self.resolved.isChecked() or self.unresolved.isChecked()):
            missing.append(translate("CloseCase", "Say whether it is resolved or not."))
        if not self.outcome.toPlainText().strip():
            missing.append(translate("CloseCase", "Say in a few words how it ended."))
        if missing:
            self.error.setText(" ".join(missing))
            self.error.show()
            (self.resolved if not self.resolved.isChecked() and not self.unresolved.isChecked()
             else self.outcome).setFocus()
            return False
        try:
            self._close(self.outcome.toPlainText(), self.resolved.isChecked())
        except KnownError as error:
            self.error.setText(words_for(error))
            self.error.show()
            return False
        self.accept()
        return True
