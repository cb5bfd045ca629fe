"""Multi-pass Platypus build: page furniture with "page X of Y", anchors, outline and page map."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from casekeeper.export.fonts import SANS, register_fonts
from casekeeper.export.styles import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
)

MAX_PASSES = 4


@dataclass(slots=True)
class PassInfo:
    """What one build pass learnt: page count and the page of every anchor."""

    total: int | None = None
    anchors: dict[str, int] = field(default_factory=dict)

    def page_of(self, key: str) -> int | None:
        """The page an anchor landed on in the previous pass."""
        return self.anchors.get(key)


@dataclass(frozen=True, slots=True)
class Furniture:
    """Header and footer texts; ``page_label`` formats ``page``/``total`` in the language."""

    header_left: str
    header_right: str
    footer_left: str
    page_label: Callable[[int, str], str]
    header: bool = True
    first_page_header: bool = True


@dataclass(frozen=True, slots=True)
class DocMeta:
    """Document information reportlab writes (pikepdf may refine it later)."""

    title: str
    author: str
    subject: str
    lang: str
    deterministic: bool


class Anchor(Flowable):  # type: ignore[misc]
    """A zero-size mark: a named destination, optionally an outline entry, and its page number."""

    def __init__(
        self, key: str, record: PassInfo, title: str | None = None, level: int = 0
    ) -> None:
        super().__init__()
        self.key = key
        self.record = record
        self.title = title
        self.level = level
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        if self.title is not None:
            self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)
        self.record.anchors[self.key] = self.canv.getPageNumber()


def build_pdf(
    story_for: Callable[[PassInfo, PassInfo], list[Flowable]], furniture: Furniture, meta: DocMeta
) -> tuple[bytes, PassInfo]:
    """Build until page count and anchors settle; return the PDF and the final pass's record.

    ``story_for(previous, current)`` makes a fresh story: it reads page numbers from ``previous``
    and places anchors that write into ``current``.
    """
    register_fonts()
    previous = PassInfo()
    for _ in range(MAX_PASSES):
        current = PassInfo()
        data = _build_once(story_for(previous, current), furniture, meta, previous.total, current)
        if current.total == previous.total and current.anchors == previous.anchors:
            return data, current
        previous = current
    return data, current


def _build_once(
    story: list[Flowable], furniture: Furniture, meta: DocMeta, total: int | None, record: PassInfo
) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        creator="Case Keeper",
        producer="Case Keeper (reportlab)",
        lang=meta.lang,
        invariant=1 if meta.deterministic else 0,
        initialFontName=SANS,
        displayDocTitle=1,
    )

    def decorate(canvas: Canvas, _doc: SimpleDocTemplate) -> None:
        page = canvas.getPageNumber()
        record.total = max(record.total or 0, page)
        draw_furniture(canvas, furniture, page, total)

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def draw_furniture(canvas: Canvas, furniture: Furniture, page: int, total: int | None) -> None:
    """Header (case title, reference) and footer (generation, page X of Y) with thin rules."""
    canvas.saveState()
    width = PAGE_WIDTH - 2 * MARGIN_X
    if not furniture.header or (page == 1 and not furniture.first_page_header):
        canvas.setFont(SANS, 7.5)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN_X,
            MARGIN_BOTTOM - 12 * 2.835,
            furniture.page_label(page, str(total) if total else "?"),
        )
        canvas.restoreState()
        return
    top = PAGE_HEIGHT - MARGIN_TOP + 8 * 2.835
    canvas.setFont(SANS, 8)
    canvas.setFillColor(colors.black)
    right = furniture.header_right
    right_width = stringWidth(right, SANS, 8)
    canvas.drawString(MARGIN_X, top, _fit(furniture.header_left, width - right_width - 12, 8))
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, right)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, top - 4, PAGE_WIDTH - MARGIN_X, top - 4)
    bottom = MARGIN_BOTTOM - 12 * 2.835
    canvas.line(MARGIN_X, bottom + 10, PAGE_WIDTH - MARGIN_X, bottom + 10)
    canvas.setFont(SANS, 7.5)
    label = furniture.page_label(page, str(total) if total else "?")
    canvas.drawString(MARGIN_X, bottom, _fit(furniture.footer_left, width - 80, 7.5))
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, label)
    canvas.restoreState()


def _fit(text: str, width: float, size: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits ``width`` points."""
    if stringWidth(text, SANS, size) <= width:
        return text
    while text and stringWidth(text + "…", SANS, size) > width:
        text = text[:-1]
    return text + "…"
