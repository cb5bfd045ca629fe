"""An exhibit page for a text file or a saved e-mail: its headers, its words, its attachments."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from casekeeper.export.context import RenderContext
from casekeeper.export.formatting import fmt_size
from casekeeper.export.styles import FRAME_WIDTH, data_table, fitted, para
from casekeeper.export.text_exhibits import SHOWN_LIMIT, TextView

_HEAD_WIDTHS = [28 * mm, FRAME_WIDTH - 28 * mm]


def text_view_story(ctx: RenderContext, view: TextView) -> list[Flowable]:
    """The headers as a small table, then every line of the body, then the attachment list."""
    s = ctx.styles
    story: list[Flowable] = [para(ctx.t("text_exhibit"), s.small)]
    if view.headers:
        rows: list[list[object]] = [
            [fitted(ctx.t(key), s.cell_head, _HEAD_WIDTHS[0]),
             fitted(_header_value(ctx, key, value), s.cell, _HEAD_WIDTHS[1])]
            for key, value in view.headers
        ]
        table = data_table(rows, _HEAD_WIDTHS, header=False)
        story += [table, Spacer(1, 3 * mm)]
    body = view.body.strip("\n")
    if view.is_mail and not body.strip():
        story.append(para(ctx.t("mail_no_text"), s.body))
    story += [para(line or " ", s.transcript) for line in body.split("\n")]
    if view.truncated:
        story.append(para(ctx.t("text_truncated", n=SHOWN_LIMIT), s.small))
    if view.attachments:
        story += [Spacer(1, 3 * mm), para(ctx.t("mail_attachments"), s.h2)]
        story += [
            para(f"– {name} ({kind}, {fmt_size(size, ctx.lang)})", s.body)
            for name, kind, size in view.attachments
        ]
    return story


def _header_value(ctx: RenderContext, key: str, value: str) -> str:
    """A mail's Date header in the case's zone and language; other headers as they are."""
    if key != "mail_date":
        return value
    try:
        sent = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return value
    if sent.tzinfo is None:
        return value
    return ctx.when(sent)
