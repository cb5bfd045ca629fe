"""A summary taller than a page reaches the dossier in full, continued across pages.

(The accepted maximum, 200,000 characters, was checked by hand: it renders too slowly for the
suite. 30,000 characters is several pages of the summary column.)"""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

from casekeeper.domain.dto import CaseInput, InteractionInput
from casekeeper.domain.enums import Channel
from casekeeper.domain.values import LONG_TEXT_MAX
from casekeeper.services.workspace import Workspace


def test_the_longest_accepted_summary_is_written_in_full(workspace: Workspace,
                                                         tmp_path: Path) -> None:
    case_id = workspace.cases.create(CaseInput(title="Long chat"))
    size = LONG_TEXT_MAX // 7
    words = ("refund promised " * (size // 16))[: size - 9] + " THE-END"
    workspace.journal.log(case_id, InteractionInput(
        occurred_at=datetime(2026, 10, 7, 15, 55, tzinfo=UTC), zone="Europe/Paris",
        channel=Channel.CHAT, summary=words))
    target = tmp_path / "dossier.pdf"
    workspace.dossiers.export(case_id, target)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout if _has_pdftotext() else ""
    assert target.stat().st_size > 0
    if text:
        assert "THE-END" in text


def _has_pdftotext() -> bool:
    import shutil

    return shutil.which("pdftotext") is not None
