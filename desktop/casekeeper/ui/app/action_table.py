"""Every action of the main window, declared once: text, shortcut, icon, menu, toolbar and handler.

The menus and the toolbar are built from this table (``actions.py``); nothing is inserted by
position or looked up by name. To add a gesture: add one row here, with its handler on the
window's feature (``window.dossier``, ``window.data``...), and its French text in the glossary.
Rows appear in their menu in table order; ``group`` starts a new section (a separator).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction, QKeySequence

from casekeeper.domain.enums import Channel
from casekeeper.ui.common.i18n import translate

if TYPE_CHECKING:
    from casekeeper.ui.app.case_dialogs import CaseDialogs
    from casekeeper.ui.app.case_page import CasePage
    from casekeeper.ui.app.controller import CaseController
    from casekeeper.ui.cases.delete_case import CaseDeleter
    from casekeeper.ui.data.data_actions import DataActions
    from casekeeper.ui.deadlines.deadline_actions import DeadlineActions
    from casekeeper.ui.dossier.dossier_actions import DossierActions
    from casekeeper.ui.evidence.evidence_actions import EvidenceActions
    from casekeeper.ui.help.context_help import HelpDesk
    from casekeeper.ui.journal.journal_actions import JournalActions
    from casekeeper.ui.journal.mail_import_actions import MailImportActions
    from casekeeper.ui.journal.plan_actions import PlanActions
    from casekeeper.ui.letters.letter_actions import LetterActions


class WindowFeatures(Protocol):
    """What the handlers may use: the window's features and its own gestures (MainWindow has them)."""

    @property
    def dialogs(self) -> CaseDialogs: ...
    @property
    def dossier(self) -> DossierActions: ...
    @property
    def letters(self) -> LetterActions: ...
    @property
    def deadlines(self) -> DeadlineActions: ...
    @property
    def data(self) -> DataActions: ...
    @property
    def evidence(self) -> EvidenceActions: ...
    @property
    def journal(self) -> JournalActions: ...
    @property
    def mail_import(self) -> MailImportActions: ...
    @property
    def plan(self) -> PlanActions: ...
    @property
    def controller(self) -> CaseController: ...
    @property
    def page(self) -> CasePage: ...
    @property
    def case_deleter(self) -> CaseDeleter: ...
    @property
    def help_desk(self) -> HelpDesk: ...
    @property
    def actions_(self) -> Mapping[str, QAction]: ...
    def close(self) -> bool: ...
    def edit_selected(self) -> None: ...
    def delete_selected(self) -> None: ...
    def focus_search(self) -> None: ...
    def open_about(self) -> object: ...


Handler = Callable[[WindowFeatures], object]


class Needs(Enum):
    """When an action is enabled."""

    NOTHING = "always"
    CASE = "a case is shown"
    OPEN_CASE = "an open case is shown"
    CLOSED_CASE = "a closed case is shown"


