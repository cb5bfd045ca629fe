"""search | case delete | trash list | trash restore | trash purge."""

from __future__ import annotations

import sys

from casekeeper.cli import json_views, text_views
from casekeeper.cli.arguments import case_id
from casekeeper.cli.choices import parse_choice
from casekeeper.cli.context import Context
from casekeeper.domain.enums import TrashKind
from casekeeper.errors import KnownError


def search(ctx: Context) -> int:
    """Search every case."""
    found = ctx.workspace.search.results(" ".join(ctx.args.text))
    hits = found.hits
    ctx.out.emit(text_views.search_hits(hits), [json_views.search_hit(h) for h in hits])
    if not found.complete:  # on stderr, so the results (text or JSON) stay as they are
        print(f"More than {ctx.workspace.search.candidates:,} entries match: these are the most "
              "recent ones, not ranked. Add letters or words to see the best matches first.",
              file=sys.stderr)
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


def case_delete(ctx: Context) -> int:
    """Move a case, with everything it holds, to the trash."""
    ident = case_id(ctx.args.id)
    ctx.workspace.trash.delete_case(ident)
    ctx.out.emit(f"Case {ident} moved to the trash with everything it holds; "
                 f"'trash restore case {ident}' brings it back.", {"kind": "case", "id": ident})
    return 0


def trash_purge(ctx: Context) -> int:
    """Empty the trash for good, after a confirmation (or --yes)."""
    items = ctx.workspace.trash.items()
    if not items:
        ctx.out.emit("The trash is empty.", {"records": 0, "files": 0})
        return 0
    if not ctx.args.yes:
        if not sys.stdin.isatty():
            raise KnownError(f"{len(items)} record(s) in the trash would be deleted for good; "
                             "add --yes to confirm.")
        sys.stderr.write(text_views.trash(items) + "\n"
                         "Delete all of this for good? Backups keep their own copies. [y/N] ")
        sys.stderr.flush()
        if sys.stdin.readline().strip().lower() not in {"y", "yes", "o", "oui"}:
            ctx.out.emit("Nothing deleted.", {"records": 0, "files": 0})
            return 1
    result = ctx.workspace.trash.purge_all()
    ctx.out.emit(f"Deleted for good: {result.records} record(s), {result.files} stored file(s). "
                 "Backups keep their own copies until their retention ends.",
                 {"records": result.records, "files": result.files})
    return 0
