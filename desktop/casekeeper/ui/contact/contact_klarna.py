"""Contact Klarna: one card per channel of the country, open or closed now, with Copy buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casekeeper.domain.enums import Channel
from casekeeper.ui.common import labels
from casekeeper.ui.common.discard_guard import DiscardGuard
from casekeeper.ui.common.i18n import format_date, translate
from casekeeper.ui.common.icons import icon
from casekeeper.ui.common.knowledge_adapter import ChannelCard
from casekeeper.ui.contact.channel_words import state_words, when_words


def copy_button(text_source: object, name: str) -> QPushButton:
    """A Copy button that puts the current text of ``text_source`` (a callable) on the clipboard."""
    button = QPushButton(icon("copy"), translate("ContactKlarna", "Copy"))
    button.setAutoDefault(False)
    button.setAccessibleName(translate("ContactKlarna", "Copy %1").replace("%1", name))

    def copy() -> None:
        QGuiApplication.clipboard().setText(text_source() if callable(text_source) else str(text_source))

    button.clicked.connect(copy)
    return button


class ChannelCardBox(QGroupBox):
    """One channel: state now, the two clocks, how to reach it, where the facts come from."""

    def __init__(self, card: ChannelCard, opening_message: str = "", parent: QWidget | None = None) -> None:
        title = f"{labels.channel_name(card.entry.kind)} — {card.label}"
        if card.overridden:
            title += " " + translate("ContactKlarna", "(your correction)")
        super().__init__(parent)  # the title is a wrapping label: a box title cannot wrap (200 %)
        self.card = card
        self.setAccessibleName(title)
        grid = QGridLayout(self)
        status = card.status
        self.heading = QLabel(title)
        self.heading.setWordWrap(True)
        self.state = QLabel(state_words(card))
        self.state.setWordWrap(True)
        font = self.state.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.state.setFont(font)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addWidget(self.state, 1, 0, 1, 2)
        clocks = (
            translate("ContactKlarna", "Klarna's time: %1 · Your time: %2")
            .replace("%1", when_words(status.at_local))
            .replace("%2", when_words(status.at_person))
        )
        if status.state.value != "not-applicable":
            clock_label = QLabel(clocks)
            clock_label.setWordWrap(True)
            grid.addWidget(clock_label, 2, 0, 1, 2)
        hours = QLabel(status.hours_text + (f" — {card.hours_note}" if card.hours_note else ""))
        hours.setWordWrap(True)
        grid.addWidget(hours, 3, 0, 1, 2)
        row = 4
        for value, name in (
            (card.entry.number, translate("ContactKlarna", "the number")),
            (card.entry.address, translate("ContactKlarna", "the address")),
            (card.entry.url, translate("ContactKlarna", "the web address")),
        ):
            if value and value != "unknown":
                shown = QLabel(value)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                shown.setWordWrap(True)
                grid.addWidget(shown, row, 0)
                grid.addWidget(copy_button(value, name), row, 1, Qt.AlignmentFlag.AlignTop)
                row += 1
            elif value == "unknown":
                grid.addWidget(QLabel(translate("ContactKlarna", "Not known yet.")), row, 0, 1, 2)
                row += 1
        if opening_message:
            prompt = QLabel(translate("ContactKlarna", "Opening message (edit it before you copy it):"))
            prompt.setWordWrap(True)
            grid.addWidget(
                prompt,
                row,
                0,
                1,
                2,
            )
            self.message = QPlainTextEdit(opening_message)
            self.message.setAccessibleName(translate("ContactKlarna", "Opening message"))
            self.message.setTabChangesFocus(True)
            self.message.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
            grid.addWidget(self.message, row + 1, 0)
            self.message_copy = copy_button(self.message.toPlainText,
                                            translate("ContactKlarna", "the opening message"))
            grid.addWidget(self.message_copy, row + 1, 1, Qt.AlignmentFlag.AlignTop)
            row += 2
        source = translate("ContactKlarna", "Source: %1").replace("%1", status.source)
        source += " · " + labels.level_name(status.level)
        if status.last_verified is not None:
            source += " · " + translate("ContactKlarna", "last checked %1").replace(
                "%1", format_date(status.last_verified)
            )
        note = QLabel(f"<small>{source}</small>")
        note.setWordWrap(True)
        grid.addWidget(note, row, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.actions_row = QHBoxLayout()
        self.actions_row.addStretch(1)
        grid.addLayout(self.actions_row, row + 1, 0, 1, 2)

    def title(self) -> str:
        """The channel and its name (shown as a wrapping label)."""
        return self.heading.text()


class ContactKlarnaDialog(QDialog):
    """Non-modal: stays beside the main window while the person calls or chats."""

    def __init__(
        self, country_name: str, cards: list[ChannelCard], opening_message: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ContactKlarna", "Contact Klarna — %1").replace("%1", country_name))
        inner = QWidget()
        column = QVBoxLayout(inner)
        self.cards: list[ChannelCardBox] = []
        for card in cards:
            message = opening_message if card.entry.kind is Channel.CHAT else ""
            box = ChannelCardBox(card, message)
            self.cards.append(box)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it all wraps
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        intro = QLabel(translate("ContactKlarna", "Ways to reach Klarna and whether they are open now:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().lineSpacing() * 40)
        self.guard = DiscardGuard(self)  # an edited opening message is not thrown away unasked
        for box in self.cards:
            copied = getattr(box, "message_copy", None)
            if copied is not None:  # copied: it went where it was meant to go
                copied.clicked.connect(self.guard.mark_clean)

    def reject(self) -> None:
        """Escape, Close or closing the window: ask first when the opening message was edited."""
        self.guard.reject()
