"""Escalate: the country's ladder, what each step needs and its clock, the suggested step and why."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casekeeper.domain.dto import StageInput
from casekeeper.domain.enums import Stage
from casekeeper.errors import InputError, KnownError
from casekeeper.ui.common import labels
from casekeeper.ui.common.datetime_fields import instant_edit, instant_of
from casekeeper.ui.common.discard_guard import DiscardGuard
from casekeeper.ui.common.error_report import words_for
from casekeeper.ui.common.field_errors import FieldErrors
from casekeeper.ui.common.i18n import format_date, translate
from casekeeper.ui.common.input_messages import message_for
from casekeeper.ui.common.knowledge_adapter import clock_words, text, texts

if TYPE_CHECKING:
    from casekeeper.knowledge.schema import StepEntry

Record = Callable[[StageInput], int]


def step_html(stage: Stage, step: StepEntry) -> str:
    """What a rung needs, as simple rich text (the rule data is shown as written)."""

    def get(name: str) -> Any:
        if name in ("handler", "how", "clock_note", "source"):
            return text(step, name)
        if name == "must_contain":
            return texts(step, name)
        return getattr(step, name, "")

    rows = [f"<h3>{html.escape(labels.stage_name(stage))}</h3>"]
    for title, value in (
        (translate("Escalate", "Who handles it"), get("handler")),
        (translate("Escalate", "How to ask"), get("how")),
        (translate("Escalate", "Where"), get("contact")),
    ):
        if value:
            rows.append(f"<p><b>{html.escape(title)}</b><br>{html.escape(str(value))}</p>")
    must_title = translate("Escalate", "What it must contain")
    clock_title = translate("Escalate", "Their clock")
    contents = get("must_contain") or []
    if contents:
        items = "".join(f"<li>{html.escape(item)}</li>" for item in contents)
        rows.append(f"<p><b>{html.escape(must_title)}</b></p><ul>{items}</ul>")
    clock_text = clock_words(step) or translate("Escalate", "no clock stated")
    note = get("clock_note")
    rows.append(
        f"<p><b>{html.escape(clock_title)}</b><br>{html.escape(clock_text)}"
        + (f"<br>{html.escape(note)}" if note else "")
        + "</p>"
    )
    source = translate("Escalate", "Source: %1").replace("%1", str(get("source")))
    source += " (" + labels.level_name(get("level")) + ")"
    checked = get("last_verified")
    if checked is not None:
        source += " · " + translate("Escalate", "last checked %1").replace("%1", format_date(checked))
    rows.append(f"<p><small>{html.escape(source)}</small></p>")
    return "".join(rows)


class EscalateDialog(QDialog):
    """Choose a rung (the suggested one is preselected) and record the step taken."""

    def __init__(
        self,
        record: Record,
        ladder: list[tuple[Stage, StepEntry]],
        current: Stage,
        suggested: Stage | None,
        reason: str,
        now: datetime,
        zone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Escalate", "Escalate"))
        self._record = record
        self._zone = zone
        self._steps = dict(ladder)
        self.errors = FieldErrors()
        self.steps = QListWidget()
        self.steps.setAccessibleName(translate("Escalate", "Steps of the ladder"))
        for stage, _step in ladder:
            text = labels.stage_name(stage)
            if stage is current:
                text += "  " + translate("Escalate", "(you are here)")
            if stage is suggested:
                text += "  " + translate("Escalate", "← suggested")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, stage.value)
            if stage is suggested:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.steps.addItem(item)
        resolved = QListWidgetItem(labels.stage_name(Stage.RESOLVED))
        resolved.setData(Qt.ItemDataRole.UserRole, Stage.RESOLVED.value)
        self.steps.addItem(resolved)
        # Wide enough for the longest step and its mark ("← empfohlen"), never more than a third
        # of a small screen's dialog.
        widest = self.steps.sizeHintForColumn(0) + 2 * self.steps.frameWidth() + 16
        self.steps.setMinimumWidth(min(widest, 340))
        self.details = QTextBrowser()
        self.details.setOpenExternalLinks(False)
        self.details.setAccessibleName(translate("Escalate", "What this step needs"))
        split = QSplitter()
        split.addWidget(self.steps)
        split.addWidget(self.details)
        split.setStretchFactor(1, 2)
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(translate("Escalate", "Why this step is suggested"))
        self.when = instant_edit(now, zone)
        self.reference = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        form = QFormLayout()
        for text, widget, names in (
            (translate("Escalate", "&When"), self.when, ("at",)),
            (translate("Escalate", "&Reference"), self.reference, ("reference",)),
            (translate("Escalate", "&Note"), self.note, ("note",)),
        ):
            message = self.errors.message_label()
            form.addRow(text, widget)
            form.addRow("", message)
            widget.setAccessibleName(text.replace("&", ""))
            self.errors.register(names, widget, message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = self.buttons.addButton(
            translate("Escalate", "&Record this step"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.record_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Escalate", "The complaint ladder for this country:")))
        layout.addWidget(split, 1)
        layout.addWidget(self.reason)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.steps.currentRowChanged.connect(self._show_step)
        target = suggested or current
        row = next(
            (
                n
                for n in range(self.steps.count())
                if self.steps.item(n).data(Qt.ItemDataRole.UserRole) == target.value
            ),
            0,
        )
        self.steps.setCurrentRow(row)
        self.guard = DiscardGuard(self)  # asks before Escape, Cancel or closing lose typing

    def reject(self) -> None:
        """Escape, Cancel or closing: ask first when something was typed."""
        self.guard.reject()

    def chosen(self) -> Stage:
        """The rung selected."""
        item = self.steps.currentItem()
        return Stage(item.data(Qt.ItemDataRole.UserRole)) if item else Stage.FOLLOW_UP

    def _show_step(self, _row: int) -> None:
        stage = self.chosen()
        step = self._steps.get(stage)
        self.details.setHtml(
            step_html(stage, step)
            if step is not None
            else f"<h3>{html.escape(labels.stage_name(stage))}</h3>"
        )

    def save(self) -> bool:
        """Record the step; on a refused value mark the field and stay open."""
        self.errors.clear()
        data = StageInput(
            stage=self.chosen(),
            occurred_at=instant_of(self.when, self._zone),
            zone=self._zone,
            reference=self.reference.text(),
            note=self.note.toPlainText(),
        )
        try:
            self._record(data)
        except InputError as error:
            if not self.errors.show(error.field, message_for(error)):
                self.errors.show("note", message_for(error))
            return False
        except KnownError as error:  # the environment (a vanished folder, a full disk)
            self.errors.show("note", words_for(error))  # nothing saved; what was typed stays
            return False
        self.accept()
        return True
