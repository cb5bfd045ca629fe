"""Call mode and chat mode: a small window on top while the person waits, talks and takes notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casekeeper.domain.dto import InteractionInput
from casekeeper.domain.enums import Channel
from casekeeper.services.live_contact import LiveNotes, LiveTiming, clock_text, contact_of
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.screen_area import available
from casekeeper.ui.contact.contact_klarna import copy_button

TICK_MS = 1000  # the display only; every duration is read from the wall clock
VALUE_CHARS = 48  # a longer value is shortened on screen (one line each keeps the window small)
SCREEN_SHARE = (0.45, 0.85)  # at most this share of the screen's width and height by default


class LiveContactDialog(QDialog):
    """Times the wait and the talk, keeps notes; "Hang up" hands the contact to Log a contact."""

    finished_contact = Signal(object)  # the InteractionInput to log

    def __init__(self, channel: Channel, now: Callable[[], datetime], zone: str, number: str,
                 references: list[tuple[str, str]], have_ready: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = channel
        self._now = now
        self._zone = zone
        self.number = number
        self.timing = LiveTiming(now())
        self.logged = False
        self._leaving = False
        self.confirm_close: Callable[[], bool] = self._ask_before_closing
        phone = channel is Channel.PHONE
        self.setWindowTitle(translate("LiveCall", "Call Klarna") if phone
                            else translate("LiveCall", "Chat with Klarna"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        outer = QVBoxLayout(self)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        if phone and number:
            row = QHBoxLayout()
            shown = QLabel(f"<b>{number}</b>")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row.addWidget(shown, 1)
            row.addWidget(copy_button(number, translate("ContactKlarna", "the number")))
            layout.addLayout(row)
        layout.addWidget(self._facts(translate("LiveCall", "Your references"), references))
        layout.addWidget(self._facts(translate("LiveCall", "Have ready"), have_ready))
        self.clock = QLabel()
        font = self.clock.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.clock.setFont(font)
        self.clock.setAccessibleName(translate("LiveCall", "Timer"))
        self.answered = QPushButton(translate("LiveCall", "An &agent answered") if phone
                                    else translate("LiveCall", "An &agent joined"))
        self.answered.clicked.connect(self.answer)
        form = QFormLayout()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(translate("LiveCall", "What they say, as it is said"))
        self.agent = QLineEdit()
        self.agent.setPlaceholderText(translate("LogContact", "the name they gave, if any"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(translate("LogContact", "case or ticket number they gave"))
        form.addRow(translate("LiveCall", "&Notes"), self.notes)
        form.addRow(translate("LiveCall", "A&gent's name"), self.agent)
        form.addRow(translate("LiveCall", "&Reference given"), self.reference)
        self.transcript = QPlainTextEdit()
        self.transcript.setTabChangesFocus(True)
        self.transcript.setPlaceholderText(translate("LogContact", "Paste the chat transcript here"))
        if not phone:
            form.addRow(translate("LiveCall", "&Transcript (paste it at the end)"), self.transcript)
        layout.addLayout(form)
        toggles = QHBoxLayout()
        self.transferred = QCheckBox(translate("LiveCall", "Trans&ferred"))
        self.supervisor = QCheckBox(translate("LiveCall", "Asked for a &supervisor"))
        toggles.addWidget(self.transferred)
        toggles.addWidget(self.supervisor)
        layout.addLayout(toggles)
        self.hang_up_button = QPushButton(translate("LiveCall", "&Hang up and log the call") if phone
                                          else translate("LiveCall", "&End and log the chat"))
        self.hang_up_button.clicked.connect(self.hang_up)
        self.content_scroll = QScrollArea()
        self.content_scroll.setObjectName("fit-scroll")  # the screen fitter adds no second one
        self.content_scroll.setWidgetResizable(True)
        self.content_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.content_scroll.setWidget(inner)
        outer.addWidget(self.clock)  # the timer and the buttons stay in view; the rest scrolls
        outer.addWidget(self.answered)
        outer.addWidget(self.content_scroll, 1)
        outer.addWidget(self.hang_up_button)
        chain = [self.answered, self.notes, self.agent, self.reference,
                 *([] if phone else [self.transcript]), self.transferred, self.supervisor,
                 self.hang_up_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)  # Tab goes down the window as before
        self._default_size(inner)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.refresh)
        self.ticker.start()
        self.refresh()

    def _default_size(self, inner: QWidget) -> None:
        """Small: what the content needs, but no more than a share of the screen it opens on."""
        area = available(self)
        bar = self.content_scroll.verticalScrollBar().sizeHint().width()
        wanted = inner.sizeHint()
        extra = self.sizeHint().height() - self.content_scroll.sizeHint().height()
        width = min(wanted.width() + bar + 24, int(area.width() * SCREEN_SHARE[0]))
        height = min(wanted.height() + extra, int(area.height() * SCREEN_SHARE[1]))
        self.setMinimumSize(0, 0)
        self.resize(max(width, min(320, area.width())), height)

    @staticmethod
    def _facts(title: str, items: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        for row, (name, value) in enumerate(items):
            grid.addWidget(QLabel(name), row, 0)
            text = value if len(value) <= VALUE_CHARS else value[:VALUE_CHARS - 1] + "…"
            shown = QLabel(text or translate("LiveCall", "(not in the case yet)"))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setToolTip(value)  # the whole value; Copy copies it whole too
            grid.addWidget(shown, row, 1)
            if value:
                grid.addWidget(copy_button(value, name), row, 2)
        grid.setColumnStretch(1, 1)
        return box

    def refresh(self) -> None:
        """Show the running timer, read from the wall clock."""
        now = self._now()
        waiting = clock_text(self.timing.waiting_seconds(now))
        if self.timing.answered is None:
            text = translate("LiveCall", "Waiting %1").replace("%1", waiting)
        else:
            text = (translate("LiveCall", "Talking %1 (waited %2)")
                    .replace("%1", clock_text(self.timing.talking_seconds(now)))
                    .replace("%2", waiting))
        self.clock.setText(text)

    def answer(self) -> None:
        """Stop the waiting timer and start the talking one."""
        self.timing.answer(self._now())
        self.answered.setEnabled(False)
        self.refresh()
        self.notes.setFocus()

    def contact(self) -> InteractionInput:
        """The contact as it stands (ended now if it has not ended)."""
        extra = []
        if self.transferred.isChecked():
            extra.append(translate("LiveCall", "I was transferred."))
        if self.supervisor.isChecked():
            extra.append(translate("LiveCall", "I asked for a supervisor."))
        notes = LiveNotes(notes=self.notes.toPlainText(), agent=self.agent.text(),
                          reference=self.reference.text(), transcript=self.transcript.toPlainText(),
                          extra_lines=extra)
        return contact_of(self.timing, self.channel, self._zone, self.number, notes)

    def hang_up(self) -> None:
        """End the call and hand it to Log a contact."""
        self.timing.hang_up(self._now())
        self.ticker.stop()
        self.logged = True
        self.finished_contact.emit(self.contact())
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """A window closed by mistake asks first: the timing and notes would be lost."""
        if not self._may_leave():
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        """Escape goes through the same question as closing."""
        if self._may_leave():
            super().reject()

    def _may_leave(self) -> bool:
        if not (self.logged or self._leaving or self.confirm_close()):
            return False
        self._leaving = True  # asked once: QDialog's close also rejects
        self.ticker.stop()
        return True

    def _ask_before_closing(self) -> bool:
        answer = QMessageBox.question(
            self, self.windowTitle(),
            translate("LiveCall", "Close without logging? The times and notes will be lost; the button "
                                  "at the bottom logs them."),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Close
