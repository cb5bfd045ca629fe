"""log | interaction edit | interaction delete | escalate | promise add | promise settle."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from casekeeper.cli.arguments import case_id, instant, optional_date, optional_minutes
from casekeeper.cli.choices import parse_choice
from casekeeper.cli.context import Context
from casekeeper.domain.enums import AgentKind, Channel, Direction, Outcome, Stage
from casekeeper.errors import InputError
from casekeeper.i18n import N_
from casekeeper.i18n.markers import Marked

_TEXT = {"agent": "agent_name", "ref": "reference", "summary": "summary",
         "transferred_to": "transferred_to", "tracking": "tracking_number",
         "number": "number_dialled", "subject": "email_subject"}


if TYPE_CHECKING:
    from casekeeper.domain.dto import InteractionInput


def add_interaction_fields(parser: argparse.ArgumentParser, *, for_edit: bool) -> None:
    """Options shared by ``log`` and ``interaction edit``."""
    parser.add_argument("--channel", required=not for_edit,
                        help=", ".join(c.value for c in Channel))
    parser.add_argument("--at", help=N_("when, e.g. 2026-10-02T14:05+02:00 (default: now, local zone)"))
    parser.add_argument("--direction", help=N_("to (you contacted Klarna) or from (Klarna contacted you)"))
    parser.add_argument("--agent", help=N_("the agent's name as given"))
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--bot", action="store_true", help=N_("you were answered by a bot"))
    kind.add_argument("--human", action="store_true", help=N_("you were answered by a person"))
    parser.add_argument("--asked-for-human", dest="asked_for_human", action="store_true",
                        default=None, help=N_("you asked to speak to a person"))
    parser.add_argument("--asked-for-supervisor", dest="asked_for_supervisor", action="store_true",
                        default=None, help=N_("you asked for a supervisor"))
    parser.add_argument("--transferred-to", dest="transferred_to", help=N_("who you were passed to"))
    parser.add_argument("--ref", help=N_("the reference number you were given"))
    parser.add_argument("--summary", help=N_("what was said"))
    parser.add_argument("--transcript-file", dest="transcript_file",
                        help=N_("a text file with the chat transcript"))
    parser.add_argument("--from-transcript", dest="from_transcript", action="store_true",
                        help=N_("take the agent, bot or human, asking for a human, the transfer and "
                             "the references found in --transcript-file for the options not given "
                             "(see 'transcript ID FILE' first)"))
    parser.add_argument("--outcome", help=", ".join(o.value for o in Outcome))
    parser.add_argument("--wait-minutes", dest="wait_minutes", help=N_("minutes spent waiting"))
    parser.add_argument("--call-minutes", dest="call_minutes", help=N_("minutes of the call"))
    parser.add_argument("--number", help=N_("the number you dialled"))
    parser.add_argument("--tracking", help=N_("the letter's tracking number"))
    parser.add_argument("--subject", help=N_("the e-mail's subject"))
    parser.add_argument("--respond-by", dest="respond_by",
                        help=N_("the date a letter to you asks you to answer or pay by (a debt "
                             "collector's deadline), YYYY-MM-DD; 'none' clears it"))


def _apply(base: InteractionInput, args: argparse.Namespace, ctx: Context) -> InteractionInput:
    changes: dict[str, Any] = {}
    if args.channel is not None:
        changes["channel"] = parse_choice(Channel, args.channel, "--channel")
    if args.at is not None:
        changes["occurred_at"], changes["zone"] = instant(args.at, ctx.workspace.clock)
    if args.direction is not None:
        changes["direction"] = parse_choice(Direction, args.direction, "--direction")
    if args.bot or args.human:
        changes["agent_kind"] = AgentKind.BOT if args.bot else AgentKind.HUMAN
    if args.asked_for_human:
        changes["asked_for_human"] = True
    if args.asked_for_supervisor:
        changes["asked_for_supervisor"] = True
    for option, field in _TEXT.items():
        if getattr(args, option) is not None:
            changes[field] = getattr(args, option)
    if args.transcript_file is not None:
        changes["transcript"] = read_transcript_file(args.transcript_file)
    if args.from_transcript:
        if args.transcript_file is None:
            raise InputError("--from-transcript", "", Marked(N_("give --transcript-file FILE with it")))
        changes = {**_found_in(ctx, changes["transcript"], args), **changes}
    if args.outcome is not None:
        changes["outcome"] = parse_choice(Outcome, args.outcome, "--outcome")
    if args.respond_by is not None:
        changes["respond_by"] = (None if args.respond_by.strip().lower() == "none"
                                 else optional_date(args.respond_by, "--respond-by"))
    if args.wait_minutes is not None:
        changes["wait_minutes"] = optional_minutes(args.wait_minutes, "--wait-minutes")
    if args.call_minutes is not None:
        changes["call_minutes"] = optional_minutes(args.call_minutes, "--call-minutes")
    return replace(base, **changes)


def _found_in(ctx: Context, text: str, args: argparse.Namespace) -> dict[str, Any]:
    """The fields a transcript offers, for the options the person did not give."""
    found = ctx.workspace.mail.chat_findings(_case_of(ctx, args), text)
    offered: dict[str, Any] = {}
    if not found.recognised:
        return offered
    if found.agent_name and args.agent is None:
        offered["agent_name"] = found.agent_name
    if not (args.bot or args.human):
        offered["agent_kind"] = found.agent_kind
    if found.asked_for_human and not args.asked_for_human:
        offered["asked_for_human"] = True
    if found.transferred_to and args.transferred_to is None:
        offered["transferred_to"] = found.transferred_to
    if found.references and args.ref is None:
        offered["reference"] = ", ".join(found.references)
    return offered


def _case_of(ctx: Context, args: argparse.Namespace) -> int:
    if getattr(args, "interaction_command", None) == "edit":
        return ctx.workspace.journal.interaction(case_id(args.id, "interaction")).case_id
    return case_id(args.id)


def log(ctx: Context) -> int:
    """Log a contact (and a promise made in it); print its id."""
    from casekeeper.domain.dto import InteractionInput, PromiseInput

    args = ctx.args
    ident = case_id(args.id)
    when, zone = instant(args.at, ctx.workspace.clock)
    promise = None
    if args.promise_due is not None and args.promise is None:
        raise InputError("--promise-due", args.promise_due, Marked(N_("give --promise TEXT with it")))
    if args.promise is not None:
        promise = PromiseInput(text=args.promise, due_date=optional_date(args.promise_due, "--promise-due"))
    base = InteractionInput(
        occurred_at=when,
        zone=zone,
        channel=Channel.OTHER,
        outcome=Outcome.PROMISE if promise else Outcome.PENDING,
    )
    data = _apply(base, args, ctx)
    new_id = ctx.workspace.journal.log(ident, data, promise)
    ctx.out.emit(str(new_id), {"id": new_id})
    return 0


def edit(ctx: Context) -> int:
    """Change the given fields of a contact."""
    ident = case_id(ctx.args.id, "interaction")
    current = ctx.workspace.journal.interaction(ident).as_input()
    ctx.workspace.journal.edit(ident, _apply(current, ctx.args, ctx))
    ctx.out.emit(ctx.out.tr.gettext("Interaction {id} saved.").format(id=ident), {"id": ident})
    return 0


def delete(ctx: Context) -> int:
    """Move a contact to the trash."""
    ident = case_id(ctx.args.id, "interaction")
    ctx.workspace.journal.delete(ident)
    ctx.out.emit(
        ctx.out.tr.gettext(
            "Interaction {id} moved to the trash (restore: casekeeper-cli trash restore interaction {id})."
        ).format(id=ident),
        {"id": ident, "trashed": True},
    )
    return 0


def escalate(ctx: Context) -> int:
    """Record a step on the escalation ladder; print its id."""
    from casekeeper.domain.dto import StageInput

    args = ctx.args
    ident = case_id(args.id)
    when, zone = instant(args.at, ctx.workspace.clock)
    data = StageInput(stage=parse_choice(Stage, args.stage, "--stage"), occurred_at=when, zone=zone,
                      reference=args.ref or "", body=args.body or "", note=args.note or "")
    new_id = ctx.workspace.journal.record_stage(ident, data)
    ctx.out.emit(str(new_id), {"id": new_id})
    return 0


def promise_add(ctx: Context) -> int:
    """Record a promise; print its id."""
    from casekeeper.domain.dto import PromiseInput

    args = ctx.args
    interaction = case_id(args.interaction, "--interaction") if args.interaction else None
    data = PromiseInput(text=args.text, due_date=optional_date(args.due, "--due"),
                        interaction_id=interaction)
    new_id = ctx.workspace.journal.add_promise(case_id(args.id), data)
    ctx.out.emit(str(new_id), {"id": new_id})
    return 0


def promise_settle(ctx: Context) -> int:
    """Mark a promise kept or broken."""
    args = ctx.args
    ident = case_id(args.id, "promise")
    by = case_id(args.by, "--by") if args.by else None
    ctx.workspace.journal.settle_promise(ident, kept=args.kept, by_interaction=by,
                                         note=args.note or "")
    state = "kept" if args.kept else "broken"
    said = (
        ctx.out.tr.gettext("Promise {id} marked kept.")
        if args.kept
        else ctx.out.tr.gettext("Promise {id} marked broken.")
    )
    ctx.out.emit(said.format(id=ident), {"id": ident, "state": state})
    return 0


def read_transcript_file(name: str) -> str:
    """A transcript file, read with a limit (a FIFO, a device or a huge file is refused)."""
    from pathlib import Path

    from casekeeper.domain.values import LONG_TEXT_MAX
    from casekeeper.services.files import read_limited

    data = read_limited(Path(name), 4 * LONG_TEXT_MAX, "--transcript-file")
    return data.decode("utf-8", errors="replace")
