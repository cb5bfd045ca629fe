"""What a feature may ask of the case shown in the window; the app's CaseController provides it.

Features depend on this protocol, not on the controller, so that ``ui/app`` stays the only
package that knows every feature (no import cycle between the app and its features).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from casekeeper.domain.dto import CaseDetail
    from casekeeper.services.workspace import Workspace


class CaseShown(Protocol):
    """The case on screen, its page and list, and the gestures every feature needs."""

    workspace: Workspace
    page: Any  # the case page: header, tabs (timeline, evidence, deadlines, details)
    panel: Any  # the case list with its filters
    view_data: Any  # the snapshot the page shows (cases.case_view_data.CaseViewData)

    @property
    def case(self) -> CaseDetail | None:
        """The case shown, or None."""

    @property
    def case_id(self) -> int:
        """The id of the case shown, 0 when none."""

    def report(self, error: BaseException) -> None:
        """Show an error in plain words in the window's message bar."""

    def refresh(self) -> None:
        """Read the case shown again."""

    def show_case(self, case_id: int) -> None:
        """Show a case on the page (0: none)."""

    def reload_cases(self, select: int | None = None) -> None:
        """Read the case list again and show ``select``."""

    def offer_undo_edit(self, message: str, undo: Callable[[], None]) -> None:
        """Offer Undo for a change just saved (``undo`` puts the previous values back)."""

    def delete_entry(self, entry: Any) -> None:
        """Move a timeline entry to the trash, with Undo."""
