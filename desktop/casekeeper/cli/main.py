"""casekeeper-cli entry point: parse, open the data folder, run one command, report plainly."""

from __future__ import annotations

import contextlib
import gc
import io
import logging
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from casekeeper.cli.argparse_language import argparse_speaks
from casekeeper.cli.arguments import language_in
from casekeeper.cli.context import Context, FolderContext, Output
from casekeeper.cli.parser import build_parser
from casekeeper.diagnostics import start_logging
from casekeeper.errors import DataLocationError, KnownError
from casekeeper.i18n import Language, translator
from casekeeper.i18n.markers import N_, Marked
from casekeeper.paths import DataPaths, resolve_paths
from casekeeper.services.clock import Clock
from casekeeper.services.cloud_folders import cloud_folder_warning

EXIT_OK, EXIT_BUG, EXIT_REFUSED, EXIT_INTERRUPTED = 0, 1, 2, 130
_SHORT_RUN_THRESHOLDS = (7000, 10, 10)
"""The collector's thresholds in the CLI process: a young pass every 7,000 new objects, not
700, so loading a letter's libraries is not interrupted a few hundred times (171 young, 15 middle
and one full pass took 34 ms of a letter)."""
log = logging.getLogger("casekeeper.cli")


def _tell(stream: TextIO, notices: Sequence[str], args: object = None) -> None:
    """What the person must know about the opening (e.g. a foreign write-ahead log set aside)."""
    if not notices:
        return
    from casekeeper.i18n.told import told_in

    language = _language(args)
    for notice in notices:
        stream.write(
            translator(language).gettext("note: {notice}").format(notice=told_in(notice, language)) + "\n"
        )


def main(
    argv: Sequence[str] | None = None,
    *,
    clock: Clock | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    keep_packs: bool = False,
) -> int:
    """Run one command; 0 on success, 2 when input or the environment is refused, 1 on a bug.

    ``keep_packs``: store checked rulepacks in the data location's cache for the next process
    (``run`` does; a caller in a longer process keeps them in memory only).
    """
    # pythonw.exe and a GUI executable have no console: sys.stdout is None there
    out_stream = stdout or sys.stdout or io.StringIO()
    err_stream = stderr or sys.stderr or io.StringIO()
    log_file = None
    paths: DataPaths | None = None
    args: object = None
    words = list(sys.argv[1:] if argv is None else argv)
    spoken = language_in(words)  # the help's and a usage error's language, before parsing
    try:
        with argparse_speaks(translator(spoken)):
            args = build_parser(spoken).parse_args(words)
        _refuse_nul_bytes(args)
        paths = resolve_paths(args.data_dir)
        if getattr(args, "read_only_folder", False):  # never create a folder (a removed drive)
            log_file = start_logging(paths.logs_dir) if paths.logs_dir.is_dir() else None
        else:
            paths.ensure()
            log_file = start_logging(paths.logs_dir)
        _warn_once_about_sync(paths, err_stream, _language(args))
        if keep_packs:
            from casekeeper.knowledge.pack_cache import keep_in

            keep_in(paths.cache_dir)
        output = Output(as_json=getattr(args, "json", False), stream=out_stream, language=_language(args))
        folder_handler = getattr(args, "folder_handler", None)
        if folder_handler is not None:
            return int(folder_handler(FolderContext(args, paths, output, clock)))
        quick_handler = getattr(args, "quick_handler", None)  # answers without the ORM, or None
        if quick_handler is not None:
            answered = quick_handler(FolderContext(args, paths, output, clock))
            if answered is not None:
                from casekeeper.services.quick_reads import quick_notices

                _tell(err_stream, quick_notices(paths), args)
                return int(answered)
        from casekeeper.services.workspace import open_workspace

        workspace = open_workspace(paths, clock)
        _tell(err_stream, workspace.db.notices, args)
        try:
            context = Context(args=args, workspace=workspace, out=output)
            return int(args.handler(context))
        finally:
            workspace.close()
    except KnownError as error:
        language = _language(args) if args is not None else spoken
        err_stream.write(
            translator(language)
            .gettext("error: {message}")
            .format(message=_one_line(_refined(error, paths).in_language(language)))
            + "\n"
        )
        return EXIT_REFUSED
    except BrokenPipeError:  # the reader (e.g. `| head`) stopped early: not an error
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        err_stream.write(
            translator(_language(args) if args is not None else spoken).gettext(
                "Interrupted; every change is either fully saved or not saved at all."
            )
            + "\n"
        )
        return EXIT_INTERRUPTED
    except SystemExit as done:  # --help and --version
        return done.code if isinstance(done.code, int) else EXIT_OK
    except Exception as bug:
        log.exception("unexpected error in casekeeper-cli (%s)", type(bug).__name__)
        tr = translator(_language(args) if args is not None else spoken)
        said = (
            tr.gettext(
                "Case Keeper met an unexpected problem and stopped; nothing was half-saved. Please report it."
            )
            if log_file is None
            else tr.gettext(
                "Case Keeper met an unexpected problem and stopped; nothing was half-saved. Details "
                "were written to {file}. Please report it."
            ).format(file=log_file)
        )
        err_stream.write(tr.gettext("error: {message}").format(message=said) + "\n")
        return EXIT_BUG


