"""The deadlines section: due versus what happened, then the promises Klarna broke."""

from __future__ import annotations

import re
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from casekeeper.domain.dto import DeadlineView
from casekeeper.domain.enums import DeadlineKind, DeadlineState, Party, PromiseState
from casekeeper.export.context import RenderContext
from casekeeper.export.pagination import Anchor
from casekeeper.export.promises import promises_story
from casekeeper.export.sources import addresses_only, numbered_sources
from casekeeper.export.styles import data_table, fitted_row, para
from casekeeper.export.vocabulary import label

_ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_DEADLINE_WIDTHS = [50 * mm, 34 * mm, 22 * mm, 24 * mm, 22 * mm, 18 * mm]


def deadlines_story(ctx: RenderContext) -> list[Flowable]:
    """Deadline table with numbered sources, then the promises Klarna did not keep."""
    s = ctx.styles
    story: list[Flowable] = [
        PageBreak(),
        Anchor("deadlines", ctx.current, ctx.t("deadlines"), 0),
        para(ctx.t("deadlines"), s.h1),
        para(ctx.t("deadlines_intro"), s.small),
    ]
    if ctx.deadlines:
        items = sorted(ctx.deadlines, key=lambda d: (d.due, d.key))
        numbers, texts = numbered_sources(items, ctx.lang, ctx.case.country)
        heads = ["col_clock", "col_started_by", "col_due", "col_happened", "col_status",
                 "col_source"]
        rows: list[list[object]] = [
            fitted_row([ctx.t(h) for h in heads], s.cell_head, _DEADLINE_WIDTHS)
        ]
        for item in items:
            values = _deadline_row(ctx, item, numbers[item.key])
            rows.append(fitted_row(values, s.cell, _DEADLINE_WIDTHS))
        story.append(data_table(rows, _DEADLINE_WIDTHS))
        story.append(para(ctx.t("sources"), s.h2))
        story += [para(f"[{n}] {text}", s.small) for n, text in enumerate(texts, 1)]
    else:
        story.append(para(ctx.t("no_deadlines"), s.body))
    return [*story, *promises_story(ctx), *advice_story(ctx)]


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
        story.append(para(ctx.t("advice_source", source=_quoted(ctx, advice.source),
                                level=ctx.t("level_" + advice.level.value)), s.small))
    for track in advice.tracks:
        story.append(para(ctx.t("advice_track", label=track.label), s.body))
        story += [para(f"• {item}", s.body) for item in track.first_steps]
        if track.keep:
            story.append(para(ctx.t("advice_keep"), s.body))
            story += [para(f"• {item}", s.body) for item in track.keep]
        story.append(para(ctx.t("advice_source", source=_quoted(ctx, track.source),
                                level=ctx.t("level_" + track.level.value)), s.small))
    return story


def _quoted(ctx: RenderContext, source: str) -> str:
    """The advice's source, already in the document's language; the country sheet if empty."""
    return source or addresses_only("", ctx.lang, ctx.case.country)


def deadline_status(ctx: RenderContext, item: DeadlineView) -> str:
    """met / missed by N days / pending / overdue by N days."""
    if item.state == DeadlineState.MET:
        return ctx.t("st_met")
    if item.state == DeadlineState.MISSED:
        return ctx.tn("st_missed", item.days_late)
    if item.state == DeadlineState.OVERDUE:
        return ctx.tn("st_overdue", item.days_late)
    return ctx.t("st_pending")


def _deadline_row(ctx: RenderContext, item: DeadlineView, number: int) -> list[str]:
    who = ctx.t("who_klarna") if item.party == Party.KLARNA else ctx.t("who_consumer")
    happened = (
        ctx.t("happened_on", date=ctx.date(item.met_on)) if item.met_on else ctx.t("nothing_yet")
    )
    if item.kind == DeadlineKind.PROMISE and _broken(ctx, item):
        happened = (ctx.t("broken_on", date=ctx.date(item.met_on)) if item.met_on
                    else ctx.t("broken"))
    promise = item.kind is DeadlineKind.PROMISE
    level = ctx.t("src_journal") if promise else ctx.t("level_" + item.level.value)
    return [
        f"{item.label}\n{item.clock} · {who}" + (f"\n{item.usual}" if item.usual else ""),
        _ISO_DAY.sub(lambda m: ctx.date(date.fromisoformat(m.group(0))), item.started_by),
        ctx.date(item.due),
        happened,
        deadline_status(ctx, item),
        f"[{number}] {level}",
    ]


def _broken(ctx: RenderContext, item: DeadlineView) -> bool:
    """Whether the promise behind ``item`` was settled as broken (not kept late)."""
    return any(p.id == item.record_id and p.state == PromiseState.BROKEN for p in ctx.case.promises)
