"""Promises Klarna did not keep: broken ones with their proof, and pending ones past due."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from casekeeper.domain.dto import PromiseView
from casekeeper.domain.enums import PromiseState
from casekeeper.export.context import RenderContext
from casekeeper.export.formatting import local_date
from casekeeper.export.styles import data_table, fitted_row, para
from casekeeper.export.vocabulary import label

_WIDTHS = [50 * mm, 48 * mm, 22 * mm, 50 * mm]


def unkept_promises(ctx: RenderContext) -> list[PromiseView]:
    """Broken promises and pending promises whose due date has passed, by due date."""
    today = local_date(ctx.options.generated_at, ctx.zone)
    chosen = [
        p for p in ctx.promises()
        if p.state == PromiseState.BROKEN
        or (p.state == PromiseState.PENDING and p.due_date is not None and p.due_date < today)
    ]
    return sorted(chosen, key=lambda p: (p.due_date is None, p.due_date, p.id))


def promises_story(ctx: RenderContext) -> list[Flowable]:
    """Heading and table; a plain sentence only when no promise is broken or overdue."""
    s = ctx.styles
    story: list[Flowable] = [para(ctx.t("unkept_promises"), s.h2)]
    unkept = unkept_promises(ctx)
    if not unkept:
        return [*story, para(ctx.t("no_unkept"), s.body)]
    heads = ["col_promise", "col_made_where", "col_due", "col_state_proof"]
    rows: list[list[object]] = [fitted_row([ctx.t(h) for h in heads], s.cell_head, _WIDTHS)]
    for promise in unkept:
        rows.append(fitted_row(_row(ctx, promise), s.cell, _WIDTHS))
    return [*story, data_table(rows, _WIDTHS)]


def contact_words(ctx: RenderContext, interaction_id: int | None) -> str:
    """``Contact no. 3, 3 Nov 2026 00:20, Phone, PH-4471-20/77`` (lines), or empty."""
    item = ctx.contact(interaction_id)
    if item is None:
        return ""
    parts = [ctx.t("contact_no", n=ctx.number_of(item.id)), ctx.when(item.occurred_at),
             label(item.channel, ctx.lang)]
    if item.reference:
        parts.append(ctx.t("ref_is", ref=item.reference))
    if item.tracking_number:
        parts.append(ctx.t("tracking_is", ref=item.tracking_number))
    return "\n".join(parts)


def _row(ctx: RenderContext, promise: PromiseView) -> list[str]:
    made = contact_words(ctx, promise.interaction_id)
    if not made and promise.made_at is not None:
        made = ctx.when(promise.made_at)
    who = promise.made_by or ctx.t("not_given")
    made = f"{ctx.t('made_by_is', who=who)}\n{made}" if made else ctx.t("made_by_is", who=who)
    return [promise.text, made, ctx.date(promise.due_date) or ctx.t("none"), _state(ctx, promise)]


def _state(ctx: RenderContext, promise: PromiseView) -> str:
    today = local_date(ctx.options.generated_at, ctx.zone)
    lines: list[str] = []
    if promise.state == PromiseState.BROKEN:
        proof = ctx.contact(promise.settled_by_interaction_id)
        if proof is not None:
            lines.append(ctx.t("broken_by_contact"))
            lines.append(contact_words(ctx, proof.id))
        elif promise.settled_at is not None:
            lines.append(ctx.t("broken_noted", date=ctx.date(local_date(promise.settled_at,
                                                                        ctx.zone))))
        else:
            lines.append(ctx.t("broken"))
    elif promise.due_date is not None:
        days = (today - promise.due_date).days
        lines.append(ctx.tn("st_overdue", days))
    if promise.note.strip():
        lines.append(ctx.t("note_is", note=promise.note.strip()))
    return "\n".join(lines)
