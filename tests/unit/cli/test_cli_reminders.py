"""casekeeper-cli notify and remind-open: safe on a missing, damaged or newer file; requests kept."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from casekeeper.cli.main import main as cli_main
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock

EVENING = FixedClock(datetime(2026, 11, 24, 19, 30, tzinfo=UTC), "Europe/Paris")  # 20:30, closed


def _run(paths: DataPaths, clock: FixedClock, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(["--data-dir", str(paths.data_dir), *argv], clock=clock, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_notify_on_a_removed_drive_creates_nothing_and_says_why(tmp_path: Path,
                                                                clock: FixedClock) -> None:
    gone = DataPaths(tmp_path / "media" / "usb" / "CaseKeeper", tmp_path / "media" / "usb" / "cfg")
    code, out, _ = _run(gone, clock, "notify", "--wait", "0")
    assert code == 0
    assert "is not there (a removed drive?)" in out
    assert not (tmp_path / "media").exists()


def test_notify_without_a_case_file_sends_nothing_and_creates_none(paths: DataPaths,
                                                                   clock: FixedClock) -> None:
    paths.ensure()
    code, out, _ = _run(paths, clock, "notify", "--wait", "0")
    assert (code, out.strip()) == (0, "Nothing is due.")
    assert not paths.database.exists()


def test_notify_on_a_damaged_case_file_loses_nothing_and_points_to_the_app(
        paths: DataPaths, clock: FixedClock) -> None:
    paths.ensure()
    paths.database.write_bytes(b"this is not a database" * 100)
    code, out, _ = _run(paths, clock, "notify", "--wait", "0", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["sent"] == [] and "damaged" in data["problem"]
    assert data["problem"].endswith("No reminder was lost.")
    assert paths.database.read_bytes() == b"this is not a database" * 100


def test_notify_without_a_notification_service_keeps_the_reminder(
        cli, paths: DataPaths, clock: FixedClock,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    cli("case", "add", "--title", "Blender refund")
    cli("log", "1", "--channel", "phone", "--summary", "called", "--promise", "refund",
        "--promise-due", "2026-11-25")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={paths.data_dir}/no-bus")
    for _ in range(2):  # kept: the second run tries again
        code, out, _ = _run(paths, clock, "notify", "--wait", "0", "--json")
        assert code == 0
        data = json.loads(out)
        assert data["sent"] == []
        assert [item["title"] for item in data["not_sent"]] == ["Case Keeper: Blender refund"]
        assert data["service_missing"]
    log_text = (paths.logs_dir / "casekeeper.log").read_text(encoding="utf-8")
    assert "No notification service answered" in log_text


def test_remind_open_add_list_and_cancel(cli, paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    assert cli("case", "add", "--title", "Blender refund", "--country", "FR").code == 0
    code, out, err = _run(paths, EVENING, "remind-open", "add", "1", "--channel", "phone", "--json")
    assert code == 0, err
    added = json.loads(out)
    assert added["opens_at"].startswith("2026-11-25T09:00:00+01:00")
    code, out, _ = _run(paths, EVENING, "remind-open", "list")
    assert f"{added['id']}  25 Nov 2026 09:00" in out and "(case 1)" in out
    assert _run(paths, EVENING, "remind-open", "cancel", str(added["id"]))[0] == 0
    assert _run(paths, EVENING, "remind-open", "list")[1].strip() == "No opening reminder is waiting."
    code, _, err = _run(paths, EVENING, "remind-open", "cancel", str(added["id"]))
    assert code == 2 and "no waiting opening reminder" in err


def test_remind_open_refuses_an_open_channel(cli, paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    cli("case", "add", "--title", "Blender refund", "--country", "FR")
    morning = FixedClock(datetime(2026, 11, 24, 9, 30, tzinfo=UTC), "Europe/Paris")
    code, _, err = _run(paths, morning, "remind-open", "add", "1", "--channel", "phone")
    assert code == 2 and "is not closed now" in err


@pytest.mark.parametrize(("revision", "advice"), [
    ("0099", "Install the newer version of Case Keeper"),
    ("0009", "open Case Keeper once so it can update it")])
def test_notify_on_a_file_of_another_version_says_which_way_to_go(
        cli, paths: DataPaths, clock: FixedClock, revision: str,  # type: ignore[no-untyped-def]
        advice: str) -> None:
    import sqlite3
    from contextlib import closing

    cli("case", "add", "--title", "Blender refund")
    with closing(sqlite3.connect(paths.database)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    code, out, _ = _run(paths, clock, "notify", "--wait", "0")
    assert code == 0 and advice in out and "No reminder was lost." in out
