"""Ask before a form throws away what was typed (Escape, Cancel, closing the window).

The guard remembers every field's value when the form is ready; a dialog's ``reject()`` calls
``guard.reject()``, which closes at once when nothing changed and otherwise asks, without
blocking (``QMessageBox.open``), "Discard" or "Keep editing".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from casekeeper.ui.common.i18n import translate


def snapshot(root: QWidget) -> tuple[object, ...]:
    """Everything typed under ``root`` (texts, numbers, files to attach), in a comparable form.

    Choices alone (a channel, a combo box, a tick) are not typing: changing one does not ask.
    """
    values: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            values.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly():
            values.append(widget.toPlainText())
        elif isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QListWidget):
            values.append(widget.count())
    return tuple(values)


def ask_discard(parent: QWidget, on_discard: Callable[[], None]) -> QMessageBox:
    """Ask "Discard what you typed?" without blocking; ``on_discard`` runs only on Discard."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Discard", "Discard what you typed?"),
        translate("Discard", "What you typed in this form is not saved. Close it and lose it?"),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    discard = box.addButton(translate("Discard", "&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("Discard", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def answered() -> None:
        if box.clickedButton() is discard:
            on_discard()

    box.finished.connect(answered)
    box.open()
    return box


class DiscardGuard:
    """Guards one dialog; call ``mark_clean()`` when the form is saved or freshly filled.

    ``dirty`` replaces the comparison of every field when the dialog knows better (a form
    inside a larger dialog).
    """

    def __init__(self, dialog: QDialog, dirty: Callable[[], bool] | None = None) -> None:
        self.dialog = dialog
        self.question: QMessageBox | None = None
        self._dirty = dirty
        self._clean = snapshot(dialog)

    def mark_clean(self) -> None:
        """What is shown now counts as nothing typed."""
        self._clean = snapshot(self.dialog)

    def is_dirty(self) -> bool:
        """Whether anything was typed or changed since the form was ready."""
        if self._dirty is not None:
            return self._dirty()
        return snapshot(self.dialog) != self._clean

    def reject(self) -> None:
        """Close when nothing was typed; otherwise ask first."""
        if not self.is_dirty():
            QDialog.reject(self.dialog)
            return
        if self.question is not None and self.question.isVisible():
            return

        def discard() -> None:
            self._clean = snapshot(self.dialog)
            self._dirty = None
            QDialog.reject(self.dialog)

        self.question = ask_discard(self.dialog, discard)
