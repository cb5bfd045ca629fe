"""Completeness checklist, letter drafts (PDF and text) and the bundled fonts' coverage."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph, SimpleDocTemplate

from casekeeper.domain.dto import CaseDetail
from casekeeper.export import completeness_checklist
from casekeeper.export.fonts import font_bytes
from casekeeper.export.letters import (
    LetterKind,
    Recipient,
    draft_letter,
    letter_text,
    render_letter_pdf,
)
from casekeeper.export.styles import make_styles

RECIPIENT = Recipient("Klarna France", ("Service Client", "33 avenue de Wagram", "75017 Paris"))


def test_checklist_names_each_gap_with_its_record(case: CaseDetail) -> None:
    items = completeness_checklist(case, "en")
    codes = {(i.code, i.record_kind, i.record_id) for i in items}
    assert ("interaction-no-reference", "interaction", 1) in codes
    assert ("interaction-outcome-pending", "interaction", 4) in codes
    assert ("promise-overdue", "promise", 2) in codes


def test_checklist_reports_missing_exhibit_file_and_no_stage(case: CaseDetail) -> None:
    Path(case.evidence[0].stored_path).unlink()
    bare = dataclasses.replace(case, stages=())
    codes = {i.code for i in completeness_checklist(bare, "fr")}
    assert {"exhibit-missing", "no-stage"} <= codes


def test_checklist_messages_are_french_when_asked(case: CaseDetail) -> None:
    messages = [i.message for i in completeness_checklist(case, "fr")]
    assert any("n'a pas de numéro de référence" in m for m in messages)


@pytest.mark.parametrize("kind", list(LetterKind))
@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_letter_renders_to_pdf_and_text(
    case: CaseDetail, tmp_path: Path, kind: LetterKind, language: str
) -> None:
    draft = draft_letter(kind, case, RECIPIENT, language, date(2026, 11, 20), "Europe/Paris")
    pages = render_letter_pdf(draft, tmp_path / "l.pdf", deterministic=True)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(tmp_path / "l.pdf").pages)
    assert pages >= 1
    assert draft.subject.split(" – ")[0] in text
    assert "33 avenue de Wagram" in letter_text(draft)


def test_formal_complaint_holds_what_the_seed_guide_requires(case: CaseDetail) -> None:
    draft = draft_letter(
        LetterKind.FORMAL_COMPLAINT, case, RECIPIENT, "fr", date(2026, 11, 20), "Europe/Paris"
    )
    text = letter_text(draft)
    for needed in (
        "4477 1234",
        "FR-2026-0098123",
        "1\u202f299,99",
        "5 octobre 2026",
        "écran fissuré",
        "Suspendre les prélèvements",
        "E1 – Photo du colis écrasé",
    ):
        assert needed in text
    assert draft.mode == "Lettre recommandée avec accusé de réception"


def test_letters_never_claim_a_legal_outcome(case: CaseDetail) -> None:
    for kind in LetterKind:
        for language in ("en", "fr"):
            text = letter_text(
                draft_letter(kind, case, RECIPIENT, language, date(2026, 11, 20))
            ).lower()
            for claim in (
                "you are legally obliged",
                "you must refund",
                "vous êtes tenus de rembourser",
                "la loi vous oblige",
                "i am entitled",
                "j'ai droit",
            ):
                assert claim not in text


def test_chaser_quotes_the_broken_promise_and_who_made_it(case: CaseDetail) -> None:
    draft = draft_letter(
        LetterKind.PROMISE_CHASER, case, RECIPIENT, "en", date(2026, 11, 20), "Europe/Paris"
    )
    assert "Julien (chat)" in draft.paragraphs[0]
    assert "Retour sur le litige sous 5 jours ouvrés" in draft.paragraphs[0]


def test_edited_draft_is_rendered_as_edited(case: CaseDetail, tmp_path: Path) -> None:
    draft = draft_letter(LetterKind.FORMAL_COMPLAINT, case, RECIPIENT, "en", date(2026, 11, 20))
    edited = dataclasses.replace(draft, paragraphs=("My own words, ß å ø ł.",))
    render_letter_pdf(edited, tmp_path / "e.pdf")
    text = PdfReader(tmp_path / "e.pdf").pages[0].extract_text() or ""
    assert "My own words, ß å ø ł." in text and "formal complaint about" not in text


def test_fonts_render_german_swedish_polish_french(tmp_path: Path) -> None:
    sample = "Größe Ärger, på även Ø, zażółć gęślą jaźń, ça coûte 12\u202f€, ü"
    SimpleDocTemplate(str(tmp_path / "f.pdf")).build([Paragraph(sample, make_styles().body)])
    assert sample in (PdfReader(tmp_path / "f.pdf").pages[0].extract_text() or "")


def test_font_licence_is_bundled() -> None:
    assert b"Bitstream" in font_bytes("LICENSE-DejaVu.txt")
