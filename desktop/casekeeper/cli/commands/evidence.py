"""attach | exhibit delete."""

from __future__ import annotations

from pathlib import Path

from casekeeper.cli.arguments import case_id, optional_date
from casekeeper.cli.context import Context


def attach(ctx: Context) -> int:
    """Attach a file as the case's next exhibit; print its number and SHA-256."""
    args = ctx.args
    interaction = case_id(args.interaction, "--interaction") if args.interaction else None
    result = ctx.workspace.evidence.attach(
        case_id(args.id), Path(args.file), title=args.title or "",
        document_date=optional_date(args.date, "--date"), interaction_id=interaction)
    item = result.evidence
    text = f"{item.label} {item.sha256}"
    for warning in result.warnings:
        text += f"\nwarning: {warning}"
    ctx.out.emit(text, {"exhibit": item.label, "id": item.id, "sha256": item.sha256,
                        "size": item.size, "media_type": item.media_type,
                        "warnings": list(result.warnings)})
    return 0


def delete(ctx: Context) -> int:
    """Move an exhibit to the trash."""
    ident = case_id(ctx.args.id, "exhibit")
    ctx.workspace.evidence.delete(ident)
    ctx.out.emit(f"Exhibit {ident} moved to the trash (restore: casekeeper-cli trash restore "
                 f"evidence {ident}).", {"id": ident, "trashed": True})
    return 0
