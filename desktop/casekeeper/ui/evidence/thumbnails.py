"""Small pictures for the exhibits: pictures decoded off the GUI thread, a file-type icon otherwise.

Every decoration has the same square size. A picture is read with ``QImageReader`` at reduced
size on the thread pool (a placeholder shows until it is ready) and kept by its fingerprint, so
the same file is decoded once however often the case is shown.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import PurePath

from PySide6.QtCore import QObject, QRectF, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QImage,
    QImageReader,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

ICON_SIZE = QSize(48, 48)
"""The size every exhibit's decoration is shown at (logical pixels)."""
_DRAWN = 96  # pixels drawn: sharp at 200 %
_KEEP = 400  # thumbnails kept in memory


def decode(path: str, edge: int = _DRAWN) -> QImage:
    """A picture scaled while it is read (never decoded whole), turned as its EXIF says."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(QSize(edge, edge), Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


class _Signals(QObject):
    ready = Signal(str, QImage, str)  # key, picture (null when unreadable), decoding thread


class _Decode(QRunnable):
    def __init__(self, key: str, path: str, signals: _Signals) -> None:
        super().__init__()
        self.key, self.path, self.signals = key, path, signals

    def run(self) -> None:
        image = decode(self.path)
        self.signals.ready.emit(self.key, image, str(threading.get_ident()))


class Thumbnails(QObject):
    """Thumbnails by key (the file's fingerprint); ``ready(key)`` when one has been decoded."""

    ready = Signal(str)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if pool is None:  # its own thread: thumbnails never hold up the operation runner's work
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
        self.pool = pool
        self.decode_threads: set[str] = set()  # ids of the threads that decoded (never the GUI one)
        self._icons: OrderedDict[str, QIcon] = OrderedDict()
        self._pending: set[str] = set()
        self._signals = _Signals()
        self._signals.ready.connect(self._decoded, Qt.ConnectionType.QueuedConnection)

    def icon(self, key: str, path: str, media_type: str, name: str) -> QIcon:
        """The thumbnail if ready; for a picture not yet decoded, a placeholder (decoding starts)."""
        if not media_type.startswith("image/"):
            return type_icon(PurePath(name).suffix)
        found = self._icons.get(key)
        if found is not None:
            self._icons.move_to_end(key)
            return found
        if key not in self._pending:
            self._pending.add(key)
            self.pool.start(_Decode(key, path, self._signals))
        return placeholder_icon()

    def is_ready(self, key: str) -> bool:
        """Whether the picture behind ``key`` has been decoded (or found unreadable)."""
        return key in self._icons

    def _decoded(self, key: str, image: QImage, thread: str) -> None:
        self.decode_threads.add(thread)
        self._pending.discard(key)
        self._icons[key] = QIcon(QPixmap.fromImage(image)) if not image.isNull() else type_icon(".jpg")
        while len(self._icons) > _KEEP:
            self._icons.popitem(last=False)
        self.ready.emit(key)


_TYPE_ICONS: dict[str, QIcon] = {}


def type_icon(suffix: str) -> QIcon:
    """A page with the file's extension on it (``PDF``, ``EML``), the size of a thumbnail."""
    word = suffix.lstrip(".").upper()[:4] or "…"
    if word not in _TYPE_ICONS:
        _TYPE_ICONS[word] = QIcon(_page(word))
    return _TYPE_ICONS[word]


def placeholder_icon() -> QIcon:
    """An empty page, shown while a picture is being read."""
    if "" not in _TYPE_ICONS:
        _TYPE_ICONS[""] = QIcon(_page(""))
    return _TYPE_ICONS[""]


def _page(word: str) -> QPixmap:
    palette = QGuiApplication.palette()
    pixmap = QPixmap(_DRAWN, _DRAWN)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    left, top, width, height, fold = 18.0, 6.0, 60.0, 84.0, 18.0
    outline = QPainterPath()
    outline.moveTo(left, top)
    outline.lineTo(left + width - fold, top)
    outline.lineTo(left + width, top + fold)
    outline.lineTo(left + width, top + height)
    outline.lineTo(left, top + height)
    outline.closeSubpath()
    pen = QPen(palette.color(QPalette.ColorRole.Dark))
    pen.setWidthF(2.5)  # drawn at twice the size shown
    painter.setPen(pen)
    painter.setBrush(palette.color(QPalette.ColorRole.Window))
    painter.drawPath(outline)
    painter.drawLine(int(left + width - fold), int(top), int(left + width - fold), int(top + fold))
    painter.drawLine(int(left + width - fold), int(top + fold), int(left + width), int(top + fold))
    if word:
        band = QRectF(left - 6, top + height * 0.52, width + 12, 26)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.color(QPalette.ColorRole.Highlight)))
        painter.drawRoundedRect(band, 4, 4)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(17 if len(word) <= 3 else 14)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, word)
    painter.end()
    return pixmap
