"""The reply finder answers exactly what ``first_reply_day`` answers, for every contact."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from casekeeper.knowledge import events
from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import Workspace


def test_the_reply_finder_agrees_with_first_reply_day(workspace: Workspace) -> None:
    case = workspace.cases.detail(create_sample_case(workspace, example=False))
    zone = ZoneInfo("Europe/Paris")
    first = events.reply_finder(case, zone)
    instants = [item.occurred_at + shift for item in case.interactions
                for shift in (timedelta(0), timedelta(seconds=1), -timedelta(hours=30))]
    assert instants
    for instant in instants:
        assert first(instant) == events.first_reply_day(case, instant, zone)
