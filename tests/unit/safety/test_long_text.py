"""A summary taller than a page reaches the dossier in full, continued across pages.

The accepted maximum, 200,000 characters, is about 120 pages of the summary column: it is laid
out in pieces of a third of a page, each once (a single cell split page after page took minutes).
"""

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
    size = LONG_TEXT_MAX
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


def test_a_long_summary_is_cut_into_pieces_that_keep_every_word() -> None:
    from casekeeper.export.journal import summary_pieces

    text = "\n".join(f"line {n} " + "word " * (n % 40) for n in range(3000))
    pieces = summary_pieces(text, 1500)
    assert len(pieces) > 10 and all(len(piece) <= 1500 for piece in pieces)
    assert " ".join(pieces).split() == text.split()
    assert summary_pieces("x" * 4000, 1500) == ["x" * 1500, "x" * 1500, "x" * 1000]
