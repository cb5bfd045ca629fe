"""Open the case a notification asked for (``casekeeper --case N``), at start or in the running
window, or say plainly why it cannot be shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from casekeeper.domain.enums import TrashKind
from casekeeper.errors import KnownError
from casekeeper.ui.common.error_report import words_for
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.instance_guard import bring_to_front

if TYPE_CHECKING:
    from casekeeper.ui.app.main_window import MainWindow
    from casekeeper.ui.common.instance_guard import InstanceGuard


def open_requested_case(window: MainWindow, case_id: int) -> bool:
    """Show ``case_id``; for a case in the trash or not in this folder, a message instead."""
    workspace = window.workspace
    try:
        if any(summary.id == case_id for summary in workspace.cases.summaries()):
            window.open_case(case_id)
            return True
        trashed = any(item.kind == TrashKind.CASE and item.record_id == case_id
                      for item in workspace.trash.items())
    except KnownError as error:
        window.messages.show_message(words_for(error))
        return False
    if trashed:
        text = translate("Reminders", "The reminder was about case %1, which is in the trash. "
                         "To see it again, restore it from Edit → Trash.")
    else:
        text = translate("Reminders", "The reminder was about case %1, which is not in this "
                         "data folder (it may have been deleted for good, or it belongs to "
                         "another data folder). Nothing was changed.")
    window.messages.show_message(text.replace("%1", str(case_id)))
    return False


class LaterLaunches:
    """Answers later launches: brings the window to the front and shows the case they name.

    A case asked for before the window has finished opening its data folder (or given with
    ``--case`` at start) waits until :meth:`ready`.
    """

    def __init__(self, guard: InstanceGuard, window: Callable[[], MainWindow],
                 first_case: int | None = None) -> None:
        self._window = window
        self._waiting = first_case
        self._ready = False
        guard.activation_requested.connect(lambda: bring_to_front(self._window()))
        guard.case_requested.connect(self.request)

    def request(self, case_id: int) -> None:
        """Show ``case_id`` now, or once the window is ready."""
        if self._ready:
            open_requested_case(self._window(), case_id)
        else:
            self._waiting = case_id

    def ready(self) -> None:
        """The window has its data: show the case asked for meanwhile, if any."""
        self._ready = True
        if self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            open_requested_case(self._window(), waiting)
