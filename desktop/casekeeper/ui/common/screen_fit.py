"""Every window and dialog fits the screen it opens on, at any scale (100, 150, 200 %).

``ScreenFitter`` is installed once on the application: when a dialog is first shown it is sized
from its content but never beyond the screen's available geometry, and kept on that screen;
a dialog whose content is taller than the screen gets its content in a scroll area, with its
buttons kept visible under it. ``fit_rect`` clamps a restored main-window geometry.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QMessageBox,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from casekeeper.ui.common.screen_area import available, fit_rect, room

_FITTED = "casekeeper-fitted"


def scroll_content(dialog: QDialog) -> QScrollArea | None:
    """Move everything of the dialog's top layout but its button boxes into a scroll area."""
    layout = dialog.layout()
    if not isinstance(layout, QVBoxLayout) or dialog.findChild(QScrollArea, "fit-scroll") is not None:
        return None
    inner = QWidget()
    column = QVBoxLayout(inner)
    column.setContentsMargins(0, 0, 0, 0)
    index = 0
    while index < layout.count():
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QDialogButtonBox):
            index += 1
            continue
        stretch = layout.stretch(index)
        taken = layout.takeAt(index)
        if taken is None:
            break
        moved_widget, moved_layout = taken.widget(), taken.layout()
        if moved_widget is not None:
            column.addWidget(moved_widget, stretch)
        elif moved_layout is not None:
            moved_layout.setParent(None)
            column.addLayout(moved_layout, stretch)
        else:
            column.addItem(taken)
    scroll = QScrollArea()
    scroll.setObjectName("fit-scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scroll.setWidget(inner)
    layout.insertWidget(0, scroll, 1)
    return scroll


def fit_dialog(dialog: QDialog) -> None:
    """Size and place the dialog so that all of it, its buttons above all, is on the screen."""
    limit = room(dialog)
    wanted = dialog.size() if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) else dialog.sizeHint()
    least = dialog.minimumSizeHint()
    if least.height() > limit.height() or least.width() > limit.width():
        wanted = wanted.expandedTo(least)  # what the content needs, before it learns to scroll
        bar = dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        wanted.setWidth(wanted.width() + bar * 2)  # the vertical scroll bar takes its width
        scroll_content(dialog)
        dialog.setMinimumSize(0, 0)
        least = dialog.minimumSizeHint()
    size = wanted.boundedTo(limit).expandedTo(least.boundedTo(limit))
    dialog.resize(size)
    parent = dialog.parentWidget()
    if parent is not None and not dialog.testAttribute(Qt.WidgetAttribute.WA_Moved):
        frame = dialog.frameGeometry()
        frame.moveCenter(parent.window().frameGeometry().center())
        dialog.move(frame.topLeft())
    keep_inside(dialog)
    QTimer.singleShot(0, dialog, lambda: keep_inside(dialog))  # after the layout settled


def keep_inside(widget: QWidget) -> None:
    """Shrink and move a shown window so that its frame lies within its screen's available area."""
    area = available(widget)
    frame = widget.frameGeometry()
    placed = fit_rect(frame, area)
    if placed.size() != frame.size():
        widget.resize(widget.size() - (frame.size() - placed.size()))
    if placed.topLeft() != frame.topLeft():
        widget.move(placed.topLeft())


class ScreenFitter(QObject):
    """Fits every dialog the first time it is shown (installed on the application)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and not isinstance(watched, QMessageBox)
            and watched.isWindow()
            and not watched.property(_FITTED)
        ):
            watched.setProperty(_FITTED, True)
            fit_dialog(watched)
        return False


def install_screen_fitter(app: QObject) -> ScreenFitter:
    """Install (once) the fitter on the application."""
    existing = app.findChild(ScreenFitter)
    if isinstance(existing, ScreenFitter):
        return existing
    fitter = ScreenFitter(app)
    app.installEventFilter(fitter)
    return fitter
