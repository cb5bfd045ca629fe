"""A PDF exhibit that relies on unembedded standard fonts is reproduced with embedded ones."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pikepdf
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from casekeeper.domain.dto import CaseInput
from casekeeper.export import DossierOptions
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import open_workspace


def _fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Object]:
    found: list[pikepdf.Object] = []

    def walk(resources: pikepdf.Object) -> None:
        if not isinstance(resources, pikepdf.Dictionary):
            return
        found.extend((resources.get("/Font") or {}).values())
        for xobject in (resources.get("/XObject") or {}).values():
            if xobject.get("/Subtype") == pikepdf.Name.Form:
                walk(xobject.get("/Resources"))

    for page in pdf.pages:
        walk(page.Resources)
    return found


def test_a_helvetica_invoice_is_merged_with_embedded_fonts(tmp_path: Path) -> None:
    invoice = tmp_path / "facture.pdf"
    canvas = Canvas(str(invoice))
    canvas.setFont("Helvetica", 14)
    canvas.drawString(72, 760, "Facture 4471-AB")
    canvas.setFont("Courier-Bold", 10)
    canvas.drawString(72, 730, "Total 189,90 EUR")
    canvas.save()
    paths = DataPaths(data_dir=tmp_path / "d", config_dir=tmp_path / "d" / "c")
    workspace = open_workspace(paths, FixedClock(datetime(2026, 12, 2, tzinfo=UTC), "UTC"))
    case_id = workspace.cases.create(CaseInput(title="Facture", country="FR"))
    workspace.evidence.attach(case_id, invoice, title="Facture")
    target = tmp_path / "dossier.pdf"
    workspace.dossiers.export(case_id, target, DossierOptions(language="fr"))
    workspace.close()
    with pikepdf.open(target) as pdf:
        fonts = _fonts(pdf)
        assert any("DejaVuSansMono" in str(f.BaseFont) for f in fonts)
        for font in fonts:
            assert "/FontDescriptor" in font, str(font.BaseFont)
            assert "/FontFile2" in font.FontDescriptor, str(font.BaseFont)
        (original,) = pdf.attachments.values()
        assert original.get_file().read_bytes() == invoice.read_bytes()
    text = "\n".join(page.extract_text() or "" for page in PdfReader(target).pages)
    assert "Facture 4471-AB" in text and "Total 189,90 EUR" in text
