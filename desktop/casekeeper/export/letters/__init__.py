"""Letters: editable drafts pre-filled from a case, rendered to PDF and plain text."""

from __future__ import annotations

from casekeeper.export.letters.draft import LetterDraft, LetterKind, Recipient
from casekeeper.export.letters.drafting import draft_letter
from casekeeper.export.letters.render import letter_text, render_letter_pdf

__all__ = [
    "LetterDraft",
    "LetterKind",
    "Recipient",
    "draft_letter",
    "letter_text",
    "render_letter_pdf",
]
