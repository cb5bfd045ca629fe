"""Merged exhibit pages that name a standard PDF font without embedding it get an embedded one.

A PDF made without embedded fonts (often Helvetica, Times or Courier) relies on the reader to
supply them; printers and archive checks reject that. The reproduced page keeps the original's
glyph widths (so every word stays where it was) and draws with the bundled DejaVu font of the
same style, embedded once per dossier. The attached original is never changed.
"""

from __future__ import annotations

import pikepdf
from reportlab.pdfbase import pdfmetrics

from casekeeper.export.fonts import font_bytes

_STANDARD = {
    "Helvetica": "DejaVuSans.ttf", "Arial": "DejaVuSans.ttf", "Times-Roman": "DejaVuSans.ttf",
    "Helvetica-Bold": "DejaVuSans-Bold.ttf", "Arial-Bold": "DejaVuSans-Bold.ttf",
    "Times-Bold": "DejaVuSans-Bold.ttf",
    "Helvetica-Oblique": "DejaVuSans-Oblique.ttf", "Times-Italic": "DejaVuSans-Oblique.ttf",
    "Helvetica-BoldOblique": "DejaVuSans-BoldOblique.ttf",
    "Times-BoldItalic": "DejaVuSans-BoldOblique.ttf",
    "Courier": "DejaVuSansMono.ttf", "Courier-Bold": "DejaVuSansMono.ttf",
    "Courier-Oblique": "DejaVuSansMono.ttf", "Courier-BoldOblique": "DejaVuSansMono.ttf",
}
_METRICS = {"Arial": "Helvetica", "Arial-Bold": "Helvetica-Bold"}


class FontEmbedder:
    """Replaces unembedded standard fonts in the resources of merged pages; one file per font."""

    def __init__(self, pdf: pikepdf.Pdf) -> None:
        self.pdf = pdf
        self._files: dict[str, pikepdf.Object] = {}
        self._seen: set[tuple[int, int]] = set()

    def fix_resources(self, resources: pikepdf.Object | None) -> None:
        """Embed a substitute for each unembedded standard font of ``resources`` (recursively)."""
        if not isinstance(resources, pikepdf.Dictionary):
            return
        fonts = resources.get("/Font")
        if isinstance(fonts, pikepdf.Dictionary):
            for key in list(fonts.keys()):
                font = fonts[key]
                replacement = self._substitute(font)
                if replacement is not None:
                    fonts[key] = replacement
        xobjects = resources.get("/XObject")
        if isinstance(xobjects, pikepdf.Dictionary):
            for key in list(xobjects.keys()):
                form = xobjects[key]
                if form.get("/Subtype") != pikepdf.Name.Form:
                    continue
                ident = form.objgen
                if ident in self._seen:
                    continue
                self._seen.add(ident)
                self.fix_resources(form.get("/Resources"))

    def _substitute(self, font: pikepdf.Object) -> pikepdf.Object | None:
        if not isinstance(font, pikepdf.Dictionary) or font.get("/Subtype") != pikepdf.Name.Type1:
            return None
        if "/FontDescriptor" in font and any(
            k in font.FontDescriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
        ):
            return None
        base = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]
        file_name = _STANDARD.get(base)
        if file_name is None:
            return None
        metrics = pdfmetrics.getFont(_METRICS.get(base, base))
        encoding = font.get("/Encoding", pikepdf.Name.WinAnsiEncoding)
        stem = file_name.removesuffix(".ttf")
        descriptor = pikepdf.Dictionary(
            Type=pikepdf.Name.FontDescriptor,
            FontName=pikepdf.Name(f"/{stem}"),
            Flags=32,
            FontBBox=[-1021, -463, 1793, 1232],
            ItalicAngle=-11 if "Oblique" in stem else 0,
            Ascent=928,
            Descent=-236,
            CapHeight=729,
            StemV=80,
            FontFile2=self._file(file_name),
        )
        return self.pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.TrueType,
            BaseFont=pikepdf.Name(f"/{stem}"),
            FirstChar=0,
            LastChar=255,
            Widths=[int(w) for w in metrics.widths],
            Encoding=encoding,
            FontDescriptor=descriptor,
        ))

    def _file(self, file_name: str) -> pikepdf.Object:
        if file_name not in self._files:
            data = font_bytes(file_name)
            stream = pikepdf.Stream(self.pdf, data)
            stream["/Length1"] = len(data)
            self._files[file_name] = self.pdf.make_indirect(stream)
        return self._files[file_name]
