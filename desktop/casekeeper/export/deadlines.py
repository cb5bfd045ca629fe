"""The deadlines section: due versus what happened, then the promises Klarna broke."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from casekeeper.domain.dto import DeadlineView
from casekeeper.domain.enums import DeadlineKind, DeadlineState, Party, PromiseState
from casekeeper.export.context import RenderContext
from casekeeper.export.pagination import Anchor
from casekeeper.export.styles import data_table, para
from casekeeper.export.vocabulary import label

_DEADLINE_WIDTHS = [44 * mm, 32 * mm, 19 * mm, 22 * mm, 22 * mm, 31 * mm]
_PROMISE_WIDTHS = [80 * mm, 35 * mm, 25 * mm, 30 * mm]


def deadlines_story(ctx: RenderContext) -> list[Flowable]:
    """Deadline table and broken promises, on a new page."""
    s = ctx.styles
    story: list[Flowable] = [
        PageBreak(),
        Anchor("deadlines", ctx.current, ctx.t("deadlines"), 0),
        para(ctx.t("deadlines"), s.h1),
        para(ctx.t("deadlines_intro"), s.small),
    ]
    if ctx.deadlines:
        heads = [
            "col_clock",
            "col_started_by",
            "col_due",
            "col_happened",
            "col_status",
            "col_source",
        ]
        rows: list[list[object]] = [[para(ctx.t(h), s.cell_head) for h in heads]]
        for item in sorted(ctx.deadlines, key=lambda d: (d.due, d.key)):
            rows.append([para(v, s.cell) for v in _deadline_row(ctx, item)])
        story.append(data_table(rows, _DEADLINE_WIDTHS))
    else:
        story.append(para(ctx.t("no_deadlines"), s.body))
    story += [para(ctx.t("broken_promises"), s.h2), _broken_promises(ctx)]
    story += advice_story(ctx)
    return story


def advice_story(ctx: RenderContext) -> list[Flowable]:
    """What Case Keeper suggests next, why, and the problem's track, each with its source level."""
    advice, s = ctx.advice, ctx.styles
    if advice is None:
        return []
    story: list[Flowable] = [para(ctx.t("advice"), s.h2), para(ctx.t("advice_intro"), s.small)]
    if advice.stage is not None:
        story += [
            para(ctx.t("advice_step", step=label(advice.stage, ctx.lang),
                       handler=advice.handler), s.body),
            para(advice.reason, s.body),
        ]
        story += [para(warning, s.body) for warning in advice.warnings]
        story.append(para(ctx.t("advice_source", source=advice.source,
                                level=ctx.t("level_" + advice.level.value)), s.small))
    for track in advice.tracks:
        story.append(para(ctx.t("advice_track", label=track.label), s.body))
        story += [para(f"• {item}", s.body) for item in track.first_steps]
        if track.keep:
            story.append(para(ctx.t("advice_keep"), s.body))
            story += [para(f"• {item}", s.body) for item in track.keep]
        story.append(para(ctx.t("advice_source", source=track.source,
                                level=ctx.t("level_" + track.level.value)), s.small))
    return story


def deadline_status(ctx: RenderContext, item: DeadlineView) -> str:
    """met / missed by N days / pending / overdue by N days."""
    if item.state == DeadlineState.MET:
        return ctx.t("st_met")
    if item.state == DeadlineState.MISSED:
        return ctx.t("st_missed_one" if item.days_late == 1 else "st_missed", n=item.days_late)
    if item.state == DeadlineState.OVERDUE:
        return ctx.t("st_overdue_one" if item.days_late == 1 else "st_overdue", n=item.days_late)
    return ctx.t("st_pending")


def _deadline_row(ctx: RenderContext, item: DeadlineView) -> list[str]:
    who = ctx.t("who_klarna") if item.party == Party.KLARNA else ctx.t("who_consumer")
    happened = (
        ctx.t("happened_on", date=ctx.date(item.met_on)) if item.met_on else ctx.t("nothing_yet")
    )
    if item.kind == DeadlineKind.PROMISE and _broken(ctx, item):
        happened = (ctx.t("broken_on", date=ctx.date(item.met_on)) if item.met_on
                    else ctx.t("broken"))
    source = f"{item.source} ({ctx.t('level_' + item.level.value)})"
    return [
        f"{item.label}\n{item.clock} · {who}" + (f"\n{item.usual}" if item.usual else ""),
        f"{item.started_by}\n{ctx.date(item.started_on)}",
        ctx.date(item.due),
        happened,
        deadline_status(ctx, item),
        source,
    ]


def _broken_promises(ctx: RenderContext) -> Flowable:
    s = ctx.styles
    broken = [p for p in ctx.promises() if p.state == PromiseState.BROKEN]
    if not broken:
        return para(ctx.t("no_broken"), s.body)
    heads = ["col_promise", "col_made_by", "col_made_on", "col_due"]
    rows: list[list[object]] = [[para(ctx.t(h), s.cell_head) for h in heads]]
    for promise in broken:
        made = ctx.when(promise.made_at) if promise.made_at else ""
        rows.append(
            [
                para(promise.text, s.cell),
                para(promise.made_by or ctx.t("not_given"), s.cell),
                para(made, s.cell),
                para(ctx.date(promise.due_date) or ctx.t("none"), s.cell),
            ]
        )
    return data_table(rows, _PROMISE_WIDTHS)


def _broken(ctx: RenderContext, item: DeadlineView) -> bool:
    """Whether the promise behind ``item`` was settled as broken (not kept late)."""
    return any(p.id == item.record_id and p.state == PromiseState.BROKEN for p in ctx.case.promises)