@dataclass(frozen=True, slots=True)
class MenuSpec:
    """One menu of the menu bar, in bar order."""

    id: str
    title: str


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One action: what it says, where it appears and what it does."""

    id: str
    text: str
    menu: str
    handler: Handler
    group: int = 0
    shortcut: str | QKeySequence.StandardKey | None = None
    fallback_shortcut: str = ""  # when the platform has no standard key
    icon: str = ""
    tip: str = ""  # tooltip and status-bar text
    status_tip: str = ""  # status-bar text only
    toolbar: int = 0  # position on the toolbar (1, 2...), 0 = not on it
    needs: Needs = Needs.NOTHING
    checkable: bool = False
    role: QAction.MenuRole | None = None


def menu_layout() -> tuple[MenuSpec, ...]:
    """The menu bar, left to right."""
    return (
        MenuSpec("file", translate("MainWindow", "&File")),
        MenuSpec("edit", translate("MainWindow", "&Edit")),
        MenuSpec("case", translate("MainWindow", "&Case")),
        MenuSpec("view", translate("MainWindow", "&View")),
        MenuSpec("tools", translate("Safety", "&Tools")),
        MenuSpec("help", translate("MainWindow", "&Help")),
    )


def action_table() -> tuple[ActionSpec, ...]:
    """Every action, in the person's language (call after the translators are installed)."""
    std = QKeySequence.StandardKey
    role = QAction.MenuRole
    return (
        # ---- File
        ActionSpec("new_case", translate("MainWindow", "&New case…"), "file",
                   lambda w: w.dialogs.new_case(), shortcut="Ctrl+N", icon="new-case",
                   tip=translate("MainWindow", "Open a new case (Ctrl+N)"), toolbar=1),
        ActionSpec("export_dossier", translate("Documents", "E&xport dossier…"), "file",
                   lambda w: w.dossier.open_export(), group=1, shortcut="Ctrl+Shift+E",
                   icon="export-dossier", toolbar=4, needs=Needs.CASE,
                   tip=translate("Documents", "A PDF file of the case for an ombudsman, a bank or a court "
                                              "(Ctrl+Shift+E)")),
        ActionSpec("calendar_all", translate("Documents", "Export deadlines to &calendar…"), "file",
                   lambda w: w.deadlines.choose_calendar(None), group=1, icon="calendar"),
        ActionSpec("calendar_case", translate("Documents", "Export this case's deadlines to ca&lendar…"),
                   "file", lambda w: w.deadlines.choose_calendar(w.controller.case), group=1,
                   needs=Needs.CASE),
        ActionSpec("backups", translate("Safety", "&Backups…"), "file",
                   lambda w: w.data.open_backups(), group=2, icon="backup",
                   status_tip=translate("Safety", "See the copies of your data, back up now or restore")),
        ActionSpec("export_all", translate("Safety", "Export all &data…"), "file",
                   lambda w: w.data.transfer.ask_export_all(), group=3),
        ActionSpec("export_case", translate("Safety", "Export this &case…"), "file",
                   lambda w: w.data.transfer.ask_export_case(), group=3, needs=Needs.CASE),
        ActionSpec("import_archive", translate("Safety", "&Import…"), "file",
                   lambda w: w.data.transfer.ask_import(), group=3),
        ActionSpec("preferences", translate("MainWindow", "&Preferences…"), "file",
                   lambda w: w.dialogs.preferences(), group=4, shortcut=std.Preferences,
                   fallback_shortcut="Ctrl+,", icon="settings", role=role.PreferencesRole),
        ActionSpec("quit", translate("MainWindow", "&Quit"), "file", lambda w: w.close(), group=4,
                   shortcut=std.Quit, fallback_shortcut="Ctrl+Q", role=role.QuitRole),
        # ---- Edit
        ActionSpec("undo", translate("MainWindow", "&Undo"), "edit",
                   lambda w: w.page.undo_bar.undo(), shortcut=std.Undo, icon="undo"),
        ActionSpec("edit_entry", translate("MainWindow", "&Edit selected entry…"), "edit",
                   lambda w: w.edit_selected()),
        ActionSpec("delete", translate("MainWindow", "&Delete"), "edit", lambda w: w.delete_selected(),
                   shortcut="Del", icon="delete",
                   tip=translate("MainWindow", "Move the selected entry to the trash")),
        ActionSpec("find", translate("MainWindow", "&Search"), "edit", lambda w: w.focus_search(),
                   shortcut=std.Find, icon="search"),
        ActionSpec("trash", translate("Safety", "&Trash…"), "edit", lambda w: w.data.open_trash(),
                   group=1, icon="delete"),
        # ---- Case
        ActionSpec("log_contact", translate("MainWindow", "&Log contact…"), "case",
                   lambda w: w.dialogs.log_contact(), shortcut="Ctrl+L", icon="log-contact", toolbar=2,
                   tip=translate("MainWindow", "Log a call, chat, letter or e-mail (Ctrl+L)"),
                   needs=Needs.OPEN_CASE),
        ActionSpec("add_promise", translate("Journal", "Add a &promise…"), "case",
                   lambda w: w.journal.add_promise(), icon="promise", needs=Needs.OPEN_CASE,
                   status_tip=translate("Journal", "Record a promise Klarna made, in a contact already "
                                                   "logged or on its own")),
        ActionSpec("escalate", translate("MainWindow", "&Escalate…"), "case",
                   lambda w: w.dialogs.escalate(), shortcut="Ctrl+E", icon="escalate", toolbar=3,
                   tip=translate("MainWindow", "Take the next step of the complaint (Ctrl+E)"),
                   needs=Needs.OPEN_CASE),
        ActionSpec("write_letter", translate("Documents", "&Write a letter…"), "case",
                   lambda w: w.letters.open_letter(), icon="letter-draft", needs=Needs.CASE,
                   tip=translate("Documents", "Draft a letter to Klarna from the case")),
        ActionSpec("attach", translate("MainWindow", "&Attach files…"), "case",
                   lambda w: w.evidence.browse(), shortcut="Ctrl+Shift+A", icon="attach",
                   tip=translate("MainWindow", "Add documents or photos to the case"), needs=Needs.OPEN_CASE),
        ActionSpec("import_mail", translate("MailImport", "&Import e-mails…"), "case",
                   lambda w: w.mail_import.choose(), needs=Needs.OPEN_CASE,
                   tip=translate("MailImport", "Turn saved e-mails (.eml, Outlook .msg, mbox) into "
                                               "contacts with their attachments as exhibits")),
        ActionSpec("payment_plan", translate("Plan", "&Payment plan…"), "case",
                   lambda w: w.plan.open(), needs=Needs.CASE,
                   tip=translate("Plan", "The instalments of the purchase and the dispute's payment "
                                         "pause")),
        ActionSpec("contact", translate("MainWindow", "&Contact Klarna…"), "case",
                   lambda w: w.dialogs.contact_klarna(), shortcut="Ctrl+K", icon="contact", toolbar=5,
                   tip=translate("MainWindow", "Phone numbers, addresses and whether Klarna is open now "
                                               "(Ctrl+K)")),
        ActionSpec("call_klarna", translate("LiveCall", "Call &Klarna…"), "case",
                   lambda w: w.dialogs.live_contact(), icon="contact", needs=Needs.OPEN_CASE,
                   tip=translate("LiveCall", "Call mode: the number, your references, timers and notes; "
                                             "the call is logged when you hang up")),
        ActionSpec("chat_klarna", translate("LiveCall", "Live c&hat with Klarna…"), "case",
                   lambda w: w.dialogs.live_contact(Channel.CHAT), needs=Needs.OPEN_CASE,
                   tip=translate("LiveCall", "Chat mode: timer and notes; paste the transcript at "
                                             "the end and the chat is logged")),
        ActionSpec("close_case", translate("MainWindow", "C&lose case…"), "case",
                   lambda w: w.dialogs.close_case(), group=1, needs=Needs.OPEN_CASE),
        ActionSpec("reopen_case", translate("MainWindow", "&Reopen case"), "case",
                   lambda w: w.dialogs.reopen_case(), group=1, needs=Needs.CLOSED_CASE),
        ActionSpec("delete_case", translate("MainWindow", "&Delete case…"), "case",
                   lambda w: w.case_deleter.ask(), group=1, icon="delete", needs=Needs.CASE,
                   tip=translate("MainWindow", "Move the case, with everything it holds, to the trash")),
        # ---- View
        ActionSpec("newest_first", translate("MainWindow", "&Newest first"), "view",
                   lambda w: w.page.newest_first.setChecked(w.actions_["newest_first"].isChecked()),
                   checkable=True),
        ActionSpec("show_due", translate("Documents", "&Due"), "view", lambda w: w.deadlines.open_due(),
                   shortcut="Ctrl+D", icon="deadline",
                   tip=translate("Documents", "What is due across your open cases (Ctrl+D)")),
        # ---- Tools
        ActionSpec("integrity", translate("Safety", "Check data &integrity…"), "tools",
                   lambda w: w.data.open_integrity(), icon="check"),
        # ---- Help
        ActionSpec("guide", translate("MainWindow", "&User guide"), "help",
                   lambda w: w.help_desk.open(), shortcut=std.HelpContents, fallback_shortcut="F1",
                   tip=translate("MainWindow", "How to use Case Keeper, in this window's language (F1)")),
        ActionSpec("about", translate("MainWindow", "&About Case Keeper"), "help",
                   lambda w: w.open_about(), icon="info", role=role.AboutRole),
    )
