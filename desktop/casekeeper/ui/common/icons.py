"""Icons from resources/icons/<name>.svg, falling back to the theme or the style's standard icons."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyle

from casekeeper.resource_folder import resource

_SP = QStyle.StandardPixmap
_THEME = {
    "new-case": "document-new",
    "log-contact": "list-add",
    "escalate": "go-up",
    "contact": "call-start",
    "search": "edit-find",
    "delete": "edit-delete",
    "undo": "edit-undo",
    "settings": "preferences-system",
    "open-folder": "folder-open",
    "copy": "edit-copy",
    "attach": "mail-attachment",
    "phone": "call-start",
    "email": "mail-message-new",
    "calendar": "x-office-calendar",
    "info": "dialog-information",
    "warning": "dialog-warning",
    "help-centre": "help-browser",
}
_STANDARD = {
    "new-case": _SP.SP_FileIcon,
    "log-contact": _SP.SP_FileDialogNewFolder,
    "escalate": _SP.SP_ArrowUp,
    "contact": _SP.SP_DialogHelpButton,
    "delete": _SP.SP_TrashIcon,
    "undo": _SP.SP_ArrowBack,
    "open-folder": _SP.SP_DirOpenIcon,
    "copy": _SP.SP_FileLinkIcon,
    "warning": _SP.SP_MessageBoxWarning,
    "info": _SP.SP_MessageBoxInformation,
    "settings": _SP.SP_FileDialogDetailedView,
    "evidence": _SP.SP_FileIcon,
    "attach": _SP.SP_FileIcon,
    "help-centre": _SP.SP_DialogHelpButton,
    "deadline": _SP.SP_BrowserReload,
    "letter": _SP.SP_FileIcon,
    "email": _SP.SP_FileIcon,
    "phone": _SP.SP_DriveNetIcon,
    "chat": _SP.SP_MessageBoxQuestion,
    "app": _SP.SP_ComputerIcon,
    "web-form": _SP.SP_FileDialogContentsView,
    "social": _SP.SP_DriveNetIcon,
    "bot": _SP.SP_ComputerIcon,
    "human": _SP.SP_DirHomeIcon,
    "search": _SP.SP_FileDialogContentsView,
}


_FOLDERS = ("actions", "channels", "app")


def icon_path(name: str) -> str | None:
    """The shipped SVG file for ``name`` (actions/, channels/ or app/), or None."""
    base = resource("icons")
    for folder in _FOLDERS:
        entry = base.joinpath(folder, f"{name}.svg")
        if entry.is_file():
            return str(entry)
    return None


def tinted_icon(path: str, colour: QColor, sizes: tuple[int, ...] = (16, 24, 32, 48, 64)) -> QIcon:
    """The SVG at ``path`` drawn in ``colour`` (its ``currentColor``), at the usual sizes."""
    svg = Path(path).read_text(encoding="utf-8").replace("currentColor", colour.name()).encode()
    renderer = QSvgRenderer(QByteArray(svg))
    result = QIcon()
    for size in sizes:
        for ratio in (1.0, 2.0):
            pixmap = QPixmap(int(size * ratio), int(size * ratio))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            result.addPixmap(pixmap)
    return result


@cache
def _icon(name: str, colour: str) -> QIcon:
    path = icon_path(name)
    if path is not None:
        return tinted_icon(path, QColor(colour))
    themed = QIcon.fromTheme(_THEME.get(name, name))
    if not themed.isNull():
        return themed
    style = QApplication.style()
    return style.standardIcon(_STANDARD.get(name, _SP.SP_FileIcon)) if style else QIcon()


def icon(name: str) -> QIcon:
    """The icon ``name`` in the palette's text colour (light or dark theme), else a fallback."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _icon(name, colour)
