"""The quick letter (the case read with plain sqlite3) is the ordinary letter, word for word.

For every letter kind, in English, French, German and Swedish, on the realistic cases of each
country (with a rule override of the country set), the draft is equal and ``pdftotext -layout``
reads the same text from both PDFs.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tests.unit.export.realistic_cases import ENGLISH, FRENCH, GERMAN, SWEDISH, Story, build_case

from casekeeper.export.letters import LetterKind
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.quick_letters import quick_letter
from casekeeper.services.workspace import open_workspace

NOW = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)
_ENTITY = "Klarna Bank AB (publ), Sveavägen 46, 111 34 Stockholm"


@dataclass(frozen=True)
class Folder:
    """A data folder holding one realistic case."""

    paths: DataPaths
    case_id: int
    clock: FixedClock


@pytest.fixture(scope="module", params=[FRENCH, ENGLISH, GERMAN, SWEDISH], ids=["FR", "GB", "DE", "SE"])
def folder(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Folder:
    story: Story = request.param
    root = tmp_path_factory.mktemp(story.country)
    paths = DataPaths(data_dir=root / "data", config_dir=root / "data" / "config")
    clock = FixedClock(NOW, "UTC")
    workspace = open_workspace(paths, clock)
    try:
        case_id = build_case(workspace, story)
        workspace.rules.set_override(story.country, "entity", _ENTITY)
    finally:
        workspace.close()
    return Folder(paths, case_id, clock)


def _layout_text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run([tool, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


@pytest.mark.parametrize("language", ["en", "fr", "de", "sv"])
def test_every_quick_letter_reads_as_the_ordinary_one(folder: Folder, language: str, tmp_path: Path) -> None:
    workspace = open_workspace(folder.paths, folder.clock)
    try:
        ordinary = {}
        for kind in LetterKind:
            draft = workspace.letters.draft(folder.case_id, kind, language)
            target = tmp_path / f"ordinary-{kind.value}.pdf"
            pages = workspace.letters.write(draft, target)
            ordinary[kind] = (draft, pages, target)
    finally:
        workspace.close()
    for kind, (draft, pages, target) in ordinary.items():
        quick_target = tmp_path / f"quick-{kind.value}.pdf"
        written = quick_letter(folder.paths, folder.case_id, kind, quick_target, language, clock=folder.clock)
        assert written is not None, kind
        assert written.draft == draft, kind
        assert written.pages == pages, kind
        assert _layout_text(quick_target) == _layout_text(target), kind


def test_the_override_of_the_country_is_in_the_quick_letter(folder: Folder, tmp_path: Path) -> None:
    written = quick_letter(
        folder.paths,
        folder.case_id,
        LetterKind.DATA_ACCESS_REQUEST,
        tmp_path / "access.txt",
        "en",
        clock=folder.clock,
    )
    assert written is not None
    assert "Klarna Bank AB (publ)" in written.draft.recipient_lines
    assert (tmp_path / "access.txt").read_text(encoding="utf-8").startswith(written.draft.sender_lines[0])


def test_a_promise_chaser_quotes_the_chosen_promise(folder: Folder, tmp_path: Path) -> None:
    workspace = open_workspace(folder.paths, folder.clock)
    try:
        promises = [p.id for p in workspace.cases.detail(folder.case_id).promises]
        drafts = {
            ident: workspace.letters.draft(folder.case_id, LetterKind.PROMISE_CHASER, "fr", ident)
            for ident in promises
        }
    finally:
        workspace.close()
    assert promises
    for ident, draft in drafts.items():
        written = quick_letter(
            folder.paths,
            folder.case_id,
            LetterKind.PROMISE_CHASER,
            tmp_path / f"chaser-{ident}.txt",
            "fr",
            ident,
            folder.clock,
        )
        assert written is not None and written.draft == draft
