"""What a case holds, in words with the right plural forms (delete a case, the trash)."""

from __future__ import annotations

from casekeeper.ui.common.i18n import translate


def case_contents(contacts: int, promises: int, stages: int, exhibits: int) -> str:
    """``3 contacts, 1 promise, 2 stage changes and 4 exhibits`` in the window's language."""
    return (
        translate("Counts", "%1, %2, %3 and %4")
        .replace("%1", translate("Counts", "%n contacts", None, contacts))
        .replace("%2", translate("Counts", "%n promises", None, promises))
        .replace("%3", translate("Counts", "%n stage changes", None, stages))
        .replace("%4", translate("Counts", "%n exhibits", None, exhibits))
    )
