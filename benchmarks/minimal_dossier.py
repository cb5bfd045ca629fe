"""The dossier baseline: a minimal reportlab script laying out the same tables and the same
downscaled images as the real dossier, with none of its finishing (no page X of Y, no
outline, no attachments, no redaction). The real dossier is measured against it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageOps
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from casekeeper.domain.dto import CaseDetail

MAX_SIDE = 1600


def render_minimal(case: CaseDetail, target: Path) -> None:
    """Lay out the log table, the exhibit index and one page per picture."""
    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    story: list[object] = [Paragraph(case.title, styles["Title"])]
    rows = [["No.", "When", "Channel", "Agent", "Reference", "Summary", "Outcome"]]
    for number, item in enumerate(case.interactions, start=1):
        rows.append([str(number), item.occurred_at.strftime("%Y-%m-%d %H:%M"), item.channel.value,
                     Paragraph(f"{item.agent_name} ({item.agent_kind.value})", cell),
                     item.reference, Paragraph(item.summary, cell), item.outcome.value])
    story.append(_table(rows, [10 * mm, 28 * mm, 18 * mm, 28 * mm, 22 * mm, 54 * mm, 20 * mm]))
    story.append(PageBreak())
    index = [["E", "Title", "Type", "SHA-256", "Size"]]
    index += [[e.label, Paragraph(e.title, cell), e.media_type, Paragraph(e.sha256, cell),
               str(e.size)] for e in case.evidence]
    story.append(_table(index, [12 * mm, 40 * mm, 25 * mm, 80 * mm, 20 * mm]))
    with tempfile.TemporaryDirectory() as scratch:
        for item in case.evidence:
            if not item.media_type.startswith("image/"):
                continue
            story.append(PageBreak())
            story.append(Paragraph(f"{item.label} {item.title}", styles["Heading2"]))
            story.append(_picture(Path(item.stored_path), Path(scratch) / f"{item.label}.jpg"))
        SimpleDocTemplate(str(target), pagesize=A4).build(story)


def _table(rows: list[list[object]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTSIZE", (0, 0), (-1, -1), 7)]))
    return table


def _picture(source: Path, scaled: Path) -> Image:
    with PILImage.open(source) as opened:
        picture = ImageOps.exif_transpose(opened).convert("RGB")
        picture.thumbnail((MAX_SIDE, MAX_SIDE))
        picture.save(scaled, "JPEG", quality=85)
        width, height = picture.size
    fit = min(170 * mm / width, 220 * mm / height)
    return Image(str(scaled), width=width * fit, height=height * fit)
