"""The application's own colour icon (never tinted): the SVG and the shipped PNG sizes."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon, QPixmap

from casekeeper.resource_folder import resource

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@cache
def app_icon() -> QIcon:
    """Case Keeper's icon, from resources/icons/app/ (PNG sizes first, the SVG for any other size)."""
    folder = resource("icons", "app")
    result = QIcon()
    for size in PNG_SIZES:
        entry = folder.joinpath(f"casekeeper-{size}.png")
        if entry.is_file():
            result.addFile(str(entry))
    svg = folder.joinpath("casekeeper.svg")
    if svg.is_file():
        result.addFile(str(svg))
    return result


def app_pixmap(size: int, ratio: float = 1.0) -> QPixmap:
    """The icon drawn at ``size`` logical pixels."""
    pixmap = app_icon().pixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
