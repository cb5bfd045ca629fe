"""New case: pick one of the common problems to pre-fill the texts, then complete the fields."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casekeeper.domain.dto import CaseInput
from casekeeper.errors import InputError, KnownError
from casekeeper.ui.cases.case_form import CaseForm
from casekeeper.ui.cases.templates import CaseTemplate
from casekeeper.ui.common import labels
from casekeeper.ui.common.discard_guard import DiscardGuard
from casekeeper.ui.common.error_report import words_for
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.input_messages import message_for

Create = Callable[[CaseInput], int]


class NewCaseDialog(QDialog):
    """Creates through ``create``; stays open with the field marked when a value is refused."""

    created = Signal(int)

    def __init__(
        self, create: Create, templates: list[CaseTemplate], country: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewCase", "New case"))
        self._create = create
        self._templates = templates
        self.choices = QListWidget()
        self.choices.setAccessibleName(translate("NewCase", "What is the problem?"))
        for template in templates:
            item = QListWidgetItem(labels.problem_name(template.problem))
            item.setData(Qt.ItemDataRole.UserRole, template.problem.value)
            self.choices.addItem(item)
        blank = QListWidgetItem(translate("NewCase", "Something else (blank case)"))
        self.choices.addItem(blank)
        self.form = CaseForm()
        self.form.country.setText(country)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(translate("NewCase", "What is the problem?")))
        column.addWidget(self.choices, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(1, 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            translate("NewCase", "&Create the case"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.choices.currentRowChanged.connect(self.apply_template)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().lineSpacing() * 36)
        self.guard = DiscardGuard(self)  # asks before Escape, Cancel or closing lose typing

    def reject(self) -> None:
        """Escape, Cancel or closing: ask first when something was typed."""
        self.guard.reject()

    def apply_template(self, row: int) -> None:
        """Pre-fill problem, title (if empty or from a template), problem text and remedy."""
        if not 0 <= row < len(self._templates):
            return
        template = self._templates[row]
        form = self.form
        if not form.title.text() or form.title.text() in {t.title for t in self._templates}:
            form.title.setText(template.title)
        form.problem.setCurrentIndex(form.problem.findData(template.problem.value))
        form.problem_text.setPlainText(template.problem_text)
        form.remedy.setPlainText(template.remedy)

    def save(self) -> bool:
        """Create the case; on a refused value mark the field and stay open."""
        self.form.errors.clear()
        try:
            case_id = self._create(self.form.value())
        except InputError as error:
            if not self.form.errors.show(error.field, message_for(error)):
                self.form.errors.show("title", message_for(error))
            return False
        except KnownError as error:  # the environment (a vanished folder, a full disk)
            self.form.errors.show("title", words_for(error))  # nothing saved; what was typed stays
            return False
        self.created.emit(case_id)
        self.accept()
        return True
