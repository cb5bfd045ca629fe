"""The command line's grammar: every command, its options and the function that runs it."""

from __future__ import annotations

import argparse
from typing import NoReturn

from casekeeper import __version__
from casekeeper.cli.commands import (
    cases,
    deadlines,
    documents,
    evidence,
    journal,
    lookup,
    mail,
    plan,
    reminders,
    rules,
    safety,
    transcript,
)
from casekeeper.errors import KnownError

LANG_HELP = "en, fr, de or sv (default: the language of the system locale)"


class UsageError(KnownError):
    """The command line itself is malformed (unknown command or option, missing value)."""


class QuietParser(argparse.ArgumentParser):
    """An ArgumentParser that reports a mistake in one line instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}; see '{self.prog} --help'")


def build_parser() -> argparse.ArgumentParser:
    """The whole grammar."""
    root = QuietParser(
        prog="casekeeper-cli",
        description="Record your dispute with Klarna: cases, contacts, promises, escalation, "
                    "evidence. Data stays on this computer.")
    root.add_argument("--version", action="version", version=f"casekeeper-cli {__version__}")
    root.add_argument("--data-dir", dest="data_dir",
                      help="use this data folder (default: CASEKEEPER_DATA_DIR or your user folder)")
    commands = root.add_subparsers(dest="command", metavar="COMMAND", parser_class=QuietParser)
    commands.required = True

    case = commands.add_parser("case", help="open, list, show, edit, close, reopen and delete cases")
    case_commands = case.add_subparsers(dest="case_command", metavar="ACTION",
                                        parser_class=QuietParser)
    case_commands.required = True
    add = case_commands.add_parser("add", help="open a case; prints its id")
    cases.add_case_fields(add, required_title=True)
    _json(add).set_defaults(handler=cases.add)
    listing = case_commands.add_parser("list", help="every case")
    listing.add_argument("--status", action="append", help="open, resolved or closed-unresolved")
    _json(listing).set_defaults(handler=cases.list_cases, quick_handler=cases.quick_list)
    show = case_commands.add_parser("show", help="a whole case")
    show.add_argument("id")
    _json(show).set_defaults(handler=cases.show)
    edit = case_commands.add_parser("edit", help="change some fields of a case")
    edit.add_argument("id")
    cases.add_case_fields(edit, required_title=False)
    _json(edit).set_defaults(handler=cases.edit)
    close = case_commands.add_parser("close", help="close a case with its outcome")
    close.add_argument("id")
    close.add_argument("--outcome", required=True, help="how it ended, in words")
    close.add_argument("--resolved", action="store_true", help="the dispute was resolved")
    _json(close).set_defaults(handler=cases.close)
    reopen = case_commands.add_parser("reopen", help="reopen a closed case")
    reopen.add_argument("id")
    _json(reopen).set_defaults(handler=cases.reopen)
    delete = case_commands.add_parser(
        "delete", help="move a case, with everything it holds, to the trash (restorable)")
    delete.add_argument("id")
    _json(delete).set_defaults(handler=lookup.case_delete)

    log = commands.add_parser("log", help="log a contact with Klarna; prints its id")
    log.add_argument("id", help="the case")
    journal.add_interaction_fields(log, for_edit=False)
    log.add_argument("--promise", help="what Klarna promised in this contact")
    log.add_argument("--promise-due", dest="promise_due", help="by when, YYYY-MM-DD")
    _json(log).set_defaults(handler=journal.log)

    chat = commands.add_parser(
        "transcript", help="what a chat transcript says: agents, bot or human, transfers, refs")
    chat.add_argument("id", help="the case")
    chat.add_argument("file", help="a text file with the transcript")
    _json(chat).set_defaults(handler=transcript.show)

    interaction = commands.add_parser("interaction", help="edit or delete a logged contact")
    interaction_commands = interaction.add_subparsers(dest="interaction_command", metavar="ACTION",
                                                      parser_class=QuietParser)
    interaction_commands.required = True
    i_edit = interaction_commands.add_parser("edit", help="change some fields of a contact")
    i_edit.add_argument("id")
    journal.add_interaction_fields(i_edit, for_edit=True)
    _json(i_edit).set_defaults(handler=journal.edit)
    i_delete = interaction_commands.add_parser("delete", help="move a contact to the trash")
    i_delete.add_argument("id")
    _json(i_delete).set_defaults(handler=journal.delete)

    escalate = commands.add_parser("escalate", help="record a step on the escalation ladder")
    escalate.add_argument("id", help="the case")
    escalate.add_argument("--stage", required=True,
                          help="first-contact, follow-up, supervisor-requested, supervisor, "
                               "formal-complaint, internal-review, external-body, court, resolved")
    escalate.add_argument("--at", help="when (default: now)")
    escalate.add_argument("--ref", help="the reference of the step")
    escalate.add_argument("--body", help="who handles it, e.g. Complaints team, ARN")
    escalate.add_argument("--note")
    _json(escalate).set_defaults(handler=journal.escalate)

    promise = commands.add_parser("promise", help="record or settle a promise")
    promise_commands = promise.add_subparsers(dest="promise_command", metavar="ACTION",
                                              parser_class=QuietParser)
    promise_commands.required = True
    p_add = promise_commands.add_parser("add", help="record a promise; prints its id")
    p_add.add_argument("id", help="the case")
    p_add.add_argument("--text", required=True)
    p_add.add_argument("--due", help="YYYY-MM-DD")
    p_add.add_argument("--interaction", help="the contact in which it was made")
    _json(p_add).set_defaults(handler=journal.promise_add)
    p_settle = promise_commands.add_parser("settle", help="mark a promise kept or broken")
    p_settle.add_argument("id", help="the promise")
    state = p_settle.add_mutually_exclusive_group(required=True)
    state.add_argument("--kept", action="store_true")
    state.add_argument("--broken", action="store_true")
    p_settle.add_argument("--by", help="the contact that settled it")
    p_settle.add_argument("--note")
    _json(p_settle).set_defaults(handler=journal.promise_settle)

    attach = commands.add_parser("attach", help="attach a file as evidence; prints E-number, SHA-256")
    attach.add_argument("id", help="the case")
    attach.add_argument("file")
    attach.add_argument("--interaction", help="the contact it belongs to")
    attach.add_argument("--title")
    attach.add_argument("--date", help="the document's date, YYYY-MM-DD")
    _json(attach).set_defaults(handler=evidence.attach)

    mail_import = commands.add_parser(
        "email", help="import saved e-mails (.eml, Outlook .msg, mbox) as contacts with exhibits")
    mail_import.add_argument("id", help="the case")
    mail_import.add_argument("file", nargs="+", help=".eml, .msg or mbox files")
    mail_import.add_argument("--dry-run", dest="dry_run", action="store_true",
                             help="show what would be created; save nothing")
    mail_import.add_argument("--skip-refused", dest="skip_refused", action="store_true",
                             help="import the readable messages even when others are refused")
    mail_import.add_argument("--use-plan", dest="use_plan", action="store_true",
                             help="also replace the payment plan by the instalments the latest "
                                  "of these messages states (same transaction)")
    mail_import.add_argument("--lang", help=LANG_HELP)
    _json(mail_import).set_defaults(handler=mail.email)

    exhibit = commands.add_parser("exhibit", help="edit an exhibit or move it to the trash")
    exhibit_commands = exhibit.add_subparsers(dest="exhibit_command", metavar="ACTION",
                                              parser_class=QuietParser)
    exhibit_commands.required = True
    e_delete = exhibit_commands.add_parser("delete", help="move an exhibit to the trash")
    e_delete.add_argument("id", help="the exhibit's id (see case show --json)")
    _json(e_delete).set_defaults(handler=evidence.delete)
    e_edit = exhibit_commands.add_parser(
        "edit", help="change an exhibit's title, document date or contact (the file never changes)")
    e_edit.add_argument("id", help="the exhibit's id (see case show --json)")
    e_edit.add_argument("--title", help="a new title")
    e_edit.add_argument("--date", help="the document's date, YYYY-MM-DD; 'none' clears it")
    e_edit.add_argument("--interaction",
                        help="the id of the contact it belongs to; 'none' unlinks it")
    _json(e_edit).set_defaults(handler=evidence.edit)

    _plan_commands(commands)

    search = commands.add_parser("search", help="search every case")
    search.add_argument("text", nargs="+")
    _json(search).set_defaults(handler=lookup.search)

    trash = commands.add_parser("trash", help="list or restore deleted records")
    trash_commands = trash.add_subparsers(dest="trash_command", metavar="ACTION",
                                          parser_class=QuietParser)
    trash_commands.required = True
    _json(trash_commands.add_parser("list", help="what is in the trash")).set_defaults(
        handler=lookup.trash_list)
    restore = trash_commands.add_parser("restore", help="bring a record back")
    restore.add_argument("kind", help="case, interaction, promise, stage-change or evidence")
    restore.add_argument("id")
    _json(restore).set_defaults(handler=lookup.trash_restore)
    purge = trash_commands.add_parser(
        "purge", help="empty the trash for good (also the stored files no other exhibit uses)")
    purge.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    _json(purge).set_defaults(handler=lookup.trash_purge)

    hours = commands.add_parser("hours", help="is Klarna's phone or chat open now, and when next")
    hours.add_argument("--country", help="two-letter country code (default FR)")
    hours.add_argument("--at", help="at this date-time instead of now")
    hours.add_argument("--lang", help=LANG_HELP)
    _json(hours).set_defaults(handler=rules.hours)

    due = commands.add_parser("due", help="every open deadline of the open cases")
    due.add_argument("--all", action="store_true", help="also deadlines already met or missed")
    due.add_argument("--lang", help=LANG_HELP)
    _json(due).set_defaults(handler=deadlines.due)

    calendar = commands.add_parser("calendar", help="write deadlines to an .ics calendar file")
    calendar.add_argument("-o", "--output", required=True, help="the .ics file to write")
    calendar.add_argument("--case", help="only this case")
    calendar.add_argument("--lead", nargs="+",
                          help="reminder lead times in days (default 7 3 1, as in the app)")
    calendar.add_argument("--lang", help=LANG_HELP)
    _json(calendar).set_defaults(handler=deadlines.calendar)

    next_step = commands.add_parser("next", help="the suggested next escalation step and why")
    next_step.add_argument("id", help="the case")
    next_step.add_argument("--lang", help=LANG_HELP)
    _json(next_step).set_defaults(handler=deadlines.next_step)

    dossier = commands.add_parser("dossier", help="write the case's dossier PDF")
    dossier.add_argument("id", help="the case")
    dossier.add_argument("-o", "--output", required=True, help="the .pdf file to write")
    dossier.add_argument("--lang", help=LANG_HELP)
    dossier.add_argument("--redact", action="store_true",
                         help="mask e-mail addresses, phone numbers, IBANs, account numbers and "
                              "your own details")
    dossier.add_argument("--mask", action="append", help="also mask this text (repeatable)")
    dossier.add_argument("--no-exhibits", dest="no_exhibits", action="store_true",
                         help="leave out exhibit pages and embedded originals (the index stays)")
    dossier.add_argument("--from", dest="date_from", help="only events from this date")
    dossier.add_argument("--to", dest="date_to", help="only events up to this date")
    _json(dossier).set_defaults(handler=documents.dossier)

    check = commands.add_parser("checklist", help="what to complete before exporting a dossier")
    check.add_argument("id", help="the case")
    check.add_argument("--lang", help=LANG_HELP)
    _json(check).set_defaults(handler=documents.checklist)

    letter = commands.add_parser("letter", help="write a pre-filled letter (PDF or .txt)")
    letter.add_argument("id", help="the case")
    letter.add_argument("--kind", required=True,
                        help="formal-complaint, final-response-request, promise-chaser, "
                             "internal-review, data-access-request, external-body-cover")
    letter.add_argument("-o", "--output", required=True, help="a .pdf or .txt file")
    letter.add_argument("--lang", help=LANG_HELP)
    letter.add_argument("--promise", help="for a chaser: the promise to chase")
    letter.add_argument("--sent-at", dest="sent_at",
                        help="log the letter as sent at this time (its answer clock starts)")
    letter.add_argument("--channel", help="how it was sent with --sent-at: letter, email or "
                                          "chat (default: chat when your country's rules route "
                                          "it through customer service, else letter)")
    letter.add_argument("--tracking", help="with --sent-at: the registered letter's number")
    _json(letter).set_defaults(handler=documents.letter, quick_handler=documents.quick_letter)

    rule = commands.add_parser("rules", help="show, correct or reset hours, numbers and clocks")
    rule_commands = rule.add_subparsers(dest="rules_command", metavar="ACTION",
                                        parser_class=QuietParser)
    rule_commands.required = True
    r_show = rule_commands.add_parser("show", help="your corrections for a country")
    r_show.add_argument("--country")
    _json(r_show).set_defaults(handler=rules.rules_show)
    r_set = rule_commands.add_parser("set", help="correct one entry, e.g. channels.phone.hours")
    r_set.add_argument("key", help="see docs/rulepacks.md, e.g. channels.phone.hours")
    r_set.add_argument("value", help="e.g. 'Mo-Fr 08:00-18:00; PH off'")
    r_set.add_argument("--country")
    _json(r_set).set_defaults(handler=rules.rules_set)
    r_reset = rule_commands.add_parser("reset", help="go back to the shipped value")
    r_reset.add_argument("key")
    r_reset.add_argument("--country")
    _json(r_reset).set_defaults(handler=rules.rules_reset)
    _safety_commands(commands)
    return root


def _plan_commands(commands: argparse._SubParsersAction[QuietParser]) -> None:
    payment = commands.add_parser("plan", help="the purchase's instalments and the dispute pause")
    plan_commands = payment.add_subparsers(dest="plan_command", metavar="ACTION",
                                           parser_class=QuietParser)
    plan_commands.required = True
    p_show = plan_commands.add_parser("show", help="the instalments, the pause and its end")
    p_show.add_argument("id", help="the case")
    p_show.add_argument("--lang", help=LANG_HELP)
    _json(p_show).set_defaults(handler=plan.show)
    p_set = plan_commands.add_parser("set", help="make the schedule; record the pause")
    p_set.add_argument("id", help="the case")
    p_set.add_argument("--total", help="the amount of the purchase, e.g. 74,50")
    p_set.add_argument("--count", help="how many instalments, e.g. 3")
    p_set.add_argument("--first", help="the first due date, YYYY-MM-DD")
    p_set.add_argument("--every", help="1m (monthly, default), 14d, 2w...")
    p_set.add_argument("--paused-on", dest="paused_on",
                       help="the day the problem was reported in the Klarna app (default: the "
                            "case's first contact)")
    p_set.add_argument("--extended-until", dest="extended_until",
                       help="Klarna extended the pause until this date")
    p_set.add_argument("--clear-pause", dest="clear_pause", action="store_true",
                       help="forget the recorded pause dates")
    p_set.add_argument("--lang", help=LANG_HELP)
    _json(p_set).set_defaults(handler=plan.set_plan)
    for state, words in (("paid", "you paid instalment N"),
                         ("charged", "Klarna took instalment N (flagged when the dispute is open)"),
                         ("refunded", "instalment N was refunded"),
                         ("due", "instalment N is due again")):
        marking = plan_commands.add_parser(state, help=words)
        marking.add_argument("id", help="the case")
        marking.add_argument("number", help="the instalment's number (see plan show)")
        marking.add_argument("--on", help="when, YYYY-MM-DD (default today)")
        _json(marking).set_defaults(handler=plan.mark, state=state)


def _safety_commands(commands: argparse._SubParsersAction[QuietParser]) -> None:
    backup = commands.add_parser("backup", help="list, make or restore backups of the case file")
    backup_commands = backup.add_subparsers(dest="backup_command", metavar="ACTION",
                                            parser_class=QuietParser)
    backup_commands.required = True
    _json(backup_commands.add_parser("list", help="every backup, newest first")).set_defaults(
        folder_handler=safety.backup_list)
    _json(backup_commands.add_parser("create", help="back up now")).set_defaults(
        handler=safety.backup_create)
    b_restore = backup_commands.add_parser(
        "restore", help="put a backup back (the current file is backed up first)")
    b_restore.add_argument("name", help="a name shown by 'backup list'")
    _json(b_restore).set_defaults(folder_handler=safety.backup_restore)

    check = _json(commands.add_parser(
        "check", help="verify the case file, every evidence file and the audit log"))
    check.add_argument("--repair", action="store_true",
                       help="first remove leftovers of interrupted operations and evidence files "
                            "nothing refers to (never a file a record or a backup refers to)")
    check.add_argument("--accept-changes", action="store_true",
                       help="take the case file as it is now as the new reference after changes "
                            "made outside Case Keeper that you made yourself (noted in the audit "
                            "log; no record is changed)")
    check.set_defaults(handler=safety.check)
    export = commands.add_parser("export", help="write every case, or one, to a .zip archive")
    export.add_argument("-o", "--output", required=True, help="the .zip file to write")
    export.add_argument("--case", help="only this case")
    _json(export).set_defaults(handler=safety.export)
    importing = commands.add_parser("import", help="add the cases of a .zip archive")
    importing.add_argument("file", help="an archive written by 'export'")
    _json(importing).set_defaults(handler=safety.import_)
    salvage = commands.add_parser(
        "salvage", help="damaged case file: write every row that can still be read to a .zip")
    salvage.add_argument("-o", "--output", required=True, help="the .zip file to write")
    _json(salvage).set_defaults(folder_handler=safety.salvage)
    _reminder_commands(commands)


def _reminder_commands(commands: argparse._SubParsersAction[QuietParser]) -> None:
    notify = commands.add_parser(
        "notify", help="send what is due now as system notifications (run by the schedule)")
    notify.add_argument("--wait", type=float, default=600.0,
                        help="seconds to stay for a click on a notification (default 600)")
    notify.add_argument("--every", type=int, choices=range(1, 1441), metavar="MINUTES",
                        help="keep running and check again every MINUTES (the autostart entry)")
    _json(notify).set_defaults(folder_handler=reminders.notify, read_only_folder=True)
    background = commands.add_parser(
        "background", help="reminders while the app is closed: enable, disable or status")
    background_commands = background.add_subparsers(dest="background_command", metavar="ACTION",
                                                    parser_class=QuietParser)
    background_commands.required = True
    for name, handler, words in (
            ("enable", reminders.background_enable, "install the schedule (systemd timer, "
             "autostart entry, launchd agent or Task Scheduler task)"),
            ("disable", reminders.background_disable, "remove the schedule and its files"),
            ("status", reminders.background_status, "whether the schedule is installed")):
        _json(background_commands.add_parser(name, help=words)).set_defaults(
            folder_handler=handler, read_only_folder=True)
    remind = commands.add_parser("remind-open",
                                 help="be told when a channel opens: add, list or cancel")
    remind_commands = remind.add_subparsers(dest="remind_command", metavar="ACTION",
                                            parser_class=QuietParser)
    remind_commands.required = True
    add = remind_commands.add_parser("add", help="remind me when this case's channel opens")
    add.add_argument("id", help="the case")
    add.add_argument("--channel", default="phone", help="a channel id, e.g. phone (default)")
    _json(add).set_defaults(handler=reminders.remind_open_add)
    _json(remind_commands.add_parser("list", help="the waiting requests")).set_defaults(
        handler=reminders.remind_open_list)
    cancel = remind_commands.add_parser("cancel", help="cancel a waiting request")
    cancel.add_argument("request", help="its number, from 'remind-open list'")
    _json(cancel).set_defaults(handler=reminders.remind_open_cancel)


def _json(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--json", action="store_true", help="print JSON (see docs/cli.md)")
    return parser

