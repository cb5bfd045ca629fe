"""Regenerate the README screenshots (English and French) from the sample case, with a fixed clock.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py``
(or under ``xvfb-run -a``). Writes docs/screenshots/<state>-<language>.png.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import open_workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.i18n import install_language
from casekeeper.ui.common.settings import Settings

OUT = Path(__file__).resolve().parent
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)  # Tuesday 10:30 in Paris


def _save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def shoot(app: QApplication, language: str) -> None:
    """Every main state in one language."""
    install_language(app, language)
    root = Path(tempfile.mkdtemp(prefix="casekeeper-shots-"))
    workspace = open_workspace(DataPaths(root, root / "config"), FixedClock(NOW, "Europe/Paris"))
    try:
        case_id = create_sample_case(workspace, language=language)
        settings = Settings(workspace.paths.settings_file)
        settings.welcomed = True
        settings.country = "FR"
        window = MainWindow(workspace, settings)
        window.resize(1280, 760)
        window.show()
        window.load()
        window.controller.reload_cases(case_id)
        window.splitter.setSizes([330, 950])
        _save(window, f"main-{language}")
        for tab, name in ((2, "evidence"), (3, "deadlines"), (1, "details")):
            window.page.tabs.setCurrentIndex(tab)
            _save(window, f"{name}-{language}")
        window.page.tabs.setCurrentIndex(0)
        for opener, name, size in ((window.dialogs.log_contact, "log-contact", (760, 820)),
                                   (window.dialogs.escalate, "escalate", (900, 720)),
                                   (window.dialogs.contact_klarna, "contact-klarna", (760, 900)),
                                   (window.dialogs.new_case, "new-case", (1000, 720))):
            dialog = opener()
            assert dialog is not None
            dialog.resize(*size)
            _save(dialog, f"{name}-{language}")
            dialog.close()
        _documents(window, language)
        shoot_safety(window, language)
        window.close()
    finally:
        workspace.close()


def _documents(window: MainWindow, language: str) -> None:
    """The export dialog (and the French dossier it writes), a letter draft, the Due view."""
    export = window.dossier.open_export()
    assert export is not None
    export.resize(900, 860)
    _save(export, f"export-dossier-{language}")
    if language == "fr":
        target = Path(tempfile.mkdtemp(prefix="casekeeper-dossier-")) / "dossier-fr.pdf"
        export.target.setText(str(target))
        export.start_export()
        while export.exported is None and export.cancel_button.isVisible():
            QApplication.processEvents()
        window.tasks.wait()
        print(target)
    export.close()
    letter = window.letters.open_letter()
    assert letter is not None
    letter.resize(900, 860)
    _save(letter, f"letter-{language}")
    letter.close()
    window.deadlines.open_due()
    window.resizeDocks([window.deadlines.due], [300], Qt.Orientation.Vertical)
    _save(window, f"due-{language}")
    window.deadlines.due.hide()
def _wait(done: list[object]) -> None:
    while not done:
        QApplication.processEvents()


def shoot_safety(window: MainWindow, language: str) -> None:
    """Backups, integrity check, trash, About, Close case and the recovery dialog."""
    workspace = window.workspace
    safety = window.data
    workspace.backups.create("scheduled")
    workspace.backups.create("manual")
    case = window.controller.case
    assert case is not None
    if case.stages:
        workspace.journal.delete_stage(case.stages[-1].id)
    window.controller.refresh()
    backups = safety.open_backups()
    backups.resize(720, 420)
    _save(backups, f"backups-{language}")
    backups.close()
    integrity = safety.open_integrity()
    checked: list[object] = []
    integrity.checked.connect(checked.append)
    _wait(checked)
    integrity.resize(720, 420)
    _save(integrity, f"integrity-{language}")
    integrity.close()
    for opener, name, size in ((safety.open_trash, "trash", (820, 380)),
                               (window.open_about, "about", (640, 380)),
                               (window.dialogs.close_case, "close-case", (560, 360))):
        dialog = opener()
        assert dialog is not None
        dialog.resize(*size)
        _save(dialog, f"{name}-{language}")
        dialog.close()
    shoot_recovery(language)


def shoot_recovery(language: str) -> None:
    """The start-up recovery dialog on a damaged copy of a data folder."""
    from casekeeper.domain.dto import CaseInput
    from casekeeper.errors import DataLocationError
    from casekeeper.ui.data.recovery import RecoveryDialog

    root = Path(tempfile.mkdtemp(prefix="casekeeper-damaged-"))
    paths = DataPaths(root, root / "config")
    workspace = open_workspace(paths, FixedClock(NOW, "Europe/Paris"))
    workspace.cases.create(CaseInput(title="Coat never delivered"))
    workspace.backups.create("exit")
    workspace.close()
    for leftover in root.glob("casekeeper.sqlite3-*"):
        leftover.unlink()
    paths.database.write_bytes(b"SQLite format 3\x00" + b"\xde\xad" * 4000)
    try:
        open_workspace(paths)
        problem = ""
    except DataLocationError as error:
        problem = error.message
    dialog = RecoveryDialog(paths, problem)
    dialog.resize(680, 320)
    dialog.show()
    _save(dialog, f"recovery-{language}")
    dialog.close()


def main() -> int:
    """English, French, German and Swedish (or the languages named: ``make_screenshots.py de sv``)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Case Keeper")
    for language in sys.argv[1:] or ["en", "fr", "de", "sv"]:
        shoot(app, language)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
