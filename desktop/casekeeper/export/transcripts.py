"""The transcripts section: every pasted chat or call transcript, in full, after the log."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak

from casekeeper.domain.dto import InteractionView
from casekeeper.export.context import RenderContext
from casekeeper.export.pagination import Anchor
from casekeeper.export.styles import para
from casekeeper.export.vocabulary import label


def transcript_key(item: InteractionView) -> str:
    """The named destination of a contact's transcript."""
    return f"transcript-{item.id}"


def transcripts_story(ctx: RenderContext) -> list[Flowable]:
    """Each transcript under a heading naming its contact; nothing when none was pasted."""
    s = ctx.styles
    contacts = [i for i in ctx.interactions() if i.transcript.strip()]
    if not contacts:
        return []
    story: list[Flowable] = [
        PageBreak(),
        Anchor("transcripts", ctx.current, ctx.t("transcripts"), 0),
        para(ctx.t("transcripts"), s.h1),
        para(ctx.t("transcripts_intro"), s.small),
    ]
    for item in contacts:
        head = " – ".join(
            x
            for x in (
                ctx.t("contact_no", n=ctx.number_of(item.id)),
                ctx.when(item.occurred_at),
                label(item.channel, ctx.lang),
                item.agent_name,
                item.reference,
            )
            if x
        )
        lines = [para(line, s.transcript) for line in item.transcript.strip().splitlines()]
        first, rest = lines[:2], lines[2:]
        story += [
            Anchor(transcript_key(item), ctx.current, head, 1),
            KeepTogether([para(head, s.h2), *first]),
            *rest,
        ]
    return story
