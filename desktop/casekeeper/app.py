"""Composition root: the only module that wires paths, services and the window together."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from casekeeper import __version__
from casekeeper.errors import DataLocationError, KnownError
from casekeeper.paths import DataPaths, resolve_paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from casekeeper.services.deferred_workspace import DeferredWorkspace
    from casekeeper.services.workspace import Workspace
    from casekeeper.ui.app.main_window import MainWindow
    from casekeeper.ui.common.instance_guard import InstanceGuard
    from casekeeper.ui.common.single_instance import SingleInstance
_T0 = time.perf_counter()  # start-up benchmark origin (CASEKEEPER_BENCH), unless CASEKEEPER_BENCH_T0 is set


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The GUI's own options; anything else is left for Qt."""
    parser = argparse.ArgumentParser(prog="casekeeper", description="Case Keeper desktop app")
    parser.add_argument("--version", action="version", version=f"Case Keeper {__version__}")
    parser.add_argument("--data-dir", dest="data_dir", help="use this data folder")
    parser.add_argument("--case", dest="case", type=_case_number, default=None,
                        help="open at this case (what a reminder's notification does)")
    parser.add_argument("--self-test", dest="self_test", action="store_true",
                        help="check this installation against a temporary folder and exit")
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def _case_number(text: str) -> int:
    """A case number as given by ``--case`` (a notification's action)."""
    value = int(text.strip().lstrip("#"))
    if value <= 0:
        raise ValueError(text)
    return value


def run(argv: Sequence[str]) -> int:
    """Open the data folder and show the main window; errors are shown in plain words.

    The cyclic garbage collector waits while the window starts (``_keep_start_up_objects``):
    start-up makes objects that live as long as the window, and each full collection of them
    cost 30 to 100 ms while the window was being built.
    """
    if argv and argv[0] == "--windowless":  # the reminder schedule on Windows: no window at all
        from casekeeper.cli.windowless import run_windowless

        return run_windowless(argv[1:])
    args = parse_arguments(argv)
    if args.self_test:
        from casekeeper.self_test import run_self_test

        return run_self_test()
    import gc

    gc.disable()
    try:
        return _run_window(args, argv)
    finally:
        gc.unfreeze()  # for a caller that goes on (the tests start the window in one process)
        gc.enable()


def _run_window(args: argparse.Namespace, argv: Sequence[str]) -> int:
    """The window: the order is chosen for speed. The window's frame paints first (Qt and the
    folder lock only), then the case list read with plain sqlite3 paints, then the log file, the
    icon and the answer to later launches are set up, the rest of the window is built while the
    database layer loads, and the data folder is opened.
    """
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("Case Keeper")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CaseKeeper")
    app.setDesktopFileName("org.casekeeper.CaseKeeper")
    from casekeeper.ui.data.terminate_watch import TerminateWatch

    terminate = TerminateWatch(app)  # SIGTERM quits normally, so the exit backup is taken
    from casekeeper.ui.common.single_instance import acquire_or_activate

    try:
        paths = resolve_paths(args.data_dir)
        paths.ensure()
        instance = acquire_or_activate(paths.data_dir, listen=False, case_id=args.case)
    except KnownError as error:
        QMessageBox.critical(None, "Case Keeper", error.message)
        return 2
    if instance is None:
        return 0  # Case Keeper is already open on this folder: it was asked to come to the front
    from casekeeper.services.deferred_workspace import DeferredWorkspace
    from casekeeper.ui.app.main_window import MainWindow
    from casekeeper.ui.common.settings import Settings

    deferred = DeferredWorkspace(paths)
    workspace = cast("Workspace", deferred)
    settings = Settings(paths.settings_file)
    window = MainWindow(workspace, settings, furnish=False)
    window.show()
    _probe = _bench_probe(app, window)
    app.processEvents()  # the first paint: the frame, before anything is read
    from casekeeper.ui.app.shell import Shell

    shell = Shell(app, workspace, settings)  # installs the language before any text is shown
    _show_case_list_early(app, window, deferred)
    guard = _after_list(app, paths, instance)
    shell.guard = guard
    from casekeeper.ui.app.case_request import LaterLaunches
    from casekeeper.ui.app.error_hook import install_error_hook

    install_error_hook(lambda text, details: (shell.window or window).messages.show_message(
        text, details=details), app)
    launches = LaterLaunches(guard, lambda: shell.window or window, args.case)
    if not window.isVisible():  # closed while it started: stop here, nothing was opened
        guard.release()
        return 0
    deferred.warm_up()  # the database layer loads on another thread while the window is built
    shell.show(window)
    if not _open_after_paint(deferred, guard):
        guard.release()
        return 2
    window.load()
    launches.ready()  # the case of --case, or of a launch that came meanwhile
    _keep_start_up_objects()  # and the collector works again
    from casekeeper.ui.data.backup_schedule import backup_on_exit

    try:
        # a window closed during the start-up above (its quit came before the event loop) ends here
        return int(app.exec()) if window.isVisible() and not terminate.requested else 0
    finally:
        backup_on_exit(workspace)
        workspace.close()
        guard.release()


def _keep_start_up_objects() -> None:
    """Move what start-up made (the modules, the window, its models) out of the cyclic garbage
    collector's sight: they live as long as the window, and every full collection walked them
    all (150,000 objects: 30 to 140 ms on this machine), pausing whatever click it fell into.
    Later objects are collected as before."""
    import gc

    gc.freeze()
    gc.enable()


def _bench_probe(app: QApplication, window: MainWindow) -> object | None:
    """The start-up benchmark's hook, only when CASEKEEPER_BENCH is set."""
    if not os.environ.get("CASEKEEPER_BENCH"):
        return None
    from casekeeper.ui.app.bench_probe import start_bench_probe

    return start_bench_probe(app, window, _T0)


def _after_list(app: QApplication, paths: DataPaths, instance: SingleInstance) -> InstanceGuard:
    """What can wait for the case list's paint: the log file, the rulepack cache's folder (no
    pack is read before), the icon, answering later launches (the folder is already locked; a
    launch meanwhile is answered once this listens)."""
    from casekeeper.diagnostics import start_logging
    from casekeeper.ui.common.app_icon import app_icon
    from casekeeper.ui.common.instance_guard import InstanceGuard

    start_logging(paths.logs_dir)
    from casekeeper.knowledge.pack_cache import keep_in

    keep_in(paths.cache_dir)  # checked rulepacks kept for the next start and for the CLI
    app.setWindowIcon(app_icon())
    guard = InstanceGuard(paths.data_dir, instance)
    guard.listen()
    return guard


def _show_case_list_early(app: QApplication, window: MainWindow, deferred: DeferredWorkspace) -> None:
    """Fill and paint the case list from a plain read, when the file allows it (else it waits)."""
    from casekeeper.services import quick_reads

    rows = quick_reads.case_list(deferred.paths, deferred.clock)
    if rows is not None:
        window.show_cases(rows)
        app.processEvents()  # the list paints before the rest of the window is built


def _open_after_paint(deferred: DeferredWorkspace, guard: InstanceGuard) -> bool:
    """Open the data folder; a damaged one gets the recovery dialog. False: give up and quit."""
    from PySide6.QtWidgets import QMessageBox

    try:
        deferred.open()
    except DataLocationError as error:
        from casekeeper.ui.data.recovery import recover_at_start

        recovered = recover_at_start(deferred.paths, error.message, guard,
                                     getattr(error, "diagnosis", None))
        if recovered is None:
            return False
        deferred.adopt(recovered)
    except KnownError as error:
        QMessageBox.critical(None, "Case Keeper", error.message)
        return False
    return True
