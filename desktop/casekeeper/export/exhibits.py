"""The exhibit index and exhibit pages: caption bar, picture, PDF placeholders or description."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from casekeeper.domain.dto import EvidenceView
from casekeeper.export.context import RenderContext
from casekeeper.export.exhibit_text_pages import text_view_story
from casekeeper.export.formatting import fmt_size
from casekeeper.export.images import CAPTION_ALLOWANCE, PictureFlowable, max_pixels
from casekeeper.export.media_words import type_in_words
from casekeeper.export.options import DossierOptions
from casekeeper.export.originals import Original, inspect_original, leak_reason
from casekeeper.export.pagination import Anchor, PageRef
from casekeeper.export.picture_pool import PicturePool
from casekeeper.export.picture_prep import planned_size
from casekeeper.export.redaction import Redactor
from casekeeper.export.styles import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    SHADE,
    data_table,
    fitted,
    fitted_row,
    para,
)
from casekeeper.export.text_exhibits import TextView, read_text_view

_INDEX_WIDTHS = [10 * mm, 76 * mm, 30 * mm, 22 * mm, 14 * mm, 18 * mm]


@dataclass(frozen=True, slots=True)
class ExhibitPlan:
    """How one exhibit is shown and whether its original goes into the file."""

    item: EvidenceView
    original: Original
    reproduce: bool
    picture: tuple[str, int, int] | None
    """The prepared copy's key in the picture pool and its planned pixel size."""
    companion: str | None = None
    text: TextView | None = None
    withheld_because: str | None = None

    @property
    def attach(self) -> bool:
        """Whether the original is attached to the PDF (else it is in the companion archive)."""
        return self.reproduce and self.companion is None

    @property
    def key(self) -> str:
        """The named destination of the exhibit's first page."""
        return f"exh-{self.item.exhibit_no}"

    def page_key(self, index: int) -> str:
        """The named destination of a merged PDF page."""
        return f"exh-{self.item.exhibit_no}-p{index}"


def attachment_name(exhibit_no: int, original_name: str, width: int) -> str:
    """``E02-photo.jpg`` when the case has 10 exhibits or more, so E2 sorts before E10."""
    return f"E{exhibit_no:0{width}d}-{original_name}".replace("/", "_")


def plan_exhibits(
    evidence: tuple[EvidenceView, ...],
    originals: tuple[EvidenceView, ...],
    options: DossierOptions,
    redactor: Redactor,
    folder: Path,
    step: Callable[[], None],
    companion_name: str = "",
    pool: PicturePool | None = None,
) -> list[ExhibitPlan]:
    """Inspect each original (``originals`` is unredacted, ``evidence`` its redacted twin).

    Originals are attached while they fit ``options.originals_budget_bytes``; each one that
    does not is marked for the companion archive ``companion_name``. Pictures are handed to
    ``pool``, which starts preparing them before this returns.
    """
    plans: list[ExhibitPlan] = []
    budget = options.originals_budget_bytes
    if pool is not None and options.include_exhibits:
        pool.warm(sum(1 for raw in originals if raw.media_type.startswith("image/")))
    for shown, raw in zip(evidence, originals, strict=True):
        original = inspect_original(raw)
        reproduce = options.include_exhibits and original.exists
        reason = None
        if reproduce and options.redact and options.redacted_originals != "all":
            reason = leak_reason(raw, original.kind, redactor)
            if options.redacted_originals == "none":
                reason = reason or "chosen"
            reproduce = reason is None
        text = None
        if options.include_exhibits and original.exists and original.kind in ("text", "email"):
            text = read_text_view(Path(raw.stored_path), original.kind, redactor)
        picture = None
        if reproduce and original.kind == "image" and pool is not None:
            size = planned_size(Path(raw.stored_path), max_pixels())
            if size is not None:
                picture = (pool.add(Path(raw.stored_path)), *size)
        companion = None
        if reproduce and raw.size > budget:
            companion = companion_name
        elif reproduce:
            budget -= raw.size
        plans.append(ExhibitPlan(shown, original, reproduce, picture, companion, text, reason))
        step()
    if pool is not None:
        pool.start()
    return plans


