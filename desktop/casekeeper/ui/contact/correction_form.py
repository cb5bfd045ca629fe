"""Edit one correction to Klarna's details: pick what, type the value, save or reset to the shipped value."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from casekeeper.errors import KnownError
from casekeeper.knowledge.hours_rows import is_valid_expression
from casekeeper.ui.common import knowledge_adapter as rules
from casekeeper.ui.common import labels
from casekeeper.ui.common.discard_guard import ask_discard
from casekeeper.ui.common.error_report import plain_words
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.palette import alarm_colour
from casekeeper.ui.contact.hours_editor import HoursEditor

if TYPE_CHECKING:
    from casekeeper.services.rules import OverrideView, RulesService


def field_names() -> dict[str, str]:
    """The fields a person may correct, in words."""
    return {
        "hours": translate("Corrections", "opening hours"),
        "number": translate("Corrections", "phone number"),
        "address": translate("Corrections", "postal address"),
        "url": translate("Corrections", "web address"),
        "clock": translate("Corrections", "time limit"),
    }


def editable_keys(service: RulesService, country: str) -> list[tuple[str, str]]:
    """(key, words) for hours, number, address and URL of each channel, and each ladder clock."""
    pack = rules.pack_for(service, country)
    names = field_names()
    keys = []
    for channel_id, entry in pack.channels.items():
        label = rules.text(entry, "label")
        for field in ("hours", "number", "address", "url"):
            keys.append((f"channels.{channel_id}.{field}", f"{label} — {names[field]}"))
    for stage, _step in rules.ladder(service, country):
        keys.append((f"ladder.{stage.value}.clock", f"{labels.stage_name(stage)} — {names['clock']}"))
    return keys


def hours_syntax_help() -> str:
    """What to do when the Advanced hours field cannot be read (in the window's language)."""
    return translate(
        "Corrections",
        "Case Keeper cannot read these hours. Use the rows above, or write the days as Mo Tu We Th Fr "
        "Sa Su and the times in 24-hour form, with “;” between rules, for example "
        "“Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-13:00; PH off” (PH off: closed on public "
        "holidays), or write “unknown”.",
    )


class CorrectionForm(QWidget):
    """Saving goes through ``set_override`` (validated, nothing stored when refused)."""

    changed = Signal()

    def __init__(self, service: RulesService, country: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.country = country
        self.key = QComboBox()
        self.key.setAccessibleName(translate("Corrections", "What to correct"))
        self.key.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.key.setMinimumContentsLength(24)  # long entry names must not widen the dialog (200 %)
        for key, words in editable_keys(service, country):
            self.key.addItem(words, key)
        self.shipped = QLabel()
        self.shipped.setWordWrap(True)
        self.hours = HoursEditor()
        self.hours.setAccessibleName(translate("Corrections", "Opening hours, day by day"))
        self.hours.changed.connect(self._rows_edited)
        self.value = QPlainTextEdit()
        self.value.setAccessibleName(translate("Corrections", "Your value"))
        self.value.setTabChangesFocus(True)
        self.value.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.example = QLabel()
        self.example.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, alarm_colour())
        self.error.setPalette(palette)
        self.error.hide()
        self.save_button = QPushButton(translate("Corrections", "Save correction"))
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(translate("Corrections", "Reset to shipped value"))
        self.reset_button.clicked.connect(self.reset)
        for button in (self.save_button, self.reset_button):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        self._syncing = False
        self._loaded = ""
        self._index = 0
        self.question: QMessageBox | None = None
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(translate("Corrections", "&What"), self.key)
        self.form.addRow(translate("Corrections", "Shipped"), self.shipped)
        self.form.addRow(self.hours)  # the whole width: seven rows of times fit at 200 %
        self.form.addRow(translate("Corrections", "&Your value"), self.value)
        self.form.addRow("", self.example)
        self.form.addRow("", self.error)
        self.form.addRow("", row)
        self.value.textChanged.connect(self._text_edited)
        self.key.currentIndexChanged.connect(self._key_chosen)
        self._load()

    def is_dirty(self) -> bool:
        """Whether the value differs from what was loaded (typed, or set in the rows)."""
        return self.value.toPlainText().strip() != self._loaded.strip()

    def _key_chosen(self, index: int) -> None:
        """Another entry: ask first when the value shown was edited and not saved."""
        if index == self._index or not self.is_dirty():
            self._index = index
            self._load()
            return
        self.key.blockSignals(True)
        self.key.setCurrentIndex(self._index)
        self.key.blockSignals(False)

        def discard() -> None:
            self._loaded = self.value.toPlainText()
            self.key.setCurrentIndex(index)

        self.question = ask_discard(self, discard)

    def _is_hours(self) -> bool:
        return self.current_key().endswith(".hours")

    def _rows_edited(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.value.setPlainText(self.hours.expression())
        finally:
            self._syncing = False
        self.error.hide()

    def _text_edited(self) -> None:
        if self._syncing or not self._is_hours():
            return
        text = self.value.toPlainText().strip()
        if text and not is_valid_expression(text):
            self.error.setText(hours_syntax_help())
            self.error.show()
            self.hours.hide_note()
            return
        self.error.hide()
        self._syncing = True
        try:
            self.hours.show_expression(text)
        finally:
            self._syncing = False

    def select(self, key: str) -> bool:
        """Show one key (e.g. ``channels.phone.hours``)."""
        row = self.key.findData(key)
        if row >= 0:
            self.key.setCurrentIndex(row)
        return row >= 0

    def current_key(self) -> str:
        """The key being edited."""
        return str(self.key.currentData())

    def _view(self, key: str) -> OverrideView | None:
        return next((view for view in self.service.overrides(self.country) if view.key == key), None)

    def _load(self) -> None:
        key = self.current_key()
        view = self._view(key)
        if view is not None:
            shipped = view.shipped_value_now
        else:
            shipped = rules.entry_value(self.service, self.country, key)
        self.shipped.setText(shipped or translate("Corrections", "(nothing)"))
        field = key.rsplit(".", 1)[-1]
        self._syncing = True
        try:
            self.value.setPlainText(view.value if view is not None else (shipped or ""))
            self.hours.show_expression(self.value.toPlainText() if field == "hours" else "")
        finally:
            self._syncing = False
        self._loaded = self.value.toPlainText()
        self._index = self.key.currentIndex()
        self.reset_button.setEnabled(view is not None)
        self.form.setRowVisible(self.hours, field == "hours")
        label = self.form.labelForField(self.value)
        if isinstance(label, QLabel):
            label.setText(translate("Corrections", "&Advanced") if field == "hours"
                          else translate("Corrections", "&Your value"))
        examples = {
            "hours": translate("Corrections", "Advanced: the same hours in OpenStreetMap syntax, written by "
                               "the rows above, e.g. Mo-Fr 09:00-18:00; Sa 10:00-13:00; PH off."),
            "clock": translate("Corrections", "Example: 14 business-days, 8 weeks, 2 months."),
            "address": translate("Corrections", "One line of the address per line."),
        }
        self.example.setText(examples.get(field, translate("Corrections", "Leave empty to clear it.")))
        self.error.hide()

    def save(self) -> bool:
        """Store the correction; a refused value is explained here and nothing is stored."""
        if self._is_hours():
            problem = self.hours.problem()
            if not problem and not is_valid_expression(self.value.toPlainText()):
                problem = hours_syntax_help()
            if problem:
                self.error.setText(problem)
                self.error.show()
                return False
        try:
            self.service.set_override(self.country, self.current_key(), self.value.toPlainText().strip())
        except KnownError as error:
            self.error.setText(plain_words(error))
            self.error.show()
            return False
        self._load()
        self.changed.emit()
        return True

    def reset(self) -> bool:
        """Go back to the shipped value."""
        try:
            removed = self.service.reset_override(self.country, self.current_key())
        except KnownError as error:
            self.error.setText(plain_words(error))
            self.error.show()
            return False
        self._load()
        self.changed.emit()
        return removed
