"""Tools > Check data integrity…: every part checked off the GUI thread, with progress."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casekeeper.i18n.told import told_in
from casekeeper.ui.common.error_report import plain_words
from casekeeper.ui.common.i18n import current_language, translate
from casekeeper.ui.common.tasks import Operation, TaskRunner
from casekeeper.ui.data.data_messages import check_summary, part_detail, part_name

if TYPE_CHECKING:
    from casekeeper.services.integrity import CheckReport
    from casekeeper.services.workspace import Workspace


class _CancelledError(Exception):
    """Raised inside the check when the person closed the dialog."""


class IntegrityDialog(QDialog):
    """Starts the check when built; shows each part verified or its problems."""

    checked = Signal(object)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Safety", "Check data integrity"))
        self.workspace = workspace
        self.tasks = tasks
        self.report: CheckReport | None = None
        self.operation: Operation | None = None
        self.intro = QLabel(
            translate(
                "Safety",
                "Checking the case file, the links between records, the fingerprint of every evidence "
                "file and the history of changes. Nothing is changed.",
            )
        )
        self.intro.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(translate("Safety", "Progress"))
        self.output = QTextBrowser()
        self.output.setAccessibleName(translate("Safety", "Result of the check"))
        self.output.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.progress)
        layout.addWidget(self.output, 1)
        layout.addWidget(self.buttons)
        self.rejected.connect(self._cancel)
        self.start()

    def start(self) -> None:
        """Run the check in the background."""
        integrity = self.workspace.integrity

        def work(operation: Operation) -> CheckReport:  # on a pool thread: no widgets here
            def progress(done: int, total: int) -> None:
                if operation.cancelled:
                    raise _CancelledError
                operation.report(done, total)

            return integrity.check(progress)

        self.operation = self.tasks.start(work, self._done, self._failed, on_progress=self._moved)

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(translate("Safety", "Evidence file %1 of %2").replace("%1", str(done))
                                .replace("%2", str(total)))

    def _cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _finish_buttons(self) -> None:
        self.progress.hide()
        self.output.show()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _done(self, report: object) -> None:
        if not isValid(self):
            return
        from casekeeper.services.integrity import CheckReport

        assert isinstance(report, CheckReport)
        self.report = report
        self._finish_buttons()
        self.output.setHtml(report_html(report))
        self.checked.emit(report)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, _CancelledError) or not isValid(self):
            return
        self._finish_buttons()
        self.output.setPlainText(plain_words(error))
        self.checked.emit(None)


def report_html(report: CheckReport) -> str:
    """The report as a short list: a check mark or the problems of each part."""
    items = []
    verified = html.escape(translate("Safety", "verified"))
    for part in report.parts:
        name = html.escape(part_name(part))
        detail = f" ({html.escape(part_detail(part))})" if part.detail else ""
        if part.ok:
            items.append(f"<li>✓ {name}{detail} — {verified}</li>")
        else:
            language = current_language()
            problems = "".join(f"<li>{html.escape(told_in(problem, language))}</li>"
                               for problem in part.problems)
            items.append(f"<li><b>✗ {name}</b><ul>{problems}</ul></li>")
    return f"<p><b>{html.escape(check_summary(report))}</b></p><ul>{''.join(items)}</ul>"