def _language(args: object) -> Language:
    """The language of the error: the command's ``--lang``, else the system locale's."""
    from casekeeper.cli.arguments import language_of, system_language

    try:
        return language_of(getattr(args, "lang", None))
    except KnownError:  # a wrong --lang is itself the error being told
        return system_language()


def _refined(error: KnownError, paths: DataPaths | None) -> KnownError:
    """A failure of the case file met in the middle of a command, diagnosed like one at opening."""
    if paths is None or not isinstance(error, DataLocationError) \
            or not _from_sqlite(error.__cause__):
        return error
    from casekeeper.services.case_file_diagnosis import CaseFileError, explain

    if isinstance(error, CaseFileError):
        return error
    cause = error.__cause__
    assert cause is not None  # _from_sqlite said so
    try:
        explained = explain(paths, cause)
    except Exception:  # the diagnosis must never hide the first message
        log.exception("the case file could not be diagnosed")
        return error
    return error if explained is None else explained


def _from_sqlite(cause: BaseException | None) -> bool:
    """True for SQLite's own failures (their words are generic); other errors say what failed."""
    import sqlite3

    return isinstance(cause, sqlite3.Error) or isinstance(getattr(cause, "orig", None),
                                                          sqlite3.Error)


def _warn_once_about_sync(paths: DataPaths, err_stream: TextIO, language: Language) -> None:
    """Print the cloud-sync warning the first time this data folder is used from the CLI."""
    warning = cloud_folder_warning(paths.data_dir)
    marker = paths.config_dir / "cloud-warning-shown"
    if warning is None or marker.exists():
        return
    from casekeeper.i18n.told import told_in

    err_stream.write(
        translator(language).gettext("warning: {warning}").format(warning=told_in(warning, language)) + "\n"
    )
    with contextlib.suppress(OSError):
        marker.write_text("shown\n", encoding="utf-8")


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    finally:
        os.close(devnull)


_POSITIONALS = frozenset({"id", "file", "text", "key", "value", "kind", "name"})


def _refuse_nul_bytes(args: object) -> None:
    """No file name, date or text can hold a NUL character; say so before anything is opened."""
    from casekeeper.errors import InputError

    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, str) and "\x00" in item:
                shown = name if name in _POSITIONALS else "--" + name.replace("_", "-")
                raise InputError(
                    shown,
                    item.replace("\x00", "\\0"),
                    Marked(N_("it contains a NUL character, which no value can hold")),
                )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def run() -> int:
    """The ``casekeeper-cli`` process: run one command, keeping checked rulepacks for the next
    one (``knowledge/pack_cache.py``), then end without a last garbage scan.

    Ending a process normally makes the collector look through every object once more before the
    modules are torn down; after a letter (pydantic, reportlab, fonts) that is about a tenth of a
    second the person waits for and nothing gains. Freezing the objects first skips that scan;
    files are still closed and the standard streams flushed as usual. ``main`` itself is left as
    it is, so a caller in the same process (tests, the windowless door) keeps a normal collector.
    """
    gc.set_threshold(*_SHORT_RUN_THRESHOLDS)
    code = main(keep_packs=True)
    gc.freeze()
    return code


if __name__ == "__main__":
    raise SystemExit(run())
