"""One-pass Platypus build: page furniture with "page X of Y", anchors, outline and page map.

The document is laid out once. What is only known at the end (the page count in every footer,
the page an exhibit lands on in the index) is drawn as a form XObject where it belongs, and the
forms are written when the canvas is saved, once every page is known.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab import rl_config
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

# Binary streams: reportlab's default wraps every stream (pictures included) in ASCII85 text,
# a quarter larger and slow to encode. Page contents stay Flate-compressed (``pageCompression``).
rl_config.useA85 = 0
LayoutProgress = Callable[[int, int], None]


@dataclass(slots=True)
class PassInfo:
    """What the build learnt: page count, the page of every anchor, the page references drawn."""

    total: int | None = None
    anchors: dict[str, int] = field(default_factory=dict)
    references: dict[str, tuple[str, float, float, float]] = field(default_factory=dict)
    """Form name -> (anchor key, font size, baseline, width) of each PageRef drawn."""

    def page_of(self, key: str) -> int | None:
        """The page an anchor landed on."""
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


class PageRef(Flowable):  # type: ignore[misc]
    """The page an anchor lands on (a link to it), written at save time: no second layout pass."""

    def __init__(self, key: str, record: PassInfo, font: str, size: float, leading: float,
                 link: bool = True) -> None:
        super().__init__()
        self.key = key
        self.record = record
        self.font = font
        self.size = size
        self.leading = leading
        self.link = link
        self.width = 0.0
        self.height = leading

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.leading

    def draw(self) -> None:
        name = _form_name("ref", self.key)
        baseline = self.leading - self.size  # where a one-line Paragraph puts it
        self.record.references[name] = (self.key, self.size, baseline, self.width)
        self.canv.doForm(name)
        if self.link:
            self.canv.linkRect("", self.key, (0, 0, stringWidth("0000", self.font, self.size),
                                             self.leading), relative=1)


def build_pdf(
    story_for: Callable[[PassInfo, PassInfo], list[Flowable]], furniture: Furniture, meta: DocMeta,
    progress: LayoutProgress | None = None, faces: tuple[str, ...] = (),
) -> tuple[bytes, PassInfo]:
    """Lay the story out once; return the PDF and what the build learnt (pages, anchors).

    ``story_for(record, record)`` makes the story; its anchors write into ``record`` and its page
    references (``PageRef``) are filled in from it when the canvas is saved. ``progress`` hears
    (flowables laid out, flowables in all) as the layout goes; it may raise to stop it.
    ``faces`` are the font faces the story uses (all of them when empty).
    """
    register_fonts(*faces)
    record = PassInfo()
    data = _build_once(story_for(record, record), furniture, meta, record, progress)
    return data, record


def _build_once(story: list[Flowable], furniture: Furniture, meta: DocMeta, record: PassInfo,
                progress: LayoutProgress | None = None) -> bytes:
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
        draw_furniture(canvas, furniture, page, None)

    class NumberingCanvas(Canvas):  # type: ignore[misc]
        """Writes the forms that hold "page X of Y" and the page references, once all are known."""

        def save(self) -> None:
            _write_forms(self, furniture, record)
            super().save()

    if progress is not None:
        size = {"all": max(1, len(story))}

        def heard(kind: str, value: int) -> None:
            if kind == "SIZE_EST":
                size["all"] = max(1, value)
            elif kind == "PROGRESS":
                progress(value, size["all"])

        doc.setProgressCallBack(heard)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=NumberingCanvas)
    return buffer.getvalue()


def _form_name(kind: str, key: str) -> str:
    return f"Ck{kind}_" + re.sub(r"[^A-Za-z0-9]", lambda m: f"_{ord(m.group()):x}", key)


def _write_forms(canvas: Canvas, furniture: Furniture, record: PassInfo) -> None:
    total = str(record.total) if record.total else "?"
    for page in range(1, (record.total or 0) + 1):
        canvas.beginForm(_form_name("label", str(page)))
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(colors.black)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, MARGIN_BOTTOM - 12 * 2.835,
                               furniture.page_label(page, total))
        canvas.endForm()
    for name, (key, size, baseline, width) in record.references.items():
        canvas.beginForm(name, 0, 0, width, baseline + size * 1.3)
        canvas.setFont(SANS, size)
        canvas.setFillColor(colors.black)
        number = record.page_of(key)
        canvas.drawString(0, baseline, str(number) if number else "–")
        canvas.endForm()


def draw_furniture(canvas: Canvas, furniture: Furniture, page: int, total: int | None) -> None:
    """Header (case title, reference) and footer (generation, page X of Y) with thin rules."""
    canvas.saveState()
    width = PAGE_WIDTH - 2 * MARGIN_X
    if not furniture.header or (page == 1 and not furniture.first_page_header):
        _draw_page_label(canvas, furniture, page, total)
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
    canvas.drawString(MARGIN_X, bottom, _fit(furniture.footer_left, width - 80, 7.5))
    _draw_page_label(canvas, furniture, page, total)
    canvas.restoreState()


def _draw_page_label(canvas: Canvas, furniture: Furniture, page: int, total: int | None) -> None:
    """``page X of Y``: drawn now when the total is known, else a form written at save time."""
    if total is None:
        canvas.doForm(_form_name("label", str(page)))
        return
    canvas.setFont(SANS, 7.5)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, MARGIN_BOTTOM - 12 * 2.835,
                           furniture.page_label(page, str(total)))


def _fit(text: str, width: float, size: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits ``width`` points."""
    if stringWidth(text, SANS, size) <= width:
        return text
    while text and stringWidth(text + "…", SANS, size) > width:
        text = text[:-1]
    return text + "…"
