"""Run in its own process (a scale factor is fixed before Qt starts): open every dialog of the
window on the screen it was given and print those whose buttons are not all visible on it."""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import open_workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.i18n import install_language
from casekeeper.ui.common.settings import Settings

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def _hidden_buttons(dialog: QWidget, screen: QRect) -> list[str]:
    """Buttons of the dialog's button boxes that are not wholly on the screen and unclipped."""
    problems = []
    frame = dialog.frameGeometry()
    if not screen.contains(frame):
        problems.append(f"window {frame.getRect()} outside the screen {screen.getRect()}")
    for box in dialog.findChildren(QDialogButtonBox):
        if not box.isVisibleTo(dialog):
            continue
        for button in box.findChildren(QAbstractButton):
            if not button.isVisibleTo(dialog):
                continue
            top_left = button.mapToGlobal(QPoint(0, 0))
            rect = QRect(top_left, button.size())
            shown = button.visibleRegion().boundingRect()
            if not screen.contains(rect) or shown.size() != button.size():
                problems.append(f"button “{button.text()}” at {rect.getRect()} shows {shown.getRect()}")
    kept = [getattr(dialog, name, None) for name in ("hang_up_button", "answered")]
    for button in [b for b in kept if isinstance(b, QPushButton)]:  # the live call's own buttons
        if any(isinstance(up, QScrollArea) for up in _ancestors(button, dialog)):
            problems.append(f"button “{button.text()}” scrolls away with the content")
        top_left = button.mapToGlobal(QPoint(0, 0))
        rect = QRect(top_left, button.size())
        if not screen.contains(rect) or button.visibleRegion().boundingRect().size() != button.size():
            problems.append(f"button “{button.text()}” at {rect.getRect()} is not wholly shown")
    return problems


def _ancestors(widget: QWidget, top: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def _status_cut(window: MainWindow) -> list[str]:
    """The status bar's channel line is painted whole or ends in "…", never cut mid-letter."""
    window.refresh_channels()
    label = window.status.channels
    shown = label.shown_text() if hasattr(label, "shown_text") else label.text()
    if label.fontMetrics().horizontalAdvance(shown) > label.contentsRect().width():
        return [f"status bar line cut off at {label.contentsRect().width()} px: {shown}"]
    if shown != label.text() and (not shown.endswith("…") or label.toolTip() != label.text()):
        return [f"status bar line shortened without “…” and a tooltip: {shown}"]
    return []


def _deadlines_cut(window: MainWindow, app: QApplication) -> list[str]:
    """In the Deadlines tab the deadline, whose, due and state are never cut, and rows are short."""
    tab = window.page.deadlines
    tabs = tab.parentWidget()
    while tabs is not None and not isinstance(tabs, QTabWidget):
        tabs = tabs.parentWidget()
    assert isinstance(tabs, QTabWidget)
    tabs.setCurrentIndex(tabs.indexOf(tab))
    app.processEvents()
    table, model, problems = tab.table, tab.table.model(), []
    metrics, header = table.fontMetrics(), table.horizontalHeader()
    for row in range(model.rowCount()):
        if table.rowHeight(row) > metrics.lineSpacing() * 4 + 8:
            problems.append(f"deadline row {row} is {table.rowHeight(row)} px tall")
        for column in (0, 1, 2, 3):
            text = str(model.index(row, column).data())
            room = QRect(0, 0, header.sectionSize(column) - 8, 10_000)
            needed = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text)
            if needed.width() > room.width() or needed.height() > table.rowHeight(row):
                problems.append(f"deadline column {column} cuts “{text}”")
    return problems


def _quiet(dialog: QDialog | None) -> QDialog | None:
    """The live call closes without its question (no modal box in a probe)."""
    if dialog is not None:
        dialog.confirm_close = lambda: True  # type: ignore[attr-defined]
    return dialog


def main() -> int:
    app = QApplication(sys.argv[:1])
    screen = app.primaryScreen().availableGeometry()
    if sys.argv[1:] == ["--default-size"]:
        root = Path(tempfile.mkdtemp(prefix="casekeeper-fit-"))
        workspace = open_workspace(DataPaths(root, root / "config"), FixedClock(NOW, "Europe/Paris"))
        window = MainWindow(workspace, Settings(workspace.paths.settings_file))
        window.show()
        app.processEvents()
        print("SIZE", window.width(), window.height(), "SCREEN", screen.width(), screen.height())
        workspace.close()
        return 0
    root = Path(tempfile.mkdtemp(prefix="casekeeper-fit-"))
    workspace = open_workspace(DataPaths(root, root / "config"), FixedClock(NOW, "Europe/Paris"))
    failures = []
    only = [a.removeprefix("--only=").split(",") for a in sys.argv[1:] if a.startswith("--only=")]
    for language in [a for a in sys.argv[1:] if not a.startswith("--")] or ["en"]:
        install_language(app, language)
        case_id = create_sample_case(workspace, example=False)
        settings = Settings(workspace.paths.settings_file)
        settings.welcomed = True
        window = MainWindow(workspace, settings)
        window.show()
        window.load()
        window.controller.reload_cases(case_id)
        app.processEvents()
        if not only and not screen.contains(window.frameGeometry()):  # --only: those dialogs
            failures.append(f"{language} main window {window.frameGeometry().getRect()}")
        failures.extend(f"{language} {problem}" for problem in _status_cut(window))
        failures.extend(f"{language} {problem}" for problem in _deadlines_cut(window, app))
        safety = window.data
        d, s = window.dialogs, safety
        from casekeeper.ui.data.recovery import RecoveryDialog
        from casekeeper.ui.preferences.welcome import WelcomeDialog

        openers = {
            "new case": d.new_case, "log a contact": d.log_contact, "escalate": d.escalate,
            "contact Klarna": d.contact_klarna, "preferences": d.preferences,
            "backups": s.open_backups, "integrity": s.open_integrity, "trash": s.open_trash,
            "about": window.open_about, "close case": d.close_case,
            "export dossier": window.dossier.open_export, "letter": window.letters.open_letter,
            "welcome": lambda lang=language, parent=window: WelcomeDialog("FR", lang, parent),
            "recovery": lambda: RecoveryDialog(workspace.paths, "The case file is damaged."),
            "add a promise": window.journal.add_promise,
            "edit exhibit": lambda w=window: w.evidence.edit(w.controller.case.evidence[0]),  # type: ignore[union-attr]
            "correct hours": lambda w=window: w.contact.correct("channels.phone.hours"),
            "call Klarna": lambda d=d: _quiet(d.live_contact()),  # type: ignore[misc]
        }
        for name, opener in openers.items():
            if only and name not in only[0]:
                continue
            dialog = opener()
            assert isinstance(dialog, QDialog), name
            dialog.show()
            app.processEvents()
            failures.extend(f"{language} {name}: {problem}" for problem in _hidden_buttons(dialog, screen))
            if name == "letter":
                sent = dialog.ask_sent()  # type: ignore[attr-defined]
                app.processEvents()
                failures.extend(f"{language} mark sent: {p}" for p in _hidden_buttons(sent, screen))
                sent.done(0)
            dialog.done(0)
            app.processEvents()
        window.controller.ask_unsaved = lambda: "discard"
        window.close()
        window.deleteLater()
        app.processEvents()
    workspace.close()
    print("CHECKED", len(openers), "dialogs")
    for failure in failures:
        print("FAIL", failure)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
