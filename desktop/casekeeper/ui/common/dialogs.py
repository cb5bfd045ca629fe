"""Open a dialog without blocking: window-modal with ``open()``, deleted once it is finished."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


def open_dialog(dialog: D, window_modal: bool = True) -> D:
    """Show ``dialog`` (window-modal, never a nested ``exec()`` loop; or beside the window when
    ``window_modal`` is False) and free it when it closes."""
    dialog.finished.connect(dialog.deleteLater)
    if window_modal:
        dialog.open()
    else:
        dialog.show()
    return dialog
