"""The dossier says what Case Keeper suggests next, why, and the problem's track, with levels."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader


def _text(path: Path) -> str:
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                              text=True, check=True)
        return done.stdout
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["What Case Keeper suggests next", "Next step: First contact",
            "For this kind of problem: Unauthorised purchase or fraud",
            "inferred from another country's rules, not confirmed"]),
    ("fr", ["Ce que Case Keeper suggère ensuite", "Étape suivante : Premier contact",
            "Pour ce type de problème : Achat non autorisé ou fraude",
            "déduit des règles d'un autre pays, non confirmé"]),
])
def test_the_dossier_carries_the_advice_in_its_language(cli, tmp_path: Path, lang: str,  # type: ignore[no-untyped-def]
                                                        words: list[str]) -> None:
    case_id = cli("case", "add", "--title", "Achat inconnu", "--country", "FR", "--problem",
                  "unauthorised-purchase").out.strip()
    target = tmp_path / f"dossier-{lang}.pdf"
    result = cli("dossier", case_id, "-o", str(target), "--lang", lang)
    assert result.code == 0, result.err
    text = " ".join(_text(target).split())
    for expected in words:
        assert expected in text
