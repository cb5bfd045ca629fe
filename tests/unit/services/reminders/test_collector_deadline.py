"""A debt collector's stated deadline reaches the person while the app is closed (notify), and
comes back from the case file in a second process's read (the stored date)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from casekeeper.domain.dto import CaseInput, InteractionInput
from casekeeper.domain.enums import Channel, Direction, ProblemCategory
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.reminders.notify import Notice, run_notify
from casekeeper.services.reminders.preferences import ReminderPreferences
from casekeeper.services.workspace import open_workspace

NOW = datetime(2026, 7, 13, 9, 0, tzinfo=UTC)


def test_the_collectors_deadline_is_notified_before_it_passes(tmp_path: Path) -> None:
    paths = DataPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    clock = FixedClock(NOW, "Europe/Paris")
    workspace = open_workspace(paths, clock)
    case_id = workspace.cases.create(CaseInput(title="Collector", country="FR",
                                               problem=ProblemCategory.DEBT_COLLECTION))
    workspace.journal.log(case_id, InteractionInput(
        occurred_at=datetime(2026, 7, 1, 8, 0, tzinfo=UTC), zone="Europe/Paris",
        channel=Channel.LETTER, direction=Direction.FROM_KLARNA, summary="Collector's letter",
        respond_by=date(2026, 7, 15)))
    workspace.close()
    shown: list[Notice] = []

    def send(notices: list[Notice], remember: Callable[[Notice], None]) -> list[Notice]:
        for notice in notices:
            shown.append(notice)
            remember(notice)
        return []

    prefs = ReminderPreferences(lead_days=(3,), quiet_start=NOW.time(), quiet_end=NOW.time())
    run_notify(paths, clock, prefs, send)
    assert any("debt collector" in notice.body and "15 July 2026" in notice.body
               for notice in shown)
    reopened = open_workspace(paths, clock)
    [logged] = reopened.cases.detail(case_id).interactions
    reopened.close()
    assert logged.respond_by == date(2026, 7, 15)
