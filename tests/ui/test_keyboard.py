"""Keyboard: unique Alt letters in every menu and dialog (English and French), Tab leaves tables,
an Alt+letter that reaches nothing types nothing, Ctrl+1… picks a channel, Ctrl+S saves Details."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog
from pytestqt.qtbot import QtBot

from casekeeper.domain.enums import Channel
from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.i18n import install_language
from casekeeper.ui.common.keyboard import make_unique
from casekeeper.ui.journal.log_contact import LogContactDialog
from tests.ui.dialog_walk import dialog_openers
from tests.ui.mnemonic_walk import clashes, dialog_texts, menu_bar_texts, menu_texts


@pytest.mark.parametrize("language", ["en", "fr", "de", "sv"])
def test_every_menu_and_dialog_has_unique_alt_letters(
    language: str, qapp: QApplication, qtbot: QtBot, workspace: Workspace, settings: object
) -> None:
    install_language(qapp, language)
    window = MainWindow(workspace, settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.controller.ask_unsaved = lambda: "discard"
    window.show()
    window.load()
    window.controller.reload_cases(create_sample_case(workspace, example=False))
    found: dict[str, object] = {}
    bar = window.menuBar()
    found["menu bar"] = clashes(menu_bar_texts(bar))
    for entry in bar.actions():
        menu = entry.menu()
        if menu is not None:
            menu.popup(window.mapToGlobal(QPoint(0, 0)))
            QApplication.processEvents()
            menu.close()
            found[entry.text()] = clashes(menu_texts(menu))
    window.page.tabs.setCurrentWidget(window.page.details)
    found["details"] = clashes(dialog_texts(window.page.details))
    openers = dialog_openers(window, workspace, language)
    for name, opener in openers.items():
        dialog = opener()
        assert isinstance(dialog, QDialog), name
        dialog.show()
        QApplication.processEvents()
        found[name] = clashes(dialog_texts(dialog))
        if name == "letter":
            sent = dialog.ask_sent()  # type: ignore[attr-defined]
            QApplication.processEvents()
            found["mark sent"] = clashes(dialog_texts(sent))
            sent.done(0)
        if isinstance(dialog, LogContactDialog):
            for channel in Channel:  # rows of every channel
                dialog.channels.set_channel(channel)
                found[f"{name} ({channel.value})"] = clashes(dialog_texts(dialog))
        dialog.done(0)
    window.messages.show_message("Something went wrong.", details="Traceback …")  # with "Copy details"
    QApplication.processEvents()
    found["main window"] = clashes(menu_bar_texts(bar) + dialog_texts(window.messages))
    assert {name: letters for name, letters in found.items() if letters} == {}
    menus = {entry.text().replace("&", "") for entry in bar.actions()}
    if language == "fr":  # Alt+D is Dossier, as the issue asked
        dossier = next(entry for entry in bar.actions() if entry.text().replace("&", "") == "Dossier")
        assert dossier.text() == "&Dossier" and "Éditio&n" in [entry.text() for entry in bar.actions()]
    assert menus


def test_clashing_letters_move_to_a_free_one() -> None:
    texts = {"a": "&Save", "b": "&Search", "c": "&Sens"}
    entries = [(lambda k=k: texts[k], lambda value, k=k: texts.__setitem__(k, value)) for k in texts]
    assert make_unique(entries) == 2
    assert texts == {"a": "&Save", "b": "S&earch", "c": "Se&ns"}


def test_tab_leaves_tables_and_lists(window: MainWindow, workspace: Workspace) -> None:
    window.controller.reload_cases(create_sample_case(workspace, example=False))
    for tab in range(window.page.tabs.count()):
        window.page.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        shown = [view for view in window.findChildren(QAbstractItemView) if view.isVisible()]
        assert shown and not [view for view in shown if view.tabKeyNavigation()]
    trash = window.data.open_trash()
    QApplication.processEvents()
    assert not trash.table.tabKeyNavigation()


def test_an_alt_letter_that_reaches_nothing_types_nothing(qtbot: QtBot, window: MainWindow) -> None:
    window.controller.reload_cases(create_sample_case(window.workspace, example=False))
    dialog = window.dialogs.log_contact()
    assert isinstance(dialog, LogContactDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.form.agent.setFocus()
    dialog.form.agent.setText("Malik")
    # through the window, as the keyboard does (so shortcuts and mnemonics get their chance first)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    assert dialog.form.agent.text() == "Malik"
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Z)
    assert dialog.form.agent.text() == "Malikz"


def test_ctrl_and_a_number_picks_a_channel(qtbot: QtBot, window: MainWindow) -> None:
    window.controller.reload_cases(create_sample_case(window.workspace, example=False))
    dialog = window.dialogs.log_contact()
    assert isinstance(dialog, LogContactDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.channels.channel() is Channel.CHAT)  # a shortcut clicks a button
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.channels.channel() is Channel.EMAIL)
    assert "Ctrl+4" in dialog.channels.buttons[Channel.EMAIL].toolTip()


def test_ctrl_s_saves_the_details(qtbot: QtBot, window: MainWindow, workspace: Workspace) -> None:
    case_id = create_sample_case(workspace, example=False)
    window.controller.reload_cases(case_id)
    window.page.tabs.setCurrentWidget(window.page.details)
    window.activateWindow()
    qtbot.waitActive(window)
    field = window.page.details.form.merchant
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Nordvik Store")
    assert window.page.details.dirty
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert workspace.cases.detail(case_id).merchant == "Nordvik Store"
    assert not window.page.details.dirty


def test_the_wheel_over_a_combo_box_without_focus_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    window.controller.reload_cases(create_sample_case(window.workspace, example=False))
    dialog = window.dialogs.log_contact()
    assert isinstance(dialog, LogContactDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    combo = dialog.form.outcome
    dialog.form.agent.setFocus()
    before = combo.currentIndex()
    at = QPointF(combo.mapToGlobal(QPoint(5, 5)))
    wheel = QWheelEvent(QPointF(5, 5), at, QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, wheel)
    assert combo.currentIndex() == before and not combo.hasFocus()  # (a bare combo box moves up)
