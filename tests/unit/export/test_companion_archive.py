"""Originals past the size budget go into a companion archive named on the pages."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from pypdf import PdfReader

from casekeeper.export import render_dossier
from conftest import make_request


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_within_the_budget_every_original_is_attached_and_no_archive_is_written(
        store: Path, tmp_path: Path) -> None:
    target = tmp_path / "dossier.pdf"
    result = render_dossier(make_request(store), target)
    assert result.separate == () and result.companion is None
    assert not (tmp_path / "dossier-originals.zip").exists()
    assert len(PdfReader(target).attachments) == len(result.attached) > 0


def test_originals_past_the_budget_go_to_the_companion_archive(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "dossier.pdf"
    request = make_request(store, originals_budget_bytes=1)
    result = render_dossier(request, target)
    assert result.companion == tmp_path / "dossier-originals.zip"
    assert result.attached == ()
    assert PdfReader(target).attachments == {}
    by_label = {e.label: e for e in request.case.evidence}
    with zipfile.ZipFile(result.companion) as archive:
        sums = archive.read("SHA256SUMS.txt").decode().splitlines()
        for line in sums:
            digest, name = line.split("  ", 1)
            assert hashlib.sha256(archive.read(name)).hexdigest() == digest
            assert by_label[name.split("-", 1)[0]].sha256 == digest
    assert sorted(result.separate) == sorted(line.split("  ", 1)[1].split("-", 1)[0]
                                             for line in sums)
    text = _text(target)
    assert "dossier-originals.zip" in text
    assert "SHA256SUMS.txt" in text


def test_a_large_original_goes_alone_and_smaller_ones_stay_attached(store: Path,
                                                                   tmp_path: Path) -> None:
    request = make_request(store)
    sizes = sorted(e.size for e in request.case.evidence)
    budget = sum(sizes[:-1])  # everything but the largest fits
    result = render_dossier(make_request(store, originals_budget_bytes=budget),
                            tmp_path / "d.pdf")
    largest = max(request.case.evidence, key=lambda e: e.size)
    assert result.separate == (largest.label,)
    assert largest.label not in {name.split("-", 1)[0] for name in result.attached}


def test_deterministic_archives_are_identical(store: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "d.pdf", tmp_path / "b" / "d.pdf"
    first.parent.mkdir()
    second.parent.mkdir()
    for target in (first, second):
        render_dossier(make_request(store, originals_budget_bytes=1, deterministic=True), target)
    assert (first.parent / "d-originals.zip").read_bytes() == (
        second.parent / "d-originals.zip").read_bytes()
