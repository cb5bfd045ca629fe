"""search | trash list | trash restore."""

from __future__ import annotations

from casekeeper.cli import json_views, text_views
from casekeeper.cli.arguments import case_id
from casekeeper.cli.choices import parse_choice
from casekeeper.cli.context import Context
from casekeeper.domain.enums import TrashKind


def search(ctx: Context) -> int:
    """Search every case."""
    hits = ctx.workspace.search.search(" ".join(ctx.args.text))
    ctx.out.emit(text_views.search_hits(hits), [json_views.search_hit(h) for h in hits])
    return 0


def trash_list(ctx: Context) -> int:
    """What is in the trash."""
    items = ctx.workspace.trash.items()
    ctx.out.emit(text_views.trash(items), [json_views.trash_item(i) for i in items])
    return 0


def trash_restore(ctx: Context) -> int:
    """Bring a record back from the trash."""
    kind = parse_choice(TrashKind, ctx.args.kind, "kind")
    ident = case_id(ctx.args.id, kind.value)
    ctx.workspace.trash.restore(kind, ident)
    ctx.out.emit(f"{kind.value} {ident} restored.", {"kind": kind.value, "id": ident})
    return 0
