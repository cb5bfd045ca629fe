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
from casekeeper.i18n import Language, Translator, translator
from casekeeper.i18n.markers import N_, Marked

LANG_HELP = N_("en, fr, de or sv (default: the language of the system locale)")


class UsageError(KnownError):
    """The command line itself is malformed (unknown command or option, missing value)."""


class QuietParser(argparse.ArgumentParser):
    """An ArgumentParser that reports a mistake in one line instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(Marked(N_("{program}: {problem}; see '{program} --help'"),
                                program=self.prog, problem=message))


# What each option's or positional's value is, in the help of a language other than English (whose
# help keeps argparse's own names: --title TITLE); option names, commands and values never change.
_VALUE_WORDS = {
    **dict.fromkeys(("id", "case", "interaction", "by", "request", "number"), N_("NUMBER")),
    **dict.fromkeys(("account", "tracking", "ref", "order_ref", "klarna_ref"), N_("REFERENCE")),
    **dict.fromkeys(("title", "text", "note", "notes", "summary", "subject", "problem_text", "remedy",
                     "mask", "value", "transferred_to"), N_("TEXT")),
    **dict.fromkeys(("merchant", "agent", "body", "company", "name"), N_("NAME")),
    **dict.fromkeys(("address", "email"), N_("ADDRESS")),
    **dict.fromkeys(("amount", "total"), N_("AMOUNT")),
    **dict.fromkeys(("at", "sent_at"), N_("DATE-TIME")),
    **dict.fromkeys(("date", "due", "promise_due", "purchase_date", "date_from", "date_to", "first",
                     "paused_on", "extended_until", "respond_by", "on"), N_("DATE")),
    **dict.fromkeys(("country", "currency"), N_("CODE")),
    **dict.fromkeys(("file", "output", "transcript_file"), N_("FILE")),
    **dict.fromkeys(("wait_minutes", "call_minutes"), N_("MINUTES")),
    **dict.fromkeys(("channel", "direction", "product", "problem", "stage", "status", "kind", "every"),
                    N_("VALUE")),
    "data_dir": N_("FOLDER"),
    "lang": N_("LANGUAGE"),
    "zone": N_("TIME-ZONE"),
    "lead": N_("DAYS"),
    "wait": N_("SECONDS"),
    "count": N_("COUNT"),
    "outcome": N_("OUTCOME"),  # in words (case close) or one of the outcomes (log)
    "promise": N_("PROMISE"),  # what was promised (log) or which promise (letter)
    "key": N_("KEY"),
}


def build_parser(language: Language = "en") -> argparse.ArgumentParser:
    """The whole grammar, its help in ``language`` (argparse's own words follow while
    :func:`casekeeper.cli.argparse_language.argparse_speaks` is in force)."""
    root = _grammar()
    if language != "en":
        _speak(root, translator(language))
    return root


def _speak(parser: argparse.ArgumentParser, tr: Translator) -> None:
    """Translate the help of ``parser`` and of every command under it, in place."""
    if parser.description:
        parser.description = tr.gettext(parser.description)
    for group in parser._action_groups:
        if group.title:
            group.title = tr.gettext(group.title)
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            action.help = tr.gettext(action.help)
        if isinstance(action, argparse._SubParsersAction):
            action.metavar = tr.gettext(str(action.metavar))
            for choice in action._choices_actions:
                if choice.help:
                    choice.help = tr.gettext(choice.help)
            for sub in action.choices.values():
                _speak(sub, tr)
        elif isinstance(action.metavar, str):
            action.metavar = tr.gettext(action.metavar)
        elif action.nargs != 0 and action.dest in _VALUE_WORDS:
            action.metavar = tr.gettext(_VALUE_WORDS[action.dest])


def _grammar() -> argparse.ArgumentParser:
    """The whole grammar, in English."""
    root = QuietParser(
        prog="casekeeper-cli",
        description=N_("Record your dispute with Klarna: cases, contacts, promises, escalation, "
                    "evidence. Data stays on this computer."))
    root.add_argument("--version", action="version", version=f"casekeeper-cli {__version__}",
                      help=N_("show program's version number and exit"))
    root.add_argument("--data-dir", dest="data_dir",
                      help=N_("use this data folder (default: CASEKEEPER_DATA_DIR or your user folder)"))
    # also before the command, for its help; a command's own --lang (default: not given) wins
    root.add_argument("--lang", help=LANG_HELP)
    commands = root.add_subparsers(dest="command", metavar=N_("COMMAND"), parser_class=QuietParser)
    commands.required = True

    case = commands.add_parser("case", help=N_("open, list, show, edit, close, reopen and delete cases"))
    case_commands = case.add_subparsers(dest="case_command", metavar=N_("ACTION"),
                                        parser_class=QuietParser)
    case_commands.required = True
    add = case_commands.add_parser("add", help=N_("open a case; prints its id"))
    cases.add_case_fields(add, required_title=True)
    _json(add).set_defaults(handler=cases.add)
    listing = case_commands.add_parser("list", help=N_("every case"))
    listing.add_argument("--status", action="append", help=N_("open, resolved or closed-unresolved"))
    _json(listing).set_defaults(handler=cases.list_cases, quick_handler=cases.quick_list)
    show = case_commands.add_parser("show", help=N_("a whole case"))
    show.add_argument("id")
    _json(show).set_defaults(handler=cases.show)
    edit = case_commands.add_parser("edit", help=N_("change some fields of a case"))
    edit.add_argument("id")
    cases.add_case_fields(edit, required_title=False)
    _json(edit).set_defaults(handler=cases.edit)
    close = case_commands.add_parser("close", help=N_("close a case with its outcome"))
    close.add_argument("id")
    close.add_argument("--outcome", required=True, help=N_("how it ended, in words"))
    close.add_argument("--resolved", action="store_true", help=N_("the dispute was resolved"))
    _json(close).set_defaults(handler=cases.close)
    reopen = case_commands.add_parser("reopen", help=N_("reopen a closed case"))
    reopen.add_argument("id")
    _json(reopen).set_defaults(handler=cases.reopen)
    delete = case_commands.add_parser(
        "delete", help=N_("move a case, with everything it holds, to the trash (restorable)"))
    delete.add_argument("id")
    _json(delete).set_defaults(handler=lookup.case_delete)

    log = commands.add_parser("log", help=N_("log a contact with Klarna; prints its id"))
    log.add_argument("id", help=N_("the case"))
    journal.add_interaction_fields(log, for_edit=False)
    log.add_argument("--promise", help=N_("what Klarna promised in this contact"))
    log.add_argument("--promise-due", dest="promise_due", help=N_("by when, YYYY-MM-DD"))
    _json(log).set_defaults(handler=journal.log)

    chat = commands.add_parser(
        "transcript", help=N_("what a chat transcript says: agents, bot or human, transfers, refs"))
    chat.add_argument("id", help=N_("the case"))
    chat.add_argument("file", help=N_("a text file with the transcript"))
    _json(chat).set_defaults(handler=transcript.show)

    interaction = commands.add_parser("interaction", help=N_("edit or delete a logged contact"))
    interaction_commands = interaction.add_subparsers(dest="interaction_command", metavar=N_("ACTION"),
                                                      parser_class=QuietParser)
    interaction_commands.required = True
    i_edit = interaction_commands.add_parser("edit", help=N_("change some fields of a contact"))
    i_edit.add_argument("id")
    journal.add_interaction_fields(i_edit, for_edit=True)
    _json(i_edit).set_defaults(handler=journal.edit)
    i_delete = interaction_commands.add_parser("delete", help=N_("move a contact to the trash"))
    i_delete.add_argument("id")
    _json(i_delete).set_defaults(handler=journal.delete)

    escalate = commands.add_parser("escalate", help=N_("record a step on the escalation ladder"))
    escalate.add_argument("id", help=N_("the case"))
    escalate.add_argument("--stage", required=True,
                          help="first-contact, follow-up, supervisor-requested, supervisor, "
                               "formal-complaint, internal-review, external-body, court, resolved")
    escalate.add_argument("--at", help=N_("when (default: now)"))
    escalate.add_argument("--ref", help=N_("the reference of the step"))
    escalate.add_argument("--body", help=N_("who handles it, e.g. Complaints team, ARN"))
    escalate.add_argument("--note")
    _json(escalate).set_defaults(handler=journal.escalate)

    promise = commands.add_parser("promise", help=N_("record or settle a promise"))
    promise_commands = promise.add_subparsers(dest="promise_command", metavar=N_("ACTION"),
                                              parser_class=QuietParser)
    promise_commands.required = True
    p_add = promise_commands.add_parser("add", help=N_("record a promise; prints its id"))
    p_add.add_argument("id", help=N_("the case"))
    p_add.add_argument("--text", required=True)
    p_add.add_argument("--due", help=N_("YYYY-MM-DD"))
    p_add.add_argument("--interaction", help=N_("the contact in which it was made"))
    _json(p_add).set_defaults(handler=journal.promise_add)
    p_settle = promise_commands.add_parser("settle", help=N_("mark a promise kept or broken"))
    p_settle.add_argument("id", help=N_("the promise"))
    state = p_settle.add_mutually_exclusive_group(required=True)
    state.add_argument("--kept", action="store_true")
    state.add_argument("--broken", action="store_true")
    p_settle.add_argument("--by", help=N_("the contact that settled it"))
    p_settle.add_argument("--note")
    _json(p_settle).set_defaults(handler=journal.promise_settle)

    attach = commands.add_parser("attach", help=N_("attach a file as evidence; prints E-number, SHA-256"))
    attach.add_argument("id", help=N_("the case"))
    attach.add_argument("file")
    attach.add_argument("--interaction", help=N_("the contact it belongs to"))
    attach.add_argument("--title")
    attach.add_argument("--date", help=N_("the document's date, YYYY-MM-DD"))
    _json(attach).set_defaults(handler=evidence.attach)

    mail_import = commands.add_parser(
        "email", help=N_("import saved e-mails (.eml, Outlook .msg, mbox) as contacts with exhibits"))
    mail_import.add_argument("id", help=N_("the case"))
    mail_import.add_argument("file", nargs="+", help=N_(".eml, .msg or mbox files"))
    mail_import.add_argument("--dry-run", dest="dry_run", action="store_true",
                             help=N_("show what would be created; save nothing"))
    mail_import.add_argument("--skip-refused", dest="skip_refused", action="store_true",
                             help=N_("import the readable messages even when others are refused"))
    mail_import.add_argument("--use-plan", dest="use_plan", action="store_true",
                             help=N_("also replace the payment plan by the instalments the latest "
                                  "of these messages states (same transaction)"))
    mail_import.add_argument("--lang", help=LANG_HELP, default=argparse.SUPPRESS)
    _json(mail_import).set_defaults(handler=mail.email)

    exhibit = commands.add_parser("exhibit", help=N_("edit an exhibit or move it to the trash"))
    exhibit_commands = exhibit.add_subparsers(dest="exhibit_command", metavar=N_("ACTION"),
                                              parser_class=QuietParser)
    exhibit_commands.required = True
    e_delete = exhibit_commands.add_parser("delete", help=N_("move an exhibit to the trash"))
    e_delete.add_argument("id", help=N_("the exhibit's id (see case show --json)"))
    _json(e_delete).set_defaults(handler=evidence.delete)
    e_edit = exhibit_commands.add_parser(
        "edit", help=N_("change an exhibit's title, document date or contact (the file never changes)"))
    e_edit.add_argument("id", help=N_("the exhibit's id (see case show --json)"))
    e_edit.add_argument("--title", help=N_("a new title"))
    e_edit.add_argument("--date", help=N_("the document's date, YYYY-MM-DD; 'none' clears it"))
    e_edit.add_argument("--interaction",
                        help=N_("the id of the contact it belongs to; 'none' unlinks it"))
    _json(e_edit).set_defaults(handler=evidence.edit)

    _plan_commands(commands)

    search = commands.add_parser("search", help=N_("search every case"))
    search.add_argument("text", nargs="+")
    _json(search).set_defaults(handler=lookup.search)

    trash = commands.add_parser("trash", help=N_("list or restore deleted records"))
    trash_commands = trash.add_subparsers(dest="trash_command", metavar=N_("ACTION"),
                                          parser_class=QuietParser)
    trash_commands.required = True
    _json(trash_commands.add_parser("list", help=N_("what is in the trash"))).set_defaults(
        handler=lookup.trash_list)
    restore = trash_commands.add_parser("restore", help=N_("bring a record back"))
    restore.add_argument("kind", help="case, interaction, promise, stage-change, evidence")
    restore.add_argument("id")
    _json(restore).set_defaults(handler=lookup.trash_restore)
    purge = trash_commands.add_parser(
        "purge", help=N_("empty the trash for good (also the stored files no other exhibit uses)"))
    purge.add_argument("--yes", action="store_true", help=N_("do not ask for confirmation"))
    _json(purge).set_defaults(handler=lookup.trash_purge)

    hours = commands.add_parser("hours", help=N_("is Klarna's phone or chat open now, and when next"))
    hours.add_argument("--country", help=N_("two-letter country code (default FR)"))
    hours.add_argument("--at", help=N_("at this date-time instead of now"))
    hours.add_argument("--lang", help=LANG_HELP, default=argparse.SUPPRESS)
    _json(hours).set_defaults(handler=rules.hours)

    due = commands.add_parser("due", help=N_("every open deadline of the open cases"))
    due.add_argument("--all", action="store_true", help=N_("also deadlines already met or missed"))
    due.add_argument("--lang", help=LANG_HELP, default=argparse.SUPPRESS)
    _json(due).set_defaults(handler=deadlines.due)

    calendar = commands.add_parser("calendar", help=N_("write deadlines to an .ics calendar file"))
    calendar.add_argument("-o", "--output", required=True, help=N_("the .ics file to write"))
    calendar.add_argument("--case", help=N_("only this case"))
    calendar.add_argument("--lead", nargs="+",
                          help=N_("reminder lead times in days (default 7 3 1, as in the app)"))
    calendar.add_argument("--lang", help=LANG_HELP, default=argparse.SUPPRESS)
    _json(calendar).set_defaults(handler=deadlines.calendar)

    next_step = commands.add_parser("next", help=N_("the suggested next escalation step and why"))
    next_step.add_argument("id", help=N_("the case"))
    next_step.add_argument("--lang", help=LANG_HELP, default=argparse.SUPPRESS)
    _json(next_step).set_defaults(handler=deadlines.next_step)

    dossier = commands.add_parser("dossier", help=N_("write the case's dossier PDF"))
    dossier.add_argument("id", help=N_("the case"))
    dossier.add_argument("-o", "--output", required=True, help=N_("the .pdf file to write"))
    dossier.add_argument("--lang", help=LANG_HELP, default=argparse.SUPPRESS)
    dossier.add_argument("--redact", action="store_true",
                         help=N_("mask e-mail addresses, phone numbers, IBANs, account numbers and "
                              "your own details"))
    dossier.add_argument("--mask", action="append", help=N_("also mask this text (repeatable)"))
    dossier.add_argument("--no-exhibits", dest="no_exhibits", action="store_true",
                         help=N_("leave out exhibit pages and embedded originals (the index stays)"))
    dossier.add_argument("--from", dest="date_from", help=N_("only events from this date"))
    dossier.add_argument("--to", dest="date_to", help=N_("only events up to this date"))
    _json(dossier).set_defaults(handler=documents.dossier)

    check = commands.add_parser("checklist", help=N_("what to complete before exporting a dossier"))
    check.add_argument("id", help=N_("the case"))
    check.add_argument("--lang", help=LANG_HELP, default=argparse.SUPPRESS)
    _json(check).set_defaults(handler=documents.checklist)

    letter = commands.add_parser("letter", help=N_("write a pre-filled letter (PDF or .txt)"))
    letter.add_argument("id", help=N_("the case"))
    letter.add_argument("--kind", required=True,
                        help="formal-complaint, final-response-request, promise-chaser, "
                             "internal-review, data-access-request, external-body-cover")
    letter.add_argument("-o", "--output", required=True, help=N_("a .pdf or .txt file"))
    letter.add_argument("--lang", help=LANG_HELP, default=argparse.SUPPRESS)
    letter.add_argument("--promise", help=N_("for a chaser: the promise to chase"))
    letter.add_argument("--sent-at", dest="sent_at",
                        help=N_("log the letter as sent at this time (its answer clock starts)"))
    letter.add_argument("--channel", help=N_("how it was sent with --sent-at: letter, email or "
                                          "chat (default: chat when your country's rules route "
                                          "it through customer service, else letter)"))
    letter.add_argument("--tracking", help=N_("with --sent-at: the registered letter's number"))
    _json(letter).set_defaults(handler=documents.letter, quick_handler=documents.quick_letter)

    rule = commands.add_parser("rules", help=N_("show, correct or reset hours, numbers and clocks"))
    rule_commands = rule.add_subparsers(dest="rules_command", metavar=N_("ACTION"),
                                        parser_class=QuietParser)
    rule_commands.required = True
    r_show = rule_commands.add_parser("show", help=N_("your corrections for a country"))
    r_show.add_argument("--country")
    _json(r_show).set_defaults(handler=rules.rules_show)
    r_set = rule_commands.add_parser("set", help=N_("correct one entry, e.g. channels.phone.hours"))
    r_set.add_argument("key", help=N_("see docs/rulepacks.md, e.g. channels.phone.hours"))
    r_set.add_argument("value", help=N_("e.g. 'Mo-Fr 08:00-18:00; PH off'"))
    r_set.add_argument("--country")
    _json(r_set).set_defaults(handler=rules.rules_set)
    r_reset = rule_commands.add_parser("reset", help=N_("go back to the shipped value"))
    r_reset.add_argument("key")
    r_reset.add_argument("--country")
    _json(r_reset).set_defaults(handler=rules.rules_reset)
    _safety_commands(commands)
    return root


def _plan_commands(commands: argparse._SubParsersAction[QuietParser]) -> None:
    payment = commands.add_parser("plan", help=N_("the purchase's instalments and the dispute pause"))
    plan_commands = payment.add_subparsers(dest="plan_command", metavar=N_("ACTION"),
                                           parser_class=QuietParser)
    plan_commands.required = True
    p_show = plan_commands.add_parser("show", help=N_("the instalments, the pause and its end"))
    p_show.add_argument("id", help=N_("the case"))
    p_show.add_argument("--lang", help=LANG_HELP, default=argparse.SUPPRESS)
    _json(p_show).set_defaults(handler=plan.show)
    p_set = plan_commands.add_parser("set", help=N_("make the schedule; record the pause"))
    p_set.add_argument("id", help=N_("the case"))
    p_set.add_argument("--total", help=N_("the amount of the purchase, e.g. 74,50"))
    p_set.add_argument("--count", help=N_("how many instalments, e.g. 3"))
    p_set.add_argument("--first", help=N_("the first due date, YYYY-MM-DD"))
    p_set.add_argument("--every", help=N_("1m (monthly, default), 14d, 2w..."))
    p_set.add_argument("--paused-on", dest="paused_on",
                       help=N_("the day the problem was reported in the Klarna app (default: the "
                            "case's first contact)"))
    p_set.add_argument("--extended-until", dest="extended_until",
                       help=N_("Klarna extended the pause until this date"))
    p_set.add_argument("--clear-pause", dest="clear_pause", action="store_true",
                       help=N_("forget the recorded pause dates"))
    p_set.add_argument("--lang", help=LANG_HELP, default=argparse.SUPPRESS)
    _json(p_set).set_defaults(handler=plan.set_plan)
    for state, words in (("paid", N_("you paid instalment N")),
                         ("charged", N_("Klarna took instalment N (flagged when the dispute is open)")),
                         ("refunded", N_("instalment N was refunded")),
                         ("due", N_("instalment N is due again"))):
        marking = plan_commands.add_parser(state, help=words)
        marking.add_argument("id", help=N_("the case"))
        marking.add_argument("number", help=N_("the instalment's number (see plan show)"))
        marking.add_argument("--on", help=N_("when, YYYY-MM-DD (default today)"))
        _json(marking).set_defaults(handler=plan.mark, state=state)


def _safety_commands(commands: argparse._SubParsersAction[QuietParser]) -> None:
    backup = commands.add_parser("backup", help=N_("list, make or restore backups of the case file"))
    backup_commands = backup.add_subparsers(dest="backup_command", metavar=N_("ACTION"),
                                            parser_class=QuietParser)
    backup_commands.required = True
    _json(backup_commands.add_parser("list", help=N_("every backup, newest first"))).set_defaults(
        folder_handler=safety.backup_list)
    _json(backup_commands.add_parser("create", help=N_("back up now"))).set_defaults(
        handler=safety.backup_create)
    b_restore = backup_commands.add_parser(
        "restore", help=N_("put a backup back (the current file is backed up first)"))
    b_restore.add_argument("name", help=N_("a name shown by 'backup list'"))
    _json(b_restore).set_defaults(folder_handler=safety.backup_restore)

    check = _json(commands.add_parser(
        "check", help=N_("verify the case file, every evidence file and the audit log")))
    check.add_argument("--repair", action="store_true",
                       help=N_("first remove leftovers of interrupted operations and evidence files "
                            "nothing refers to (never a file a record or a backup refers to)"))
    check.add_argument("--accept-changes", action="store_true",
                       help=N_("take the case file as it is now as the new reference after changes "
                            "made outside Case Keeper that you made yourself (noted in the audit "
                            "log; no record is changed)"))
    check.set_defaults(handler=safety.check)
    export = commands.add_parser("export", help=N_("write every case, or one, to a .zip archive"))
    export.add_argument("-o", "--output", required=True, help=N_("the .zip file to write"))
    export.add_argument("--case", help=N_("only this case"))
    _json(export).set_defaults(handler=safety.export)
    importing = commands.add_parser("import", help=N_("add the cases of a .zip archive"))
    importing.add_argument("file", help=N_("an archive written by 'export'"))
    _json(importing).set_defaults(handler=safety.import_)
    salvage = commands.add_parser(
        "salvage", help=N_("damaged case file: write every row that can still be read to a .zip"))
    salvage.add_argument("-o", "--output", required=True, help=N_("the .zip file to write"))
    _json(salvage).set_defaults(folder_handler=safety.salvage)
    _reminder_commands(commands)


def _reminder_commands(commands: argparse._SubParsersAction[QuietParser]) -> None:
    notify = commands.add_parser(
        "notify", help=N_("send what is due now as system notifications (run by the schedule)"))
    notify.add_argument("--wait", type=float, default=600.0,
                        help=N_("seconds to stay for a click on a notification (default 600)"))
    notify.add_argument("--every", type=int, choices=range(1, 1441), metavar=N_("MINUTES"),
                        help=N_("keep running and check again every MINUTES (the autostart entry)"))
    _json(notify).set_defaults(folder_handler=reminders.notify, read_only_folder=True)
    background = commands.add_parser(
        "background", help=N_("reminders while the app is closed: enable, disable or status"))
    background_commands = background.add_subparsers(dest="background_command", metavar=N_("ACTION"),
                                                    parser_class=QuietParser)
    background_commands.required = True
    for name, handler, words in (
            ("enable", reminders.background_enable, N_("install the schedule (systemd timer, "
             "autostart entry, launchd agent or Task Scheduler task)")),
            ("disable", reminders.background_disable, N_("remove the schedule and its files")),
            ("status", reminders.background_status, N_("whether the schedule is installed"))):
        _json(background_commands.add_parser(name, help=words)).set_defaults(
            folder_handler=handler, read_only_folder=True)
    remind = commands.add_parser("remind-open",
                                 help=N_("be told when a channel opens: add, list or cancel"))
    remind_commands = remind.add_subparsers(dest="remind_command", metavar=N_("ACTION"),
                                            parser_class=QuietParser)
    remind_commands.required = True
    add = remind_commands.add_parser("add", help=N_("remind me when this case's channel opens"))
    add.add_argument("id", help=N_("the case"))
    add.add_argument("--channel", default="phone", help=N_("a channel id, e.g. phone (default)"))
    _json(add).set_defaults(handler=reminders.remind_open_add)
    _json(remind_commands.add_parser("list", help=N_("the waiting requests"))).set_defaults(
        handler=reminders.remind_open_list)
    cancel = remind_commands.add_parser("cancel", help=N_("cancel a waiting request"))
    cancel.add_argument("request", help=N_("its number, from 'remind-open list'"))
    _json(cancel).set_defaults(handler=reminders.remind_open_cancel)


def _json(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``--json`` and, for the human-readable output and the messages, ``--lang``."""
    parser.add_argument("--json", action="store_true", help=N_("print JSON (see docs/cli.md)"))
    if "--lang" not in parser._option_string_actions:
        parser.add_argument("--lang", help=LANG_HELP, default=argparse.SUPPRESS)
    return parser

