"""The dossier's floor: only the work its content cannot do without, in one plain process.

Each photo is decoded at the least JPEG scale that still gives the print size (``draft``),
downscaled to the dossier's print size with the same filter and re-encoded with the same JPEG
settings; then the same journal (one row per contact, the same six columns and the same
embedded font) and the same pictures, one a page, are laid out once with reportlab and written
with binary, compressed streams. None of the dossier's other work: no summary, deadlines,
index, page X of Y, outline, links, attachments, redaction, finishing or parallel workers.
The real dossier is measured against it, in the same run.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PIL import Image as PILImage
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from casekeeper.domain.dto import CaseDetail
from casekeeper.export.fonts import SANS, register_fonts
from casekeeper.export.images import max_pixels
from casekeeper.export.picture_prep import JPEG_QUALITY
from casekeeper.export.styles import (
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
)

_WIDTHS = [0.06, 0.14, 0.14, 0.16, 0.14, 0.36]


def render_floor(case: CaseDetail, target: Path) -> None:
    """Lay out the journal and one page per photo of ``case`` into ``target``."""
    rl_config.useA85 = 0
    register_fonts()
    cell = ParagraphStyle("cell", fontName=SANS, fontSize=7.5, leading=9.5)
    rows: list[list[object]] = [["No.", "When", "Channel", "Agent", "Reference", "Summary"]]
    for number, item in enumerate(case.interactions, start=1):
        rows.append([str(number), item.occurred_at.strftime("%Y-%m-%d %H:%M"),
                     Paragraph(item.channel.value, cell), Paragraph(item.agent_name, cell),
                     Paragraph(item.reference, cell), Paragraph(item.summary, cell)])
    table = Table(rows, colWidths=[w * FRAME_WIDTH for w in _WIDTHS], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS),
                               ("FONTSIZE", (0, 0), (-1, -1), 7.5),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey)]))
    story: list[object] = [table]
    box = max_pixels()
    with tempfile.TemporaryDirectory() as scratch:
        for item in case.evidence:
            if not item.media_type.startswith("image/"):
                continue
            story += [PageBreak(), _picture(Path(item.stored_path), Path(scratch) / f"{item.id}.jpg",
                                            box)]
        SimpleDocTemplate(str(target), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_X,
                          rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                          bottomMargin=MARGIN_BOTTOM).build(story)


def _picture(source: Path, scaled: Path, box: tuple[int, int]) -> Image:
    with PILImage.open(source) as opened:
        opened.draft("RGB", box)
        opened.thumbnail(box, PILImage.Resampling.BICUBIC)  # decodes, then downscales
        opened.save(scaled, "JPEG", quality=JPEG_QUALITY, optimize=True)
        width, height = opened.size
    fit = min(FRAME_WIDTH / width, (PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 60) / height)
    return Image(str(scaled), width=width * fit, height=height * fit)
