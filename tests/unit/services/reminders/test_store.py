"""Sent reminders and opening requests live in the case file and survive reopening it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from casekeeper.errors import InputError
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import Workspace, open_workspace

OPENS = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def test_sent_keys_are_read_back_by_a_fresh_open(workspace: Workspace, paths: DataPaths,
                                                  clock: FixedClock) -> None:
    workspace.reminders.mark_sent(["1/promise:1/2026-11-27/3"], 1)
    workspace.reminders.mark_sent(["1/promise:1/2026-11-27/3", "1/promise:1/2026-11-27/1"], 1)
    workspace.close()
    again = open_workspace(paths, clock)
    try:
        assert again.reminders.sent_keys() == {"1/promise:1/2026-11-27/3", "1/promise:1/2026-11-27/1"}
    finally:
        again.close()


def test_an_opening_request_waits_until_sent_or_cancelled(workspace: Workspace) -> None:
    first = workspace.reminders.request_opening("Klarna phone line", OPENS, None)
    second = workspace.reminders.request_opening("Klarna chat", OPENS, None)
    assert [item.id for item in workspace.reminders.waiting()] == [first, second]
    workspace.reminders.cancel(first)
    workspace.reminders.mark_opening_sent(second)
    assert workspace.reminders.waiting() == []


def test_cancelling_twice_is_refused_in_plain_words(workspace: Workspace) -> None:
    ident = workspace.reminders.request_opening("Klarna phone line", OPENS, None)
    workspace.reminders.cancel(ident)
    with pytest.raises(InputError, match="remind-open list"):
        workspace.reminders.cancel(ident)


def test_an_opening_without_its_zone_is_refused(workspace: Workspace) -> None:
    with pytest.raises(InputError):
        workspace.reminders.request_opening("Klarna phone line", datetime(2026, 11, 25, 9), None)
