"""Letters: editable drafts pre-filled from a case, rendered to PDF and plain text.

Names are loaded on first use so the draft types can be imported without reportlab.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casekeeper.export.letters.draft import LetterDraft, LetterKind, Recipient
    from casekeeper.export.letters.drafting import draft_letter
    from casekeeper.export.letters.render import letter_text, render_letter_pdf

_WHERE = {
    "LetterDraft": "casekeeper.export.letters.draft",
    "LetterKind": "casekeeper.export.letters.draft",
    "Recipient": "casekeeper.export.letters.draft",
    "draft_letter": "casekeeper.export.letters.drafting",
    "letter_text": "casekeeper.export.letters.render",
    "render_letter_pdf": "casekeeper.export.letters.render",
}

__all__ = [
    "LetterDraft",
    "LetterKind",
    "Recipient",
    "draft_letter",
    "letter_text",
    "render_letter_pdf",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_WHERE[name]), name)
