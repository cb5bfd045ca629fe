"""The case currently shown: reload, select, save details, delete with Undo, search."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from casekeeper.domain.dto import CaseDetail, DeadlineView
from casekeeper.domain.enums import Stage, TrashKind
from casekeeper.errors import InputError, KnownError
from casekeeper.services.clock import today_in
from casekeeper.ui.app.case_page import CasePage
from casekeeper.ui.cases.case_list_model import CaseListModel
from casekeeper.ui.cases.case_list_panel import CaseListPanel
from casekeeper.ui.cases.case_view_data import CaseViewData, read_ladder, read_view_data
from casekeeper.ui.common.error_report import Reporter
from casekeeper.ui.common.i18n import format_time, translate
from casekeeper.ui.common.input_messages import message_for
from casekeeper.ui.common.labels import is_closed
from casekeeper.ui.common.status_panel import StatusPanel
from casekeeper.ui.journal.timeline_entries import TimelineEntry, timeline_rows

if TYPE_CHECKING:
    from casekeeper.services.workspace import Workspace

AskUnsaved = Callable[[], str]
"""Returns ``save``, ``discard`` or ``cancel``."""


class CaseController(QObject):
    """Calls the services for the window and refreshes the views; no widgets of its own."""

    case_changed = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        cases: CaseListModel,
        panel: CaseListPanel,
        page: CasePage,
        status: StatusPanel,
        report: Reporter,
        ask_unsaved: AskUnsaved,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.cases = cases
        self.panel = panel
        self.page = page
        self.status = status
        self.report = report
        self.ask_unsaved = ask_unsaved
        self.view_data: CaseViewData | None = None
        self._case_id = 0
        self._matching: frozenset[int] | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._run_search)
        self._search_text = ""
        panel.case_selected.connect(self._on_selected)
        page.details.save_requested.connect(self.save_details)
        page.details.dirty_changed.connect(
            lambda dirty: status.set_unsaved() if dirty else status.set_clean()
        )

    @property
    def case(self) -> CaseDetail | None:
        """The case shown, if any."""
        return self.view_data.case if self.view_data else None

    @property
    def case_id(self) -> int:
        """The id of the case shown, or 0."""
        return self._case_id

    def reload_cases(self, select: int | None = None) -> None:
        """Read the case list again and keep (or move) the selection."""
        self.cases.set_cases(self.workspace.cases.summaries())
        self.panel.select_case(select if select is not None else self._case_id)

    def refresh(self) -> None:
        """After any change to the current case: list, header, tabs; then say it was saved."""
        self.reload_cases()
        self.show_case(self._case_id)
        self.status.set_saved(format_time(self.workspace.clock.now(), self.workspace.clock.local_zone()))

    def show_case(self, case_id: int, *, timeline_first: bool = False) -> None:
        """Fill the right pane with one case (or clear it).

        ``timeline_first`` (a case picked in the list): the case's title and timeline are put on
        screen before its advice is worked out (for a case of 2,000 contacts and a hundred
        deadlines, the advice is a third of the work); the next step, the deadlines and the
        other tabs follow within this same call.
        """
        self._case_id = case_id
        page = self.page
        if not case_id:
            self.view_data = None
            page.header.clear()
            page.timeline_model.set_entries([])
            page.timeline.empty_text = ""
            page.evidence_model.set_exhibits([])
            page.deadline_model.set_deadlines([])
            page.details.show_case(None)
            page.set_counts(0, 0)
            self.case_changed.emit(0)
            return
        try:
            case = self.workspace.cases.detail(case_id)
        except KnownError as error:
            self.report(error)
            return
        ladder = read_ladder(self.workspace.rules, case)
        painted = timeline_first and self._paint_timeline_first(case, ladder)
        data = read_view_data(self.workspace.rules, case, today_in(self.workspace.clock), ladder)
        self.view_data = data
        page.header.show_case(case, data.next_words, data.ladder)
        if not painted:
            page.header.show_pause(self._pause_words(case))
            self._fill_timeline(case)
        page.evidence_model.set_exhibits(list(case.evidence))
        deadlines = self._with_pause(case, data.deadlines)
        page.deadline_model.set_deadlines(deadlines, case_closed=is_closed(case))
        if page.details.dirty and page.details.case is not None and page.details.case.id == case_id:
            page.details.keep_edits_over(case)  # a refresh after another change keeps typing
        else:
            page.details.show_case(case)
        page.set_counts(len(case.evidence), len(deadlines))
        self.case_changed.emit(case_id)

    def _paint_timeline_first(self, case: CaseDetail, ladder: tuple[Stage, ...]) -> bool:
        """Show the case's header (without its next step) and timeline, and paint them now."""
        page = self.page
        if not page.isVisible():
            return False
        page.header.show_case(case, None, ladder)
        page.header.show_pause(self._pause_words(case))  # a line of its own: shown from the start
        self._fill_timeline(case)
        page.set_counts(len(case.evidence), None)
        for widget in (page.header, page):  # lay out now: the header lost or gained a line
            layout = widget.layout()  # (the example's banner), and a paint before the posted
            if layout is not None:  # layout would show this case at the last case's places
                layout.activate()
        page.header.repaint()  # repainting the page would not reach the timeline's viewport
        page.timeline.viewport().repaint()
        return True

    def _fill_timeline(self, case: CaseDetail) -> None:
        page = self.page
        page.timeline_model.set_entries(timeline_rows(case))
        page.timeline.empty_text = translate(
            "Timeline",
            "Nothing logged yet. Log your first contact with Klarna with Log contact (Ctrl+L), "
            "or attach a document by dropping it here.",
        )

    def _with_pause(self, case: CaseDetail, deadlines: list[DeadlineView]) -> list[DeadlineView]:
        """The case's deadlines with the day its paused payment resumes (the payment plan)."""
        from casekeeper.ui.common.i18n import current_language

        try:
            pause = self.workspace.plans.deadline(case, current_language())
        except KnownError as error:
            self.report(error)
            return deadlines
        if pause is None:
            return deadlines
        return sorted([*deadlines, pause], key=lambda view: (view.due, view.key))

    def _pause_words(self, case: CaseDetail) -> str:
        from casekeeper.ui.common.i18n import current_language
        from casekeeper.ui.journal.plan_dialog import pause_words

        try:
            return pause_words(self.workspace.plans.view(case.id, current_language(), case))
        except KnownError as error:
            self.report(error)
            return ""

    def may_leave_case(self) -> bool:
        """Ask about unsaved details; True when it is fine to move on."""
        if not self.page.details.dirty:
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save_details()
        if answer == "discard":
            self.page.details.revert()
            return True
        return False

    def _on_selected(self, case_id: int) -> None:
        if case_id == self._case_id and (self.view_data is not None or not case_id):
            return
        if case_id != self._case_id and not self.may_leave_case():
            self.panel.select_case(self._case_id)
            return
        self.show_case(case_id, timeline_first=True)
        self.panel.select_case(case_id)  # a save may have reloaded the list meanwhile

    def save_details(self) -> bool:
        """Save the Details tab; a refused field is marked where it is."""
        details = self.page.details
        case = details.case
        if case is None:
            return True
        details.form.errors.clear()
        before = case.as_input()
        try:
            self.workspace.cases.update(case.id, details.form.value())
        except InputError as error:
            details.form.errors.show(error.field, message_for(error))
            return False
        except KnownError as error:
            self.report(error)
            return False
        details.mark_saved()
        self.refresh()
        self.offer_undo_edit(
            translate("Controller", "Details of “%1” saved.").replace("%1", case.title),
            lambda: self.workspace.cases.update(case.id, before),
        )
        return True

    def offer_undo_edit(self, message: str, undo: Callable[[], None]) -> None:
        """After an edit: the Undo bar (Ctrl+Z) puts the previous values back."""

        def run() -> None:
            try:
                undo()
            except KnownError as error:
                self.report(error)
            self.refresh()

        self.page.undo_bar.offer(message, run)

    # ---- delete and undo ------------------------------------------------------------------------

    def delete_entry(self, entry: TimelineEntry) -> None:
        """Move a timeline entry to the trash and offer Undo."""
        deleters = {
            TrashKind.INTERACTION: self.workspace.journal.delete,
            TrashKind.STAGE_CHANGE: self.workspace.journal.delete_stage,
            TrashKind.PROMISE: self.workspace.journal.delete_promise,
            TrashKind.EVIDENCE: self.workspace.evidence.delete,
        }
        try:
            deleters[entry.kind](entry.record_id)
        except KnownError as error:
            self.report(error)
            return
        self.refresh()
        message = translate("Controller", "Moved to the trash: %1").replace("%1", entry.title)
        self.page.undo_bar.offer(message, lambda: self._restore(entry.kind, entry.record_id))

    def _restore(self, kind: TrashKind, record_id: int) -> None:
        try:
            self.workspace.trash.restore(kind, record_id)
        except KnownError as error:
            self.report(error)
        self.refresh()

    # ---- search ---------------------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Filter the case list as one types (debounced)."""
        self._search_text = text
        self._search_timer.start()

    def _run_search(self) -> None:
        """Narrow the list to the matching cases; a query that matches more entries than one
        keystroke reads (an unselective one: a letter or two over a big journal) leaves every
        case listed and says so, rather than hide a case that matches."""
        text = self._search_text.strip()
        ids: frozenset[int] | None = None
        if text:
            found = self.workspace.search.matching_cases(text)
            ids = found.ids if found.complete else None
            if not found.complete:
                self.panel.show_too_many(text, found.read)
        self.panel.proxy.set_matching_ids(ids)
        if ids is not None or not text:
            self.panel.show_no_match(text if ids is not None and not ids else "")
        self.panel.select_case(self._case_id)
