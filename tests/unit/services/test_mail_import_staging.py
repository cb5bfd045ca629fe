"""A refused e-mail import leaves no original in the evidence store (staged like an attach)."""

from __future__ import annotations

from pathlib import Path

import pytest

from casekeeper.domain.dto import CaseInput
from casekeeper.errors import KnownError
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import Workspace, open_workspace
from tests.fixtures.mail import make_corpus

CORPUS = Path(make_corpus.__file__).parent


def _stored(paths: DataPaths) -> set[Path]:
    return {p for p in paths.evidence_dir.rglob("*")
            if p.is_file() and ".staging" not in p.parts}


def test_a_refused_import_leaves_no_original_once_cleaned(
        workspace: Workspace, paths: DataPaths, clock: FixedClock) -> None:
    case_id = workspace.cases.create(CaseInput(title="Manteau", country="FR",
                                               consumer_email=make_corpus.ME))
    workspace.mail.save(case_id, workspace.mail.plan(case_id, [CORPUS / "own-message.eml"]).drafts)
    kept = _stored(paths)
    assert kept
    reply = workspace.mail.plan(case_id, [CORPUS / "klarna-reply.eml"])
    with pytest.raises(KnownError):  # the same message twice in one import is refused
        workspace.mail.save(case_id, reply.drafts + reply.drafts)
    workspace.close()
    again = open_workspace(paths, clock)  # the start-up cleaner removes what nothing refers to
    assert _stored(paths) == kept
    again.close()
