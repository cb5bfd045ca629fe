"""Build the window's actions, menus and toolbar from the declared table (``action_table.py``)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from casekeeper.ui.app.action_table import ActionSpec, MenuSpec, Needs, WindowFeatures
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.icons import icon


class Actions(dict[str, QAction]):
    """The window's actions by id; ``actions.new_case`` reads like an attribute."""

    def __init__(self, specs: Iterable[ActionSpec]) -> None:
        super().__init__()
        self.specs = {spec.id: spec for spec in specs}

    def __getattr__(self, name: str) -> QAction:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def update_enabled(self, has_case: bool, is_open: bool) -> None:
        """Enable each action whose needs are met by the case shown."""
        met = {
            Needs.NOTHING: True,
            Needs.CASE: has_case,
            Needs.OPEN_CASE: has_case and is_open,
            Needs.CLOSED_CASE: has_case and not is_open,
        }
        for name, action in self.items():
            action.setEnabled(met[self.specs[name].needs])


def _shortcut(spec: ActionSpec) -> QKeySequence | None:
    if spec.shortcut is None:
        return None
    if isinstance(spec.shortcut, str):
        return QKeySequence(spec.shortcut)
    sequence = QKeySequence(spec.shortcut)
    if sequence.isEmpty() and spec.fallback_shortcut:
        return QKeySequence(spec.fallback_shortcut)
    return sequence


def create_action(window: QMainWindow, features: WindowFeatures, spec: ActionSpec) -> QAction:
    """One QAction from its row; it works from anywhere in the window; its handler gets ``features``."""
    action = QAction(icon(spec.icon), spec.text, window) if spec.icon else QAction(spec.text, window)
    shortcut = _shortcut(spec)
    if shortcut is not None:
        action.setShortcut(shortcut)
    if spec.tip:
        action.setToolTip(spec.tip)
        action.setStatusTip(spec.tip)
    if spec.status_tip:
        action.setStatusTip(spec.status_tip)
    if spec.role is not None:
        action.setMenuRole(spec.role)
    action.setCheckable(spec.checkable)
    handler = spec.handler
    action.triggered.connect(lambda _checked=False: handler(features))
    window.addAction(action)
    return action


def build_actions(window: QMainWindow, features: WindowFeatures, specs: Iterable[ActionSpec]) -> Actions:
    """Create every action of the table (the main window is both ``window`` and ``features``)."""
    actions = Actions(specs)
    for spec in actions.specs.values():
        actions[spec.id] = create_action(window, features, spec)
    return actions


def build_menus(window: QMainWindow, actions: Actions, layout: Iterable[MenuSpec]) -> dict[str, QMenu]:
    """The menu bar: each menu lists its actions in table order, a separator between groups."""
    menus: dict[str, QMenu] = {}
    for menu_spec in layout:
        menu = window.menuBar().addMenu(menu_spec.title)
        menu.setObjectName(f"{menu_spec.id}-menu")
        menus[menu_spec.id] = menu
        group: int | None = None
        for spec in actions.specs.values():
            if spec.menu != menu_spec.id:
                continue
            if group is not None and spec.group != group:
                menu.addSeparator()
            group = spec.group
            menu.addAction(actions[spec.id])
    return menus


def build_toolbar(window: QMainWindow, actions: Actions) -> QToolBar:
    """The main toolbar: the actions with a toolbar position, in that order."""
    toolbar = QToolBar(translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("main-toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    for spec in sorted((s for s in actions.specs.values() if s.toolbar), key=lambda s: s.toolbar):
        toolbar.addAction(actions[spec.id])
    window.addToolBar(toolbar)
    return toolbar
