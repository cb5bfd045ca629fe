"""Logging contacts, promises and ladder steps; the trash gives everything back."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from casekeeper.domain.dto import CaseInput, InteractionInput, PromiseInput, StageInput
from casekeeper.domain.enums import AgentKind, Channel, Outcome, PromiseState, Stage, TrashKind
from casekeeper.errors import InputError, KnownError, NotFoundError
from casekeeper.services.workspace import Workspace

T0 = datetime(2026, 10, 7, 15, 55, tzinfo=UTC)


@pytest.fixture
def case_id(workspace: Workspace) -> int:
    return workspace.cases.create(CaseInput(title="Refund never arrived", merchant="Shop"))


def _contact(**changes: object) -> InteractionInput:
    base = InteractionInput(occurred_at=T0, zone="Europe/Paris", channel=Channel.CHAT,
                            agent_name="Ines Duval", agent_kind=AgentKind.HUMAN,
                            reference="C-77120", summary="Asked for the refund")
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_logged_contact_reads_back_with_its_zone(workspace: Workspace, case_id: int) -> None:
    workspace.journal.log(case_id, _contact())
    (row,) = workspace.cases.detail(case_id).interactions
    assert (row.occurred_at, row.zone, row.channel, row.agent_kind) == (
        T0, "Europe/Paris", Channel.CHAT, AgentKind.HUMAN)


def test_interactions_come_back_in_time_order(workspace: Workspace, case_id: int) -> None:
    later = workspace.journal.log(case_id, _contact(occurred_at=T0 + timedelta(days=2)))
    earlier = workspace.journal.log(case_id, _contact())
    assert [r.id for r in workspace.cases.detail(case_id).interactions] == [earlier, later]


def test_a_promise_made_in_a_contact_is_tied_to_it(workspace: Workspace, case_id: int) -> None:
    iid = workspace.journal.log(case_id, _contact(outcome=Outcome.PROMISE),
                                PromiseInput("Refund within 5 working days", date(2026, 10, 14)))
    case = workspace.cases.detail(case_id)
    (promise,) = case.promises
    assert promise.interaction_id == iid
    assert (promise.made_by, promise.made_by_kind) == ("Ines Duval", AgentKind.HUMAN)
    assert case.interactions[0].promise_ids == (promise.id,)


def test_a_pending_promise_past_its_due_date_is_overdue(workspace: Workspace, case_id: int) -> None:
    workspace.journal.add_promise(case_id, PromiseInput("Call back", date(2026, 11, 23)))
    workspace.journal.add_promise(case_id, PromiseInput("Refund", date(2026, 11, 24)))
    overdue = {p.text: p.overdue for p in workspace.cases.detail(case_id).promises}
    assert overdue == {"Call back": True, "Refund": False}
    assert workspace.cases.summaries()[0].overdue_promises == 1


def test_settling_a_promise_records_the_contact_that_settled_it(workspace: Workspace,
                                                                 case_id: int) -> None:
    pid = workspace.journal.add_promise(case_id, PromiseInput("Refund", date(2026, 11, 1)))
    iid = workspace.journal.log(case_id, _contact(summary="Still no refund"))
    workspace.journal.settle_promise(pid, kept=False, by_interaction=iid, note="nothing came")
    (promise,) = workspace.cases.detail(case_id).promises
    assert (promise.state, promise.settled_by_interaction_id, promise.overdue) == (
        PromiseState.BROKEN, iid, False)
    assert workspace.cases.summaries()[0].broken_promises == 1


def test_a_contact_of_another_case_cannot_settle_a_promise(workspace: Workspace,
                                                            case_id: int) -> None:
    other = workspace.cases.create(CaseInput(title="Other"))
    foreign = workspace.journal.log(other, _contact())
    pid = workspace.journal.add_promise(case_id, PromiseInput("Refund"))
    with pytest.raises(InputError, match="give a contact of case"):
        workspace.journal.settle_promise(pid, kept=True, by_interaction=foreign)


def test_editing_a_contact_changes_it_in_place(workspace: Workspace, case_id: int) -> None:
    iid = workspace.journal.log(case_id, _contact())
    edited = replace(workspace.journal.interaction(iid).as_input(), reference="C-99")
    workspace.journal.edit(iid, edited)
    assert workspace.cases.detail(case_id).interactions[0].reference == "C-99"


def test_a_deleted_contact_goes_to_the_trash_and_comes_back(workspace: Workspace,
                                                            case_id: int) -> None:
    iid = workspace.journal.log(case_id, _contact())
    workspace.journal.delete(iid)
    assert workspace.cases.detail(case_id).interactions == ()
    (item,) = workspace.trash.items()
    assert (item.kind, item.record_id, item.case_id) == (TrashKind.INTERACTION, iid, case_id)
    workspace.trash.restore(TrashKind.INTERACTION, iid)
    assert [r.id for r in workspace.cases.detail(case_id).interactions] == [iid]
    assert workspace.trash.items() == []


def test_restoring_something_not_in_the_trash_is_refused(workspace: Workspace,
                                                         case_id: int) -> None:
    iid = workspace.journal.log(case_id, _contact())
    with pytest.raises(NotFoundError):
        workspace.trash.restore(TrashKind.INTERACTION, iid)


def test_the_current_stage_follows_the_latest_step(workspace: Workspace, case_id: int) -> None:
    workspace.journal.record_stage(case_id, StageInput(Stage.SUPERVISOR, T0, "UTC"))
    complaint = workspace.journal.record_stage(
        case_id, StageInput(Stage.FORMAL_COMPLAINT, T0 + timedelta(days=7), "UTC", reference="FC"))
    workspace.journal.record_stage(  # logged late, but it happened before the complaint
        case_id, StageInput(Stage.SUPERVISOR_REQUESTED, T0 - timedelta(days=1), "UTC"))
    assert workspace.cases.detail(case_id).stage is Stage.FORMAL_COMPLAINT
    workspace.journal.delete_stage(complaint)
    assert workspace.cases.detail(case_id).stage is Stage.SUPERVISOR
    workspace.trash.restore(TrashKind.STAGE_CHANGE, complaint)
    assert workspace.cases.detail(case_id).stage is Stage.FORMAL_COMPLAINT


def test_a_closed_case_refuses_new_contacts(workspace: Workspace, case_id: int) -> None:
    workspace.cases.close(case_id, "done", resolved=True)
    with pytest.raises(KnownError, match="reopen it"):
        workspace.journal.log(case_id, _contact())


def test_a_contact_with_impossible_minutes_is_refused(workspace: Workspace, case_id: int) -> None:
    with pytest.raises(InputError, match="wait minutes"):
        workspace.journal.log(case_id, _contact(wait_minutes=-1))
    assert workspace.cases.detail(case_id).interactions == ()


def test_a_naive_time_is_refused(workspace: Workspace, case_id: int) -> None:
    with pytest.raises(InputError, match="time zone"):
        workspace.journal.log(case_id, _contact(occurred_at=datetime(2026, 10, 7, 12, 0)))


def test_agent_names_are_offered_most_recent_first(workspace: Workspace, case_id: int) -> None:
    workspace.journal.log(case_id, _contact(agent_name="Ines"))
    workspace.journal.log(case_id, _contact(agent_name="Malik", occurred_at=T0 + timedelta(1)))
    workspace.journal.log(case_id, _contact(agent_name="Ines", occurred_at=T0 - timedelta(1)))
    assert workspace.journal.agent_names(case_id) == ["Malik", "Ines"]


def test_a_huge_summary_with_right_to_left_text_is_kept_exactly(workspace: Workspace,
                                                                case_id: int) -> None:
    summary = ("\u202bמחיר\u202c " * 10_000).strip()
    workspace.journal.log(case_id, _contact(summary=summary))
    assert workspace.cases.detail(case_id).interactions[0].summary == summary
