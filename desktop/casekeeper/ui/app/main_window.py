"""The main window: composes the views, wires actions to the controller; holds no business logic.

It is built in two steps so that a start-up paints at once: the frame (title, size, an empty
split view: Qt only, nothing else imported), then, after the first paint, the case list
(``show_cases``) and everything else (``furnish``). Built with ``furnish=True`` (the default) it is
complete straight away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from casekeeper.ui.common.settings import Settings

if TYPE_CHECKING:  # and what the frame does not use is imported where it is used: each Qt class
    # costs its enums on first import, and the frame paints before any of them is needed
    from pathlib import Path

    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QShowEvent
    from PySide6.QtWidgets import QDialog, QLineEdit

    from casekeeper.domain.dto import CaseSummary, EvidenceView
    from casekeeper.export.checklist import ChecklistItem
    from casekeeper.services.workspace import Workspace
    from casekeeper.ui.app.about import AboutDialog
    from casekeeper.ui.app.actions import Actions
    from casekeeper.ui.app.case_dialogs import CaseDialogs
    from casekeeper.ui.app.case_page import CasePage
    from casekeeper.ui.app.controller import CaseController
    from casekeeper.ui.cases.case_list_model import CaseListModel
    from casekeeper.ui.cases.case_list_panel import CaseListPanel
    from casekeeper.ui.common.message_bar import MessageBar
    from casekeeper.ui.common.status_panel import StatusPanel
    from casekeeper.ui.common.tasks import TaskRunner
    from casekeeper.ui.contact.contact_actions import ContactActions
    from casekeeper.ui.data.data_actions import DataActions
    from casekeeper.ui.deadlines.deadline_actions import DeadlineActions
    from casekeeper.ui.dossier.dossier_actions import DossierActions
    from casekeeper.ui.evidence.evidence_actions import EvidenceActions
    from casekeeper.ui.journal.journal_actions import JournalActions
    from casekeeper.ui.journal.mail_import_actions import MailImportActions
    from casekeeper.ui.journal.plan_actions import PlanActions
    from casekeeper.ui.letters.letter_actions import LetterActions

CHANNEL_REFRESH_MS = 30_000


class MainWindow(QMainWindow):
    """Shows at once; the case list is read just after the first paint."""

    case_model: CaseListModel
    case_list: CaseListPanel
    page: CasePage
    messages: MessageBar
    search: QLineEdit
    status: StatusPanel
    tasks: TaskRunner
    controller: CaseController
    evidence: EvidenceActions
    dialogs: CaseDialogs
    actions_: Actions
    journal: JournalActions
    mail_import: MailImportActions
    plan: PlanActions
    dossier: DossierActions
    letters: LetterActions
    deadlines: DeadlineActions
    contact: ContactActions
    data: DataActions

    def __init__(self, workspace: Workspace, settings: Settings | None = None, *,
                 furnish: bool = True) -> None:
        super().__init__()
        self.workspace = workspace
        self.settings = settings or Settings(workspace.paths.settings_file)
        self.furnished = False
        self.last_dialog: QDialog | None = None
        self._picked_early = 0
        self.setWindowTitle("Case Keeper")
        self.splitter = QSplitter()  # horizontal (naming Qt's enums here would cost 10 ms before the paint)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(QWidget())  # the case list's place
        self.splitter.addWidget(QWidget())  # the case page's place
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        central = QWidget()
        self._column = QVBoxLayout(central)
        self._column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._restore_geometry()
        if furnish:
            self.furnish()

    def show_cases(self, rows: list[CaseSummary]) -> None:
        """Fill the case list now, before the rest of the window is built (start-up)."""
        self._build_case_list()
        self.case_model.set_cases(rows)

    def _build_case_list(self) -> None:
        if hasattr(self, "case_list"):
            return
        from casekeeper.ui.cases.case_list_model import CaseListModel
        from casekeeper.ui.cases.case_list_panel import CaseListPanel

        self.case_model = CaseListModel(self.workspace.clock.local_zone())
        self.case_list = CaseListPanel(self.case_model)
        self.case_list.set_status_filter(self.settings.status_filter)
        self._put_in_place(0, self.case_list)

    def _put_in_place(self, index: int, widget: QWidget) -> None:
        """Swap the placeholder at ``index`` of the splitter for ``widget`` (sizes are kept)."""
        placeholder = self.splitter.replaceWidget(index, widget)
        if placeholder is not None:
            placeholder.deleteLater()

    def furnish(self) -> None:
        """Build the case page, the features, the actions, menus and toolbar; then read the data (once)."""
        if self.furnished:
            return
        from casekeeper.ui.app.action_table import action_table, menu_layout
        from casekeeper.ui.app.actions import build_actions, build_menus, build_toolbar
        from casekeeper.ui.app.case_dialogs import CaseDialogs
        from casekeeper.ui.app.case_page import CasePage
        from casekeeper.ui.app.controller import CaseController
        from casekeeper.ui.common.error_report import Reporter
        from casekeeper.ui.common.i18n import translate
        from casekeeper.ui.common.icons import icon
        from casekeeper.ui.common.message_bar import MessageBar
        from casekeeper.ui.common.status_panel import StatusPanel
        from casekeeper.ui.common.tasks import TaskRunner
        from casekeeper.ui.evidence.evidence_actions import EvidenceActions

        self._build_case_list()
        from PySide6.QtWidgets import QApplication, QLineEdit

        from casekeeper.ui.common.keyboard import install_keyboard_helper
        from casekeeper.ui.common.screen_fit import install_screen_fitter

        app = QApplication.instance()
        if app is not None:
            install_screen_fitter(app)
            install_keyboard_helper(app)
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.tasks = TaskRunner(self)
        self.page = CasePage(self.workspace.clock.local_zone())
        self._put_in_place(1, self.page)
        self.messages = MessageBar()
        self._column.insertWidget(0, self.messages)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("MainWindow", "Search all cases…"))
        self.search.setAccessibleName(translate("MainWindow", "Search all cases"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.status = StatusPanel(self.statusBar())
        report = Reporter(lambda text: self.messages.show_message(text))
        self.tasks.report = report  # what a failed operation says when its caller did not
        self.controller = CaseController(
            self.workspace,
            self.case_model,
            self.case_list,
            self.page,
            self.status,
            report,
            self._ask_unsaved,
            self,
        )
        self.evidence = EvidenceActions(self.controller, self.tasks, self.messages.show_message, self)
        self.dialogs = CaseDialogs(self.controller, self.evidence, self.settings, self)
        self._build_features()
        self.actions_ = build_actions(self, self, action_table())
        self.menus = build_menus(self, self.actions_, menu_layout())
        self.toolbar = build_toolbar(self, self.actions_)
        self.toolbar.addSeparator()
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search)
        self._wire()
        self._restore_splitter()
        self.keep_on_screen()  # the menus and toolbar may have made it taller
        from casekeeper.ui.common.keyboard import make_unique, menu_entries, widget_entries

        make_unique(menu_entries(self.menuBar()))
        make_unique(widget_entries(self.page.details))
        self._channel_timer = QTimer(self)
        self._channel_timer.setInterval(CHANNEL_REFRESH_MS)
        self._channel_timer.timeout.connect(self.refresh_channels)
        self.furnished = True
        self._picked_early = self.case_list.current_case_id()  # a click on the early list counts
        self.controller.show_case(0)
        self.deadlines.start()
        if getattr(self.workspace, "is_open", True):  # else the start-up calls load() once it is
            QTimer.singleShot(0, self.load)

    def _build_features(self) -> None:
        """Each feature the person sees, given what it needs (none of them knows this window)."""
        from PySide6.QtCore import Qt

        from casekeeper.ui.contact.contact_actions import ContactActions
        from casekeeper.ui.data.data_actions import DataActions
        from casekeeper.ui.deadlines.deadline_actions import DeadlineActions
        from casekeeper.ui.dossier.dossier_actions import DossierActions
        from casekeeper.ui.journal.journal_actions import JournalActions
        from casekeeper.ui.journal.mail_import_actions import MailImportActions
        from casekeeper.ui.journal.plan_actions import PlanActions
        from casekeeper.ui.letters.letter_actions import LetterActions

        workspace, shown = self.workspace, self.controller
        self.journal = JournalActions(shown, self, edit_contact=self.dialogs.edit_entry)
        self.journal.install()
        self.mail_import = MailImportActions(workspace, self.tasks, shown, self.messages.show_message,
                                             self)
        self.plan = PlanActions(workspace, shown, self.messages.show_message, self)
        self.dossier = DossierActions(workspace, self.tasks, shown, self)
        self.dossier.fix_requested.connect(self.fix)
        self.letters = LetterActions(workspace, self.tasks, shown, self)
        self.deadlines = DeadlineActions(workspace, self.settings, self.messages.show_message,
                                         self.open_case, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.deadlines.due)
        self._column.insertWidget(1, self.deadlines.bar)
        self.contact = ContactActions(workspace, self.dialogs.country,
                                      self.deadlines.reminders, self.refresh_channels, self,
                                      lambda channel, number: self.dialogs.live_contact(channel, number))
        self.dialogs.contact_shown.connect(self.contact.extend_contact_dialog)
        self.data = DataActions(workspace, self.tasks, shown, self.messages, self.settings,
                                self._after_restore, self)

    def _wire(self) -> None:
        a, c, d, page = self.actions_, self.controller, self.dialogs, self.page
        from casekeeper.ui.cases.delete_case import CaseDeleter, CaseListDeleteKey

        self.case_deleter = CaseDeleter(c, self.messages.show_message, self)
        page.header.delete_example_requested.connect(self.case_deleter.ask)
        self.case_list.view.installEventFilter(CaseListDeleteKey(self.case_deleter, self.case_list.view))
        from PySide6.QtWidgets import QApplication

        from casekeeper.ui.help.context_help import install_help_desk

        self.help_desk = install_help_desk(QApplication.instance() or self, self)
        a.newest_first.setChecked(self.settings.newest_first)
        page.newest_first.toggled.connect(a.newest_first.setChecked)
        page.newest_first.setChecked(self.settings.newest_first)
        page.timeline_model.set_newest_first(self.settings.newest_first)
        page.timeline.edit_requested.connect(d.edit_entry)
        page.evidence.open_requested.connect(self.evidence.open)
        page.evidence.reveal_requested.connect(self.evidence.reveal)
        page.evidence.edit_requested.connect(self.evidence.edit)
        page.evidence.delete_requested.connect(self._delete_exhibit)
        page.evidence.files_dropped.connect(self.evidence.attach)
        page.evidence.browse_requested.connect(self.evidence.browse)
        self.search.textChanged.connect(c.search)
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)  # Escape in the search field clears it
        clear.activated.connect(self.search.clear)
        c.case_changed.connect(self._case_changed)

    def load(self) -> None:
        """Read the case list and the channel state (after the window is painted).

        With a workspace that is not open yet (start-up), the application opens it after the
        first paint and calls this again.
        """
        if not self.furnished or not getattr(self.workspace, "is_open", True):
            return
        self.case_list.announce_later = True  # paint the list first, then open the case
        picked, self._picked_early = self._picked_early, 0
        try:
            self.controller.reload_cases(picked or None)
        finally:
            self.case_list.announce_later = False
        self.refresh_channels()
        self._channel_timer.start()
        from casekeeper.i18n.told import told_in
        from casekeeper.ui.common.i18n import current_language

        for notice in getattr(getattr(self.workspace, "db", None), "notices", ()):
            # e.g. a foreign write-ahead log set aside, in the window's language
            self.messages.show_message(told_in(notice, current_language()))

    def refresh_channels(self) -> None:
        """Phone and chat open or closed now, checked against the wall clock."""
        from casekeeper.errors import KnownError
        from casekeeper.ui.common import knowledge_adapter as rules
        from casekeeper.ui.contact.channel_words import status_line

        case = self.controller.case
        country = case.country if case else (self.settings.country or "FR")
        clock = self.workspace.clock
        try:
            cards = rules.live_channels(self.workspace.rules, country, clock.now())
        except KnownError:
            cards = []
        self.status.set_channels(status_line(cards, country))

    def _case_changed(self, case_id: int) -> None:
        from casekeeper.domain.enums import CaseStatus

        has_case = bool(case_id)
        is_open = (
            has_case and self.controller.case is not None and self.controller.case.status is CaseStatus.OPEN
        )
        self.actions_.update_enabled(has_case, is_open)
        self.deadlines.case_changed()
        if self._channel_timer.isActive():  # after load(): the rules are read behind the first paint
            QTimer.singleShot(0, self.refresh_channels)  # after the case has painted

    # ---- gestures of the window itself (the action table names them) ------------------------------

    def focus_search(self) -> None:
        """Edit > Search: the search field, its text selected."""
        self.search.setFocus()
        self.search.selectAll()

    def open_about(self) -> AboutDialog:
        """Help > About Case Keeper."""
        from casekeeper.ui.app.about import AboutDialog
        from casekeeper.ui.common.dialogs import open_dialog

        dialog = open_dialog(AboutDialog(self.workspace.paths.data_dir, self))
        self.last_dialog = dialog
        return dialog

    def open_case(self, case_id: int) -> None:
        """Show a case, even when the list's filter or search hid it."""
        controller = self.controller
        controller.panel.select_case(case_id)
        if controller.case_id != case_id:
            self.search.clear()
            controller.panel.set_status_filter("all")
            controller.reload_cases(case_id)

    def fix(self, case_id: int, item: ChecklistItem) -> str:
        """Go to the place where a dossier checklist item is fixed."""
        from casekeeper.ui.app.case_navigation import go_to

        if self.controller.case_id != case_id:
            self.open_case(case_id)
        return go_to(self.controller, self, item.record_kind, item.record_id, item.code)

    def _after_restore(self) -> None:
        """A backup was put back: show the same case again if it still exists."""
        controller = self.controller
        previous = controller.case_id
        controller.show_case(0)
        controller.reload_cases(previous)
        if previous and controller.case_id != previous:
            controller.reload_cases(0)
        self.refresh_channels()

    def edit_selected(self) -> None:
        """Edit > Edit selected entry…."""
        entry = self.page.timeline.current_entry()
        if entry is not None:
            self.dialogs.edit_entry(entry)

    def delete_selected(self) -> None:
        """Delete what is selected in the visible tab (timeline entry or exhibit).

        The Delete key in the case list is about the case instead (``CaseListDeleteKey``)."""
        if self.page.tabs.currentWidget() is self.page.evidence:
            exhibit = self.page.evidence.current()
            if exhibit is not None:
                self._delete_exhibit(exhibit)
            return
        entry = self.page.timeline.current_entry()
        if entry is not None:
            self.controller.delete_entry(entry)

    def _delete_exhibit(self, exhibit: EvidenceView) -> None:
        from casekeeper.domain.enums import TrashKind
        from casekeeper.ui.journal.timeline_entries import TimelineEntry

        entry = TimelineEntry(
            TrashKind.EVIDENCE, exhibit.id, exhibit.added_at, "evidence", f"{exhibit.label} {exhibit.title}"
        )
        self.controller.delete_entry(entry)

    # ---- drag and drop onto the window ------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from casekeeper.ui.common.drop_zone import FileDropTarget

        FileDropTarget.handle_drag(self, event)  # type: ignore[arg-type]

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        from casekeeper.ui.common.drop_zone import FileDropTarget

        FileDropTarget.handle_drag(self, event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        from casekeeper.ui.common.drop_zone import dropped_files

        files: list[Path] = dropped_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            others = self.mail_import.split_drop(files)  # e-mails open the import preview
            if others:
                self.evidence.attach(others)

    # ---- state and closing -----------------------------------------------------------------------

    def _ask_unsaved(self) -> str:
        from PySide6.QtWidgets import QMessageBox

        from casekeeper.ui.common.i18n import translate

        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Unsaved changes"),
            translate("MainWindow", "The case details have unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(
            answer, "cancel"
        )

    def _restore_geometry(self) -> None:
        from PySide6.QtCore import QSize

        from casekeeper.ui.common.screen_area import available, room

        geometry = self.settings.window_state("geometry")
        area = available(self)
        if geometry is None or not self.restoreGeometry(geometry):
            metrics = self.fontMetrics()
            least = QSize(metrics.averageCharWidth() * 150, metrics.lineSpacing() * 40)
            large = QSize(area.width() * 3 // 4, area.height() * 3 // 4)  # roomy on a large screen
            self.resize(least.expandedTo(large).boundedTo(room(self)))
        self.keep_on_screen()
        self.splitter.setSizes([self.width() // 3, self.width() * 2 // 3])

    def keep_on_screen(self) -> None:
        """Clamp the window to its screen (a geometry saved on a larger screen or at another scale)."""
        from casekeeper.ui.common.screen_area import available, fit_rect

        if self.isMaximized() or self.isFullScreen():
            return
        area = available(self)
        frame = self.frameGeometry()
        margins = frame.size() - self.geometry().size()
        wanted = fit_rect(frame, area)
        self.resize(wanted.size() - margins)
        self.move(wanted.topLeft())

    def _restore_splitter(self) -> None:
        splitter = self.settings.window_state("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        """Remember geometry, splitter and view choices."""
        if not self.furnished:
            self.settings.save_window_state("geometry", self.saveGeometry())
            self.settings.sync()
            return
        self.settings.save_window_state("geometry", self.saveGeometry())
        self.settings.save_window_state("splitter", self.splitter.saveState())
        self.settings.newest_first = self.page.newest_first.isChecked()
        self.settings.status_filter = str(self.case_list.status.currentData())
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.keep_on_screen()  # the system placed it from the saved geometry: keep it all visible

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.furnished:  # closed during start-up: nothing can be unsaved yet
            event.accept()
            return
        if not self.controller.may_leave_case():
            event.ignore()
            return
        self._channel_timer.stop()
        self.deadlines.reminders.timer.stop()
        self.tasks.wait()
        self.deadlines.reminders.wait()
        self.save_state()
        event.accept()
