"""An inline message at the top of the window: errors in plain words, without a modal box."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.icons import icon


class MessageBar(QFrame):
    """Shows one message with an icon; the person dismisses it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setToolTip(translate("MessageBar", "Hide this message"))
        self.close_button.setAccessibleName(translate("MessageBar", "Hide this message"))
        self.close_button.clicked.connect(self.hide)
        self.details = ""
        self.copy_button = QPushButton(translate("MessageBar", "Copy details"))
        self.copy_button.setToolTip(translate("MessageBar", "Copy the technical details, to paste them "
                                                            "into a problem report"))
        self.copy_button.clicked.connect(self.copy_details)
        self.copy_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str, warning: bool = True, details: str = "") -> None:
        """Show ``text``; a warning icon for problems, an info icon otherwise; "Copy details" when
        there are technical ``details`` (a traceback) for a problem report."""
        size = self.fontMetrics().height()
        self.icon.setPixmap(icon("warning" if warning else "info").pixmap(size, size))
        self.text.setText(text)
        self.setAccessibleName(text)
        self.details = details
        self.copy_button.setVisible(bool(details))
        self.show()

    def copy_details(self) -> None:
        """Put the technical details on the clipboard."""
        QGuiApplication.clipboard().setText(self.details)
