"""Overrides live in the person's data and are never silently lost when a pack changes."""

from __future__ import annotations

from sqlmodel import select

from casekeeper.domain.models import RuleOverride
from casekeeper.services.workspace import Workspace


def test_an_override_remembers_the_shipped_value_it_replaced(workspace: Workspace) -> None:
    view = workspace.rules.set_override("FR", "channels.phone.number", "01 00 00 00 00")
    assert view.shipped_value_then == "01 73 28 81 88"
    assert not view.shipped_changed
    assert workspace.rules.effective_pack("FR").pack.channels["phone"].number == "01 00 00 00 00"


def test_a_changed_shipped_value_is_pointed_out(workspace: Workspace) -> None:
    workspace.rules.set_override("FR", "channels.phone.number", "01 00 00 00 00")
    with workspace.db.writing() as session:  # as if the pack had said something else back then
        row = session.exec(select(RuleOverride)).one()
        row.shipped_value = "01 11 11 11 11"
    (view,) = workspace.rules.overrides("FR")
    assert view.shipped_changed
    assert (view.shipped_value_then, view.shipped_value_now) == ("01 11 11 11 11", "01 73 28 81 88")


def test_an_override_for_an_entry_that_disappeared_is_reported_not_dropped(
        workspace: Workspace) -> None:
    workspace.rules.set_override("FR", "channels.phone.number", "01 00 00 00 00")
    with workspace.db.writing() as session:  # as if a new pack had removed the entry
        session.exec(select(RuleOverride)).one().key = "channels.minitel.number"
    (view,) = workspace.rules.overrides("FR")
    assert not view.applied
    assert "no longer exists" in view.problem
    assert view.value == "01 00 00 00 00"


def test_overrides_are_per_country(workspace: Workspace) -> None:
    workspace.rules.set_override("FR", "channels.phone.number", "01 00 00 00 00")
    assert workspace.rules.overrides("DE") == []
