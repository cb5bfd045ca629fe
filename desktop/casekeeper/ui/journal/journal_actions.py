"""Promises settled, stage changes edited or deleted: the journal's gestures on the timeline."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from casekeeper.domain.dto import PromiseInput, PromiseView
from casekeeper.domain.enums import CaseStatus, DeadlineKind, PromiseState, TrashKind
from casekeeper.errors import KnownError
from casekeeper.ui.common.case_shown import CaseShown
from casekeeper.ui.common.dialogs import open_dialog
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.icons import icon
from casekeeper.ui.journal.timeline_entries import TimelineEntry


class JournalActions(QObject):
    """Context menus and double-clicks on the timeline and the Deadlines tab."""

    def __init__(self, controller: CaseShown, window: QWidget,
                 edit_contact: Callable[[TimelineEntry], QDialog | None] | None = None) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.edit_contact = edit_contact
        self.last_dialog: QDialog | None = None
        self.last_menu: QMenu | None = None

    def install(self) -> None:
        """Wire the timeline and the deadlines table of the case page."""
        page = self.controller.page
        timeline = page.timeline
        timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        timeline.customContextMenuRequested.connect(self._timeline_menu)
        timeline.edit_requested.connect(self.open_entry)
        table = page.deadlines.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._deadline_menu)
        table.doubleClicked.connect(self._deadline_double_clicked)

    # ---- lookups --------------------------------------------------------------------------------

    def promise(self, promise_id: int) -> PromiseView | None:
        """A promise of the case shown."""
        case = self.controller.case
        return next((p for p in case.promises if p.id == promise_id), None) if case else None

    def promises_of(self, entry: TimelineEntry) -> list[PromiseView]:
        """The promises an entry stands for (a lone promise, or those made in a contact)."""
        case = self.controller.case
        if case is None:
            return []
        if entry.kind is TrashKind.PROMISE:
            return [p for p in case.promises if p.id == entry.record_id]
        if entry.kind is TrashKind.INTERACTION:
            return [p for p in case.promises if p.interaction_id == entry.record_id]
        return []

    def _promise_at(self, index: QModelIndex) -> PromiseView | None:
        data = self.controller.view_data
        if data is None or not index.isValid() or index.row() >= len(data.deadlines):
            return None
        view = data.deadlines[index.row()]
        if view.kind is not DeadlineKind.PROMISE or view.record_id is None:
            return None
        return self.promise(view.record_id)

    # ---- menus ----------------------------------------------------------------------------------

    def promise_actions(self, menu: QMenu, promise: PromiseView) -> None:
        """Mark kept / Mark broken / Set back to pending, and delete."""
        kept = menu.addAction(icon("check"), translate("Journal", "Mark &kept…"))
        kept.triggered.connect(lambda: self.settle(promise.id, PromiseState.KEPT))
        broken = menu.addAction(icon("warning"), translate("Journal", "Mark &broken…"))
        broken.triggered.connect(lambda: self.settle(promise.id, PromiseState.BROKEN))
        pending = menu.addAction(translate("Journal", "Set back to &pending"))
        pending.setEnabled(promise.state is not PromiseState.PENDING)
        pending.triggered.connect(lambda: self.set_pending(promise.id))
        delete = menu.addAction(icon("delete"), translate("Journal", "Move the promise to the trash"))
        delete.triggered.connect(lambda: self.delete_promise(promise))

    def entry_menu(self, entry: TimelineEntry) -> QMenu:
        """The context menu of a timeline entry."""
        menu = QMenu(self.window)
        is_open = self.controller.case is not None and self.controller.case.status is CaseStatus.OPEN
        if entry.kind in (TrashKind.INTERACTION, TrashKind.STAGE_CHANGE):
            edit = menu.addAction(translate("Journal", "&Edit…"))
            edit.triggered.connect(lambda: self.open_entry(entry, contacts_too=True))
        if entry.kind is TrashKind.INTERACTION:
            adding = menu.addAction(icon("promise"), translate("Journal", "Add a &promise to this contact…"))
            adding.triggered.connect(lambda: self.add_promise(entry.record_id))
        promises = self.promises_of(entry)
        if entry.kind is TrashKind.PROMISE and promises:
            self.promise_actions(menu, promises[0])
        else:
            for promise in promises:
                self.promise_actions(menu.addMenu(icon("promise"), self._promise_title(promise)), promise)
        if entry.kind is not TrashKind.PROMISE:
            menu.addSeparator()
            delete = menu.addAction(icon("delete"), translate("Journal", "Move to the &trash"))
            delete.triggered.connect(lambda: self.controller.delete_entry(entry))
        for action in menu.actions():
            if not is_open and isinstance(action, QAction):
                action.setEnabled(False)
        self.last_menu = menu
        return menu

    @staticmethod
    def _promise_title(promise: PromiseView) -> str:
        text = promise.text if len(promise.text) <= 40 else promise.text[:39] + "…"
        return translate("Journal", "Promise: %1").replace("%1", text)

    def _timeline_menu(self, position: QPoint) -> None:
        timeline = self.controller.page.timeline
        entry = timeline.current_entry() if timeline.indexAt(position).isValid() else None
        if entry is not None:
            self.entry_menu(entry).popup(timeline.viewport().mapToGlobal(position))

    def _deadline_menu(self, position: QPoint) -> None:
        table = self.controller.page.deadlines.table
        promise = self._promise_at(table.indexAt(position))
        if promise is None:
            return
        menu = QMenu(self.window)
        self.promise_actions(menu, promise)
        self.last_menu = menu
        menu.popup(table.viewport().mapToGlobal(position))

    def _deadline_double_clicked(self, index: QModelIndex) -> None:
        promise = self._promise_at(index)
        if promise is not None:
            self.settle(promise.id, promise.state)

    # ---- the gestures ---------------------------------------------------------------------------

    def open_entry(self, entry: TimelineEntry, contacts_too: bool = False) -> QDialog | None:
        """Double-click: a promise opens its settle dialog, a stage change its editor."""
        if entry.kind is TrashKind.PROMISE:
            promise = self.promise(entry.record_id)
            return self.settle(entry.record_id, promise.state) if promise else None
        if entry.kind is TrashKind.STAGE_CHANGE:
            return self.edit_stage(entry)
        if contacts_too and entry.kind is TrashKind.INTERACTION:
            return self.edit_contact(entry) if self.edit_contact is not None else None
        return None

    def add_promise(self, contact_id: int | None = None) -> QDialog | None:
        """Record a promise in a logged contact (``contact_id``) or on its own."""
        from casekeeper.services.clock import today_in
        from casekeeper.ui.journal.add_promise import AddPromiseDialog

        case = self.controller.case
        if case is None:
            return None
        workspace = self.controller.workspace
        case_id = case.id

        def save(data: PromiseInput) -> int:
            promise_id = workspace.journal.add_promise(case_id, data)
            self.controller.refresh()
            return promise_id

        dialog = AddPromiseDialog(
            list(case.interactions), save, today_in(workspace.clock), contact_id, self.window
        )
        return self._open(dialog)

    def _open(self, dialog: QDialog) -> QDialog:
        self.last_dialog = open_dialog(dialog)
        return dialog

    def settle(self, promise_id: int, state: PromiseState) -> QDialog | None:
        """Ask how the promise ended (the state preselected), with the contact that settled it."""
        from casekeeper.ui.journal.settle_promise import SettlePromiseDialog
        promise = self.promise(promise_id)
        case = self.controller.case
        if promise is None or case is None:
            return None
        journal = self.controller.workspace.journal

        def save(new_state: PromiseState, contact: int | None, note: str) -> None:
            if new_state is PromiseState.PENDING:
                journal.reopen_promise(promise_id)
            else:
                journal.settle_promise(
                    promise_id, kept=new_state is PromiseState.KEPT, by_interaction=contact, note=note
                )

        dialog = SettlePromiseDialog(promise, list(case.interactions), state, save, self.window)
        dialog.accepted.connect(self.controller.refresh)
        return self._open(dialog)

    def set_pending(self, promise_id: int) -> None:
        """Set a settled promise back to pending."""
        try:
            self.controller.workspace.journal.reopen_promise(promise_id)
        except KnownError as error:
            self.controller.report(error)
        self.controller.refresh()

    def delete_promise(self, promise: PromiseView) -> None:
        """Move a promise to the trash, with Undo."""
        entry = TimelineEntry(
            TrashKind.PROMISE, promise.id, promise.made_at or self.controller.workspace.clock.now(),
            "promise", self._promise_title(promise),
        )
        self.controller.delete_entry(entry)

    def edit_stage(self, entry: TimelineEntry) -> QDialog | None:
        """Correct a recorded stage change, or move it to the trash (with Undo)."""
        from casekeeper.ui.journal.stage_edit import StageEditDialog
        journal = self.controller.workspace.journal
        try:
            stage = journal.stage(entry.record_id)
        except KnownError as error:
            self.controller.report(error)
            return None
        from casekeeper.domain.dto import StageInput

        before = StageInput(stage=stage.stage, occurred_at=stage.occurred_at, zone=stage.zone,
                            reference=stage.reference, body=stage.body, note=stage.note)
        edited: list[bool] = []

        def save(data: StageInput) -> None:
            journal.edit_stage(stage.id, data)
            edited.append(True)

        def saved() -> None:
            self.controller.refresh()
            if edited:
                self.controller.offer_undo_edit(
                    translate("Journal", "Step changed."), lambda: journal.edit_stage(stage.id, before))

        dialog = StageEditDialog(stage, save, self.window)
        dialog.delete_requested.connect(lambda: self.controller.delete_entry(entry))
        dialog.accepted.connect(saved)
        return self._open(dialog)
