"""A row with an absurd date that slipped in (year 1, year 9999) is shown; no reader crashes."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import time
from pathlib import Path

import pytest

from casekeeper.paths import DataPaths
from casekeeper.services import quick_reads
from casekeeper.services.clock import FixedClock
from casekeeper.services.reminders.notify import run_notify
from casekeeper.services.reminders.planner import Notice
from casekeeper.services.reminders.preferences import ReminderPreferences
from casekeeper.services.workspace import open_workspace
from tests.conftest import CliResult
from tests.unit.safety.builders import fill_sample


@pytest.mark.parametrize(("instant", "day"), [("0001-01-01T00:00:00.000000Z", "0001-01-01"),
                                              ("9999-12-31T23:59:59.999999Z", "9999-12-31")],
                         ids=["year-1", "year-9999"])
def test_every_reader_survives_an_absurd_date(paths: DataPaths, clock: FixedClock, cli: object,
                                              tmp_path: Path, instant: str, day: str) -> None:
    ws = open_workspace(paths, clock)
    fill_sample(ws, tmp_path / "files")
    ws.close()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE interactions SET occurred_at = ?", (instant,))
        conn.execute("UPDATE cases SET created_at = ?, purchase_date = ?", (instant, day))
        conn.execute("UPDATE promises SET due_date = ?", (day,))
        conn.execute("UPDATE stage_changes SET occurred_at = ?", (instant,))
    conn.close()
    run = cli  # type: ignore[assignment]
    for argv in (["case", "list"], ["case", "show", "1"], ["due"], ["search", "chat"],
                 ["calendar", "-o", str(tmp_path / "c.ics")],
                 ["export", "-o", str(tmp_path / "a.zip")],
                 ["dossier", "1", "-o", str(tmp_path / "d.pdf")], ["next", "1"]):
        result: CliResult = run(*argv)  # type: ignore[operator]
        assert result.code == 0, (argv, result.err)
    year = day[:4].replace("0001", "0002").replace("9999", "9997")
    assert year in run("case", "show", "1").out  # type: ignore[operator]
    assert quick_reads.case_list(paths, clock) is not None


def test_one_case_with_an_unknown_country_does_not_break_the_due_list(
        paths: DataPaths, clock: FixedClock, cli: object, tmp_path: Path) -> None:
    ws = open_workspace(paths, clock)
    fill_sample(ws, tmp_path / "files", title="good")
    fill_sample(ws, tmp_path / "files2", title="slipped in")
    ws.close()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE cases SET country = 'ZZ' WHERE title = 'slipped in'")
    conn.close()
    result: CliResult = cli("due")  # type: ignore[operator]
    assert result.code == 0 and "(good)" in result.out
    marker = next(line for line in result.out.splitlines() if "(slipped in)" in line)
    assert "No rules known for this country (ZZ)" in marker
    calendar: CliResult = cli("calendar", "-o", str(tmp_path / "c.ics"))  # type: ignore[operator]
    assert calendar.code == 0 and "No rules known" not in (tmp_path / "c.ics").read_text("utf-8")


def test_notify_names_a_case_whose_country_has_no_rules(paths: DataPaths, clock: FixedClock,
                                                        tmp_path: Path) -> None:
    ws = open_workspace(paths, clock)
    fill_sample(ws, tmp_path / "files", title="slipped in")
    ws.close()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE cases SET country = 'ZZ'")
    conn.close()
    shown: list[Notice] = []

    def send(notices: list[Notice], remember: Callable[[Notice], None]) -> list[Notice]:
        for notice in notices:
            shown.append(notice)
            remember(notice)
        return []

    prefs = ReminderPreferences(language="fr", quiet_start=time(0), quiet_end=time(0))
    report = run_notify(paths, clock, prefs, send)
    assert report.problem is None
    assert any("Aucune règle connue pour ce pays (ZZ)" in notice.body for notice in shown)
    assert run_notify(paths, clock, prefs, send).sent == []  # told once, not every run


def test_a_huge_reminder_lead_is_refused_plainly(cli: object, tmp_path: Path) -> None:
    result: CliResult = cli("calendar", "-o", str(tmp_path / "c.ics"),  # type: ignore[operator]
                            "--lead", "1000000000")
    assert result.code == 2 and "at most 366 days" in result.err
