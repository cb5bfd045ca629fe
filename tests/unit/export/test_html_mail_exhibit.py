"""An HTML-only e-mail exhibit reads as text in the dossier, with the importer's converter."""

from __future__ import annotations

from pathlib import Path

from casekeeper.export.redaction import Redactor
from casekeeper.export.text_exhibits import read_text_view

HTML_ONLY = Path(__file__).parents[2] / "fixtures" / "mail" / "html-only.eml"


def test_an_html_only_mail_shows_its_text_without_style_script_or_tags() -> None:
    view = read_text_view(HTML_ONLY, "email", Redactor((), enabled=False))
    assert "Guten Tag," in view.body
    assert "Ihre Rückerstattung über 74,50 € ist unterwegs." in view.body.replace("\u00a0", " ")
    assert "color: red" not in view.body and "alert(" not in view.body
    assert "<p>" not in view.body and "</" not in view.body
    assert "Kundenservice <https://www.klarna.com/de/kundenservice/>" in view.body
    assert "Mit freundlichen Grüßen\nJonas Berg" in view.body
