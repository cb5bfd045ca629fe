"""``casekeeper-cli notify``: find what is due and announce it, without the window and without its lock."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from casekeeper.errors import KnownError
from casekeeper.paths import DataPaths
from casekeeper.services.cases import CaseService
from casekeeper.services.clock import Clock, today_in
from casekeeper.services.deadlines import DeadlineService
from casekeeper.services.reminders.planner import (
    Notice,
    deadline_notices,
    opening_notices,
    quiet_until,
)
from casekeeper.services.reminders.preferences import ReminderPreferences
from casekeeper.services.reminders.store import ReminderStore
from casekeeper.services.rules import RulesService
from casekeeper.storage.engine import Database, make_engine
from casekeeper.storage.evidence_store import EvidenceStore

log = logging.getLogger("casekeeper.reminders")
BUSY_MS = 2000  # a window writing holds the file for milliseconds; never wait longer than this

Deliverer = Callable[[list[Notice], Callable[[Notice], None]], list[Notice]]


@dataclass
class NotifyReport:
    """What one run did, for the command's output and the log."""

    sent: list[Notice] = field(default_factory=list)
    failed: list[Notice] = field(default_factory=list)
    deferred: int = 0
    quiet_until: datetime | None = None
    problem: str | None = None  # why nothing could be read (folder missing, damaged, locked...)
    notice: str | None = None  # what was set aside before reading (a foreign write-ahead log)


def run_notify(paths: DataPaths, clock: Clock, prefs: ReminderPreferences,
               send: Deliverer) -> NotifyReport:
    """Read the case file, pick the due notices, send them (outside quiet hours), remember them.

    Nothing is remembered before it was shown, so a locked, damaged or missing file, or a
    missing notification service, loses nothing: the next run tries again.
    """
    report = NotifyReport()
    if paths.database.is_file():
        from casekeeper.storage.wal_guard import guard, take_notice

        guard(paths.database)  # never replay another file's write-ahead log into this one
        report.notice = take_notice(paths.database)
    problem = _unreadable(paths)
    if problem is not None:
        report.problem = problem
        return report
    if not paths.database.exists():
        return report  # no case yet: nothing is due, and nothing is created
    db = Database(paths.database, make_engine(paths.database, busy_timeout_ms=BUSY_MS))
    try:
        notices, store = _collect(db, paths, clock, prefs)
        if not notices:
            return report
        zone = clock.local_zone()
        report.quiet_until = quiet_until(clock.now(), zone, prefs)
        if report.quiet_until is not None:
            report.deferred = len(notices)
            return report
        store.check_writable()  # a busy or read-only file: send nothing now, all of it next run

        def remember(notice: Notice) -> None:
            if notice.request_id is not None:
                store.mark_opening_sent(notice.request_id)
            else:
                store.mark_sent(list(notice.keys), notice.case_id)
            report.sent.append(notice)

        report.failed = send(notices, remember)
    except KnownError as error:
        report.problem = error.message
    finally:
        db.close()
    return report


def _unreadable(paths: DataPaths) -> str | None:
    """Why the case file cannot be read as it is, or None; never creates or migrates anything."""
    from casekeeper.storage.schema import KNOWN_REVISIONS, SCHEMA_HEAD, read_revision

    if not paths.data_dir.is_dir():
        return (f"The data folder {paths.data_dir} is not there (a removed drive?); the reminders "
                "wait until it is back.")
    if not paths.database.is_file():
        return None if not paths.database.exists() else f"{paths.database} is not a file."
    try:
        revision = read_revision(paths.database)
    except (sqlite3.Error, OSError) as error:
        from casekeeper.storage.sqlite_errors import environment_error

        known = environment_error(error)  # read-only, no permission, busy, disk... named as such
        if known is not None:
            return f"{known.message} No reminder was lost."
        return (f"The case file {paths.database} cannot be read ({error}); open Case Keeper to "
                "repair or restore it. No reminder was lost.")
    if revision is None:
        return None
    if revision == "unknown":
        return (f"{paths.database} is not a Case Keeper case file; open Case Keeper or run "
                "casekeeper-cli check to see what can be done. No reminder was lost.")
    if revision != SCHEMA_HEAD and revision not in KNOWN_REVISIONS:
        return ("The case file was written by a newer version of Case Keeper. Install the newer "
                "version of Case Keeper (or open the file with it); this one leaves the file "
                "untouched. No reminder was lost.")
    if revision != SCHEMA_HEAD:
        return ("The case file was written by an older version of Case Keeper; open Case Keeper "
                "once so it can update it. No reminder was lost.")
    return None


def _collect(db: Database, paths: DataPaths, clock: Clock,
             prefs: ReminderPreferences) -> tuple[list[Notice], ReminderStore]:
    store = ReminderStore(db, clock)
    cases = CaseService(db, EvidenceStore(paths.evidence_dir), clock)
    deadlines = DeadlineService(cases, RulesService(db, clock), clock)
    sent = store.sent_keys()
    due = deadlines.due(language=prefs.language) if prefs.lead_days else []
    titles = {summary.id: summary.title for summary in cases.summaries()}
    notices = opening_notices(store.waiting(), clock.now(), clock.local_zone(), prefs, titles)
    notices += deadline_notices(due, today_in(clock), prefs, sent)
    return notices, store
