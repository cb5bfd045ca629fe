"""Determinism, period filtering, photo size, atomic writing, cancellation and unwritable paths."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from casekeeper.errors import KnownError
from casekeeper.export import ExportCancelledError, render_dossier
from conftest import make_request


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def test_deterministic_mode_gives_identical_bytes(store: Path, tmp_path: Path) -> None:
    first = render_dossier(make_request(store), tmp_path / "a.pdf")
    second = render_dossier(make_request(store), tmp_path / "b.pdf")
    assert first.path.read_bytes() == second.path.read_bytes()


def test_date_range_keeps_only_contacts_in_the_period(store: Path, tmp_path: Path) -> None:
    request = make_request(store, date_from=date(2026, 10, 20), date_to=date(2026, 10, 25))
    text = _text(render_dossier(request, tmp_path / "p.pdf").path)
    assert "KL-TEL-9912" in text
    assert "KL-CHAT-55821" not in text
    assert "Réclamation formelle envoyée" not in text


def test_without_exhibits_the_index_stays_but_pages_and_originals_go(
    store: Path, tmp_path: Path
) -> None:
    result = render_dossier(make_request(store, include_exhibits=False), tmp_path / "n.pdf")
    assert result.attached == () and result.exhibit_pages == {}
    # summary, deadlines, escalation and ombudsman, log, transcripts, index, integrity, declaration
    assert result.page_count == 7
    assert "notes-appel.txt" in _text(result.path)


def test_twelve_megapixel_photo_keeps_the_file_small(store: Path, tmp_path: Path) -> None:
    request = make_request(store)
    big = next(e for e in request.case.evidence if e.original_name == "carton-12mp.jpg")
    result = render_dossier(request, tmp_path / "s.pdf")
    pages_only = result.size_bytes - sum(e.size for e in request.case.evidence)
    assert pages_only < 400_000
    page = PdfReader(result.path).pages[result.exhibit_pages[2] - 1]
    images = list(page.images)
    assert len(images) == 1 and images[0].image is not None
    assert max(images[0].image.size) <= 1600 < 4000
    assert big.size > 0


def test_cancelling_leaves_no_file(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "c.pdf"
    target.parent.mkdir()
    with pytest.raises(ExportCancelledError):
        render_dossier(make_request(store), target, cancelled=lambda: True)
    assert list(target.parent.iterdir()) == []


def test_cancelling_late_keeps_the_previous_file(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "c.pdf"
    target.write_bytes(b"previous")
    calls = {"n": 0}

    def late() -> bool:
        calls["n"] += 1
        return calls["n"] > 8

    with pytest.raises(ExportCancelledError):
        render_dossier(make_request(store), target, cancelled=late)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_progress_reaches_its_total(store: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    render_dossier(
        make_request(store), tmp_path / "p.pdf", progress=lambda d, t: seen.append((d, t))
    )
    assert seen[-1][0] == seen[-1][1]


def test_missing_folder_gives_a_plain_known_error(store: Path, tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="does not exist"):
        render_dossier(make_request(store), tmp_path / "nowhere" / "d.pdf")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_gives_a_plain_known_error(store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(KnownError, match="may not write"):
            render_dossier(make_request(store), folder / "d.pdf")
    finally:
        folder.chmod(0o700)


def test_missing_original_is_reported_not_fatal(store: Path, tmp_path: Path) -> None:
    request = make_request(store)
    Path(request.case.evidence[4].stored_path).unlink()
    result = render_dossier(request, tmp_path / "m.pdf")
    assert result.warnings == ("E5: missing",)
    assert len(result.attached) == 4
