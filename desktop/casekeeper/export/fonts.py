"""Registers the bundled DejaVu fonts with reportlab once, from the package resources."""

from __future__ import annotations

import io
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from casekeeper.resource_folder import resource

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_OBLIQUE = "DejaVuSans-Oblique"
SANS_BOLD_OBLIQUE = "DejaVuSans-BoldOblique"
MONO = "DejaVuSansMono"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_OBLIQUE: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_OBLIQUE: "DejaVuSans-BoldOblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}


def font_bytes(file_name: str) -> bytes:
    """Read one bundled font file (or the licence) from ``resources/fonts``."""
    return resource("fonts", file_name).read_bytes()


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register every style of the family so <b> and <i> work anywhere; return its name."""
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(font_bytes(file_name))))
    for bold, italic, name in (
        (0, 0, SANS),
        (1, 0, SANS_BOLD),
        (0, 1, SANS_OBLIQUE),
        (1, 1, SANS_BOLD_OBLIQUE),
    ):
        addMapping(SANS, bold, italic, name)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(MONO, bold, italic, MONO)
    return SANS
