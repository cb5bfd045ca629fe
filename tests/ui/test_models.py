"""Every item model passes qtmodeltester, with real data from the services."""

from __future__ import annotations

from datetime import UTC, date, datetime

from casekeeper.domain.case_summary import CaseSummary
from casekeeper.domain.enums import CaseStatus, Stage
from casekeeper.services.clock import today_in
from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import Workspace
from casekeeper.ui.cases.case_filter import CaseFilterModel
from casekeeper.ui.cases.case_list_model import CaseListModel, CaseRole
from casekeeper.ui.common import knowledge_adapter
from casekeeper.ui.deadlines.deadline_model import DeadlineModel
from casekeeper.ui.evidence.evidence_model import EvidenceModel
from casekeeper.ui.journal.timeline_entries import timeline_entries
from casekeeper.ui.journal.timeline_model import TimelineModel


def test_the_case_list_model_is_well_behaved(qtmodeltester, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    create_sample_case(workspace)
    model = CaseListModel("Europe/Paris")
    model.set_cases(workspace.cases.summaries())
    qtmodeltester.check(model)
    assert "Promises not kept: 2" in model.index(0, 0).data(CaseRole.BADGE)


def test_the_case_filter_keeps_status_stage_and_search_matches(qtmodeltester, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    sample = create_sample_case(workspace)
    from casekeeper.domain.dto import CaseInput

    other = workspace.cases.create(CaseInput(title="Refund never came", merchant="Nordvik"))
    workspace.cases.close(other, "settled", resolved=True)
    model = CaseListModel()
    model.set_cases(workspace.cases.summaries())
    proxy = CaseFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
    proxy.set_status("closed")
    assert proxy.index(0, 0).data(CaseRole.STATUS) == CaseStatus.RESOLVED.value
    proxy.set_status("all")
    proxy.set_stage(Stage.FORMAL_COMPLAINT.value)
    assert [proxy.index(row, 0).data(CaseRole.ID) for row in range(proxy.rowCount())] == [sample]
    proxy.set_stage("")
    proxy.set_matching_ids(frozenset({other}))
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data(CaseRole.ID) == other


def _summary(case_id: int, status: CaseStatus, broken: int) -> CaseSummary:
    return CaseSummary(
        id=case_id, title=f"Case {case_id}", merchant="Shop", country="FR", status=status,
        stage=Stage.FIRST_CONTACT, amount=None, currency=None, last_contact_at=None,
        interaction_count=0, open_promises=broken, broken_promises=broken, overdue_promises=0,
        updated_at=datetime(2026, 11, 1, tzinfo=UTC),
    )


def test_the_case_filter_works_out_its_rows_again_for_new_rows_and_filters(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The filter answers from lists worked out once per rows and filter: every change is seen."""
    model = CaseListModel()
    proxy = CaseFilterModel()
    proxy.setSourceModel(model)
    statuses = (CaseStatus.OPEN, CaseStatus.RESOLVED, CaseStatus.OPEN, CaseStatus.CLOSED_UNRESOLVED)
    model.set_cases([_summary(n + 1, status, n % 2) for n, status in enumerate(statuses)])
    qtmodeltester.check(proxy)

    def shown() -> list[int]:
        return [proxy.index(row, 0).data(CaseRole.ID) for row in range(proxy.rowCount())]

    def badges_agree() -> bool:
        return all(proxy.has_badge(row) == bool(proxy.index(row, 0).data(CaseRole.BADGE))
                   for row in range(proxy.rowCount()))

    assert shown() == [1, 3] and badges_agree()
    model.set_cases([_summary(7, CaseStatus.OPEN, 1), _summary(8, CaseStatus.OPEN, 0)])
    assert shown() == [7, 8] and proxy.has_badge(0) and not proxy.has_badge(1) and badges_agree()
    proxy.set_status("closed")
    assert shown() == []
    model.set_cases([_summary(n + 1, status, 1) for n, status in enumerate(statuses)])
    assert shown() == [2, 4] and badges_agree()  # a closed case is quiet: no badge line
    proxy.set_status("all")
    proxy.set_matching_ids(frozenset({3, 4}))
    assert shown() == [3, 4] and badges_agree() and not proxy.has_badge(5)


def test_the_case_list_rows_take_three_lines_with_a_badge_and_follow_the_font(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QStyleOptionViewItem

    from casekeeper.ui.cases.case_list_panel import CaseListPanel

    model = CaseListModel()
    panel = CaseListPanel(model)
    qtbot.addWidget(panel)
    model.set_cases([_summary(1, CaseStatus.OPEN, 2), _summary(2, CaseStatus.OPEN, 0)])
    delegate = panel.view.itemDelegate()
    option = QStyleOptionViewItem()
    option.font = panel.view.font()
    with_badge = delegate.sizeHint(option, panel.proxy.index(0, 0)).height()
    without = delegate.sizeHint(option, panel.proxy.index(1, 0)).height()
    assert with_badge > without > 0
    assert panel.view.visualRect(panel.proxy.index(0, 0)).height() == with_badge
    bigger = QFont(panel.view.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 2)
    panel.view.setFont(bigger)  # a larger system font: the rows are measured again
    option.font = bigger
    assert delegate.sizeHint(option, panel.proxy.index(1, 0)).height() > without


def test_the_timeline_model_groups_by_day_newest_first(qtmodeltester, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    case = workspace.cases.detail(create_sample_case(workspace))
    model = TimelineModel("Europe/Paris")
    model.set_entries(timeline_entries(case))
    qtmodeltester.check(model)
    assert model.entry_at(0) is None  # a day heading
    first, last = model.entry_at(1), model.entry_at(model.rowCount() - 1)
    assert first is not None and last is not None and first.when > last.when
    model.set_newest_first(False)
    qtmodeltester.check(model)
    assert model.entry_at(1) is not None and model.entry_at(1).when == last.when  # type: ignore[union-attr]


def test_the_evidence_model_has_thumbnails_for_pictures(qtmodeltester, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    case = workspace.cases.detail(create_sample_case(workspace))
    model = EvidenceModel("Europe/Paris")
    model.set_exhibits(list(case.evidence))
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "E1"
    assert not model.index(0, 0).data(1).isNull()  # DecorationRole


def test_the_deadline_model_lists_the_computed_deadlines(qtmodeltester, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    case = workspace.cases.detail(create_sample_case(workspace))
    views = knowledge_adapter.deadlines(workspace.rules, case, today_in(workspace.clock))
    model = DeadlineModel()
    model.set_deadlines(views)
    qtmodeltester.check(model)
    dues = [view.due for view in views]
    assert dues == sorted(dues) and all(isinstance(day, date) for day in dues)
    states = {model.index(row, 3).data() for row in range(model.rowCount())}
    assert any(state.startswith("Missed") for state in states)


def test_the_timeline_builds_a_contact_row_only_when_it_is_shown() -> None:
    from datetime import UTC, datetime, timedelta

    from casekeeper.domain.enums import TrashKind
    from casekeeper.ui.journal.timeline_entries import PendingEntry, TimelineEntry
    from casekeeper.ui.journal.timeline_model import TimelineModel

    built: list[int] = []

    def pending(number: int) -> PendingEntry:
        when = datetime(2026, 1, 1, 9, tzinfo=UTC) + timedelta(days=number)

        def build() -> TimelineEntry:
            built.append(number)
            return TimelineEntry(TrashKind.INTERACTION, number, when, "phone", f"Call {number}")

        return PendingEntry(TrashKind.INTERACTION, number, when, build)

    model = TimelineModel("Europe/Paris")
    model.set_entries([pending(n) for n in range(50)])
    assert model.rowCount() == 100 and built == []  # a day heading and a contact per day
    assert model.row_of(7, TrashKind.INTERACTION) == 85 and built == []
    entry = model.entry_at(85)
    assert entry is not None and entry.title == "Call 7" and built == [7]
    model.entry_at(85)
    assert built == [7]  # built once
