"""The dossier's pages, outline, metadata, fonts and attachments, read back with pypdf/pikepdf."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from casekeeper.export import DossierResult, render_dossier
from conftest import make_request


@pytest.fixture
def rendered(store: Path, tmp_path: Path) -> tuple[DossierResult, PdfReader]:
    result = render_dossier(make_request(store), tmp_path / "dossier.pdf")
    return result, PdfReader(result.path)


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def test_every_section_title_is_in_the_text(rendered: tuple[DossierResult, PdfReader]) -> None:
    text = _text(rendered[1])
    for title in (
        "Dossier de litige",
        "Délais",
        "Promesses non tenues",
        "Escalade",
        "Journal chronologique",
        "Liste des pièces",
        "Intégrité",
    ):
        assert title in text


def test_french_characters_and_money_render_exactly(
    rendered: tuple[DossierResult, PdfReader],
) -> None:
    first = rendered[1].pages[0].extract_text() or ""
    assert "Téléviseur livré écrasé – Électro Dépôt" in first
    assert "1\u202f299,99" in first and "€" in first


def test_page_count_counts_merged_exhibit_pages(rendered: tuple[DossierResult, PdfReader]) -> None:
    result, reader = rendered
    assert result.page_count == len(reader.pages) == 15  # with transcripts and declaration


def test_footer_says_page_x_of_y_on_every_page(rendered: tuple[DossierResult, PdfReader]) -> None:
    reader = rendered[1]
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, 1):
        assert f"page {number} sur {total}" in (page.extract_text() or "")


def test_outline_lists_sections_and_each_exhibit(rendered: tuple[DossierResult, PdfReader]) -> None:
    outline = rendered[1].outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    assert titles == [
        "Résumé",
        "Délais",
        "Escalade",
        "Pour le médiateur",
        "Journal chronologique",
        "Liste des pièces",
        "Pièces",
        "Déclaration",
        "Intégrité",
    ]
    after = outline[[getattr(x, "title", None) for x in outline].index("Pièces") + 1]
    nested = after if isinstance(after, list) else []
    assert [x.title.split(" – ")[0] for x in nested] == ["E1", "E2", "E3", "E4", "E5"]


def test_exhibit_index_points_at_the_exhibit_pages(
    rendered: tuple[DossierResult, PdfReader],
) -> None:
    result, reader = rendered
    for number, page in result.exhibit_pages.items():
        assert f"E{number} - " in (reader.pages[page - 1].extract_text() or "")


def test_metadata_has_title_author_subject_and_language(
    rendered: tuple[DossierResult, PdfReader],
) -> None:
    reader = rendered[1]
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Dossier de litige – Téléviseur livré écrasé – Électro Dépôt"
    assert meta.author == "Case Keeper"
    assert "Klarna Bank AB" in (meta.subject or "")
    assert reader.trailer["/Root"]["/Lang"] == "fr"


def test_every_font_is_embedded_and_none_is_standard_14(
    rendered: tuple[DossierResult, PdfReader],
) -> None:
    with pikepdf.open(rendered[0].path) as pdf:
        fonts = [f for page in pdf.pages for f in (page.Resources.get("/Font") or {}).values()]
        assert fonts
        for font in fonts:
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:
                descriptor = font.DescendantFonts[0].FontDescriptor
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (
                font.BaseFont
            )


def test_every_original_is_attached_with_its_sha256(
    rendered: tuple[DossierResult, PdfReader], store: Path
) -> None:
    result = rendered[0]
    with pikepdf.open(result.path) as pdf:
        attached = {name: spec.get_file().read_bytes() for name, spec in pdf.attachments.items()}
    assert len(attached) == 5
    for name, data in attached.items():
        original = store / name.split("-", 1)[1]
        assert hashlib.sha256(data).hexdigest() == hashlib.sha256(original.read_bytes()).hexdigest()


def test_result_sha256_and_size_describe_the_file(
    rendered: tuple[DossierResult, PdfReader],
) -> None:
    result = rendered[0]
    data = result.path.read_bytes()
    assert result.size_bytes == len(data)
    assert result.sha256 == hashlib.sha256(data).hexdigest()


def test_log_shows_bot_human_and_zone(rendered: tuple[DossierResult, PdfReader]) -> None:
    text = _text(rendered[1])
    assert "(robot)" in text and "(humain)" in text
    assert "UTC+02:00" in text and "UTC+01:00" in text


def test_deadline_statuses_are_spelt_out(rendered: tuple[DossierResult, PdfReader]) -> None:
    text = " ".join(_text(rendered[1]).split())
    assert "dépassé de 31 jours" in text
    assert "en retard de 29 jours" in text
    assert "déduit des règles d'un autre pays, non confirmé" in text


def test_english_dossier_uses_english_labels(store: Path, tmp_path: Path) -> None:
    result = render_dossier(make_request(store, language="en"), tmp_path / "en.pdf")
    text = _text(PdfReader(result.path))
    assert "Dispute file" in text and "Chronological log" in text and "page 1 of" in text
    assert "€1,299.99" in text
