"""Composition root: the only module that wires paths, services and the window together."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from casekeeper import __version__
from casekeeper.diagnostics import start_logging
from casekeeper.errors import KnownError
from casekeeper.paths import resolve_paths

log = logging.getLogger("casekeeper.app")


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The GUI's own options; anything else is left for Qt."""
    parser = argparse.ArgumentParser(prog="casekeeper", description="Case Keeper desktop app")
    parser.add_argument("--version", action="version", version=f"Case Keeper {__version__}")
    parser.add_argument("--data-dir", dest="data_dir", help="use this data folder")
    parser.add_argument("--self-test", dest="self_test", action="store_true",
                        help="check this installation against a temporary folder and exit")
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def run(argv: Sequence[str]) -> int:
    """Open the data folder and show the main window; errors are shown in plain words."""
    args = parse_arguments(argv)
    if args.self_test:
        from casekeeper.self_test import run_self_test

        return run_self_test()
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("Case Keeper")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CaseKeeper")
    app.setDesktopFileName("org.casekeeper.CaseKeeper")
    try:
        paths = resolve_paths(args.data_dir)
        paths.ensure()
        start_logging(paths.logs_dir)
        from casekeeper.services.workspace import open_workspace

        workspace = open_workspace(paths)
    except KnownError as error:
        QMessageBox.critical(None, "Case Keeper", error.message)
        return 2
    from casekeeper.ui.settings import Settings
    from casekeeper.ui.shell import Shell

    shell = Shell(app, workspace, Settings(paths.settings_file))
    shell.show()
    try:
        return int(app.exec())
    finally:
        workspace.close()
