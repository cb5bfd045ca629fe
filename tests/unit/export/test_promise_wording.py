"""A broken promise reads as broken in the deadline table, never as done."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from casekeeper.export import render_dossier
from conftest import make_request


def _deadline_text(path: Path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.split())


def test_a_broken_promise_is_said_to_be_broken_in_french(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "fr.pdf"
    render_dossier(make_request(store, language="fr"), target)
    text = _deadline_text(target)
    assert "promesse non tenue" in text


def test_a_broken_promise_is_said_to_be_broken_in_english(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "en.pdf"
    render_dossier(make_request(store, language="en"), target)
    assert "promise broken" in _deadline_text(target)
