"""The part an ombudsman checks first: the registered letters with their proofs, Klarna's answer
to the formal complaint (or that none came in time), and the consumer's signed declaration."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from casekeeper.domain.dto import InteractionView
from casekeeper.domain.enums import Channel, Direction, Stage
from casekeeper.export.context import RenderContext
from casekeeper.export.formatting import local_date
from casekeeper.export.pagination import Anchor
from casekeeper.export.promises import contact_words
from casekeeper.export.styles import FRAME_WIDTH, data_table, fitted_row, para

_LETTER_WIDTHS = [62 * mm, 108 * mm]


def ombudsman_story(ctx: RenderContext) -> list[Flowable]:
    """Letters and proofs, then Klarna's answer to the formal complaint."""
    s = ctx.styles
    story: list[Flowable] = [
        CondPageBreak(70 * mm),
        Anchor("ombudsman", ctx.current, ctx.t("omb_title"), 0),
        para(ctx.t("omb_title"), s.h1),
        para(ctx.t("omb_letters"), s.h2),
    ]
    letters = [i for i in ctx.interactions()
               if i.channel == Channel.LETTER and i.direction == Direction.TO_KLARNA]
    if not letters:
        story.append(para(ctx.t("omb_no_letter"), s.body))
    else:
        heads = ["omb_col_letter", "omb_col_proofs"]
        rows: list[list[object]] = [
            fitted_row([ctx.t(h) for h in heads], s.cell_head, _LETTER_WIDTHS)
        ]
        for letter in letters:
            rows.append(fitted_row([contact_words(ctx, letter.id), _proofs(ctx, letter)],
                                   s.cell, _LETTER_WIDTHS))
        story.append(data_table(rows, _LETTER_WIDTHS))
    story += [para(ctx.t("omb_answer"), s.h2), para(_answer(ctx), s.body)]
    return story


def _proofs(ctx: RenderContext, letter: InteractionView) -> str:
    linked = sorted((e for e in ctx.case.evidence if e.interaction_id == letter.id),
                    key=lambda e: e.exhibit_no)
    if not linked:
        return ctx.t("omb_no_proof")
    return "\n".join(f"{e.label} – {e.title}" for e in linked)


def _answer(ctx: RenderContext) -> str:
    complaints = sorted((x for x in ctx.case.stages if x.stage == Stage.FORMAL_COMPLAINT),
                        key=lambda x: x.occurred_at)
    if not complaints:
        return ctx.t("omb_no_complaint")
    complaint = complaints[0]
    day = local_date(complaint.occurred_at, ctx.zone)
    answers = sorted((i for i in ctx.case.interactions if i.direction == Direction.FROM_KLARNA
                      and i.occurred_at >= complaint.occurred_at), key=lambda i: i.occurred_at)
    clock = next((d for d in ctx.deadlines
                  if d.key == f"{Stage.FORMAL_COMPLAINT.value}-answer:{complaint.id}"), None)
    made = ctx.t("omb_complaint_on", date=ctx.date(day))
    if answers:
        first = answers[0]
        exhibits = ", ".join(f"E{n}" for n in first.exhibits)
        said = ctx.t("omb_answer_seen", contact=contact_words(ctx, first.id).replace("\n", ", "))
        if exhibits:
            said += " " + ctx.t("omb_answer_exhibits", labels=exhibits)
        return f"{made} {said} {ctx.t('omb_answer_final')}"
    today = local_date(ctx.options.generated_at, ctx.zone)
    if clock is None:
        return f"{made} {ctx.t('omb_none_recorded')}"
    if clock.due < today:
        return f"{made} {ctx.t('omb_none_in_time', due=ctx.date(clock.due))}"
    return f"{made} {ctx.t('omb_none_yet', due=ctx.date(clock.due))}"


def declaration_story(ctx: RenderContext) -> list[Flowable]:
    """A page for the consumer to sign: the copies are true and the facts as they recorded them."""
    s = ctx.styles
    name = ctx.case.consumer_name or "…………………………………………"
    lines = data_table([[para(ctx.t("decl_place"), s.body)], [para(ctx.t("decl_sign"), s.body)]],
                       [FRAME_WIDTH], header=False)
    lines.setStyle([("TOPPADDING", (0, 0), (-1, -1), 10 * mm),
                    ("LINEBELOW", (0, 0), (-1, -1), 0, "white")])
    return [
        PageBreak(),
        Anchor("declaration", ctx.current, ctx.t("decl_title"), 0),
        para(ctx.t("decl_title"), s.h1),
        Spacer(1, 4 * mm),
        para(ctx.t("decl_text", name=name), s.body),
        Spacer(1, 6 * mm),
        lines,
    ]
