"""Backups: made with the online API, listed with their facts, rotated, scheduled on change."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from casekeeper.errors import InputError
from casekeeper.services.backup import manifest_path
from casekeeper.services.backup_rotation import Dated, RotationPolicy, to_remove
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import Workspace
from tests.unit.safety.builders import fill_sample


def test_a_backup_is_listed_with_reason_time_size_and_cases(workspace: Workspace,
                                                           tmp_path: Path) -> None:
    fill_sample(workspace, tmp_path / "files")
    made = workspace.backups.create("manual")
    listed = workspace.backups.backups()
    assert [b.name for b in listed] == [made.name]
    assert (made.reason, made.case_count, made.created_at) == ("manual", 1, workspace.clock.now())
    assert made.size == made.path.stat().st_size > 0
    with sqlite3.connect(made.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_the_manifest_lists_every_original_with_its_hash(workspace: Workspace, tmp_path: Path) -> None:
    case_id = fill_sample(workspace, tmp_path / "files")
    made = workspace.backups.create("manual")
    manifest = json.loads(manifest_path(made.path).read_text())
    item = workspace.cases.detail(case_id).evidence[0]
    assert manifest["evidence"] == [{"sha256": item.sha256, "size": item.size}]
    assert manifest["audit_head"] == workspace.integrity.audit_chain_head()


def test_an_unknown_reason_is_refused(workspace: Workspace) -> None:
    with pytest.raises(InputError):
        workspace.backups.create("whenever")


def test_a_scheduled_backup_is_made_only_when_data_changed_and_time_passed(
        workspace: Workspace, clock: FixedClock, tmp_path: Path) -> None:
    assert workspace.backups.backup_if_changed(timedelta(minutes=30)) is None  # nothing yet
    fill_sample(workspace, tmp_path / "files")
    first = workspace.backups.backup_if_changed(timedelta(minutes=30))
    assert first is not None and first.reason == "scheduled"
    workspace.rules.reset_override("FR", "channels.phone.hours")
    clock.instant += timedelta(minutes=10)
    assert workspace.backups.backup_if_changed(timedelta(minutes=30)) is None  # too soon
    clock.instant += timedelta(minutes=25)
    assert workspace.backups.backup_if_changed(timedelta(minutes=30)) is not None
    clock.instant += timedelta(hours=1)
    assert workspace.backups.backup_if_changed(timedelta(minutes=30)) is None  # unchanged


def test_rotation_keeps_recent_then_daily_then_weekly() -> None:
    now = datetime(2026, 11, 24, 12, tzinfo=UTC)
    backups = [Dated(f"scheduled-{h}", "scheduled", now - timedelta(hours=h))
               for h in range(0, 24 * 90, 6)]
    kept = {b.name for b in backups} - set(to_remove(backups, now, RotationPolicy()))
    ages = sorted((now - next(b.created_at for b in backups if b.name == n)) for n in kept)
    recent = [a for a in ages if a <= timedelta(days=2)]
    daily = [a for a in ages if timedelta(days=2) < a <= timedelta(days=14)]
    old = [a for a in ages if a > timedelta(days=14)]
    assert len(recent) == 9
    assert len(daily) == 12
    assert 5 <= len(old) <= 7
    assert max(ages) <= timedelta(weeks=8)


def test_protected_and_manual_backups_survive_rotation() -> None:
    now = datetime(2026, 11, 24, 12, tzinfo=UTC)
    backups = [Dated("scheduled-new", "scheduled", now),
               Dated("pre-migration-0002-a", "pre-migration-0002", now - timedelta(days=20)),
               Dated("pre-migration-0002-b", "pre-migration-0002", now - timedelta(days=20, hours=1)),
               Dated("pre-restore-old", "pre-restore", now - timedelta(days=400)),
               Dated("manual-old", "manual", now - timedelta(days=400))]
    assert to_remove(backups, now, RotationPolicy(protected_days=30)) == ["pre-restore-old"]


def test_rotation_runs_after_each_backup(workspace: Workspace, clock: FixedClock) -> None:
    workspace.backups.policy = RotationPolicy(keep_all_days=0, daily_days=0, weekly_weeks=0)
    workspace.backups.create("scheduled")
    clock.instant += timedelta(days=1)
    workspace.backups.create("scheduled")
    assert len(workspace.backups.backups()) == 1
