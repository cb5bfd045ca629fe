"""The single-instance lock held for the whole run, released and taken again around a restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from casekeeper.ui.common.single_instance import SingleInstance, acquire_or_activate


class InstanceGuard(QObject):
    """Wraps the current SingleInstance; forwards its activation and case requests."""

    activation_requested = Signal()
    case_requested = Signal(int)

    def __init__(self, data_dir: Path, instance: SingleInstance, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._instance: SingleInstance | None = None
        self._hold(instance)

    @property
    def held(self) -> bool:
        """Whether this app holds the data folder's lock now."""
        return self._instance is not None

    def _hold(self, instance: SingleInstance) -> None:
        self._instance = instance
        instance.activation_requested.connect(self.activation_requested)
        instance.case_requested.connect(self.case_requested)

    def listen(self) -> None:
        """Start answering later launches (the start-up calls this after its first paint)."""
        if self._instance is not None:
            self._instance.listen()

    def release(self) -> None:
        """Free the lock (before a restore, and on quit)."""
        if self._instance is not None:
            self._instance.release()
            self._instance.deleteLater()
            self._instance = None

    def reacquire(self) -> bool:
        """Take the lock again after a restore; False if another launch took it meanwhile."""
        if self._instance is not None:
            return True
        instance = acquire_or_activate(self.data_dir)
        if instance is None:
            return False
        self._hold(instance)
        return True


def bring_to_front(window: QWidget | None) -> None:
    """Show a window normally and give it the focus (a second launch asked for it)."""
    if window is None:
        return
    if window.isMinimized() or not window.isVisible():
        window.showNormal()
    window.raise_()
    window.activateWindow()
