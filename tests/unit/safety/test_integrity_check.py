"""The integrity check: verified on a sound folder; each kind of damage named in plain words."""

from __future__ import annotations

import os
from pathlib import Path

from casekeeper.services.workspace import Workspace
from tests.unit.safety.builders import fill_sample


def test_a_fresh_sample_is_verified_in_every_part(workspace: Workspace, tmp_path: Path) -> None:
    fill_sample(workspace, tmp_path / "files")
    report = workspace.integrity.check()
    assert report.ok, report.lines()
    assert report.lines()[-1] == "Every part verified."
    assert len(report.parts) == 5


def test_a_changed_original_is_named(workspace: Workspace, tmp_path: Path) -> None:
    case_id = fill_sample(workspace, tmp_path / "files")
    item = workspace.cases.detail(case_id).evidence[0]
    path = workspace.paths.evidence_dir / item.sha256[:2] / item.sha256
    path.chmod(0o600)
    path.write_bytes(b"tampered")
    lines = workspace.integrity.check().lines()
    assert any(f"case {case_id} E1 has changed" in line for line in lines)


def test_a_missing_original_and_a_stray_file_are_listed(workspace: Workspace, tmp_path: Path) -> None:
    case_id = fill_sample(workspace, tmp_path / "files")
    item = workspace.cases.detail(case_id).evidence[0]
    os.remove(workspace.paths.evidence_dir / item.sha256[:2] / item.sha256)
    stray = workspace.paths.evidence_dir / "ab" / ("ab" + "0" * 62)
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(b"nobody's")
    report = workspace.integrity.check()
    text = "\n".join(report.lines())
    assert not report.ok
    assert f"the original of case {case_id} E1 is missing" in text
    assert "1 original no exhibit refers to, harmless" in text
    assert "a backup of the case file does not hold them" in text and "salvage" not in text


def test_a_dangling_reference_is_reported(workspace: Workspace, tmp_path: Path) -> None:
    fill_sample(workspace, tmp_path / "files")
    with workspace.db.writing() as session:
        connection = session.connection()
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    raw = workspace.db.engine.raw_connection()
    try:
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("UPDATE promises SET case_id = 999")
        raw.commit()
    finally:
        raw.close()
    text = "\n".join(workspace.integrity.check().lines())
    assert "promises record 1 points at a missing cases record" in text


def test_the_cli_check_exits_0_when_verified_and_2_on_problems(cli, paths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("case", "add", "--title", "T").code == 0
    result = cli("check")
    assert (result.code, result.out.splitlines()[-1]) == (0, "Every part verified.")
    stray = paths.evidence_dir / "zz"
    stray.mkdir()
    (stray / "leftover").write_bytes(b"x")
    result = cli("check")
    assert result.code == 0  # a file we did not put there is no damage: it is left alone
    assert "1 file Case Keeper did not put there, left alone: zz/leftover" in result.out
    assert (stray / "leftover").exists()


def test_drifted_case_counters_are_repaired_quietly(workspace: Workspace, tmp_path: Path) -> None:
    import sqlite3

    case_id = fill_sample(workspace, tmp_path / "files")
    before = [s.interaction_count for s in workspace.cases.summaries() if s.id == case_id]
    with sqlite3.connect(workspace.db.path) as conn:
        conn.execute("UPDATE case_counters SET interactions = interactions + 5, "
                     "open_promises = 9 WHERE case_id = ?", (case_id,))
    conn.close()
    report = workspace.integrity.check()
    assert report.ok, report.lines()
    assert [s.interaction_count for s in workspace.cases.summaries() if s.id == case_id] == before
