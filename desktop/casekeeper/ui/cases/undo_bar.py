"""A bar that says what was just moved to the trash, with an Undo button (Ctrl+Z)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.icons import icon


class UndoBar(QFrame):
    """Hidden until something is deleted; Undo runs the restore the caller gave."""

    undone = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self._restore: Callable[[], None] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(icon("undo"), translate("UndoBar", "Undo"))
        self.undo_button.setAccessibleName(translate("UndoBar", "Undo the deletion"))
        self.undo_button.clicked.connect(self.undo)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAccessibleName(translate("UndoBar", "Hide this message"))
        self.close_button.setToolTip(translate("UndoBar", "Hide this message"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self.hide()

    @property
    def can_undo(self) -> bool:
        """Whether an Undo is on offer."""
        return self._restore is not None

    def offer(self, message: str, restore: Callable[[], None]) -> None:
        """Show ``message`` and remember how to undo."""
        self._restore = restore
        self.message.setText(message)
        self.show()

    def undo(self) -> None:
        """Run the restore once and hide."""
        restore, self._restore = self._restore, None
        self.hide()
        if restore is not None:
            restore()
            self.undone.emit()

    def dismiss(self) -> None:
        """Hide without undoing."""
        self._restore = None
        self.hide()
