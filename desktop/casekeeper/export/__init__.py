"""Export: renders dossiers and letters from domain DTOs to PDF and text. No Qt, no storage.

Names are loaded on first use, so importing a light submodule (say, the letter draft types)
does not pull in reportlab.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casekeeper.export.checklist import ChecklistItem, completeness_checklist
    from casekeeper.export.dossier import render_dossier
    from casekeeper.export.options import (
        DossierOptions,
        DossierRequest,
        DossierResult,
        ExportCancelledError,
    )

_WHERE = {
    "ChecklistItem": "casekeeper.export.checklist",
    "completeness_checklist": "casekeeper.export.checklist",
    "render_dossier": "casekeeper.export.dossier",
    "DossierOptions": "casekeeper.export.options",
    "DossierRequest": "casekeeper.export.options",
    "DossierResult": "casekeeper.export.options",
    "ExportCancelledError": "casekeeper.export.options",
}

__all__ = [
    "ChecklistItem",
    "DossierOptions",
    "DossierRequest",
    "DossierResult",
    "ExportCancelledError",
    "completeness_checklist",
    "render_dossier",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_WHERE[name]), name)
