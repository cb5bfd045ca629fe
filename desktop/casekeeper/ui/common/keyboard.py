"""Keyboard rules applied to every window: unique Alt letters, tables left with Tab, an
Alt+letter that reaches nothing never types into a field, and the mouse wheel over a combo box or
a number field that has no focus scrolls the form instead of changing the value.

``KeyboardHelper`` is installed once on the application. When a dialog or a menu is shown, and
when the main window asks, the mnemonic letters (``&x``) that clash are moved to a free letter
of the same text, in every language (the first one keeps its letter); a table or list lets Tab
move on to the next field instead of walking cell by cell.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

_MNEMONIC = re.compile(r"&([^&\s])")

Entry = tuple[Callable[[], str], Callable[[str], None]]


def letter_of(text: str) -> str | None:
    """The mnemonic letter of ``text`` (lower case), or None."""
    found = _MNEMONIC.search(text.replace("&&", "\0"))
    return found.group(1).lower() if found else None


def _without(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&&")


def _moved(text: str, used: set[str]) -> str:
    """``text`` with its mnemonic on the first free letter (plain ASCII first), or none."""
    plain = _without(text)
    for ascii_only in (True, False):
        for index, char in enumerate(plain):
            low = char.lower()
            if not char.isalnum() or low in used or (ascii_only and not char.isascii()):
                continue
            if plain[max(0, index - 1):index] == "&":
                continue
            used.add(low)
            return plain[:index] + "&" + plain[index:]
    return plain


def make_unique(entries: Iterable[Entry]) -> int:
    """Move clashing mnemonics of ``entries`` (in order, the first keeps its letter); return moves."""
    items = [(get, put) for get, put in entries if letter_of(get())]
    used: set[str] = set()
    clashing: list[Entry] = []
    for get, put in items:
        key = letter_of(get())
        assert key is not None
        if key in used:
            clashing.append((get, put))
        else:
            used.add(key)
    for get, put in clashing:
        put(_moved(get(), used))
    return len(clashing)


def widget_entries(root: QWidget) -> list[Entry]:
    """The texts Alt reaches under ``root``: buttons, labels with a buddy, checkable boxes, tabs."""
    entries: list[Entry] = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root.window() or isinstance(widget, QMenu | QMenuBar):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            entries.append((widget.text, widget.setText))
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            entries.append((widget.title, widget.setTitle))
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                entries.append(_tab_entry(widget, index))
    return entries


def _tab_entry(tabs: QTabWidget, index: int) -> Entry:
    return (lambda: tabs.tabText(index), lambda text: tabs.setTabText(index, text))


def menu_entries(menu: QMenu | QMenuBar) -> list[Entry]:
    """The entries of a menu (or the titles of a menu bar)."""
    return [(action.text, action.setText) for action in menu.actions() if action.text()]


_TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


class KeyboardHelper(QObject):
    """Application-wide event filter; see the module's docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(watched, QWidget) and _stray_alt(watched, event):
            return True  # an Alt+letter no mnemonic took: never type it into the field
        if kind == QEvent.Type.Wheel and isinstance(watched, QComboBox | QAbstractSpinBox):
            if not watched.hasFocus():  # scrolling a form must not change the value under the mouse
                parent = watched.parentWidget()
                if parent is not None:
                    QCoreApplication.sendEvent(parent, event)
                return True
            return False
        if kind == QEvent.Type.ActionAdded and isinstance(watched, QMenuBar):
            make_unique(menu_entries(watched))  # a menu added later (Tools) must not take a letter
        elif kind == QEvent.Type.Show:
            if isinstance(watched, QMenu):
                make_unique(menu_entries(watched))
            elif isinstance(watched, QDialog) and watched.isWindow():
                make_unique(widget_entries(watched))
            elif isinstance(watched, QAbstractItemView):
                watched.setTabKeyNavigation(False)
            elif isinstance(watched, QComboBox | QAbstractSpinBox):
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel must not take focus
        return False


def _stray_alt(widget: QWidget, event: QEvent) -> bool:
    if not isinstance(event, QKeyEvent) or not isinstance(widget, _TEXT_INPUTS):
        return False
    text = event.text()
    return event.modifiers() == Qt.KeyboardModifier.AltModifier and bool(text) and text.isprintable()


def install_keyboard_helper(app: QObject) -> KeyboardHelper:
    """Install (once) the helper on the application."""
    existing = app.findChild(KeyboardHelper)
    if isinstance(existing, KeyboardHelper):
        return existing
    helper = KeyboardHelper(app)
    app.installEventFilter(helper)
    return helper
