"""The escalation table and the chronological log of every contact."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from casekeeper.domain.dto import InteractionView, PromiseView, StageChangeView
from casekeeper.domain.enums import AgentKind, Party
from casekeeper.export.context import RenderContext
from casekeeper.export.formatting import local_date
from casekeeper.export.pagination import Anchor
from casekeeper.export.styles import data_table, para
from casekeeper.export.vocabulary import label

_STAGE_WIDTHS = [30 * mm, 30 * mm, 28 * mm, 34 * mm, 48 * mm]
_LONG_CELL = 1500  # characters: about a third of a page in the summary column
_LOG_WIDTHS = [8 * mm, 20 * mm, 19 * mm, 22 * mm, 21 * mm, 46 * mm, 19 * mm, 15 * mm]
DETAIL_LIMIT = 400


def escalation_story(ctx: RenderContext) -> list[Flowable]:
    """Stage, date, reference, the other side's deadline and details."""
    s = ctx.styles
    story: list[Flowable] = [
        Anchor("escalation", ctx.current, ctx.t("escalation"), 0),
        para(ctx.t("escalation"), s.h1),
    ]
    stages = ctx.stages()
    if not stages:
        return [*story, para(ctx.t("no_stages"), s.body)]
    heads = ["col_stage", "col_date", "col_reference", "col_their_deadline", "col_details"]
    rows: list[list[object]] = [[para(ctx.t(h), s.cell_head) for h in heads]]
    for step in stages:
        rows.append([para(v, s.cell) for v in _stage_row(ctx, step)])
    # A short ladder starts on a new page rather than leave its last rows behind on the next one.
    needed = min(30 * mm + len(stages) * 22 * mm, 180 * mm)
    return [CondPageBreak(needed), *story, data_table(rows, _STAGE_WIDTHS)]


def _stage_row(ctx: RenderContext, step: StageChangeView) -> list[str]:
    day = local_date(step.occurred_at, ctx.zone)
    theirs = [d for d in ctx.deadlines if d.party == Party.KLARNA and d.started_on == day]
    deadline = "\n".join(f"{d.label}: {ctx.date(d.due)}" for d in theirs)
    details = "\n".join(x for x in (step.note, _clip(step.body)) if x)
    return [
        label(step.stage, ctx.lang),
        ctx.when(step.occurred_at),
        step.reference,
        deadline,
        details,
    ]


def log_story(ctx: RenderContext) -> list[Flowable]:
    """Every contact in the period as one row; the header repeats on each page."""
    s = ctx.styles
    story: list[Flowable] = [
        PageBreak(),
        Anchor("log", ctx.current, ctx.t("log"), 0),
        para(ctx.t("log"), s.h1),
        para(ctx.t("log_intro", zone=ctx.zone), s.small),
    ]
    contacts = ctx.interactions()
    if not contacts:
        return [*story, para(ctx.t("no_contacts"), s.body)]
    heads = [
        "col_no",
        "col_when",
        "col_channel",
        "col_agent",
        "col_reference",
        "col_summary",
        "col_outcome",
        "col_exhibits",
    ]
    rows: list[list[object]] = [[para(ctx.t(h), s.cell_head) for h in heads]]
    promises = {p.id: p for p in ctx.case.promises}
    numbers = {
        i.id: n
        for n, i in enumerate(sorted(ctx.case.interactions, key=lambda i: (i.occurred_at, i.id)), 1)
    }
    texts = [_log_row(ctx, item, numbers[item.id], promises) for item in contacts]
    rows += [[para(v, s.cell) for v in row] for row in texts]
    # A summary may be up to 200,000 characters: such a row continues across pages. Ordinary
    # rows keep moving whole to the next page, as before.
    long_row = any(len(value) > _LONG_CELL for row in texts for value in row)
    return [*story, data_table(rows, _LOG_WIDTHS, split_rows=long_row)]


def _log_row(
    ctx: RenderContext, item: InteractionView, number: int, promises: dict[int, PromiseView]
) -> list[str]:
    lang = ctx.lang
    channel = [label(item.channel, lang), label(item.direction, lang)]
    if item.wait_minutes is not None:
        channel.append(ctx.t("wait", n=item.wait_minutes))
    if item.call_minutes is not None:
        channel.append(ctx.t("duration", n=item.call_minutes))
    agent = [x for x in (item.agent_name,) if x]
    agent.append(
        f"({label(item.agent_kind, lang)})"
        if item.agent_kind != AgentKind.UNKNOWN
        else f"({label(AgentKind.UNKNOWN, lang)})"
    )
    if item.asked_for_human:
        agent.append(ctx.t("asked_human"))
    if item.transferred_to:
        agent.append(ctx.t("transferred_to", who=item.transferred_to))
    reference = [x for x in (item.reference,) if x]
    if item.tracking_number:
        reference.append(ctx.t("tracking", n=item.tracking_number))
    summary = [x for x in (item.email_subject, item.summary) if x]
    for pid in item.promise_ids:
        promise = promises.get(pid)
        if promise is not None:
            summary.append(_promise_line(ctx, promise))
    exhibits = ", ".join(f"E{n}" for n in item.exhibits)
    return [
        str(number),
        ctx.when(item.occurred_at),
        "\n".join(channel),
        "\n".join(agent),
        "\n".join(reference),
        "\n".join(summary),
        label(item.outcome, lang),
        exhibits,
    ]


def _promise_line(ctx: RenderContext, promise: PromiseView) -> str:
    state = label(promise.state, ctx.lang)
    if promise.due_date is None:
        return ctx.t("promise_nodue", text=promise.text, state=state)
    return ctx.t("promise_due", text=promise.text, due=ctx.date(promise.due_date), state=state)


def _clip(text: str) -> str:
    text = text.strip()
    return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 1].rstrip() + "…"
