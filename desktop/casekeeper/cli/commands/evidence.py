"""attach | exhibit edit | exhibit delete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from casekeeper.cli import json_views
from casekeeper.cli.arguments import case_id, optional_date
from casekeeper.cli.context import Context
from casekeeper.errors import InputError
from casekeeper.i18n import N_
from casekeeper.i18n.formats import short_date
from casekeeper.i18n.markers import Marked
from casekeeper.i18n.told import told_in


def attach(ctx: Context) -> int:
    """Attach a file as the case's next exhibit; print its number and SHA-256."""
    args = ctx.args
    interaction = case_id(args.interaction, "--interaction") if args.interaction else None
    result = ctx.workspace.evidence.attach(
        case_id(args.id),
        Path(args.file),
        title=args.title or "",
        document_date=optional_date(args.date, "--date"),
        interaction_id=interaction,
    )
    item = result.evidence
    text = f"{item.label} {item.sha256}"
    for warning in result.warnings:
        text += "\n" + ctx.out.tr.gettext("warning: {warning}").format(
            warning=told_in(warning, ctx.out.language)
        )
    ctx.out.emit(
        text,
        {
            "exhibit": item.label,
            "id": item.id,
            "sha256": item.sha256,
            "size": item.size,
            "media_type": item.media_type,
            "warnings": list(result.warnings),
        },
    )
    return 0


def delete(ctx: Context) -> int:
    """Move an exhibit to the trash."""
    ident = case_id(ctx.args.id, "exhibit")
    ctx.workspace.evidence.delete(ident)
    ctx.out.emit(
        ctx.out.tr.gettext(
            "Exhibit {id} moved to the trash (restore: casekeeper-cli trash restore evidence {id})."
        ).format(id=ident),
        {"id": ident, "trashed": True},
    )
    return 0


def edit(ctx: Context) -> int:
    """Change an exhibit's title, document date or the contact it belongs to."""
    from casekeeper.services.evidence import UNSET

    args = ctx.args
    ident = case_id(args.id, "exhibit")
    changes: dict[str, Any] = {}
    if args.title is not None:
        changes["title"] = args.title
    if args.date is not None:
        changes["document_date"] = (
            None if args.date.strip().lower() == "none" else optional_date(args.date, "--date")
        )
    if args.interaction is not None:
        changes["interaction_id"] = (
            None if args.interaction.strip().lower() == "none" else case_id(args.interaction, "--interaction")
        )
    if not changes:
        raise InputError("exhibit edit", str(ident), Marked(N_("give --title, --date or --interaction")))
    item = ctx.workspace.evidence.edit(ident, **{"document_date": UNSET, "interaction_id": UNSET, **changes})
    tr = ctx.out.tr
    day = short_date(item.document_date, ctx.out.language) if item.document_date else tr.gettext("no date")
    contact = (
        tr.gettext("contact {id}").format(id=item.interaction_id)
        if item.interaction_id
        else tr.gettext("no contact")
    )
    ctx.out.emit(f"{item.label} {item.title} ({day}, {contact})", json_views.exhibit(item))
    return 0
