"""The system's file dialogs, starting in the folder last used for that kind of file.

The first time (or when that folder is gone) they start in the person's Documents folder.
The folder is remembered in the settings file, so the next start of the app finds it too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from casekeeper.ui.common.i18n import documents_folder

if TYPE_CHECKING:
    from casekeeper.ui.common.settings import Settings

_bound: list[Settings] = []


def bind(settings: Settings) -> None:
    """Remember folders in these settings (the main window's; the last one bound wins)."""
    _bound[:] = [settings]


def start_folder(kind: str) -> str:
    """Where a file dialog of ``kind`` starts: the last folder used, else Documents."""
    if _bound:
        last = _bound[0].last_folder(kind)
        if last and Path(last).is_dir():
            return last
    return documents_folder()


def remember(kind: str, chosen: str | Path) -> None:
    """Keep the folder of a chosen file for the next dialog of ``kind``."""
    if _bound and str(chosen):
        _bound[0].set_last_folder(kind, str(Path(chosen).parent))


def suggested_path(kind: str, name: str) -> Path:
    """A file name to propose, in the start folder of ``kind``."""
    return Path(start_folder(kind)) / name


def save_file_name(parent: QWidget | None, kind: str, title: str, name: str, filters: str) -> str:
    """Ask where to save ``name``; "" when cancelled (modal system dialog)."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested_path(kind, Path(name).name)),
                                                  filters)
    if chosen:
        remember(kind, chosen)
    return chosen


def open_file_names(parent: QWidget | None, kind: str, title: str, filters: str = "") -> list[str]:
    """Ask for files to read; [] when cancelled (modal system dialog)."""
    chosen, _filter = QFileDialog.getOpenFileNames(parent, title, start_folder(kind), filters)
    if chosen:
        remember(kind, chosen[0])
    return list(chosen)


def open_file_name(parent: QWidget | None, kind: str, title: str, filters: str = "") -> str:
    """Ask for one file to read; "" when cancelled (modal system dialog)."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, start_folder(kind), filters)
    if chosen:
        remember(kind, chosen)
    return chosen
