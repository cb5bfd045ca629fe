"""The last page: how to verify the fingerprints, the audit-chain head, and what the file is not."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from casekeeper.export.context import RenderContext
from casekeeper.export.exhibits import ExhibitPlan
from casekeeper.export.pagination import Anchor
from casekeeper.export.styles import FRAME_WIDTH, data_table, para


def integrity_story(ctx: RenderContext, plans: list[ExhibitPlan]) -> list[Flowable]:
    """Verification instructions and the plain statement, on a page of their own."""
    s = ctx.styles
    story: list[Flowable] = [
        PageBreak(),
        Anchor("integrity", ctx.current, ctx.t("integrity"), 0),
        para(ctx.t("integrity"), s.h1),
        Paragraph(ctx.t("integrity_how"), s.body),
        Paragraph(ctx.t("integrity_list"), s.body),
    ]
    withheld = [p.item.label for p in plans if p.original.exists and not p.reproduce]
    if not ctx.options.include_exhibits:
        story.append(para(ctx.t("integrity_no_originals"), s.body))
    elif withheld:
        story.append(para(ctx.t("integrity_withheld", labels=", ".join(withheld)), s.body))
    separate = [p for p in plans if p.companion is not None]
    if separate:
        story.append(para(ctx.t("integrity_separate", archive=separate[0].companion,
                                labels=", ".join(p.item.label for p in separate)), s.body))
    story.append(para(ctx.t("audit_head"), s.h2))
    head = ctx.options.audit_chain_head
    story.append(para(head, s.mono) if head else para(ctx.t("audit_none"), s.body))
    box = data_table([[para(ctx.t("statement"), s.body)]], [FRAME_WIDTH], header=False)
    box.setStyle(
        [
            ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ]
    )
    story += [Spacer(1, 6 * mm), box]
    return story
