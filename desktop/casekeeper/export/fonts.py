"""Registers the bundled DejaVu fonts with reportlab: each face once, and only when asked for.

Reading a TrueType face is most of a short letter's rendering time, so a document registers the
faces it uses (a letter: regular and bold) and the rest stay unread.
"""

from __future__ import annotations

import io
from functools import cache, lru_cache

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


def register_fonts(*faces: str) -> str:
    """Register ``faces`` (every face of the family when none is named), and the mapping that
    makes <b> and <i> pick them; return the family's name."""
    for name in faces or tuple(_FILES):
        _register(name)
    _map_styles()
    return SANS


@cache
def _register(name: str) -> None:
    pdfmetrics.registerFont(TTFont(name, io.BytesIO(font_bytes(_FILES[name]))))


@lru_cache(maxsize=1)
def _map_styles() -> None:
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
