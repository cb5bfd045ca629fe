"""The sample case's dossier: every fingerprint matches its embedded original; redaction holds."""

from __future__ import annotations

import contextlib
import hashlib
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from casekeeper.export import DossierOptions
from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import Workspace


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_exhibit_fingerprint_matches_its_embedded_original(workspace: Workspace,
                                                                 tmp_path: Path,
                                                                 language: str) -> None:
    case_id = create_sample_case(workspace)
    target = tmp_path / f"dossier-{language}.pdf"
    workspace.dossiers.export(case_id, target, DossierOptions(language=language))
    reader = PdfReader(target)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    evidence = workspace.cases.detail(case_id).evidence
    assert evidence
    for item in evidence:
        (content,) = reader.attachments[f"{item.label}-{item.original_name}"]
        assert hashlib.sha256(content).hexdigest() == item.sha256
        assert item.sha256[:32] in text.replace(" ", "")


def _all_text(path: Path) -> bytes:
    """The raw file plus every decompressed stream, so nothing hides behind compression."""
    raw = path.read_bytes()
    pieces = [raw]
    for marker in (b"stream\r\n", b"stream\n"):
        start = 0
        while (start := raw.find(marker, start)) != -1:
            begin = start + len(marker)
            end = raw.find(b"endstream", begin)
            with contextlib.suppress(zlib.error):
                pieces.append(zlib.decompress(raw[begin:end]))
            start = end
    return b"\n".join(pieces)


def test_a_redacted_sample_dossier_holds_none_of_the_masked_strings(workspace: Workspace,
                                                                     tmp_path: Path) -> None:
    case_id = create_sample_case(workspace)
    case = workspace.cases.detail(case_id)
    secrets = [s for s in (case.consumer_name, case.consumer_email) if s]
    assert secrets
    target = tmp_path / "redacted.pdf"
    workspace.dossiers.export(case_id, target, DossierOptions(language="fr", redact=True))
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    everything = _all_text(target)
    for secret in secrets:
        assert secret not in text
        assert secret.encode("utf-8") not in everything
        assert secret.encode("utf-16-be") not in everything
