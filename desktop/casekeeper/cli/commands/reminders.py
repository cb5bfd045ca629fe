"""notify | remind-open add/list/cancel: reminders that reach the person while the window is closed."""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from casekeeper.cli.arguments import case_id
from casekeeper.cli.context import Context, FolderContext
from casekeeper.errors import InputError
from casekeeper.i18n import N_, PN_, translator
from casekeeper.i18n.formats import short_datetime, short_time
from casekeeper.i18n.markers import Marked
from casekeeper.i18n.told import told_in

if TYPE_CHECKING:
    from casekeeper.services.clock import Clock
    from casekeeper.services.reminders.background import Place
    from casekeeper.services.reminders.notify import NotifyReport
    from casekeeper.services.reminders.planner import Notice

log = logging.getLogger("casekeeper.reminders")
SERVICE_MISSING = PN_(
    "No notification service answered (on Linux: nothing provides "
    "org.freedesktop.Notifications on the session bus); {n} reminder kept for "
    "the next run and for the window's banner.",
    "No notification service answered (on Linux: nothing provides "
    "org.freedesktop.Notifications on the session bus); {n} reminders kept for "
    "the next run and for the window's banner.",
)


def notify(ctx: FolderContext) -> int:
    """Send what is due as native notifications; wait a while for a click that opens the case."""
    from casekeeper.services.clock import SystemClock
    from casekeeper.services.reminders.delivery import deliver
    from casekeeper.services.reminders.launch import open_app
    from casekeeper.services.reminders.notify import run_notify
    from casekeeper.services.reminders.preferences import read_preferences

    prefs = read_preferences(ctx.paths.settings_file)
    explicit = ctx.paths.data_dir if ctx.args.data_dir else None
    wait = max(0.0, float(ctx.args.wait))

    def send(notices: list[Notice], remember: object) -> list[Notice]:
        assert callable(remember)
        done = deliver(
            notices,
            language=prefs.language,
            on_sent=remember,
            open_case=lambda case: open_app(case, explicit),
            wait_seconds=wait,
        )
        return done.failed

    clock = ctx.clock or SystemClock()
    every = ctx.args.every
    entry = _running_from_autostart(ctx) if every else None
    while True:
        report = run_notify(ctx.paths, clock, prefs, send)
        text = _report_text(report, ctx.out.language)
        for line in _report_text(report, "en").splitlines():
            log.info("notify: %s", line)
        ctx.out.emit(text, _report_data(report))
        if not every:
            return 0
        if not _sleep_until(clock.now() + timedelta(minutes=every), clock, entry):
            log.info("notify: background reminders were turned off; this loop stops.")
            return 0
        prefs = read_preferences(ctx.paths.settings_file)


def _running_from_autostart(ctx: FolderContext) -> Path | None:
    """The autostart entry, when it is there as the loop starts: the loop lives as long as it."""
    from casekeeper.services.reminders.background import autostart_entry

    entry = autostart_entry(_place(ctx))
    return entry if entry is not None and entry.exists() else None


def _sleep_until(moment: datetime, clock: Clock, entry: Path | None) -> bool:
    """Sleep in short steps against the wall clock, so a sleep of the computer is not added on.

    False as soon as ``entry`` (the autostart entry that started this loop) is removed: turning
    the option off must not leave a loop notifying until the next logout.
    """
    while clock.now() < moment:
        if entry is not None and not entry.exists():
            return False
        time.sleep(min(5.0, max(0.1, (moment - clock.now()).total_seconds())))
    return entry is None or entry.exists()


def _report_text(report: NotifyReport, language: str) -> str:
    tr = translator(language)
    if report.notice is not None:
        return (
            tr.gettext("Note: {notice}").format(notice=told_in(report.notice, language))
            + "\n"
            + _report_text(replace(report, notice=None), language)
        )
    if report.problem is not None:
        return tr.gettext("Nothing sent: {problem}").format(problem=told_in(report.problem, language))
    if report.quiet_until is not None:
        return tr.ngettext(
            "Quiet hours: {n} reminder waits until {time}.",
            "Quiet hours: {n} reminders wait until {time}.",
            report.deferred,
        ).format(n=report.deferred, time=short_time(report.quiet_until, language))
    lines = [
        tr.gettext("Sent: {title}: {body}").format(title=notice.title, body=notice.body)
        for notice in report.sent
    ]
    if report.failed:
        lines.append(tr.plural(SERVICE_MISSING, len(report.failed)).format(n=len(report.failed)))
    return "\n".join(lines) or tr.gettext("Nothing is due.")


def _report_data(report: NotifyReport) -> dict[str, object]:
    return {
        "sent": [{"title": n.title, "body": n.body, "case": n.case_id} for n in report.sent],
        "not_sent": [{"title": n.title, "body": n.body, "case": n.case_id} for n in report.failed],
        "deferred": report.deferred,
        "quiet_until": report.quiet_until.isoformat() if report.quiet_until else None,
        "problem": report.problem,
        "notice": report.notice,
        "service_missing": bool(report.failed),
    }


