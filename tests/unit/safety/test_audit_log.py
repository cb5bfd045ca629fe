"""Every change leaves a hash-chained audit entry, in the same transaction, without contents."""

from __future__ import annotations

import sqlite3
from itertools import pairwise
from pathlib import Path

import pytest

from casekeeper.domain.enums import TrashKind
from casekeeper.errors import KnownError
from casekeeper.services.workspace import Workspace
from casekeeper.storage.repositories.audit import GENESIS, AuditLog
from tests.unit.safety.builders import fill_sample


def _entries(ws: Workspace) -> list[tuple[str, str]]:
    with ws.db.reading() as session:
        return [(e.action, e.record_kind) for e in AuditLog(session).entries()]


def test_each_change_appends_one_entry(workspace: Workspace, tmp_path: Path) -> None:
    case_id = fill_sample(workspace, tmp_path / "files")
    workspace.cases.close(case_id, "refunded", resolved=True)
    workspace.cases.reopen(case_id)
    evidence_id = workspace.cases.detail(case_id).evidence[0].id
    workspace.evidence.delete(evidence_id)
    workspace.trash.restore(TrashKind.EVIDENCE, evidence_id)
    workspace.rules.reset_override("FR", "channels.phone.hours")
    assert _entries(workspace) == [
        ("create", "cases"), ("create", "interactions"), ("create", "promises"),
        ("create", "interactions"), ("create", "stage_changes"), ("set", "rule_overrides"),
        ("create", "evidence"), ("close", "cases"), ("reopen", "cases"), ("delete", "evidence"),
        ("restore", "evidence"), ("reset", "rule_overrides")]


def test_the_chain_links_every_entry_to_the_one_before(workspace: Workspace, tmp_path: Path) -> None:
    fill_sample(workspace, tmp_path / "files")
    with workspace.db.reading() as session:
        entries = list(AuditLog(session).entries())
        assert AuditLog(session).verify() == []
    assert entries[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.hash for a, b in pairwise(entries))
    assert workspace.integrity.audit_chain_head() == entries[-1].hash


def test_a_refused_change_leaves_no_entry(workspace: Workspace, tmp_path: Path) -> None:
    case_id = fill_sample(workspace, tmp_path / "files")
    before = workspace.integrity.audit_chain_head()
    workspace.cases.close(case_id, "done", resolved=True)
    head = workspace.integrity.audit_chain_head()
    with pytest.raises(KnownError):
        workspace.cases.close(case_id, "again", resolved=True)
    assert workspace.integrity.audit_chain_head() == head != before


def test_the_log_holds_no_case_contents(workspace: Workspace, tmp_path: Path) -> None:
    fill_sample(workspace, tmp_path / "files", title="Zanzibar-Quetzal")
    workspace.close()
    with sqlite3.connect(workspace.paths.database) as conn:
        rows = conn.execute("SELECT * FROM audit_log").fetchall()
    assert rows
    assert "Zanzibar" not in repr(rows) and "Nordvik" not in repr(rows)


def test_editing_an_entry_breaks_the_chain_and_the_check_says_so(workspace: Workspace,
                                                               tmp_path: Path) -> None:
    fill_sample(workspace, tmp_path / "files")
    with workspace.db.writing() as session:
        session.connection().exec_driver_sql(
            "UPDATE audit_log SET action = 'update' WHERE id = 2")
    report = workspace.integrity.check()
    assert not report.ok
    assert any("audit entry 2 was changed" in line for line in report.lines())


def test_removing_an_entry_is_detected(workspace: Workspace, tmp_path: Path) -> None:
    fill_sample(workspace, tmp_path / "files")
    with workspace.db.writing() as session:
        session.connection().exec_driver_sql("DELETE FROM audit_log WHERE id = 3")
    problems = [line for line in workspace.integrity.check().lines() if "audit entry 4" in line]
    assert problems and "does not follow" in problems[0]


def test_the_dossier_states_the_audit_chain_head(workspace: Workspace, tmp_path: Path) -> None:
    from pypdf import PdfReader

    case_id = fill_sample(workspace, tmp_path / "files")
    target = tmp_path / "d.pdf"
    workspace.dossiers.export(case_id, target)
    head = workspace.integrity.audit_chain_head()
    assert head
    text = "".join(PdfReader(target).pages[-1].extract_text().split())
    assert head in text
