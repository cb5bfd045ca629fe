"""Edit a recorded stage change (date, reference, letter text, note), or move it to the trash."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casekeeper.domain.dto import StageChangeView, StageInput
from casekeeper.errors import InputError, KnownError
from casekeeper.ui.common import labels
from casekeeper.ui.common.datetime_fields import instant_edit, instant_of
from casekeeper.ui.common.discard_guard import DiscardGuard
from casekeeper.ui.common.error_report import words_for
from casekeeper.ui.common.field_errors import FieldErrors
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.icons import icon
from casekeeper.ui.common.input_messages import message_for

SaveStage = Callable[[StageInput], None]


class StageEditDialog(QDialog):
    """The step itself stays; what was recorded about it can be corrected."""

    delete_requested = Signal()

    def __init__(self, stage: StageChangeView, save: SaveStage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("StageEdit", "Stage change"))
        self.stage = stage
        self._save = save
        self.errors = FieldErrors()
        heading = QLabel(f"<b>{labels.stage_name(stage.stage)}</b>")
        self.when = instant_edit(stage.occurred_at, stage.zone)
        self.reference = QLineEdit(stage.reference)
        self.body = QLineEdit(stage.body)
        self.note = QPlainTextEdit(stage.note)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        form = QFormLayout()
        for text, widget, names in (
            (translate("StageEdit", "&When"), self.when, ("at",)),
            (translate("StageEdit", "&Reference"), self.reference, ("reference",)),
            (translate("StageEdit", "&Letter or message"), self.body, ("body",)),
            (translate("StageEdit", "&Note"), self.note, ("note",)),
        ):
            message = self.errors.message_label()
            form.addRow(text, widget)
            form.addRow("", message)
            widget.setAccessibleName(text.replace("&", ""))
            self.errors.register(names, widget, message)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.delete_button = QPushButton(icon("delete"), translate("StageEdit", "&Move to the trash"))
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self._delete)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.guard = DiscardGuard(self)  # asks before Escape, Cancel or closing lose typing

    def reject(self) -> None:
        """Escape, Cancel or closing: ask first when something was typed."""
        self.guard.reject()

    def value(self) -> StageInput:
        """The edited step."""
        return StageInput(
            stage=self.stage.stage,
            occurred_at=instant_of(self.when, self.stage.zone),
            zone=self.stage.zone,
            reference=self.reference.text(),
            body=self.body.text(),
            note=self.note.toPlainText(),
        )

    def save(self) -> bool:
        """Save; a refused value is marked where it was typed."""
        self.errors.clear()
        self.error.hide()
        try:
            self._save(self.value())
        except InputError as error:
            if not self.errors.show(error.field, message_for(error)):
                self.errors.show("note", message_for(error))
            return False
        except KnownError as error:
            self.error.setText(words_for(error))
            self.error.show()
            return False
        self.accept()
        return True

    def _delete(self) -> None:
        self.delete_requested.emit()
        self.accept()

