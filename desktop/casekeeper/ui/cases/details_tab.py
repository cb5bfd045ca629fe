"""The Details tab: the case's fields, Save and Revert, and whether there are unsaved changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from casekeeper.domain.dto import CaseDetail
from casekeeper.ui.cases.case_form import CaseForm
from casekeeper.ui.common.i18n import translate


class DetailsTab(QWidget):
    """Emits ``save_requested`` and ``dirty_changed(bool)``; saving is the window's job."""

    save_requested = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = CaseForm()
        self._case: CaseDetail | None = None
        self._dirty = False
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.state = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Reset
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.revert_button = self.buttons.button(QDialogButtonBox.StandardButton.Reset)
        self.revert_button.setText(translate("Details", "Revert"))
        self.save_button.clicked.connect(self.save_requested)
        self.save_button.setToolTip(translate("Details", "Save the case's details (Ctrl+S)"))
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WindowShortcut)  # while the Details tab is shown
        save.activated.connect(lambda: self.save_requested.emit() if self._dirty else None)
        self.revert_button.clicked.connect(self.revert)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.state)
        layout.addWidget(self.buttons)
        self.form.changed.connect(lambda: self._set_dirty(True))
        self._set_dirty(False)

    @property
    def dirty(self) -> bool:
        """Whether the fields differ from the saved case."""
        return self._dirty

    @property
    def case(self) -> CaseDetail | None:
        """The case shown."""
        return self._case

    def show_case(self, case: CaseDetail | None) -> None:
        """Load a case (or clear), dropping unsaved edits."""
        self._case = case
        if case is not None:
            self.form.load(case)
        self.setEnabled(case is not None)
        self._set_dirty(False)

    def keep_edits_over(self, case: CaseDetail) -> None:
        """The same case read again (after a contact was logged): keep the unsaved edits."""
        self._case = case

    def mark_saved(self) -> None:
        """The fields were just saved."""
        self._set_dirty(False)

    def revert(self) -> None:
        """Back to the saved values."""
        self.show_case(self._case)

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.state.setText(translate("Details", "You have unsaved changes.") if dirty else "")
        if changed:
            self.dirty_changed.emit(dirty)
