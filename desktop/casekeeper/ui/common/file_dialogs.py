"""The system's file dialogs, starting in the folder last used for that kind of file.

The first time (or when that folder is gone) they start in the person's Documents folder.
The folder is remembered in the settings file of the window the dialog belongs to (the first
widget up the parent chain with a ``settings`` attribute), so the next start finds it too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from casekeeper.ui.common.i18n import documents_folder

if TYPE_CHECKING:
    from casekeeper.ui.common.settings import Settings

def settings_of(widget: QWidget | None) -> Settings | None:
    """The settings of the window ``widget`` belongs to, or None (e.g. before the window exists)."""
    from casekeeper.ui.common.settings import Settings

    while widget is not None:
        found = getattr(widget, "settings", None)
        if isinstance(found, Settings):
            return found
        widget = widget.parentWidget()
    return None


def start_folder(parent: QWidget | None, kind: str) -> str:
    """Where a file dialog of ``kind`` starts: the last folder used, else Documents."""
    settings = settings_of(parent)
    if settings is not None:
        last = settings.last_folder(kind)
        if last and Path(last).is_dir():
            return last
    return documents_folder()


def remember(parent: QWidget | None, kind: str, chosen: str | Path) -> None:
    """Keep the folder of a chosen file for the next dialog of ``kind``."""
    settings = settings_of(parent)
    if settings is not None and str(chosen):
        settings.set_last_folder(kind, str(Path(chosen).parent))


def suggested_path(parent: QWidget | None, kind: str, name: str) -> Path:
    """A file name to propose, in the start folder of ``kind``."""
    return Path(start_folder(parent, kind)) / name


def save_file_name(parent: QWidget | None, kind: str, title: str, name: str, filters: str) -> str:
    """Ask where to save ``name``; "" when cancelled (modal system dialog)."""
    proposed = suggested_path(parent, kind, Path(name).name)
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(proposed), filters)
    if chosen:
        remember(parent, kind, chosen)
    return chosen


def open_file_names(parent: QWidget | None, kind: str, title: str, filters: str = "") -> list[str]:
    """Ask for files to read; [] when cancelled (modal system dialog)."""
    chosen, _filter = QFileDialog.getOpenFileNames(parent, title, start_folder(parent, kind), filters)
    if chosen:
        remember(parent, kind, chosen[0])
    return list(chosen)


def open_file_name(parent: QWidget | None, kind: str, title: str, filters: str = "") -> str:
    """Ask for one file to read; "" when cancelled (modal system dialog)."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, start_folder(parent, kind), filters)
    if chosen:
        remember(parent, kind, chosen)
    return chosen