def index_story(ctx: RenderContext, plans: list[ExhibitPlan]) -> list[Flowable]:
    """E-number, title, type, date, page (linked), SHA-256 and size of every exhibit."""
    s = ctx.styles
    story: list[Flowable] = [
        PageBreak(),
        Anchor("index", ctx.current, ctx.t("exhibit_index"), 0),
        para(ctx.t("exhibit_index"), s.h1),
    ]
    if not plans:
        return [*story, para(ctx.t("no_exhibits"), s.body)]
    if not ctx.options.include_exhibits:
        story.append(para(ctx.t("exhibits_omitted"), s.small))
    heads = ["col_exhibit", "col_title", "col_type", "col_doc_date", "col_page", "col_size"]
    rows: list[list[object]] = [fitted_row([ctx.t(h) for h in heads], s.cell_head, _INDEX_WIDTHS)]
    spans: list[tuple[object, ...]] = []
    for plan in plans:
        item = plan.item
        rows.append(
            [
                _linked(item.label, plan.key, ctx, bold=True),
                Paragraph(f"{escape(item.title)}<br/><i>{escape(item.original_name)}</i>", s.cell),
                fitted(type_in_words(item.media_type, item.original_name, ctx.lang), s.cell,
                       _INDEX_WIDTHS[2]),
                fitted(ctx.date(item.document_date), s.cell, _INDEX_WIDTHS[3]),
                _page_of(plan.key, ctx),
                fitted(fmt_size(item.size, ctx.lang), s.cell, _INDEX_WIDTHS[5]),
            ]
        )
        rows.append(["", para(f"SHA-256 {item.sha256}", s.mono), "", "", "", ""])
        spans += [("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)),
                  ("LINEBELOW", (0, len(rows) - 2), (-1, len(rows) - 2), 0, colors.white),
                  ("TOPPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 0)]
    table = data_table(rows, _INDEX_WIDTHS)
    table.setStyle(spans)
    return [*story, table]


def _page_of(key: str, ctx: RenderContext) -> Flowable:
    """The page the exhibit starts on, a link to it (filled in when the PDF is saved)."""
    s = ctx.styles
    if not ctx.options.include_exhibits:
        return para("–", s.cell)
    return PageRef(key, ctx.current, s.cell.fontName, s.cell.fontSize, s.cell.leading)


def _linked(text: str, key: str, ctx: RenderContext, bold: bool = False) -> Paragraph:
    shown = f"<b>{escape(text)}</b>" if bold else escape(text)
    if not ctx.options.include_exhibits:
        return Paragraph(shown, ctx.styles.cell)
    return Paragraph(f'<a href="#{key}">{shown}</a>', ctx.styles.cell)


def exhibit_pages_story(ctx: RenderContext, plans: list[ExhibitPlan]) -> list[Flowable]:
    """One new page per exhibit, plus one placeholder page per page of a merged PDF."""
    if not ctx.options.include_exhibits or not plans:
        return []
    story: list[Flowable] = []
    first = True
    for plan in plans:
        story.append(PageBreak())
        if first:
            story.append(Anchor("exhibits", ctx.current, ctx.t("exhibits"), 0))
            first = False
        title = f"{plan.item.label} – {plan.item.title}"
        story += [Anchor(plan.key, ctx.current, title, 1), caption_bar(ctx, plan.item)]
        story += _body(ctx, plan)
    return story


def caption_bar(ctx: RenderContext, item: EvidenceView) -> Flowable:
    """``E2 - file.png - 12 Oct 2026 - SHA-256 …`` on a shaded bar (readable in black and white)."""
    s = ctx.styles
    parts = [item.label, item.original_name]
    if item.document_date:
        parts.append(ctx.date(item.document_date))
    head = Paragraph(escape(" - ".join(parts)) + f"<br/>{escape(item.title)}", s.caption)
    sha = para(f"SHA-256 {item.sha256}", s.mono)
    bar = data_table([[head], [sha]], [FRAME_WIDTH], header=False)
    bar.setStyle(
        [("BACKGROUND", (0, 0), (-1, -1), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0, SHADE)]
    )
    return bar


def _body(ctx: RenderContext, plan: ExhibitPlan) -> list[Flowable]:
    s, original = ctx.styles, plan.original
    kind = type_in_words(plan.item.media_type, plan.item.original_name, ctx.lang)
    notes: list[Flowable] = [Spacer(1, 3 * mm)]
    if original.exists and not original.matches:
        notes.append(para(ctx.t("hash_mismatch"), s.h2))
    if not original.exists:
        return [*notes, para(ctx.t("missing_file"), s.body)]
    if not plan.reproduce:
        reason = {"gps": "withheld_gps", "chosen": "withheld_chosen"}.get(
            plan.withheld_because or "", "withheld")
        notes.append(para(ctx.t(reason), s.body))
        if plan.text is not None:
            return [*notes, *text_view_story(ctx, plan.text)]
        return [*notes, para(ctx.t("other_file_withheld", type=kind), s.body),
                para(plan.item.sha256, s.mono)]
    if plan.companion is not None:
        notes.append(para(ctx.t("original_separate", archive=plan.companion), s.small))
    attached = [para(ctx.t("attached_note"), s.small)] if plan.attach else []
    if plan.picture is not None:
        if ctx.options.redact:
            notes.append(para(ctx.t("picture_warning"), s.small))
        key, width, height = plan.picture
        room = FRAME_HEIGHT - CAPTION_ALLOWANCE - (20 if ctx.options.redact else 8) * mm
        scale = min(FRAME_WIDTH / width, room / height)
        fallback = [para(ctx.t("other_file" if plan.attach else "other_file_withheld",
                               type=kind), s.body), para(plan.item.sha256, s.mono)]
        assert ctx.pictures is not None  # a plan with a picture was made with the pool
        return [*notes, PictureFlowable(ctx.pictures, key, width * scale, height * scale,
                                        fallback, ctx.picture_drawn)]
    if original.kind == "pdf":
        return [*notes, *_pdf_placeholders(ctx, plan)]
    if plan.text is not None:
        return [*notes, *attached, *text_view_story(ctx, plan.text)]
    return [
        *notes,
        para(ctx.t("other_file" if plan.attach else "other_file_withheld", type=kind), s.body),
        para(plan.item.sha256, s.mono),
        Spacer(1, 2 * mm),
        *attached,
    ]


def _pdf_placeholders(ctx: RenderContext, plan: ExhibitPlan) -> list[Flowable]:
    s, pages = ctx.styles, plan.original.pdf_pages
    story: list[Flowable] = [para(ctx.tn("pdf_follows", pages), s.body)]
    if plan.attach:
        story.append(para(ctx.t("attached_note"), s.small))
    for index in range(1, pages + 1):
        story += [
            PageBreak(),
            Anchor(plan.page_key(index), ctx.current),
            para(ctx.t("pdf_page", label=plan.item.label, i=index, n=pages), s.small),
        ]
    return story
