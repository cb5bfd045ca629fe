"""The window's actions, menus and toolbar, with shortcuts and the platform's menu roles."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.icons import icon


@dataclass
class Actions:
    """Every action of the main window."""

    new_case: QAction
    log_contact: QAction
    escalate: QAction
    contact: QAction
    attach: QAction
    edit_entry: QAction
    delete: QAction
    undo: QAction
    find: QAction
    close_case: QAction
    reopen_case: QAction
    delete_case: QAction
    preferences: QAction
    quit: QAction
    about: QAction
    guide: QAction
    newest_first: QAction


def _action(
    window: QMainWindow, text: str, icon_name: str = "", shortcut: object = None, tip: str = ""
) -> QAction:
    action = QAction(icon(icon_name), text, window) if icon_name else QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(str(shortcut)))
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    window.addAction(action)
    return action


def build_actions(window: QMainWindow) -> Actions:
    """Create the actions (they work from anywhere in the window)."""
    std = QKeySequence.StandardKey
    actions = Actions(
        new_case=_action(
            window,
            translate("MainWindow", "&New case…"),
            "new-case",
            "Ctrl+N",
            translate("MainWindow", "Open a new case (Ctrl+N)"),
        ),
        log_contact=_action(
            window,
            translate("MainWindow", "&Log contact…"),
            "log-contact",
            "Ctrl+L",
            translate("MainWindow", "Log a call, chat, letter or e-mail (Ctrl+L)"),
        ),
        escalate=_action(
            window,
            translate("MainWindow", "&Escalate…"),
            "escalate",
            "Ctrl+E",
            translate("MainWindow", "Take the next step of the complaint (Ctrl+E)"),
        ),
        contact=_action(
            window,
            translate("MainWindow", "&Contact Klarna…"),
            "contact",
            "Ctrl+K",
            translate("MainWindow", "Phone numbers, addresses and whether Klarna is open now (Ctrl+K)"),
        ),
        attach=_action(
            window,
            translate("MainWindow", "&Attach files…"),
            "attach",
            "Ctrl+Shift+A",
            translate("MainWindow", "Add documents or photos to the case"),
        ),
        edit_entry=_action(window, translate("MainWindow", "&Edit selected entry…"), "", None),
        delete=_action(
            window,
            translate("MainWindow", "&Delete"),
            "delete",
            QKeySequence(Qt.Key.Key_Delete),
            translate("MainWindow", "Move the selected entry to the trash"),
        ),
        undo=_action(window, translate("MainWindow", "&Undo"), "undo", QKeySequence(std.Undo)),
        find=_action(window, translate("MainWindow", "&Search"), "search", QKeySequence(std.Find)),
        close_case=_action(window, translate("MainWindow", "C&lose case…"), "", None),
        reopen_case=_action(window, translate("MainWindow", "&Reopen case"), "", None),
        delete_case=_action(
            window,
            translate("MainWindow", "&Delete case…"),
            "delete",
            None,
            translate("MainWindow", "Move the case, with everything it holds, to the trash"),
        ),
        preferences=_action(
            window, translate("MainWindow", "&Preferences…"), "settings", QKeySequence(std.Preferences)
        ),
        quit=_action(window, translate("MainWindow", "&Quit"), "", QKeySequence(std.Quit)),
        about=_action(window, translate("MainWindow", "&About Case Keeper"), "info", None),
        guide=_action(
            window,
            translate("MainWindow", "&User guide"),
            "",
            QKeySequence(std.HelpContents),
            translate("MainWindow", "How to use Case Keeper, in this window's language (F1)"),
        ),
        newest_first=_action(window, translate("MainWindow", "&Newest first"), "", None),
    )
    actions.newest_first.setCheckable(True)
    actions.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    if actions.preferences.shortcut().isEmpty():
        actions.preferences.setShortcut(QKeySequence("Ctrl+,"))
    if actions.quit.shortcut().isEmpty():
        actions.quit.setShortcut(QKeySequence("Ctrl+Q"))
    if actions.guide.shortcut().isEmpty():
        actions.guide.setShortcut(QKeySequence(Qt.Key.Key_F1))
    return actions


def build_menus(window: QMainWindow, actions: Actions) -> None:
    """File, Edit, Case, View, Help."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(actions.new_case)
    file_menu.addSeparator()
    file_menu.addAction(actions.preferences)
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    for action in (actions.undo, actions.edit_entry, actions.delete, actions.find):
        edit_menu.addAction(action)
    case_menu = bar.addMenu(translate("MainWindow", "&Case"))
    for action in (actions.log_contact, actions.escalate, actions.attach, actions.contact):
        case_menu.addAction(action)
    case_menu.addSeparator()
    case_menu.addAction(actions.close_case)
    case_menu.addAction(actions.reopen_case)
    case_menu.addAction(actions.delete_case)
    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    view_menu.addAction(actions.newest_first)
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(actions.guide)
    help_menu.addAction(actions.about)


def build_toolbar(window: QMainWindow, actions: Actions) -> QToolBar:
    """New case, Log contact, Escalate, Contact Klarna (Export comes with the export feature)."""
    toolbar = QToolBar(translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("main-toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    for action in (actions.new_case, actions.log_contact, actions.escalate, actions.contact):
        toolbar.addAction(action)
    window.addToolBar(toolbar)
    return toolbar
