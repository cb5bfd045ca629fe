"""Composition root: the only module that wires paths, services and the window together."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from casekeeper import __version__
from casekeeper.diagnostics import start_logging
from casekeeper.errors import DataLocationError, KnownError
from casekeeper.paths import resolve_paths

log = logging.getLogger("casekeeper.app")

if TYPE_CHECKING:
    from casekeeper.services.deferred_workspace import DeferredWorkspace
    from casekeeper.services.workspace import Workspace
    from casekeeper.ui.instance_guard import InstanceGuard
_T0 = time.perf_counter()  # start-up benchmark origin (CASEKEEPER_BENCH), unless CASEKEEPER_BENCH_T0 is set


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
    from casekeeper.ui.app_icon import app_icon
    from casekeeper.ui.instance_guard import InstanceGuard, bring_to_front
    from casekeeper.ui.single_instance import acquire_or_activate

    app.setWindowIcon(app_icon())
    guard: InstanceGuard | None = None
    try:
        paths = resolve_paths(args.data_dir)
        paths.ensure()
        start_logging(paths.logs_dir)
        instance = acquire_or_activate(paths.data_dir)
        if instance is None:
            return 0  # Case Keeper is already open on this folder: it was asked to come to the front
        guard = InstanceGuard(paths.data_dir, instance)
    except KnownError as error:
        QMessageBox.critical(None, "Case Keeper", error.message)
        return 2
    from casekeeper.services.deferred_workspace import DeferredWorkspace
    from casekeeper.ui.settings import Settings
    from casekeeper.ui.shell import Shell

    deferred = DeferredWorkspace(paths)
    deferred.warm_up()  # the database layer loads on another thread while the window is built
    workspace = cast("Workspace", deferred)
    shell = Shell(app, workspace, Settings(paths.settings_file))
    shell.guard = guard
    guard.activation_requested.connect(lambda: bring_to_front(shell.window))
    shell.show()
    from casekeeper.ui.bench_probe import start_bench_probe

    _probe = start_bench_probe(app, shell.window, _T0)
    app.processEvents()  # the first paint, before the data folder is opened
    if not _open_after_paint(deferred, guard):
        guard.release()
        return 2
    assert shell.window is not None
    shell.window.load()
    from casekeeper.ui.backup_schedule import backup_on_exit

    try:
        return int(app.exec())
    finally:
        backup_on_exit(workspace)
        workspace.close()
        guard.release()


def _open_after_paint(deferred: DeferredWorkspace, guard: InstanceGuard) -> bool:
    """Open the data folder; a damaged one gets the recovery dialog. False: give up and quit."""
    from PySide6.QtWidgets import QMessageBox

    try:
        deferred.open()
    except DataLocationError as error:
        from casekeeper.ui.dialogs.recovery import recover_at_start

        recovered = recover_at_start(deferred.paths, error.message, guard)
        if recovered is None:
            return False
        deferred.adopt(recovered)
    except KnownError as error:
        QMessageBox.critical(None, "Case Keeper", error.message)
        return False
    return True
