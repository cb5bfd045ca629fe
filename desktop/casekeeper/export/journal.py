"""The escalation table and the chronological log of every contact."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph

from casekeeper.domain.dto import InteractionView, PromiseView, StageChangeView
from casekeeper.domain.enums import AgentKind, Party
from casekeeper.export.context import RenderContext
from casekeeper.export.formatting import local_date
from casekeeper.export.pagination import Anchor
from casekeeper.export.styles import data_table, fitted_row, para
from casekeeper.export.transcripts import transcript_key
from casekeeper.export.vocabulary import label

_STAGE_WIDTHS = [30 * mm, 24 * mm, 36 * mm, 38 * mm, 42 * mm]
_LONG_CELL = 1500  # characters: about a third of a page in the summary column
_LOG_WIDTHS = [8 * mm, 21 * mm, 22 * mm, 27 * mm, 36 * mm, 56 * mm]
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
    rows: list[list[object]] = [fitted_row([ctx.t(h) for h in heads], s.cell_head,
                                           _STAGE_WIDTHS)]
    for step in stages:
        rows.append(fitted_row(_stage_row(ctx, step), s.cell, _STAGE_WIDTHS))
    # A short ladder starts on a new page rather than leave its last rows behind on the next one.
    needed = min(30 * mm + len(stages) * 22 * mm, 180 * mm)
    return [CondPageBreak(needed), *story, data_table(rows, _STAGE_WIDTHS)]


def _stage_row(ctx: RenderContext, step: StageChangeView) -> list[str]:
    day = local_date(step.occurred_at, ctx.zone)
    theirs = [d for d in ctx.deadlines if d.party == Party.KLARNA and d.started_on == day
              and d.key == f"{step.stage.value}-answer:{step.id}"]
    deadline = "\n".join(ctx.t("their_deadline", what=d.label, due=ctx.date(d.due)) for d in theirs)
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
        para(ctx.t("log_intro"), s.small),
    ]
    contacts = ctx.interactions()
    if not contacts:
        return [*story, para(ctx.t("no_contacts"), s.body)]
    heads = ["col_no", "col_when", "col_channel", "col_agent", "col_reference", "col_summary"]
    rows: list[list[object]] = [fitted_row([ctx.t(h) for h in heads], s.cell_head, _LOG_WIDTHS)]
    promises = {p.id: p for p in ctx.case.promises}
    long_row = False
    joins: list[int] = []
    for item in contacts:
        values = _log_row(ctx, item, ctx.number_of(item.id), promises)
        pieces = summary_pieces(values[-1])
        values[-1] = pieces[0]
        long_row = long_row or len(pieces) > 1 or any(len(v) > _LONG_CELL for v in values)
        lines = [fitted_row(values, s.cell, _LOG_WIDTHS)]
        lines += [fitted_row(["", "", "", "", "", piece], s.cell, _LOG_WIDTHS)
                  for piece in pieces[1:]]
        if item.transcript.strip():
            key = transcript_key(item)
            page = ctx.previous.page_of(key)
            where = ctx.t("transcript_page", page=page) if page else ctx.t("transcript_below")
            lines[-1][-1] = Paragraph(
                escape(pieces[-1]).replace("\n", "<br/>")
                + f'<br/><a href="#{key}"><u>{escape(where)}</u></a>',
                s.cell,
            )
        joins += range(len(rows) + 1, len(rows) + len(lines))
        rows += lines
    # A summary may be up to 200,000 characters: it continues in rows of its own, each laid out
    # once (a single cell split page after page is laid out again on every page).
    table = data_table(rows, _LOG_WIDTHS, split_rows=long_row)
    table.setStyle([command for row in joins for command in (
        ("LINEBELOW", (0, row - 1), (-1, row - 1), 0, colors.white),
        ("TOPPADDING", (0, row), (-1, row), 0))])
    return [*story, table]


def summary_pieces(text: str, limit: int = _LONG_CELL) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, at line ends or spaces."""
    pieces: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", limit // 2, limit)
        if cut < 0:
            cut = text.rfind(" ", limit // 2, limit)
        if cut < 0:
            cut = limit
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip(" \n")
    return [*pieces, text]


def _log_row(
    ctx: RenderContext, item: InteractionView, number: int, promises: dict[int, PromiseView]
) -> list[str]:
    lang = ctx.lang
    channel = [label(item.channel, lang), label(item.direction, lang)]
    if item.wait_minutes is not None:
        channel.append(ctx.t("wait", n=item.wait_minutes))
    if item.call_minutes is not None:
        channel.append(ctx.t("duration", n=item.call_minutes))
    agent = [item.agent_name] if item.agent_name else []
    if item.agent_kind != AgentKind.UNKNOWN:
        agent.append(f"({label(item.agent_kind, lang)})")
    if not agent:
        agent.append(ctx.t("agent_not_noted"))
    if item.asked_for_human:
        agent.append(ctx.t("asked_human"))
    if item.transferred_to:
        agent.append(ctx.t("transferred_to", who=item.transferred_to))
    reference = [item.reference] if item.reference else []
    if item.tracking_number:
        reference += [ctx.t("tracking"), item.tracking_number]
    summary = [x for x in (item.email_subject, item.summary) if x]
    for pid in item.promise_ids:
        promise = promises.get(pid)
        if promise is not None:
            summary.append(_promise_line(ctx, promise))
    summary.append(ctx.t("outcome_is", outcome=label(item.outcome, lang)))
    if item.exhibits:
        summary.append(ctx.t("exhibits_are", labels=", ".join(f"E{n}" for n in item.exhibits)))
    return [
        str(number),
        ctx.when(item.occurred_at),
        "\n".join(channel),
        "\n".join(agent),
        "\n".join(reference),
        "\n".join(summary),
    ]


def _promise_line(ctx: RenderContext, promise: PromiseView) -> str:
    state = label(promise.state, ctx.lang)
    if promise.due_date is None:
        return ctx.t("promise_nodue", text=promise.text, state=state)
    return ctx.t("promise_due", text=promise.text, due=ctx.date(promise.due_date), state=state)


def _clip(text: str) -> str:
    text = text.strip()
    return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 1].rstrip() + "…"
