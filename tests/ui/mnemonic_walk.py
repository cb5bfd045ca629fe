"""Collect the mnemonic letters (``&x``) of a menu bar, of each menu, and of a dialog."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QMenuBar, QTabWidget, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    """The mnemonic letter of a text, lower case, or None."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    """Letters used by more than one text."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        key = letter(text)
        if key:
            by_letter[key].append(text)
    return {key: names for key, names in by_letter.items() if len(names) > 1}


def menu_bar_texts(bar: QMenuBar) -> list[str]:
    """The titles of the menu bar's visible menus."""
    return [action.text() for action in bar.actions() if action.isVisible() and action.text()]


def menu_texts(menu: QMenu) -> list[str]:
    """The visible entries of one menu."""
    return [action.text() for action in menu.actions() if action.isVisible() and action.text()]


def dialog_texts(dialog: QWidget) -> list[str]:
    """Every visible text with a mnemonic that Alt reaches in the dialog."""
    texts: list[str] = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            if isinstance(widget, QLabel) and widget.buddy() is None:
                continue
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(index) for index in range(widget.count()))
    return [text for text in texts if letter(text)]
