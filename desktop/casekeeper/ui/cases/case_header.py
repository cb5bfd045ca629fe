"""The case header: who, what, how much, the ladder as a stepper and the next step in words."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from casekeeper.domain.dto import CaseDetail
from casekeeper.domain.enums import CaseStatus, Stage
from casekeeper.ui.common import labels
from casekeeper.ui.common.i18n import format_amount, translate


class LadderStepper(QLabel):
    """The case's ladder (the rungs the Escalate dialog lists, in its order), current one bold.

    One word-wrapped line, so that it folds onto two lines in a narrow window (200 %, French).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(translate("CaseHeader", "Escalation ladder"))
        small = self.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)  # every rung of the country's ladder, in 2 lines
        self.setFont(small)
        # Wide enough that its wrapped height (and so the window's least height) stays small.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.rungs: tuple[Stage, ...] = ()
        self.set_stage(Stage.FIRST_CONTACT, labels.LADDER)

    def set_stage(self, stage: Stage, ladder: tuple[Stage, ...], resolved: bool = False) -> None:
        """Mark the rungs of ``ladder`` (then "Resolved") done, current and to come; a case closed
        as resolved has "Resolved" current and the rungs it never reached still to come."""
        resolved = resolved or stage is Stage.RESOLVED
        current = Stage.RESOLVED if resolved else stage
        later = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
        self.rungs = (*ladder, Stage.RESOLVED)
        rungs = []
        for rung in self.rungs:
            done = rung is not current and (rung.rank < stage.rank or (resolved and rung is stage))
            mark = "●" if done else ("◉" if rung is current else "○")
            words = html.escape(f"{mark}\u00a0{labels.stage_name(rung)}").replace(" ", "\u00a0")
            if rung is current:
                rungs.append(f"<b>{words}</b>")
            elif done:
                rungs.append(words)
            else:
                rungs.append(f'<span style="color:{later}">{words}</span>')
        self.setText(" › ".join(rungs))
        words = labels.stage_name(stage)
        self.setAccessibleDescription(translate("CaseHeader", "Current stage: %1").replace("%1", words))
        self.setToolTip(translate("CaseHeader", "Current stage: %1").replace("%1", words))


class CaseHeader(QWidget):
    """Top of the right pane."""

    delete_example_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.example = QLabel(translate(
            "CaseHeader", "This is an example case, to explore the app. It raises no reminders."))
        self.example.setWordWrap(True)
        self.delete_example = QPushButton(translate("CaseHeader", "Delete the e&xample"))
        self.delete_example.clicked.connect(self.delete_example_requested)
        example_row = QHBoxLayout()
        example_row.addWidget(self.example, 1)
        example_row.addWidget(self.delete_example)
        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.merchant = QLabel()
        self.merchant.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.references = QLabel()
        self.references.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stepper = LadderStepper()
        self.next_line = QLabel()
        self.next_line.setWordWrap(True)
        self.next_line.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.merchant)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(example_row)
        layout.addLayout(top)
        layout.addWidget(self.references)
        layout.addWidget(self.stepper)
        layout.addWidget(self.next_line)
        self.pause_line = QLabel()  # "Payments paused until …" (the payment plan's dispute pause)
        self.pause_line.setWordWrap(True)
        self.pause_line.hide()
        layout.addWidget(self.pause_line)

    def show_pause(self, text: str) -> None:
        """Show the payment pause in words, or hide the line when there is none."""
        self.pause_line.setText(text)
        self.pause_line.setVisible(bool(text))

    def show_case(self, case: CaseDetail, next_words: str | None,
                  ladder: tuple[Stage, ...] = labels.LADDER) -> None:
        """Fill the header from the case and the next step already put in words.

        ``None``: the next step is still being worked out (a case just picked, painted before
        its advice); its line stays as high as it was, empty, until it is given."""
        self._show_example(case.is_example)
        self.title.setText(case.title)
        self.merchant.setText(case.merchant)
        parts = []
        if case.order_ref:
            parts.append(translate("CaseHeader", "Order %1").replace("%1", case.order_ref))
        if case.klarna_ref:
            parts.append(translate("CaseHeader", "Klarna %1").replace("%1", case.klarna_ref))
        if case.amount is not None:
            parts.append(format_amount(case.amount, case.currency))
        if case.status is not CaseStatus.OPEN:
            parts.append(labels.status_name(case.status))
        self.references.setText(" · ".join(parts))
        self.stepper.set_stage(case.stage, ladder, resolved=case.status is CaseStatus.RESOLVED)
        if next_words is None:
            self.next_line.setMinimumHeight(self.next_line.height())
            self.next_line.clear()
            return
        self.next_line.setMinimumHeight(0)
        self.next_line.setText(translate("CaseHeader", "Next: %1").replace("%1", next_words))

    def clear(self) -> None:
        """No case selected."""
        self._show_example(False)
        self.title.setText(translate("CaseHeader", "No case selected"))
        self.merchant.clear()
        self.references.setText(translate("CaseHeader", "Create a case with New case (Ctrl+N)."))
        self.next_line.clear()
        self.show_pause("")

    def _show_example(self, shown: bool) -> None:
        self.example.setVisible(shown)
        self.delete_example.setVisible(shown)
