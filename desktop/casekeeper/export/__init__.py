"""Export: renders dossiers and letters from domain DTOs to PDF and text. No Qt, no storage."""

from __future__ import annotations

from casekeeper.export.checklist import ChecklistItem, completeness_checklist
from casekeeper.export.dossier import render_dossier
from casekeeper.export.options import (
    DossierOptions,
    DossierRequest,
    DossierResult,
    ExportCancelledError,
)

__all__ = [
    "ChecklistItem",
    "DossierOptions",
    "DossierRequest",
    "DossierResult",
    "ExportCancelledError",
    "completeness_checklist",
    "render_dossier",
]
