"""The exhibit index and exhibit pages: caption bar, picture, PDF placeholders or description."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, PageBreak, Paragraph, Spacer

from casekeeper.domain.dto import EvidenceView
from casekeeper.export.context import RenderContext
from casekeeper.export.formatting import fmt_size
from casekeeper.export.images import CAPTION_ALLOWANCE, prepare_image
from casekeeper.export.options import DossierOptions
from casekeeper.export.originals import Original, inspect_original, original_leaks
from casekeeper.export.pagination import Anchor, PageRef
from casekeeper.export.redaction import Redactor
from casekeeper.export.styles import FRAME_HEIGHT, FRAME_WIDTH, SHADE, data_table, para

_INDEX_WIDTHS = [9 * mm, 49 * mm, 14 * mm, 19 * mm, 11 * mm, 51 * mm, 17 * mm]


@dataclass(frozen=True, slots=True)
class ExhibitPlan:
    """How one exhibit is shown and whether its original goes into the file."""

    item: EvidenceView
    original: Original
    reproduce: bool
    picture: tuple[Path, int, int] | None
    companion: str | None = None

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


def plan_exhibits(
    evidence: tuple[EvidenceView, ...],
    originals: tuple[EvidenceView, ...],
    options: DossierOptions,
    redactor: Redactor,
    folder: Path,
    step: Callable[[], None],
    companion_name: str = "",
) -> list[ExhibitPlan]:
    """Inspect each original (``originals`` is unredacted, ``evidence`` its redacted twin).

    Originals are attached while they fit ``options.originals_budget_bytes``; each one that
    does not is marked for the companion archive ``companion_name``.
    """
    plans: list[ExhibitPlan] = []
    budget = options.originals_budget_bytes
    for shown, raw in zip(evidence, originals, strict=True):
        original = inspect_original(raw)
        reproduce = options.include_exhibits and original.exists
        if reproduce and options.redact and options.redacted_originals != "all":
            reproduce = options.redacted_originals == "clean-only" and not original_leaks(
                raw, original.kind, redactor
            )
        picture = None
        if reproduce and original.kind == "image":
            picture = prepare_image(Path(raw.stored_path), folder, f"e{raw.exhibit_no}")
        companion = None
        if reproduce and raw.size > budget:
            companion = companion_name
        elif reproduce:
            budget -= raw.size
        plans.append(ExhibitPlan(shown, original, reproduce, picture, companion))
        step()
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
    heads = [
        "col_exhibit",
        "col_title",
        "col_type",
        "col_doc_date",
        "col_page",
        "col_sha",
        "col_size",
    ]
    rows: list[list[object]] = [[para(ctx.t(h), s.cell_head) for h in heads]]
    for plan in plans:
        item = plan.item
        rows.append(
            [
                _linked(item.label, plan.key, ctx, bold=True),
                Paragraph(f"{escape(item.title)}<br/><i>{escape(item.original_name)}</i>", s.cell),
                para(short_type(item.media_type), s.cell),
                para(ctx.date(item.document_date), s.cell),
                _page_of(plan.key, ctx),
                para(item.sha256, s.mono),
                para(fmt_size(item.size, ctx.lang), s.cell),
            ]
        )
    return [*story, data_table(rows, _INDEX_WIDTHS)]


def short_type(media_type: str) -> str:
    """``application/pdf`` -> ``PDF``, ``image/jpeg`` -> ``JPEG``, ``text/plain`` -> ``TXT``."""
    subtype = media_type.rsplit("/", 1)[-1].split(";")[0].split("+")[0]
    shown = {
        "plain": "TXT",
        "vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
        "octet-stream": "BIN",
    }.get(subtype, subtype.upper())
    return shown if len(shown) <= 8 else shown[:7] + "…"


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
    notes: list[Flowable] = [Spacer(1, 3 * mm)]
    if original.exists and not original.matches:
        notes.append(para(ctx.t("hash_mismatch"), s.h2))
    if not original.exists:
        return [*notes, para(ctx.t("missing_file"), s.body)]
    if not plan.reproduce:
        return [
            *notes,
            para(ctx.t("other_file_withheld", type=plan.item.media_type), s.body),
            para(plan.item.sha256, s.mono),
            Spacer(1, 2 * mm),
            para(ctx.t("withheld"), s.body),
        ]
    if plan.companion is not None:
        notes.append(para(ctx.t("original_separate", archive=plan.companion), s.small))
    if plan.picture is not None:
        path, width, height = plan.picture
        scale = min(FRAME_WIDTH / width, (FRAME_HEIGHT - CAPTION_ALLOWANCE - 8 * mm) / height)
        return [*notes, Image(str(path), width=width * scale, height=height * scale)]
    if original.kind == "pdf":
        key = "pdf_follows_one" if original.pdf_pages == 1 else "pdf_follows"
        story = [
            *notes,
            para(ctx.t(key, n=original.pdf_pages), s.body),
            *([para(ctx.t("attached_note"), s.small)] if plan.attach else []),
        ]
        for index in range(1, original.pdf_pages + 1):
            story += [
                PageBreak(),
                Anchor(plan.page_key(index), ctx.current),
                para(
                    ctx.t("pdf_page", label=plan.item.label, i=index, n=original.pdf_pages), s.small
                ),
            ]
        return story
    return [
        *notes,
        para(ctx.t("other_file" if plan.attach else "other_file_withheld",
                   type=plan.item.media_type), s.body),
        para(plan.item.sha256, s.mono),
        Spacer(1, 2 * mm),
        *([para(ctx.t("attached_note"), s.small)] if plan.attach else []),
    ]
