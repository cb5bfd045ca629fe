"""``casekeeper --windowless ARGS``: run ``casekeeper-cli ARGS`` from the GUI executable, so no
console window opens. The background-reminder schedule on Windows starts it this way (a console
program would flash a window every quarter of an hour); only the notify command is accepted."""

from __future__ import annotations

import io
from collections.abc import Sequence

REFUSED = 2


def run_windowless(argv: Sequence[str]) -> int:
    """Run the notify command of ``argv`` with no window; its report goes to the log file."""
    from casekeeper.cli.commands import reminders
    from casekeeper.cli.main import main
    from casekeeper.cli.parser import build_parser
    from casekeeper.errors import KnownError

    try:
        args = build_parser().parse_args(list(argv))
    except (KnownError, SystemExit):  # a mistake, or --help (which has nowhere to go)
        return REFUSED
    if getattr(args, "folder_handler", None) is not reminders.notify:
        return REFUSED  # this door opens for the schedule's one command only
    nowhere = io.StringIO()  # a GUI program has no console; the log file has the report
    return main(list(argv), stdout=nowhere, stderr=nowhere)
