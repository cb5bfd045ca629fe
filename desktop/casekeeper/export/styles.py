"""Paragraph and table styles: one sans family, black on white, light rules, A4 geometry."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from casekeeper.export.fonts import MONO, SANS, SANS_BOLD
from casekeeper.export.textfix import keep_no_break_spaces

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
RULE = colors.Color(0.6, 0.6, 0.6)
SHADE = colors.Color(0.9, 0.9, 0.9)


@dataclass(frozen=True, slots=True)
class Styles:
    """The named paragraph styles every section uses."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    mono: ParagraphStyle
    caption: ParagraphStyle
    transcript: ParagraphStyle


def make_styles() -> Styles:
    """Build the styles; the faces they name are registered by the document that uses them."""
    keep_no_break_spaces()
    base = ParagraphStyle(
        "body", fontName=SANS, fontSize=9.5, leading=13, alignment=TA_LEFT, spaceAfter=4
    )
    return Styles(
        title=ParagraphStyle(
            "title", parent=base, fontName=SANS_BOLD, fontSize=20, leading=25, spaceAfter=2
        ),
        subtitle=ParagraphStyle("subtitle", parent=base, fontSize=13, leading=17, spaceAfter=8),
        h1=ParagraphStyle(
            "h1",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=4,
            spaceAfter=6,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
        ),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=9, leading=11.5),
        cell=ParagraphStyle(
            "cell", parent=base, fontSize=8, leading=10, spaceAfter=0, splitLongWords=0
        ),
        cell_head=ParagraphStyle(
            "cell_head",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=8,
            leading=10,
            spaceAfter=0,
            splitLongWords=0,
        ),
        mono=ParagraphStyle(
            "mono", parent=base, fontName=MONO, fontSize=8, leading=10, spaceAfter=0,
            splitLongWords=0,
        ),
        caption=ParagraphStyle(
            "caption", parent=base, fontName=SANS_BOLD, fontSize=9, leading=12, spaceAfter=0
        ),
        transcript=ParagraphStyle(
            "transcript", parent=base, fontSize=9, leading=12, spaceAfter=1, leftIndent=4 * mm,
            firstLineIndent=-4 * mm,
        ),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: markup characters are escaped, line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities, as ``xml.sax.saxutils.escape`` writes them; that
    module imports ``urllib.request`` (and with it ``http.client`` and ``ssl``), which a letter
    does not use."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


CELL_PADDING = 6.0
SMALLEST_FONT = 5.5


def widest_token(text: str, font: str, size: float) -> float:
    """The width in points of the longest run without a space in ``text``."""
    return max((stringWidth(t, font, size) for t in text.split()), default=0.0)


def fitted(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A table cell whose every word, reference and number stays whole in ``width`` points.

    Words never break inside (the style does not split long words); if one is still wider than
    the column, the font of this cell alone steps down just enough.
    """
    room = width - CELL_PADDING
    widest = widest_token(text, style.fontName, style.fontSize)
    if widest <= room:
        return para(text, style)
    size = max(SMALLEST_FONT, style.fontSize * room / widest)
    smaller = ParagraphStyle(
        f"{style.name}-{size:.2f}", parent=style, fontSize=size, leading=size * 1.25,
        splitLongWords=1 if size == SMALLEST_FONT else 0,
    )
    return para(text, smaller)


def fitted_row(values: list[str], style: ParagraphStyle, widths: list[float]) -> list[object]:
    """One table row of :func:`fitted` cells."""
    return [fitted(v, style, w) for v, w in zip(values, widths, strict=True)]


def data_table(
    rows: list[list[object]], widths: list[float], *, header: bool = True, split_rows: bool = False
) -> Table:
    """A table with light horizontal rules and a shaded, repeated header row.

    ``split_rows`` lets a row taller than a page continue on the next one (a very long summary).
    """
    table = Table(
        rows,
        colWidths=widths,
        repeatRows=1 if header else 0,
        hAlign="LEFT",
        splitInRow=1 if split_rows else 0,
    )
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ]
    table.setStyle(TableStyle(commands))
    return table


def key_value_table(rows: list[tuple[str, str]], styles: Styles, key_width: float) -> Table:
    """Two columns, label then value, with light rules (used on the summary page)."""
    cells: list[list[object]] = [[para(k, styles.cell_head), para(v, styles.cell)] for k, v in rows]
    return data_table(cells, [key_width, FRAME_WIDTH - key_width], header=False)
