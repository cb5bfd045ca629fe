"""case add | list | show | edit | close | reopen."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from casekeeper.cli import json_views, text_views
from casekeeper.cli.arguments import case_id, optional_amount, optional_date
from casekeeper.cli.choices import parse_choice
from casekeeper.cli.context import Context, FolderContext, Output
from casekeeper.domain.enums import CaseStatus, ProblemCategory, Product
from casekeeper.i18n import N_
from casekeeper.services import quick_reads

if TYPE_CHECKING:
    from casekeeper.domain.case_summary import CaseSummary
    from casekeeper.domain.dto import CaseInput

_TEXT_FIELDS = {"title": "title", "merchant": "merchant", "order_ref": "order_ref",
                "klarna_ref": "klarna_ref", "remedy": "remedy", "notes": "notes",
                "problem_text": "problem_text", "company": "company", "name": "consumer_name",
                "email": "consumer_email", "address": "consumer_address",
                "account": "klarna_account", "country": "country", "currency": "currency",
                "zone": "display_zone"}


def add_case_fields(parser: argparse.ArgumentParser, *, required_title: bool) -> None:
    """The options shared by ``case add`` and ``case edit``."""
    parser.add_argument("--title", required=required_title, help=N_("a short title for the dispute"))
    parser.add_argument("--merchant", help=N_("the shop you bought from"))
    parser.add_argument("--order-ref", dest="order_ref", help=N_("the shop's order number"))
    parser.add_argument("--klarna-ref", dest="klarna_ref", help=N_("Klarna's reference"))
    parser.add_argument("--amount", help=N_("the disputed amount, e.g. 129.99 or 129,99"))
    parser.add_argument("--currency", help=N_("ISO code, e.g. EUR (default EUR with an amount)"))
    parser.add_argument("--purchase-date", dest="purchase_date", help=N_("YYYY-MM-DD"))
    parser.add_argument("--country", help=N_("two-letter country code (default FR)"))
    parser.add_argument("--product", help=", ".join(p.value for p in Product))
    parser.add_argument("--problem", help=", ".join(p.value for p in ProblemCategory))
    parser.add_argument("--problem-text", dest="problem_text", help=N_("what went wrong, in words"))
    parser.add_argument("--remedy", help=N_("what you want: refund, cancellation..."))
    parser.add_argument("--notes")
    parser.add_argument("--company", help=N_("the company in dispute (default Klarna)"))
    parser.add_argument("--name", help=N_("your name, for letters"))
    parser.add_argument("--email", help=N_("your account e-mail, for the chat message and letters"))
    parser.add_argument("--address", help=N_("your postal address, for letters"))
    parser.add_argument("--account", help=N_("your Klarna account number"))
    parser.add_argument("--zone", help=N_("the time zone of the case's documents, e.g. Europe/Paris "
                                       "('' for the country's zone, the default)"))


def _apply(base: CaseInput, args: argparse.Namespace) -> CaseInput:
    changes: dict[str, Any] = {}
    for option, field in _TEXT_FIELDS.items():
        value = getattr(args, option, None)
        if value is not None:
            changes[field] = value
    if args.amount is not None:
        changes["amount"] = optional_amount(args.amount)
    if args.purchase_date is not None:
        changes["purchase_date"] = optional_date(args.purchase_date, "--purchase-date")
    if args.product is not None:
        changes["product"] = parse_choice(Product, args.product, "--product")
    if args.problem is not None:
        changes["problem"] = parse_choice(ProblemCategory, args.problem, "--problem")
    return replace(base, **changes)


def add(ctx: Context) -> int:
    """Open a case; print its id."""
    from casekeeper.domain.dto import CaseInput  # `case list` does without the other views

    data = _apply(CaseInput(title=ctx.args.title), ctx.args)
    new_id = ctx.workspace.cases.create(data)
    ctx.out.emit(str(new_id), {"id": new_id})
    return 0


def edit(ctx: Context) -> int:
    """Change the fields given; the others keep their values."""
    ident = case_id(ctx.args.id)
    current = ctx.workspace.cases.detail(ident).as_input()
    ctx.workspace.cases.update(ident, _apply(current, ctx.args))
    ctx.out.emit(ctx.out.tr.gettext("Case {id} saved.").format(id=ident), {"id": ident})
    return 0


def _statuses(args: argparse.Namespace) -> list[CaseStatus]:
    return [parse_choice(CaseStatus, s, "--status") for s in args.status or []]


def _emit_list(out: Output, cases: list[CaseSummary]) -> int:
    out.emit(text_views.case_list(cases, out.language), [json_views.case_summary(c) for c in cases])
    return 0


def quick_list(ctx: FolderContext) -> int | None:
    """The case list read without opening the workspace; None when a full open is needed."""
    cases = quick_reads.case_list(ctx.paths, ctx.clock, _statuses(ctx.args) or None)
    return None if cases is None else _emit_list(ctx.out, cases)


def list_cases(ctx: Context) -> int:
    """The case list, optionally only some statuses."""
    return _emit_list(ctx.out, ctx.workspace.cases.summaries(_statuses(ctx.args) or None))


def show(ctx: Context) -> int:
    """The whole case."""
    case = ctx.workspace.cases.detail(case_id(ctx.args.id))
    ctx.out.emit(text_views.case_detail(case, ctx.out.language), json_views.case_detail(case))
    return 0


def close(ctx: Context) -> int:
    """Close a case with its outcome."""
    ident = case_id(ctx.args.id)
    ctx.workspace.cases.close(ident, ctx.args.outcome, resolved=ctx.args.resolved)
    status = "resolved" if ctx.args.resolved else "closed without resolution"
    said = (
        ctx.out.tr.gettext("Case {id} resolved.")
        if ctx.args.resolved
        else ctx.out.tr.gettext("Case {id} closed without resolution.")
    )
    ctx.out.emit(said.format(id=ident), {"id": ident, "status": status})
    return 0


def reopen(ctx: Context) -> int:
    """Reopen a closed case."""
    ident = case_id(ctx.args.id)
    ctx.workspace.cases.reopen(ident)
    ctx.out.emit(ctx.out.tr.gettext("Case {id} reopened.").format(id=ident), {"id": ident, "status": "open"})
    return 0