def remind_open_add(ctx: Context) -> int:
    """Ask to be told when a channel (e.g. phone) of the case's country opens."""
    ident = case_id(ctx.args.id)
    country = ctx.workspace.cases.detail(ident).country
    statuses = ctx.workspace.rules.channel_statuses(country)
    wanted = ctx.args.channel.strip().lower()
    found = [status for status in statuses if status.channel_id == wanted]
    if not found:
        names = ", ".join(status.channel_id for status in statuses)
        raise InputError("--channel", ctx.args.channel, Marked(N_("choose one of: {names}"), names=names))
    status = found[0]
    if status.next_opening_person is None or status.state.value != "closed":
        raise InputError(
            "--channel",
            ctx.args.channel,
            Marked(N_("{channel} is not closed now, or its next opening is unknown"), channel=status.label),
        )
    opens = status.next_opening_person
    request = ctx.workspace.reminders.request_opening(status.label, opens, ident)
    ctx.out.emit(
        ctx.out.tr.gettext("Reminder {id}: you will be told when {channel} opens ({when}).").format(
            id=request, channel=status.label, when=short_datetime(opens, ctx.out.language)
        ),
        {"id": request, "label": status.label, "opens_at": opens.isoformat(), "case": ident},
    )
    return 0


def remind_open_list(ctx: Context) -> int:
    """The waiting "remind me when it opens" requests."""
    waiting = ctx.workspace.reminders.waiting()
    zone = ctx.workspace.clock.local_zone()
    from casekeeper.domain.values import zone_from_name

    tr, language = ctx.out.tr, ctx.out.language
    lines = [
        f"{item.id}  {short_datetime(item.opens_at.astimezone(zone_from_name(zone)), language)}"
        f"  {item.label}" + ("  " + tr.gettext("(case {id})").format(id=item.case_id) if item.case_id else "")
        for item in waiting
    ]
    ctx.out.emit(
        "\n".join(lines) or tr.gettext("No opening reminder is waiting."),
        [
            {"id": item.id, "label": item.label, "opens_at": item.opens_at.isoformat(), "case": item.case_id}
            for item in waiting
        ],
    )
    return 0


def remind_open_cancel(ctx: Context) -> int:
    """Cancel one waiting request."""
    ident = case_id(ctx.args.request, "request")
    ctx.workspace.reminders.cancel(ident)
    ctx.out.emit(
        ctx.out.tr.gettext("Opening reminder {id} cancelled.").format(id=ident),
        {"id": ident, "cancelled": True},
    )
    return 0


def _place(ctx: FolderContext) -> Place:
    from casekeeper.services.reminders.background import detect_place

    return detect_place(ctx.paths.logs_dir / "reminders.log")


def background_enable(ctx: FolderContext) -> int:
    """Install the schedule that runs notify a few times an hour."""
    from casekeeper.services.clock import SystemClock
    from casekeeper.services.reminders.background import cli_command, enable, run_system

    place = _place(ctx)
    explicit = ctx.paths.data_dir if ctx.args.data_dir else None
    made = enable(place, cli_command(explicit), (ctx.clock or SystemClock()).now(), run_system)
    tr = ctx.out.tr
    ctx.out.emit(
        tr.gettext("Background reminders on ({kind}). Files written:").format(
            kind=tr.gettext(_KIND_WORDS[place.kind])
        )
        + "\n"
        + "\n".join(f"  {path}" for path in made),
        {"enabled": True, "kind": place.kind, "files": [str(path) for path in made]},
    )
    return 0


def background_disable(ctx: FolderContext) -> int:
    """Remove the schedule and every file it made."""
    from casekeeper.services.reminders.background import disable, run_system

    place = _place(ctx)
    removed = disable(place, run_system)
    tr = ctx.out.tr
    text = (
        tr.gettext("Background reminders off. Files removed:") + "\n" + "\n".join(f"  {p}" for p in removed)
        if removed
        else tr.gettext("Background reminders were already off.")
    )
    ctx.out.emit(text, {"enabled": False, "kind": place.kind, "removed": [str(path) for path in removed]})
    return 0


def background_status(ctx: FolderContext) -> int:
    """Whether the schedule is installed, and where."""
    from casekeeper.services.reminders.background import status

    place = _place(ctx)
    found = status(place)
    tr = ctx.out.tr
    if found.enabled:
        text = (
            tr.gettext("Background reminders are on ({kind}):").format(
                kind=tr.gettext(_KIND_WORDS[found.kind])
            )
            + "\n"
            + "\n".join(f"  {path}" for path in found.installed)
        )
    elif found.installed:
        text = (
            tr.gettext(
                "Background reminders are partly installed; run 'casekeeper-cli "
                "background enable' again, or 'disable'. Missing:"
            )
            + "\n"
            + "\n".join(f"  {p}" for p in found.missing)
        )
    else:
        text = tr.gettext("Background reminders are off.")
    ctx.out.emit(
        text,
        {
            "enabled": found.enabled,
            "kind": found.kind,
            "installed": [str(path) for path in found.installed],
            "missing": [str(path) for path in found.missing],
        },
    )
    return 0


_KIND_WORDS = {
    "systemd": N_("a systemd user timer"),
    "autostart": N_("an autostart entry, from your next login"),
    "launchd": N_("a launchd agent"),
    "windows": N_("a Task Scheduler task"),
}
