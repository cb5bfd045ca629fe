"""search | case delete | trash list | trash restore | trash purge."""

from __future__ import annotations

import sys

from casekeeper.cli import json_views, text_views
from casekeeper.cli.arguments import case_id
from casekeeper.cli.choices import parse_choice
from casekeeper.cli.context import Context
from casekeeper.domain.enums import TrashKind
from casekeeper.errors import KnownError
from casekeeper.i18n import PN_
from casekeeper.i18n.formats import number
from casekeeper.i18n.markers import Marked

_YES = frozenset({"y", "yes"})


def search(ctx: Context) -> int:
    """Search every case."""
    found = ctx.workspace.search.results(" ".join(ctx.args.text))
    hits = found.hits
    ctx.out.emit(text_views.search_hits(hits, ctx.out.language), [json_views.search_hit(h) for h in hits])
    if not found.complete:  # on stderr, so the results (text or JSON) stay as they are
        print(
            ctx.out.tr.gettext(
                "More than {n} entries match: these are the most recent ones, not ranked. Add "
                "letters or words to see the best matches first."
            ).format(n=number(ctx.workspace.search.candidates, ctx.out.language)),
            file=sys.stderr,
        )
    return 0


def trash_list(ctx: Context) -> int:
    """What is in the trash."""
    items = ctx.workspace.trash.items()
    ctx.out.emit(text_views.trash(items, ctx.out.language), [json_views.trash_item(i) for i in items])
    return 0


def trash_restore(ctx: Context) -> int:
    """Bring a record back from the trash."""
    kind = parse_choice(TrashKind, ctx.args.kind, "kind")
    ident = case_id(ctx.args.id, kind.value)
    ctx.workspace.trash.restore(kind, ident)
    ctx.out.emit(
        ctx.out.tr.gettext("{kind} {id} restored.").format(
            kind=text_views.record_kind(kind.value, ctx.out.language), id=ident),
        {"kind": kind.value, "id": ident},
    )
    return 0


def case_delete(ctx: Context) -> int:
    """Move a case, with everything it holds, to the trash."""
    ident = case_id(ctx.args.id)
    ctx.workspace.trash.delete_case(ident)
    ctx.out.emit(
        ctx.out.tr.gettext(
            "Case {id} moved to the trash with everything it holds; 'trash restore case {id}' brings it back."
        ).format(id=ident),
        {"kind": "case", "id": ident},
    )
    return 0


def trash_purge(ctx: Context) -> int:
    """Empty the trash for good, after a confirmation (or --yes)."""
    tr = ctx.out.tr
    items = ctx.workspace.trash.items()
    if not items:
        ctx.out.emit(tr.gettext("The trash is empty."), {"records": 0, "files": 0})
        return 0
    if not ctx.args.yes:
        if not sys.stdin.isatty():
            raise KnownError(
                Marked(
                    PN_(
                        "{n} record in the trash would be deleted for good; add --yes to confirm.",
                        "{n} records in the trash would be deleted for good; add --yes to confirm.",
                    ),
                    len(items),
                )
            )
        sys.stderr.write(
            text_views.trash(items, ctx.out.language)
            + "\n"
            + tr.gettext("Delete all of this for good? Backups keep their own copies. [y/N] ")
        )
        sys.stderr.flush()
        if sys.stdin.readline().strip().lower() not in _YES | {
            tr.pgettext("answer to [y/N]", "y"),
            tr.pgettext("answer to [y/N]", "yes"),
        }:
            ctx.out.emit(tr.gettext("Nothing deleted."), {"records": 0, "files": 0})
            return 1
    result = ctx.workspace.trash.purge_all()
    ctx.out.emit(
        tr.gettext(
            "Deleted for good: {records}, {files}. Backups keep their own copies until their retention ends."
        ).format(
            records=tr.ngettext("{n} record", "{n} records", result.records).format(n=result.records),
            files=tr.ngettext("{n} stored file", "{n} stored files", result.files).format(n=result.files),
        ),
        {"records": result.records, "files": result.files},
    )
    return 0
